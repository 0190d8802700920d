#include "core/merge.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/escape.h"
#include "core/format.h"
#include "core/scoring.h"
#include "core/session_io.h"

namespace caf {

namespace {

constexpr double kEpsilon = 1e-9;

int round_half_down(double v) { return static_cast<int>(std::ceil(v - 0.5 - kEpsilon)); }
int round_half_up(double v) { return static_cast<int>(std::floor(v + 0.5 + kEpsilon)); }

double mean_of(const std::vector<double>& v) {
    double sum = 0.0;
    for (double x : v) sum += x;
    return sum / static_cast<double>(v.size());
}

double population_sigma(const std::vector<double>& v, double mean) {
    double sum = 0.0;
    for (double x : v) sum += (x - mean) * (x - mean);
    return std::sqrt(sum / static_cast<double>(v.size()));
}

std::string curly(const std::string& s) { return "\xE2\x80\x9C" + s + "\xE2\x80\x9D"; }

// "Name: note" lines for one note per respondent, within the note length limit.
std::string joined_notes(const std::vector<std::pair<std::string, std::string>>& notes) {
    if (notes.empty()) return "";
    if (notes.size() == 1 && notes[0].first.empty()) return cut_to_characters(notes[0].second, kMaxNoteLength);
    std::string out;
    for (const auto& [name, note] : notes) {
        if (!out.empty()) out += "\n";
        out += name + ": " + note;
    }
    return cut_to_characters(out, kMaxNoteLength);
}

void merge_profile(const Model& model, const std::vector<Session>& sessions, Merged& m) {
    for (const auto& pq : model.profile) {
        std::map<std::string, int> votes;
        for (const auto& s : sessions) {
            const std::string& v = s.profile_answer(pq.id);
            if (!v.empty()) ++votes[v];
        }
        if (votes.empty()) continue;
        int best = 0;
        for (const auto& [id, n] : votes) best = std::max(best, n);
        std::vector<const ProfileOption*> tied;  // model order
        for (const auto& opt : pq.options) {
            const auto it = votes.find(opt.id);
            if (it != votes.end() && it->second == best) tied.push_back(&opt);
        }
        if (tied.empty()) continue;
        const ProfileOption* chosen = tied.back();
        m.session.profile[pq.id] = chosen->id;
        if (tied.size() > 1) {
            std::string names;
            for (size_t i = 0; i < tied.size(); ++i)
                names += (i == 0 ? "" : i + 1 == tied.size() ? " and " : ", ") + curly(tied[i]->label);
            m.notes.push_back("Profile " + curly(pq.prompt) + ": a tie between " + names + " (" + format_int(best) +
                              " each); the merged view uses " + curly(chosen->label) +
                              ", the more thorough choice.");
        }
    }
}

void merge_question(const Question& q, const Dimension* dim, const ReadinessGroup* group,
                    const std::vector<Session>& sessions, Merged& m) {
    const size_t n = sessions.size();
    QuestionSpread qs;
    qs.question = &q;
    qs.dimension = dim;
    qs.group = group;
    std::vector<double> values;
    for (const auto& s : sessions) {
        const Answer a = s.answer(q.id);
        qs.answers.push_back(a);
        if (a.has_value())
            values.push_back(a.value);
        else if (a.is_na())
            ++qs.not_applicable;
        else if (a.is_dont_know())
            ++qs.dont_know;
        else
            ++qs.unanswered;
    }
    qs.values = static_cast<int>(values.size());
    if (!values.empty()) {
        const double mean = mean_of(values);
        qs.mean = mean;
        qs.min = static_cast<int>(*std::min_element(values.begin(), values.end()));
        qs.max = static_cast<int>(*std::max_element(values.begin(), values.end()));
        qs.stddev = population_sigma(values, mean);
        qs.divergent = qs.max - qs.min >= kDivergenceRange;
    }
    if (qs.not_applicable > qs.values && q.allow_na)
        qs.merged = Answer::not_applicable();
    else if (qs.mean)
        qs.merged = Answer::of(std::clamp(round_half_down(*qs.mean), 0, kMaxAnswer));
    else if (qs.dont_know > 0)
        qs.merged = Answer::dont_know();   // nobody knows yet: a follow-up, not a gap
    m.session.set_answer(q.id, qs.merged);
    if (qs.divergent) ++m.divergent_questions;

    std::vector<std::pair<std::string, std::string>> notes;
    for (size_t i = 0; i < n; ++i) {
        const auto it = sessions[i].notes.find(q.id);
        if (it != sessions[i].notes.end() && !it->second.empty())
            notes.emplace_back(n == 1 ? "" : m.respondents[i], it->second);
    }
    const std::string joined = joined_notes(notes);
    if (!joined.empty()) m.session.notes[q.id] = joined;
    m.questions.push_back(std::move(qs));
}

void merge_answers(const Model& model, const std::vector<Session>& sessions, Merged& m) {
    for (const auto& phase : model.phases)
        for (const auto& dim : phase.dimensions)
            for (const auto& q : dim.questions) merge_question(q, &dim, nullptr, sessions, m);
    for (const auto& g : model.readiness.groups)
        for (const auto& q : g.questions) merge_question(q, nullptr, &g, sessions, m);
}

void merge_targets(const Model& model, const std::vector<Session>& sessions, Merged& m) {
    for (const auto& phase : model.phases)
        for (const auto& dim : phase.dimensions) {
            std::vector<double> set;
            for (const auto& s : sessions) {
                const auto it = s.targets.find(dim.id);
                if (it != s.targets.end()) set.push_back(it->second);
            }
            if (!set.empty()) m.session.targets[dim.id] = std::clamp(round_half_up(mean_of(set)), 0, kMaxAnswer);
        }
}

std::string item_field(const Session& s, const std::string& id, std::string ItemState::*field) {
    const auto it = s.items.find(id);
    return it == s.items.end() ? std::string() : it->second.*field;
}

// The value most respondents set ("" = nobody); a tie goes to the respondent listed first.
// Disagreements are noted.
template <class Get>
std::string most_set(const std::vector<Session>& sessions, Get get, const std::string& what, Merged& m) {
    std::vector<std::string> values;
    for (const auto& s : sessions) {
        std::string v = get(s);
        if (!v.empty()) values.push_back(std::move(v));
    }
    if (values.empty()) return {};
    std::string best;
    size_t best_count = 0;
    for (const auto& v : values) {
        const size_t c = static_cast<size_t>(std::count(values.begin(), values.end(), v));
        if (c > best_count) {
            best = v;
            best_count = c;
        }
    }
    if (best_count != values.size())
        m.notes.push_back("The respondents set different values for " + what + "; the merged view takes \"" + best + "\".");
    return best;
}

void merge_checklist(const Catalogue& catalogue, const std::vector<Session>& sessions, Merged& m) {
    const size_t n = sessions.size();
    bool same = true;
    for (const auto& s : sessions) same = same && s.checklist_choice == sessions.front().checklist_choice;
    m.session.checklist_choice = same ? sessions.front().checklist_choice : ChecklistChoice::Auto;
    if (!same)
        m.notes.push_back("The respondents chose different checklists; the merged view follows the recommendation "
                          "for the merged profile.");
    for (const auto& item : catalogue.items) {
        size_t ticked = 0;
        std::vector<std::pair<std::string, std::string>> notes;
        for (size_t i = 0; i < n; ++i) {
            const auto it = sessions[i].items.find(item.id);
            if (it == sessions[i].items.end()) continue;
            if (it->second.done) ++ticked;
            if (!it->second.note.empty()) notes.emplace_back(n == 1 ? "" : m.respondents[i], it->second.note);
        }
        ItemState st;
        st.done = ticked * 2 > n;
        st.note = joined_notes(notes);
        st.owner = most_set(sessions, [&](const Session& s) { return item_field(s, item.id, &ItemState::owner); },
                            item.title + ": owner", m);
        st.start = most_set(sessions, [&](const Session& s) { return item_field(s, item.id, &ItemState::start); },
                            item.title + ": start", m);
        st.due = most_set(sessions, [&](const Session& s) { return item_field(s, item.id, &ItemState::due); },
                          item.title + ": due", m);
        if (!st.empty()) m.session.items[item.id] = std::move(st);
    }
}

void merge_plan(const std::vector<Session>& sessions, Merged& m) {
    m.session.plan.start = most_set(sessions, [](const Session& s) { return s.plan.start; }, "the plan's start", m);
    const std::string cap = most_set(
        sessions, [](const Session& s) { return s.plan.capacity > 0 ? format_int(s.plan.capacity) : std::string(); },
        "the plan's capacity", m);
    m.session.plan.capacity = cap.empty() ? 0 : std::stoi(cap);
    for (const auto& s : sessions)
        for (const auto& u : s.use_cases) {
            bool seen = false;
            for (const auto& have : m.session.use_cases) seen = seen || have.id == u.id;
            if (!seen) m.session.use_cases.push_back(u);
        }
}

void merge_meta(const std::vector<Session>& sessions, Merged& m) {
    m.session.meta.title = "Merged view of " + format_int(static_cast<long long>(sessions.size())) +
                           (sessions.size() == 1 ? " respondent" : " respondents");
    std::string names;
    for (const auto& r : m.respondents) names += (names.empty() ? "" : ", ") + r;
    m.session.meta.respondent = cut_to_characters(names, kMaxNameLength);
    for (const auto& s : sessions)
        if (s.meta.updated > m.session.meta.updated) m.session.meta.updated = s.meta.updated;
}

void spread_dimensions(const Model& model, const std::vector<Session>& sessions, Merged& m) {
    std::vector<ScoreResult> scores;
    scores.reserve(sessions.size());
    for (const auto& s : sessions) scores.push_back(score(model, s));
    const ScoreResult merged = score(model, m.session);
    for (const auto& phase : model.phases)
        for (const auto& dim : phase.dimensions) {
            DimensionSpread ds;
            ds.dimension = &dim;
            ds.phase = &phase;
            std::vector<double> values;
            int lo = kMaxAnswer, hi = 0;
            for (const auto& r : scores) {
                const DimensionScore* d = r.find_dimension(dim.id);
                ds.scores.push_back(d ? d->score : std::nullopt);
                ds.levels.push_back(d ? d->level : std::nullopt);
                if (d && d->score) {
                    values.push_back(*d->score);
                    lo = std::min(lo, d->level_or_zero());
                    hi = std::max(hi, d->level_or_zero());
                }
            }
            ds.scored = static_cast<int>(values.size());
            if (!values.empty()) {
                const double mean = mean_of(values);
                ds.mean = mean;
                ds.min = *std::min_element(values.begin(), values.end());
                ds.max = *std::max_element(values.begin(), values.end());
                ds.sigma_levels = population_sigma(values, mean) / 25.0;
                ds.level_range = hi - lo;
            }
            if (const DimensionScore* d = merged.find_dimension(dim.id)) ds.merged_score = d->score;
            if (ds.scored >= 2) {
                // Compared as shown (2 decimals), so "1.00" is always divergent.
                const bool by_sigma =
                    ds.scored >= 3 && std::round(ds.sigma_levels * 100.0) / 100.0 + kEpsilon >= kDivergenceSigma;
                const bool by_range = ds.level_range >= kDivergenceRange;
                ds.divergent = by_sigma || by_range;
                if (by_range)
                    ds.why = "levels range from " + format_int(lo) + " to " + format_int(hi);
                if (by_sigma)
                    ds.why += std::string(ds.why.empty() ? "" : "; ") + "standard deviation " +
                              format_fixed(ds.sigma_levels, 2) + " levels";
            }
            if (ds.divergent) ++m.divergent_dimensions;
            m.dimensions.push_back(std::move(ds));
        }
}

}  // namespace

Merged merge(const Model& model, const Catalogue& catalogue, const std::vector<Session>& sessions,
             const std::vector<std::string>& names) {
    Merged m;
    m.session = new_session(model);
    if (sessions.empty()) return m;
    for (size_t i = 0; i < sessions.size(); ++i) {
        std::string name = i < names.size() ? names[i] : std::string();
        if (name.empty()) name = sessions[i].meta.respondent;
        if (name.empty()) name = "Respondent " + format_int(static_cast<long long>(i + 1));
        m.respondents.push_back(std::move(name));
    }
    merge_profile(model, sessions, m);
    merge_answers(model, sessions, m);
    merge_targets(model, sessions, m);
    merge_checklist(catalogue, sessions, m);
    merge_plan(sessions, m);
    merge_meta(sessions, m);
    spread_dimensions(model, sessions, m);
    return m;
}

}  // namespace caf
