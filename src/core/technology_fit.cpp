#include "core/technology_fit.h"

#include "core/format.h"

namespace caf {

namespace {

std::string names(const std::vector<const Approach*>& list) {
    std::string out;
    for (size_t i = 0; i < list.size(); ++i) {
        if (i > 0) out += i + 1 == list.size() ? " and " : ", ";
        out += list[i]->name;
    }
    return out;
}

// "level 2" or "not yet at level 1".
std::string level_words(int level) { return level == 0 ? "not yet at level 1" : "level " + format_int(level); }

// Lowercases the first letter so a level's text reads inside a sentence.
std::string lower_first(std::string s) {
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
    while (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

}  // namespace

TechnologyFit technology_fit(const Model& model, const Session& session, const MaturityLevel& maturity) {
    TechnologyFit fit;
    fit.declared_option = session.profile_answer("ai_approach");
    for (const auto& a : model.approaches)
        for (const auto& option : a.declared_by)
            if (!fit.declared_option.empty() && option == fit.declared_option) fit.declared = &a;

    if (!maturity.level) {
        fit.summary = "Answer the skills and data-readiness questions to see which AI approaches fit your level.";
        fit.headline = fit.summary;
        return fit;
    }
    const int level = *maturity.level;
    for (const auto& a : model.approaches)
        if (a.min_level <= level) fit.fits_now.push_back(&a);
    for (const auto& a : model.approaches) {
        if (a.min_level <= level) continue;
        if (!fit.next_level) fit.next_level = a.min_level;
        if (a.min_level == *fit.next_level) fit.next.push_back(&a);
    }
    const std::string at = maturity.provisional ? "at most " + level_words(level)
                           : level == 0          ? std::string("below level 1")
                                                 : "at level " + format_int(level);
    if (fit.next_level) {
        const Level* next = model.find_level(*fit.next_level);
        fit.unlocks = "Level " + format_int(*fit.next_level) + " unlocks " + names(fit.next) + ".";
        if (next && !next->skills.empty() && !next->data.empty())
            fit.unlocks += " CAF expects at level " + format_int(*fit.next_level) + ": skills \xE2\x80\x94 " +
                           lower_first(next->skills) + "; data \xE2\x80\x94 " + lower_first(next->data) + ".";
    }
    if (fit.declared && fit.declared->min_level > level) {
        fit.warning = "You use or plan " + fit.declared->name + ", which CAF places at level " +
                      format_int(fit.declared->min_level) + ", but your answers put you " + at + " (" +
                      maturity.basis + "). It needs " + lower_first(fit.declared->requires) + ".";
        if (!fit.fits_now.empty()) fit.warning += " What fits now: " + names(fit.fits_now) + ".";
    }
    if (fit.fits_now.empty()) {
        fit.summary = "Not yet at level 1: CAF's first rung, " + model.approaches.front().name + ", needs " +
                      lower_first(model.approaches.front().requires) + ".";
        fit.headline = fit.summary;
    } else {
        const std::string at_level = maturity.provisional ? "At most " + level_words(level) : "At " + level_words(level);
        std::string yours;
        if (fit.declared && fit.declared->min_level <= level)
            yours = " Your approach, " + fit.declared->name + ", fits" +
                    (maturity.provisional ? " if the level is confirmed." : ".");
        fit.summary = at_level + ", these fit: " + names(fit.fits_now) + "." + yours;
        fit.headline = at_level + ", " + format_int(long(fit.fits_now.size())) + " of CAF's " +
                       format_int(long(model.approaches.size())) + " ways of building AI fit." + yours;
    }
    return fit;
}

}  // namespace caf
