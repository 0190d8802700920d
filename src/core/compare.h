#pragma once
// Comparing two assessments of the same organization over time ("what
// changed since last quarter"): per dimension and overall score deltas, the
// maturity level before and after, every changed answer and profile answer,
// and the checklist items that are newly done or regressed.
//
// Both sessions are scored with the same model and catalogue (import_session
// already migrated older files), so every number is comparable.
//
//   dimension delta  after score - before score (only when both exist)
//   answer change    any difference: value, N/A, don't know, unanswered (quick
//                    checks included); `direction` is
//                    +1 / -1 when both are values and it went up / down
//   item change      the roadmap status of every item of either checklist:
//                    NewlyDone  not done before, done now
//                    Regressed  done before, not done now (and still applies)
//                    Changed    another status change (e.g. to do -> in progress,
//                               or it became (not) applicable)
//                    Added / Removed  in only one of the two roadmaps (the
//                               checklist changed between startup and enterprise)
//   Unchanged items are not listed.
//   plan change      the plan's own fields (session_sync.h keys): an item's
//                    owner, start or due, the plan's start and capacity, and
//                    every use-case field; before/after as text ("" = unset)
//
// Results point into model and catalogue (keep them alive).
#include <optional>
#include <string>
#include <vector>

#include "core/assessment.h"

namespace caf {

struct DimensionDelta {
    const Dimension* dimension = nullptr;
    const Phase* phase = nullptr;
    std::optional<double> before, after;    // scores 0..100
    std::optional<int> level_before, level_after;
    int target_before = 0, target_after = 0;

    std::optional<double> delta() const {
        if (!before || !after) return std::nullopt;
        return *after - *before;
    }
};

struct AnswerChange {
    const Question* question = nullptr;
    const Dimension* dimension = nullptr;        // nullptr for a readiness quick check
    const ReadinessGroup* group = nullptr;       // the quick check's group
    Answer before, after;
    int direction = 0;  // +1 up, -1 down, 0 when not two values
};

struct ProfileChange {
    const ProfileQuestion* question = nullptr;
    std::string before, after;  // option ids; "" = unanswered
};

enum class ItemChangeKind { NewlyDone, Regressed, Changed, Added, Removed };
const char* to_string(ItemChangeKind kind);  // "newly_done", "regressed", "changed", "added", "removed"
const char* label(ItemChangeKind kind);      // "Newly done", "Regressed", "Changed", "Added", "Removed"

struct ItemChange {
    const ChecklistItem* item = nullptr;
    const ChecklistPhase* phase = nullptr;
    std::optional<ItemStatus> before, after;  // nullopt: not in that roadmap
    std::optional<Priority> priority_after;
    ItemChangeKind kind = ItemChangeKind::Changed;
};

struct PlanChange {
    std::string key;            // the session field key, e.g. "items/<id>/owner"
    std::string what;           // "Assess AI skills: owner", "Plan start", "Use case Invoice triage: value"
    std::string before, after;  // "" = not set
};

struct Comparison {
    // Shown in headings: "2026-05-01" (meta.updated's date), else "earlier" /
    // "later"; callers may overwrite (the CLI uses file names).
    std::string before_label = "earlier", after_label = "later";
    std::optional<double> practices_before, practices_after;   // Strategy & Plan practices scores
    std::optional<int> level_before, level_after;              // CAF levels (none while unknown)
    const Level* level_info_before = nullptr;
    const Level* level_info_after = nullptr;
    const ChecklistDef* checklist_before = nullptr;
    const ChecklistDef* checklist_after = nullptr;
    double coverage_before = 0.0, coverage_after = 0.0;  // answered share 0..1

    std::vector<DimensionDelta> dimensions;  // every dimension, model order
    std::vector<ProfileChange> profile;      // changed only, model order
    std::vector<AnswerChange> answers;       // changed only, model order
    std::vector<ItemChange> items;           // changed only, catalogue phase order
    std::vector<PlanChange> plan;            // changed only, by key
    int answers_up = 0, answers_down = 0;
    int newly_done = 0, regressed = 0;

    std::optional<double> practices_delta() const {
        if (!practices_before || !practices_after) return std::nullopt;
        return *practices_after - *practices_before;
    }
    bool unchanged() const { return profile.empty() && answers.empty() && items.empty() && plan.empty(); }
};

Comparison compare(const Model& model, const Catalogue& catalogue, const Session& before, const Session& after);

}  // namespace caf
