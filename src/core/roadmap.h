#pragma once
// The personalised CAF checklist: every item of the chosen checklist (startup
// or enterprise), in the catalogue's seven phases, with a status, a priority
// and the reasons in plain words.
//
// Status (first rule that holds):
//   NotApplicable  applies_when does not match an answered profile question.
//   Done           ticked by the user, or every evidence question is
//                  answered (value or N/A) and every value is >= 3.
//   InProgress     mean evidence answer >= 1, or any answer >= 2.
//   ToDo           otherwise (no evidence answered = "not assessed yet").
//   Evidence questions are the item's evidence.questions, or, if it lists
//   none, all questions of its evidence.dimensions.
//
// Priority (InProgress and ToDo only):
//   score = item weight x gap x phase factor x boost
//   gap   = max(dimension gap, answer gap), at least 0.5, where
//           dimension gap = mean of (target - level) over the item's
//           evidence.dimensions (so targets count; none listed = no
//           dimension gap), and answer gap = 3 - mean evidence answer
//           (3 = the "done" bar); 2 when neither is known.
//   phase factor = 1 + 0.1 x (phases after this one): Strategy 1.6 … Manage 1.0,
//           so earlier phases come first.
//   boost = 1.5 for Secure and Govern items when the profile says regulated
//           or public sector; 1 otherwise.
//   Now if score >= 3, Next if >= 1.5, Later below; at most kMaxNow items are
//   Now (highest scores, then phase order), the rest of them become Next.
#include <string>
#include <vector>

#include "core/model.h"
#include "core/recommendation.h"
#include "core/scoring.h"
#include "core/session.h"

namespace caf {

enum class ItemStatus { Done, InProgress, ToDo, NotApplicable };
enum class Priority { Now, Next, Later, None };  // None: done or not applicable

constexpr double kNowThreshold = 3.0;
constexpr double kNextThreshold = 1.5;
constexpr int kMaxNow = 5;

const char* to_string(ItemStatus status);  // "done", "in_progress", "to_do", "not_applicable"
const char* label(ItemStatus status);      // "Done", "In progress", "To do", "Not applicable"
const char* to_string(Priority priority);  // "now", "next", "later", "none"
const char* label(Priority priority);      // "Now", "Next", "Later", "—"

struct EvidenceAnswer {
    const Question* question = nullptr;
    Answer answer;
};

struct RoadmapItem {
    const ChecklistItem* item = nullptr;
    ItemStatus status = ItemStatus::ToDo;
    Priority priority = Priority::None;
    bool ticked = false;                   // the user's manual tick
    std::string note;                      // the user's note on the item
    std::vector<EvidenceAnswer> evidence;  // the questions that decide the status
    // The priority arithmetic, for transparency (0 when done / N/A).
    double gap = 0.0, phase_factor = 1.0, boost = 1.0, priority_score = 0.0;
    std::string status_reason;    // why this status, naming the answers
    std::string priority_reason;  // why this priority, naming answers and targets ("" if none)
};

struct RoadmapPhase {
    const ChecklistPhase* phase = nullptr;
    std::vector<RoadmapItem> items;  // by order within the phase
};

struct RoadmapCounts {
    int total = 0, done = 0, in_progress = 0, to_do = 0, not_applicable = 0;
    int now = 0, next = 0, later = 0;
};

struct Roadmap {
    Recommendation recommendation;
    const ChecklistDef* checklist = nullptr;  // the chosen one
    std::vector<RoadmapPhase> phases;         // all catalogue phases, in order (some may be empty)
    RoadmapCounts counts;

    // Open items (InProgress/ToDo): Now, Next, Later; by score within each.
    std::vector<const RoadmapItem*> by_priority() const;
    const RoadmapItem* find_item(const std::string& item_id) const;
};

// Results point into model and catalogue (keep them alive).
Roadmap generate_roadmap(const Model& model, const Catalogue& catalogue, const Session& session,
                         const ScoreResult& scores);

}  // namespace caf
