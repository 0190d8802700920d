#include "core/compare.h"

#include "core/session_sync.h"

namespace caf {

namespace {

std::string label_of(const Session& s, const char* fallback) {
    // The date part of meta.updated ("2026-11-23T10:00:00Z" -> "2026-11-23").
    if (s.meta.updated.size() >= 10) return s.meta.updated.substr(0, 10);
    return fallback;
}

double answered_share(const Coverage& c) { return c.total > 0 ? c.share : 0.0; }

}  // namespace

const char* to_string(ItemChangeKind kind) {
    switch (kind) {
        case ItemChangeKind::NewlyDone: return "newly_done";
        case ItemChangeKind::Regressed: return "regressed";
        case ItemChangeKind::Changed: return "changed";
        case ItemChangeKind::Added: return "added";
        case ItemChangeKind::Removed: return "removed";
    }
    return "changed";
}

const char* label(ItemChangeKind kind) {
    switch (kind) {
        case ItemChangeKind::NewlyDone: return "Newly done";
        case ItemChangeKind::Regressed: return "Regressed";
        case ItemChangeKind::Changed: return "Changed";
        case ItemChangeKind::Added: return "Added";
        case ItemChangeKind::Removed: return "Removed";
    }
    return "Changed";
}

namespace {

// The plan's fields: owners and dates per item, the plan's settings, the use cases.
bool is_plan_key(const std::string& k) {
    if (k.rfind("plan/", 0) == 0 || k.rfind("use_cases/", 0) == 0) return true;
    if (k.rfind("items/", 0) != 0) return false;
    const std::string field = k.substr(k.rfind('/') + 1);
    return field == "owner" || field == "start" || field == "due";
}

std::string use_case_name(const Session& a, const Session& b, const std::string& id) {
    for (const Session* s : {&b, &a})
        for (const auto& u : s->use_cases)
            if (u.id == id && !u.name.empty()) return u.name;
    return id;
}

void compare_plan(const Catalogue& catalogue, const Session& before, const Session& after, Comparison& c) {
    const auto fa = session_fields(before), fb = session_fields(after);
    for (const auto& k : differing_fields(before, after)) {
        if (!is_plan_key(k)) continue;
        PlanChange ch;
        ch.key = k;
        const auto x = fa.find(k), y = fb.find(k);
        ch.before = x == fa.end() ? "" : x->second;
        ch.after = y == fb.end() ? "" : y->second;
        const std::string field = k.substr(k.rfind('/') + 1);
        if (k == "plan/start") ch.what = "Plan start";
        else if (k == "plan/capacity") ch.what = "Plan capacity (items at once)";
        else if (k.rfind("items/", 0) == 0) {
            const std::string id = k.substr(6, k.rfind('/') - 6);
            const ChecklistItem* item = catalogue.find_item(id);
            ch.what = (item ? item->title : id) + ": " + field;
        } else {
            const std::string id = k.substr(10, k.rfind('/') - 10);
            ch.what = "Use case " + use_case_name(before, after, id) + ": " + field;
        }
        c.plan.push_back(std::move(ch));
    }
}

}  // namespace

Comparison compare(const Model& model, const Catalogue& catalogue, const Session& before, const Session& after) {
    const Assessment a = assess(model, catalogue, before);
    const Assessment b = assess(model, catalogue, after);

    Comparison c;
    c.before_label = label_of(before, "earlier");
    c.after_label = label_of(after, "later");
    if (c.before_label == c.after_label) {
        c.before_label = "earlier (" + c.before_label + ")";
        c.after_label = "later (" + c.after_label + ")";
    }
    c.practices_before = a.scores.practices;
    c.practices_after = b.scores.practices;
    c.level_before = a.scores.maturity.level;
    c.level_after = b.scores.maturity.level;
    c.level_info_before = a.scores.maturity.info;
    c.level_info_after = b.scores.maturity.info;
    c.checklist_before = a.roadmap.checklist;
    c.checklist_after = b.roadmap.checklist;
    c.coverage_before = answered_share(a.scores.coverage);
    c.coverage_after = answered_share(b.scores.coverage);

    // Dimensions and answers, model order.
    for (const auto& phase : model.phases) {
        for (const auto& dim : phase.dimensions) {
            const DimensionScore* da = a.scores.find_dimension(dim.id);
            const DimensionScore* db = b.scores.find_dimension(dim.id);
            DimensionDelta d;
            d.dimension = &dim;
            d.phase = &phase;
            if (da) {
                d.before = da->score;
                d.level_before = da->level;
                d.target_before = da->target;
            }
            if (db) {
                d.after = db->score;
                d.level_after = db->level;
                d.target_after = db->target;
            }
            c.dimensions.push_back(d);
            for (const auto& q : dim.questions) {
                const Answer x = before.answer(q.id), y = after.answer(q.id);
                if (x == y) continue;
                AnswerChange ch{&q, &dim, nullptr, x, y, 0};
                if (x.has_value() && y.has_value()) ch.direction = y.value > x.value ? 1 : -1;
                if (ch.direction > 0) ++c.answers_up;
                if (ch.direction < 0) ++c.answers_down;
                c.answers.push_back(ch);
            }
        }
    }

    for (const auto& g : model.readiness.groups)
        for (const auto& q : g.questions) {
            const Answer x = before.answer(q.id), y = after.answer(q.id);
            if (x == y) continue;
            AnswerChange ch{&q, nullptr, &g, x, y, 0};
            if (x.has_value() && y.has_value()) ch.direction = y.value > x.value ? 1 : -1;
            if (ch.direction > 0) ++c.answers_up;
            if (ch.direction < 0) ++c.answers_down;
            c.answers.push_back(ch);
        }

    for (const auto& pq : model.profile) {
        const std::string& x = before.profile_answer(pq.id);
        const std::string& y = after.profile_answer(pq.id);
        if (x != y) c.profile.push_back(ProfileChange{&pq, x, y});
    }

    // Items: every catalogue item in either roadmap, catalogue phase order.
    for (const auto& phase : catalogue.phases) {
        std::vector<const ChecklistItem*> items;
        for (const auto& rp : b.roadmap.phases)
            if (rp.phase == &phase)
                for (const auto& ri : rp.items) items.push_back(ri.item);
        for (const auto& rp : a.roadmap.phases)
            if (rp.phase == &phase)
                for (const auto& ri : rp.items)
                    if (!b.roadmap.find_item(ri.item->id)) items.push_back(ri.item);
        for (const ChecklistItem* item : items) {
            const RoadmapItem* x = a.roadmap.find_item(item->id);
            const RoadmapItem* y = b.roadmap.find_item(item->id);
            ItemChange ch;
            ch.item = item;
            ch.phase = &phase;
            if (x) ch.before = x->status;
            if (y) {
                ch.after = y->status;
                if (y->priority != Priority::None) ch.priority_after = y->priority;
            }
            if (!x) {
                ch.kind = ItemChangeKind::Added;
            } else if (!y) {
                ch.kind = ItemChangeKind::Removed;
            } else if (x->status == y->status) {
                continue;
            } else if (y->status == ItemStatus::Done) {
                ch.kind = ItemChangeKind::NewlyDone;
            } else if (x->status == ItemStatus::Done && y->status != ItemStatus::NotApplicable) {
                ch.kind = ItemChangeKind::Regressed;
            } else {
                ch.kind = ItemChangeKind::Changed;
            }
            if (ch.kind == ItemChangeKind::NewlyDone) ++c.newly_done;
            if (ch.kind == ItemChangeKind::Regressed) ++c.regressed;
            c.items.push_back(ch);
        }
    }
    compare_plan(catalogue, before, after, c);
    return c;
}

}  // namespace caf
