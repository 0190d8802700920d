#include "core/roadmap.h"

#include <algorithm>
#include <cmath>

#include "core/format.h"

namespace caf {

namespace {

constexpr int kDoneBar = 3;        // an evidence answer of 3+ means "in place"
constexpr double kMinGap = 0.5;    // an open item never drops to priority 0
constexpr size_t kMaxMentions = 3; // answers named in one reason

constexpr const char* kOpenQuote = "\xE2\x80\x9C";
constexpr const char* kCloseQuote = "\xE2\x80\x9D";

std::string curly(const std::string& s) { return kOpenQuote + s + kCloseQuote; }

// Appends "“Ad hoc” (1 of 4) to “How are AI use cases discovered?”".
// (Appending in place: reasons are rebuilt on every change, and string
// temporaries are most of the cost, especially in WebAssembly.)
void describe(std::string& out, const EvidenceAnswer& e) {
    const Question& q = *e.question;
    if (e.answer.is_na()) {
        out.append("N/A to ").append(kOpenQuote).append(q.prompt).append(kCloseQuote);
        return;
    }
    if (e.answer.is_dont_know()) {
        out.append(kOpenQuote).append("Don't know").append(kCloseQuote).append(" to ");
        out.append(kOpenQuote).append(q.prompt).append(kCloseQuote);
        return;
    }
    const size_t v = static_cast<size_t>(e.answer.value);
    out.append(kOpenQuote);
    if (v < q.options.size())
        out.append(q.options[v].label);
    else
        out.append(format_int(e.answer.value));
    out.append(kCloseQuote).append(" (").append(1, static_cast<char>('0' + v % 10)).append(" of 4) to ");
    out.append(kOpenQuote).append(q.prompt).append(kCloseQuote);
}

std::string join_mentions(const std::vector<const EvidenceAnswer*>& list) {
    std::string out;
    out.reserve(256);
    const size_t shown = std::min(list.size(), kMaxMentions);
    for (size_t i = 0; i < shown; ++i) {
        if (i > 0) out += "; ";
        describe(out, *list[i]);
    }
    if (list.size() > shown) out += "; and " + format_int(static_cast<long long>(list.size() - shown)) + " more";
    return out;
}

std::string join_or(const std::vector<std::string>& labels) {
    std::string out;
    for (size_t i = 0; i < labels.size(); ++i)
        out += (i == 0 ? "" : (i + 1 == labels.size() ? " or " : ", ")) + labels[i];
    return out;
}

// [SECTION] Paths and applicability

bool on_any_path(const ChecklistItem& item, const std::vector<const GuidancePath*>& paths) {
    for (const GuidancePath* p : paths)
        if (item.on_path(p->id)) return true;
    return false;
}

// The guidance text for the organization: its one path's text, else the default.
std::string guidance(const ChecklistItem& item, const std::vector<const GuidancePath*>& paths) {
    if (paths.size() == 1) {
        const auto it = item.paths.find(paths.front()->id);
        if (it != item.paths.end() && !it->second.empty()) return it->second;
    }
    if (!item.what.empty()) return item.what;
    for (const GuidancePath* p : paths) {   // no default: the first of its paths that the organization follows
        const auto it = item.paths.find(p->id);
        if (it != item.paths.end()) return it->second;
    }
    return {};
}

// Why an item is not applicable by profile, or "" if it applies.
std::string exclusion(const Model& model, const Catalogue& catalogue, const Session& session,
                      const ChecklistItem& item, const std::vector<const GuidancePath*>& paths) {
    if (!on_any_path(item, paths)) {
        const ProfileQuestion* q = model.find_profile("ai_approach");
        const std::string& answer = session.profile_answer("ai_approach");
        const ProfileOption* o = q ? q->find_option(answer) : nullptr;
        std::vector<std::string> on;
        for (const auto& [path_id, text] : item.paths)
            if (const GuidancePath* gp = catalogue.find_path(path_id)) on.push_back(gp->name);
        return "Not applicable: you answered " + curly(o ? o->label : answer) + " to " +
               curly(q ? q->prompt : "ai_approach") + "; this activity is for " + join_or(on) + ".";
    }
    for (const auto& [profile_id, options] : item.applies_when) {
        const std::string& answer = session.profile_answer(profile_id);
        if (answer.empty() || std::find(options.begin(), options.end(), answer) != options.end()) continue;
        const ProfileQuestion* q = model.find_profile(profile_id);
        std::vector<std::string> labels;
        for (const auto& id : options) {
            const ProfileOption* o = q ? q->find_option(id) : nullptr;
            labels.push_back(o ? o->label : id);
        }
        const ProfileOption* chosen = q ? q->find_option(answer) : nullptr;
        return "Not applicable: you answered " + curly(chosen ? chosen->label : answer) + " to " +
               curly(q ? q->prompt : profile_id) + "; it applies to " + join_or(labels) + ".";
    }
    return {};
}

// [SECTION] Evidence and status

std::vector<EvidenceAnswer> gather_evidence(const Model& model, const Session& session, const ChecklistItem& item) {
    std::vector<EvidenceAnswer> out;
    out.reserve(item.evidence.questions.empty() ? 8 : item.evidence.questions.size());
    auto add = [&](const Question& q) {
        if (question_applies(q, session)) out.push_back({&q, session.answer(q.id)});
    };
    if (!item.evidence.questions.empty()) {
        for (const auto& id : item.evidence.questions)
            if (const Question* q = model.find_question(id)) add(*q);
        return out;
    }
    for (const auto& dim_id : item.evidence.dimensions)
        if (const Dimension* d = model.find_dimension(dim_id))
            for (const auto& q : d->questions) add(q);
    return out;
}

struct EvidenceSummary {
    std::vector<const EvidenceAnswer*> values;  // answered 0..4, in evidence order
    std::vector<const EvidenceAnswer*> open;    // unanswered or "don't know"
    std::vector<const EvidenceAnswer*> na;
    int unanswered = 0, dont_know = 0, max_value = 0;
    double mean = 0.0;
};

EvidenceSummary summarize(const std::vector<EvidenceAnswer>& evidence) {
    EvidenceSummary s;
    s.values.reserve(evidence.size());
    int sum = 0;
    for (const auto& e : evidence) {
        if (e.answer.has_value()) {
            s.values.push_back(&e);
            sum += e.answer.value;
            s.max_value = std::max(s.max_value, e.answer.value);
        } else if (e.answer.is_na()) {
            s.na.push_back(&e);
        } else {
            s.open.push_back(&e);
            ++(e.answer.is_dont_know() ? s.dont_know : s.unanswered);
        }
    }
    if (!s.values.empty()) s.mean = static_cast<double>(sum) / static_cast<double>(s.values.size());
    return s;
}

// What to do about evidence nobody knows yet: answer it, or check it (with what to ask for).
std::string open_evidence_text(const EvidenceSummary& s) {
    if (s.open.empty()) return {};
    const EvidenceAnswer& first = *s.open.front();
    std::string t;
    if (first.answer.is_dont_know()) {
        t = "You answered " + curly("Don't know") + " to " + curly(first.question->prompt);
        if (!first.question->evidence_to_ask.empty()) t += ": ask for " + first.question->evidence_to_ask;
        t += ".";
    } else {
        t = "Answer " + curly(first.question->prompt) + " to see where you stand.";
    }
    if (s.open.size() > 1)
        t += " " + format_int(static_cast<long long>(s.open.size() - 1)) +
             (s.open.size() == 2 ? " more related question is open." : " more related questions are open.");
    return t;
}

void decide_status(const Model& model, const Catalogue& catalogue, const Session& session,
                   const std::vector<const GuidancePath*>& paths, const EvidenceSummary& s, RoadmapItem& ri) {
    const ChecklistItem& item = *ri.item;
    const auto state = session.items.find(item.id);
    if (state != session.items.end()) {
        ri.ticked = state->second.done;
        ri.note = state->second.note;
    }
    if (std::string why = exclusion(model, catalogue, session, item, paths); !why.empty()) {
        ri.status = ItemStatus::NotApplicable;
        ri.status_reason = std::move(why);
        return;
    }
    if (ri.ticked) {
        ri.status = ItemStatus::Done;
        ri.status_reason = "Ticked by you.";
        return;
    }
    if (ri.evidence.empty()) {
        ri.status = ItemStatus::Unverified;
        ri.status_reason = "Not covered by your answers: check it, and tick it when it is done.";
        return;
    }
    if (s.values.empty() && s.open.empty()) {   // every evidence answer is N/A
        ri.status = ItemStatus::NotApplicable;
        ri.status_reason = "Not applicable: you answered " + join_mentions(s.na) + ".";
        return;
    }
    if (s.values.empty()) {
        ri.status = ItemStatus::Unverified;
        ri.status_reason = "Not covered by your answers: check it. " + open_evidence_text(s);
        return;
    }
    const bool all_high = std::all_of(s.values.begin(), s.values.end(),
                                      [](const EvidenceAnswer* e) { return e->answer.value >= kDoneBar; });
    if (all_high && s.open.empty()) {
        ri.status = ItemStatus::Done;
        ri.status_reason = "Your answers show it is in place: you answered " + join_mentions(s.values) + ".";
        return;
    }
    const std::string open = s.open.empty() ? std::string() : " " + open_evidence_text(s);
    if (s.mean >= 1.0 || s.max_value >= 2) {
        ri.status = ItemStatus::InProgress;
        ri.status_reason = "Started: you answered " + join_mentions(s.values) +
                           ". It counts as done when every related answer is 3 or more." + open;
        return;
    }
    ri.status = ItemStatus::ToDo;
    ri.status_reason = "Not started: you answered " + join_mentions(s.values) + "." + open;
}

// [SECTION] Priority

// The item's evidence dimensions (targets apply through them).
std::vector<const DimensionScore*> gap_dimensions(const ScoreResult& scores, const RoadmapItem& ri) {
    std::vector<const DimensionScore*> dims;
    for (const auto& id : ri.item->evidence.dimensions) {
        const DimensionScore* d = scores.find_dimension(id);
        if (d && std::find(dims.begin(), dims.end(), d) == dims.end()) dims.push_back(d);
    }
    return dims;
}

bool is_regulated(const Session& session) {
    const std::string& r = session.profile_answer("regulated");
    return !r.empty() && r != "no";
}

// AI workloads in production (or about to be): one or more.
bool has_live_workloads(const Session& session) {
    const std::string& w = session.profile_answer("workloads");
    return !w.empty() && w != "w0";
}

// What drives the item's gap, for its one-sentence reason.
struct Driver {
    const EvidenceAnswer* weakest = nullptr;   // the lowest answer
    const DimensionScore* dimension = nullptr; // set when the target gap is the larger one
};

void score_priority(const Catalogue& catalogue, const Session& session, const ScoreResult& scores,
                    const EvidenceSummary& s, RoadmapItem& ri, Driver& driver) {
    const ChecklistItem& item = *ri.item;
    const auto dims = gap_dimensions(scores, ri);

    double dim_gap = 0.0;
    const DimensionScore* widest = nullptr;
    if (!dims.empty()) {
        double sum = 0.0;
        for (const auto* d : dims) {
            sum += d->gap();
            if (!widest || d->gap() > widest->gap()) widest = d;
        }
        dim_gap = sum / static_cast<double>(dims.size());
    }
    const double answer_gap = std::max(0.0, kDoneBar - s.mean);  // s.values is never empty here
    ri.gap = std::max({dim_gap, answer_gap, kMinGap});
    for (const EvidenceAnswer* e : s.values)
        if (!driver.weakest || e->answer.value < driver.weakest->answer.value) driver.weakest = e;
    if (dim_gap > answer_gap && widest) driver.dimension = widest;

    const int index = catalogue.phase_index(item.phase);
    const int after = static_cast<int>(catalogue.phases.size()) - 1 - std::max(index, 0);
    ri.phase_factor = static_cast<double>(10 + after) / 10.0;  // exact at 1.5, 1.0
    const bool secure_or_govern = item.phase == "secure" || item.phase == "govern";
    ri.regulated_boost = secure_or_govern && is_regulated(session);
    ri.live_boost = secure_or_govern && has_live_workloads(session);
    ri.boost = ri.regulated_boost && ri.live_boost ? 2.0
             : ri.regulated_boost                  ? kRegulatedBoost
             : ri.live_boost                       ? kLiveBoost
                                                   : 1.0;
    ri.priority_score = item.weight * ri.gap * ri.phase_factor * ri.boost;
    ri.priority = ri.priority_score >= kNowThreshold    ? Priority::Now
                  : ri.priority_score >= kNextThreshold ? Priority::Next
                                                        : Priority::Later;
}

std::string arithmetic(const RoadmapItem& ri) {
    std::string s = "Priority score " + format_fixed(ri.priority_score, 2) + " = weight " +
                    format_score(ri.item->weight) + " \xC3\x97 gap " + format_fixed(ri.gap, 2) + " \xC3\x97 phase " +
                    format_fixed(ri.phase_factor, 1);
    if (ri.regulated_boost && ri.live_boost) s += " \xC3\x97 regulated and live workloads " + format_fixed(ri.boost, 1);
    else if (ri.regulated_boost) s += " \xC3\x97 regulated " + format_fixed(ri.boost, 1);
    else if (ri.live_boost) s += " \xC3\x97 live workloads " + format_fixed(ri.boost, 1);
    return s + ".";
}

// One plain sentence: the position, what drives it, and why it comes early or late.
// How an item got its place when the Now list was balanced.
enum class Placement { ByScore, FilledNow, CappedNow };

std::string reason_sentence(const Catalogue& catalogue, const RoadmapItem& ri, const Driver& driver, Placement how) {
    std::string s;
    switch (ri.priority) {
        case Priority::Now:
            s = how == Placement::FilledNow ? "Now: one of your largest remaining gaps" : "Now: one of your biggest gaps";
            break;
        case Priority::Next:
            s = how == Placement::CappedNow ? "Next: a big gap, after the " + format_int(kMaxNow) + " most urgent items"
                                            : "Next: a clear gap";
            break;
        case Priority::Later: s = "Later: a smaller gap"; break;
        case Priority::None: return {};
    }
    if (driver.dimension && driver.dimension->level)
        s += " \xE2\x80\x94 your target for " + curly(driver.dimension->dimension->name) + " is level " +
             format_int(driver.dimension->target) + " and it is at level " + format_int(*driver.dimension->level);
    else if (driver.weakest) {
        s += " \xE2\x80\x94 you answered ";
        describe(s, *driver.weakest);
    }
    std::vector<std::string> because;
    if (ri.live_boost) because.push_back("AI workloads already run in production");
    if (ri.regulated_boost) because.push_back("your sector is regulated");
    const int index = catalogue.phase_index(ri.item->phase);
    if (!because.empty()) {
        s += ", and " + because.front();
        if (because.size() > 1) s += " and " + because[1];
    } else if ((index == 0 || index == 1) && ri.priority != Priority::Later) {
        s += ", and " + catalogue.phases[static_cast<size_t>(index)].name + " comes first: later phases build on it";
    } else if (ri.priority == Priority::Later && index >= 2) {
        s += ", in a phase that builds on earlier ones";
    }
    return s + ".";
}

// 3–5 Now items whenever there are gaps: at most kMaxNow reach Now by score;
// when fewer than kMinNow do, the highest-scoring open items fill up to kMinNow.
// `placed` gets the items moved up (filled) or down (capped).
void balance_now(std::vector<RoadmapPhase>& phases, std::vector<std::pair<const RoadmapItem*, Placement>>& placed) {
    std::vector<RoadmapItem*> open;
    for (auto& p : phases)
        for (auto& i : p.items)
            if (i.priority != Priority::None) open.push_back(&i);
    std::stable_sort(open.begin(), open.end(),
                     [](const RoadmapItem* a, const RoadmapItem* b) { return a->priority_score > b->priority_score; });
    int now = 0;
    for (RoadmapItem* i : open) {
        if (i->priority != Priority::Now) continue;
        if (now < kMaxNow) {
            ++now;
        } else {
            i->priority = Priority::Next;
            placed.emplace_back(i, Placement::CappedNow);
        }
    }
    for (RoadmapItem* i : open) {
        if (now >= kMinNow) break;
        if (i->priority == Priority::Now) continue;
        i->priority = Priority::Now;
        placed.emplace_back(i, Placement::FilledNow);
        ++now;
    }
}

}  // namespace

// [SECTION] Public API

const char* to_string(ItemStatus status) {
    switch (status) {
        case ItemStatus::Done: return "done";
        case ItemStatus::InProgress: return "in_progress";
        case ItemStatus::ToDo: return "to_do";
        case ItemStatus::Unverified: return "unverified";
        case ItemStatus::NotApplicable: return "not_applicable";
    }
    return "to_do";
}

const char* label(ItemStatus status) {
    switch (status) {
        case ItemStatus::Done: return "Done";
        case ItemStatus::InProgress: return "In progress";
        case ItemStatus::ToDo: return "To do";
        case ItemStatus::Unverified: return "Check it";
        case ItemStatus::NotApplicable: return "Not applicable";
    }
    return "To do";
}

const char* to_string(Priority priority) {
    switch (priority) {
        case Priority::Now: return "now";
        case Priority::Next: return "next";
        case Priority::Later: return "later";
        case Priority::None: return "none";
    }
    return "none";
}

const char* label(Priority priority) {
    switch (priority) {
        case Priority::Now: return "Now";
        case Priority::Next: return "Next";
        case Priority::Later: return "Later";
        case Priority::None: return "\xE2\x80\x94";
    }
    return "\xE2\x80\x94";
}

std::vector<const GuidancePath*> guidance_paths(const Catalogue& catalogue, const Session& session) {
    std::vector<const GuidancePath*> out;
    if (const GuidancePath* p = catalogue.path_of_approach(session.profile_answer("ai_approach"))) {
        out.push_back(p);
        return out;
    }
    for (const auto& p : catalogue.paths) out.push_back(&p);
    return out;
}

std::string paths_sentence(const Roadmap& r) {
    std::string paths;
    for (size_t k = 0; k < r.paths.size(); ++k)
        paths += (k == 0 ? "" : k + 1 == r.paths.size() ? " and " : ", ") + r.paths[k]->name;
    if (paths.empty()) return "";
    return r.paths.size() == 1 ? "The guidance is written for " + paths + "."
                               : "The guidance covers " + paths + " (your AI approach spans them, or is not answered yet).";
}

std::string counts_sentence(const RoadmapCounts& c) {
    return format_int(c.total) + " items: " + format_int(c.done) + " done, " + format_int(c.in_progress) +
           " in progress, " + format_int(c.to_do) + " to do, " + format_int(c.unverified) +
           " to check (not covered by your answers), " + format_int(c.not_applicable) +
           " not applicable. Priorities: " + format_int(c.now) + " now, " + format_int(c.next) + " next, " +
           format_int(c.later) + " later.";
}

Roadmap generate_roadmap(const Model& model, const Catalogue& catalogue, const Session& session,
                         const ScoreResult& scores) {
    Roadmap r;
    r.recommendation = recommend(model, session);
    const char* chosen = checklist_id(r.recommendation.chosen);
    r.checklist = catalogue.find_checklist(chosen);
    r.paths = guidance_paths(catalogue, session);

    r.phases.reserve(catalogue.phases.size());
    std::vector<const ChecklistItem*> chosen_items;
    for (const auto& phase : catalogue.phases) {
        chosen_items.clear();
        for (const auto& item : catalogue.items)
            if (item.phase == phase.id && item.in_checklist(chosen)) chosen_items.push_back(&item);
        std::stable_sort(chosen_items.begin(), chosen_items.end(),
                         [](const ChecklistItem* a, const ChecklistItem* b) { return a->order < b->order; });
        RoadmapPhase rp;
        rp.phase = &phase;
        rp.items.resize(chosen_items.size());
        for (size_t i = 0; i < chosen_items.size(); ++i) rp.items[i].item = chosen_items[i];
        r.phases.push_back(std::move(rp));
    }

    std::vector<std::pair<RoadmapItem*, Driver>> drivers;
    for (auto& rp : r.phases)
        for (auto& ri : rp.items) {
            ri.what = guidance(*ri.item, r.paths);
            ri.evidence = gather_evidence(model, session, *ri.item);
            const EvidenceSummary s = summarize(ri.evidence);
            decide_status(model, catalogue, session, r.paths, s, ri);
            if (ri.status == ItemStatus::InProgress || ri.status == ItemStatus::ToDo) {
                Driver d;
                score_priority(catalogue, session, scores, s, ri, d);
                drivers.emplace_back(&ri, d);
            }
        }
    std::vector<std::pair<const RoadmapItem*, Placement>> placed;
    balance_now(r.phases, placed);
    for (auto& [ri, d] : drivers) {
        Placement how = Placement::ByScore;
        for (const auto& [item, p] : placed)
            if (item == ri) how = p;
        ri->priority_reason = reason_sentence(catalogue, *ri, d, how);
        ri->priority_detail = arithmetic(*ri);
    }

    for (auto& rp : r.phases)
        for (auto& ri : rp.items) {
            ++r.counts.total;
            switch (ri.status) {
                case ItemStatus::Done: ++r.counts.done; break;
                case ItemStatus::InProgress: ++r.counts.in_progress; break;
                case ItemStatus::ToDo: ++r.counts.to_do; break;
                case ItemStatus::Unverified: ++r.counts.unverified; break;
                case ItemStatus::NotApplicable: ++r.counts.not_applicable; break;
            }
            switch (ri.priority) {
                case Priority::Now: ++r.counts.now; break;
                case Priority::Next: ++r.counts.next; break;
                case Priority::Later: ++r.counts.later; break;
                case Priority::None: break;
            }
        }
    return r;
}

std::vector<const RoadmapItem*> Roadmap::by_priority() const {
    std::vector<const RoadmapItem*> open;
    for (const auto& p : phases)
        for (const auto& i : p.items)
            if (i.priority != Priority::None) open.push_back(&i);
    std::stable_sort(open.begin(), open.end(), [](const RoadmapItem* a, const RoadmapItem* b) {
        if (a->priority != b->priority) return static_cast<int>(a->priority) < static_cast<int>(b->priority);
        return a->priority_score > b->priority_score;
    });
    return open;
}

const RoadmapItem* Roadmap::find_item(const std::string& item_id) const {
    for (const auto& p : phases)
        for (const auto& i : p.items)
            if (i.item->id == item_id) return &i;
    return nullptr;
}

}  // namespace caf
