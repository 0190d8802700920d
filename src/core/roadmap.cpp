#include "core/roadmap.h"

#include <algorithm>
#include <cmath>

#include "core/format.h"

namespace caf {

namespace {

constexpr int kDoneBar = 3;        // an evidence answer of 3+ means "in place"
constexpr double kUnknownGap = 2.0;
constexpr double kMinGap = 0.5;    // an open item never drops to priority 0
constexpr double kRegulatedBoost = 1.5;
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

// [SECTION] Applicability

// The profile answer that rules the item out, or nullptr if it applies.
// Unanswered profile questions never rule an item out.
struct Exclusion {
    const ProfileQuestion* question = nullptr;
    const ProfileOption* option = nullptr;
    const std::vector<std::string>* applies_to = nullptr;  // the options it applies to
};

Exclusion find_exclusion(const Model& model, const Session& session, const ChecklistItem& item) {
    for (const auto& [profile_id, options] : item.applies_when) {
        const std::string& answer = session.profile_answer(profile_id);
        if (answer.empty()) continue;
        if (std::find(options.begin(), options.end(), answer) != options.end()) continue;
        const ProfileQuestion* q = model.find_profile(profile_id);
        return Exclusion{q, q ? q->find_option(answer) : nullptr, &options};
    }
    return {};
}

// [SECTION] Evidence and status

std::vector<EvidenceAnswer> gather_evidence(const Model& model, const Session& session, const ChecklistItem& item) {
    std::vector<EvidenceAnswer> out;
    out.reserve(item.evidence.questions.empty() ? 8 : item.evidence.questions.size());
    if (!item.evidence.questions.empty()) {
        for (const auto& id : item.evidence.questions)
            if (const Question* q = model.find_question(id)) out.push_back({q, session.answer(q->id)});
        return out;
    }
    for (const auto& dim_id : item.evidence.dimensions)
        if (const Dimension* d = model.find_dimension(dim_id))
            for (const auto& q : d->questions) out.push_back({&q, session.answer(q.id)});
    return out;
}

struct EvidenceSummary {
    std::vector<const EvidenceAnswer*> values;  // answered 0..4, in evidence order
    int unanswered = 0, na = 0, max_value = 0;
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
            ++s.na;
        } else {
            ++s.unanswered;
        }
    }
    if (!s.values.empty()) s.mean = static_cast<double>(sum) / static_cast<double>(s.values.size());
    return s;
}

void decide_status(const Model& model, const Session& session, const EvidenceSummary& s, RoadmapItem& ri) {
    const ChecklistItem& item = *ri.item;
    const auto state = session.items.find(item.id);
    if (state != session.items.end()) {
        ri.ticked = state->second.done;
        ri.note = state->second.note;
    }
    const Exclusion ex = find_exclusion(model, session, item);
    if (ex.question) {
        ri.status = ItemStatus::NotApplicable;
        std::vector<std::string> labels;
        for (const auto& id : *ex.applies_to) {
            const ProfileOption* o = ex.question->find_option(id);
            labels.push_back(o ? o->label : id);
        }
        std::string applies;
        for (size_t i = 0; i < labels.size(); ++i)
            applies += (i == 0 ? "" : (i + 1 == labels.size() ? " or " : ", ")) + labels[i];
        ri.status_reason = "Not applicable: you answered " +
                           curly(ex.option ? ex.option->label : session.profile_answer(ex.question->id)) +
                           " to " + curly(ex.question->prompt) + "; it applies to " + applies + ".";
        return;
    }
    if (ri.ticked) {
        ri.status = ItemStatus::Done;
        ri.status_reason = "Ticked by you.";
        return;
    }
    if (ri.evidence.empty()) {
        ri.status = ItemStatus::ToDo;
        ri.status_reason = "No question in this assessment covers this item; tick it when it is done.";
        return;
    }
    if (s.values.empty()) {
        ri.status = ItemStatus::ToDo;
        if (s.unanswered > 0)
            ri.status_reason = "Not assessed yet: answer " + curly(ri.evidence.front().question->prompt) +
                               " to see where you stand.";
        else
            ri.status_reason = "You marked the related questions N/A; tick the item when it is done.";
        return;
    }
    const bool all_high = std::all_of(s.values.begin(), s.values.end(),
                                      [](const EvidenceAnswer* e) { return e->answer.value >= kDoneBar; });
    if (all_high && s.unanswered == 0) {
        ri.status = ItemStatus::Done;
        ri.status_reason = "Your answers show it is in place: you answered " + join_mentions(s.values) + ".";
        return;
    }
    std::string open;
    if (s.unanswered > 0)
        open = " " + format_int(s.unanswered) + (s.unanswered == 1 ? " related question is" : " related questions are") +
               " not answered yet.";
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

void score_priority(const Catalogue& catalogue, const Session& session, const ScoreResult& scores,
                    const EvidenceSummary& s, RoadmapItem& ri) {
    const ChecklistItem& item = *ri.item;
    const auto dims = gap_dimensions(scores, ri);

    std::optional<double> dim_gap, answer_gap;
    if (!dims.empty()) {
        double sum = 0.0;
        for (const auto* d : dims) sum += d->gap();
        dim_gap = sum / static_cast<double>(dims.size());
    }
    if (!s.values.empty()) answer_gap = std::max(0.0, kDoneBar - s.mean);
    double gap = kUnknownGap;
    if (dim_gap || answer_gap) gap = std::max(dim_gap.value_or(0.0), answer_gap.value_or(0.0));
    ri.gap = std::max(gap, kMinGap);

    const int index = catalogue.phase_index(item.phase);
    const int after = static_cast<int>(catalogue.phases.size()) - 1 - std::max(index, 0);
    ri.phase_factor = static_cast<double>(10 + after) / 10.0;  // exact at 1.5, 1.0
    const bool boosted = (item.phase == "secure" || item.phase == "govern") && is_regulated(session);
    ri.boost = boosted ? kRegulatedBoost : 1.0;
    ri.priority_score = item.weight * ri.gap * ri.phase_factor * ri.boost;
    ri.priority = ri.priority_score >= kNowThreshold    ? Priority::Now
                  : ri.priority_score >= kNextThreshold ? Priority::Next
                                                        : Priority::Later;

    // Why, in words: the weakest answers, the dimension targets, the phase.
    std::vector<std::string> parts;
    std::vector<const EvidenceAnswer*> weakest = s.values;
    std::stable_sort(weakest.begin(), weakest.end(), [](const EvidenceAnswer* a, const EvidenceAnswer* b) {
        return a->answer.value < b->answer.value;
    });
    if (weakest.size() > 2) weakest.resize(2);
    if (!weakest.empty()) parts.push_back("You answered " + join_mentions(weakest));
    for (const auto* d : dims) {
        const std::string name = curly(d->dimension->name);
        if (d->level)
            parts.push_back(name + " is at level " + format_int(*d->level) + ", target " + format_int(d->target));
        else
            parts.push_back(name + " is not assessed yet, target " + format_int(d->target));
    }
    std::string text;
    for (size_t i = 0; i < parts.size(); ++i) text += (i == 0 ? "" : "; ") + parts[i];
    if (!text.empty()) text += ".";
    if (index == 0 || index == 1) {
        const ChecklistPhase& ph = catalogue.phases[static_cast<size_t>(index)];
        text += (text.empty() ? "" : " ") + ph.name + " comes early: later phases build on it.";
    }
    if (boosted) text += (text.empty() ? "" : " ") + std::string("Regulated: security and governance come earlier.");
    ri.priority_reason = text;
}

std::string arithmetic(const RoadmapItem& ri) {
    std::string s = "Priority score " + format_fixed(ri.priority_score, 2) + " = weight " +
                    format_score(ri.item->weight) + " \xC3\x97 gap " + format_fixed(ri.gap, 2) + " \xC3\x97 phase " +
                    format_fixed(ri.phase_factor, 1);
    if (ri.boost != 1.0) s += " \xC3\x97 regulated " + format_fixed(ri.boost, 1);
    return s + ".";
}

// At most kMaxNow "Now" items: the highest scores win, ties by phase then order.
void cap_now(std::vector<RoadmapPhase>& phases) {
    std::vector<RoadmapItem*> now;
    for (auto& p : phases)
        for (auto& i : p.items)
            if (i.priority == Priority::Now) now.push_back(&i);
    std::stable_sort(now.begin(), now.end(),
                     [](const RoadmapItem* a, const RoadmapItem* b) { return a->priority_score > b->priority_score; });
    for (size_t k = static_cast<size_t>(kMaxNow); k < now.size(); ++k) {
        now[k]->priority = Priority::Next;
        now[k]->priority_reason += " (Next rather than Now: at most " + format_int(kMaxNow) +
                                   " items are Now, and others scored higher.)";
    }
}

}  // namespace

// [SECTION] Public API

const char* to_string(ItemStatus status) {
    switch (status) {
        case ItemStatus::Done: return "done";
        case ItemStatus::InProgress: return "in_progress";
        case ItemStatus::ToDo: return "to_do";
        case ItemStatus::NotApplicable: return "not_applicable";
    }
    return "to_do";
}

const char* label(ItemStatus status) {
    switch (status) {
        case ItemStatus::Done: return "Done";
        case ItemStatus::InProgress: return "In progress";
        case ItemStatus::ToDo: return "To do";
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

Roadmap generate_roadmap(const Model& model, const Catalogue& catalogue, const Session& session,
                         const ScoreResult& scores) {
    Roadmap r;
    r.recommendation = recommend(model, session);
    const char* chosen = checklist_id(r.recommendation.chosen);
    r.checklist = catalogue.find_checklist(chosen);

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

    for (auto& rp : r.phases)
        for (auto& ri : rp.items) {
            ri.evidence = gather_evidence(model, session, *ri.item);
            const EvidenceSummary s = summarize(ri.evidence);
            decide_status(model, session, s, ri);
            if (ri.status == ItemStatus::InProgress || ri.status == ItemStatus::ToDo)
                score_priority(catalogue, session, scores, s, ri);
        }
    cap_now(r.phases);

    for (auto& rp : r.phases)
        for (auto& ri : rp.items) {
            if (ri.priority != Priority::None)
                ri.priority_reason = (ri.priority_reason.empty() ? "" : ri.priority_reason + " ") + arithmetic(ri);
            ++r.counts.total;
            switch (ri.status) {
                case ItemStatus::Done: ++r.counts.done; break;
                case ItemStatus::InProgress: ++r.counts.in_progress; break;
                case ItemStatus::ToDo: ++r.counts.to_do; break;
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
