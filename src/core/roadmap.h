#pragma once
// The personalised CAF checklist: every item of the chosen checklist (startup
// or enterprise), in the catalogue's seven phases, with a status, a priority
// and the reasons in plain words. Never a priority without an answer behind it.
//
// Paths: the profile's ai_approach picks the guidance path (copilot,
// low_code, azure); "mixed" or an unanswered approach follows every path. An
// item applies when it is on one of those paths; its text is that path's.
//
// Status (first rule that holds):
//   NotApplicable  not on the organization's path(s), applies_when does not
//                  match an answered profile question, or every evidence
//                  question is answered N/A (N/A never creates a gap).
//   Done           ticked by the user, or every evidence question is answered
//                  (value or N/A) and every value is >= 3.
//   Unverified     no evidence question has a value (unanswered and/or "don't
//                  know"): "not covered by your answers: check it". No priority.
//   InProgress     mean evidence value >= 1, or any value >= 2.
//   ToDo           otherwise.
//   Evidence questions are the item's evidence.questions (those asked of this
//   profile), or, if it lists none, all questions of its evidence.dimensions.
//
// Priority (InProgress and ToDo only):
//   score = item weight x gap x phase factor x boost
//   gap   = max(dimension gap, answer gap), at least 0.5, where
//           dimension gap = mean of (target - level) over the item's
//           evidence.dimensions (so targets count), and answer gap =
//           3 - mean evidence value (3 = the "done" bar).
//   phase factor = 1 + 0.1 x (phases after this one): Strategy 1.6 … Manage 1.0,
//           so earlier phases come first.
//   boost = for Secure and Govern items: x1.5 when the profile says regulated
//           or public sector, x1.5 when AI workloads run in production (one or
//           more), both x2; 1 otherwise.
//   Now    the items with score >= 3, at most kMaxNow (highest first, then
//          phase order); when fewer than kMinNow reach 3, the highest-scoring
//          open items fill the list up to kMinNow: 3–5 Now items whenever
//          there are gaps.
//   Next   score >= 1.5 (and not Now); Later below.
//   priority_reason is one plain sentence (the answer that drives it, the
//   boost, the phase order); priority_detail keeps the arithmetic.
#include <string>
#include <vector>

#include "core/model.h"
#include "core/recommendation.h"
#include "core/scoring.h"
#include "core/session.h"

namespace caf {

enum class ItemStatus { Done, InProgress, ToDo, Unverified, NotApplicable };
enum class Priority { Now, Next, Later, None };  // None: done, unverified or not applicable

constexpr double kNowThreshold = 3.0;
constexpr double kNextThreshold = 1.5;
constexpr int kMaxNow = 5;
constexpr int kMinNow = 3;
constexpr double kRegulatedBoost = 1.5;
constexpr double kLiveBoost = 1.5;

// "done", "in_progress", "to_do", "unverified", "not_applicable"
const char* to_string(ItemStatus status);
// "Done", "In progress", "To do", "Check it", "Not applicable"
const char* label(ItemStatus status);
const char* to_string(Priority priority);  // "now", "next", "later", "none"
const char* label(Priority priority);      // "Now", "Next", "Later", "—"

struct EvidenceAnswer {
    const Question* question = nullptr;
    Answer answer;
};

struct RoadmapItem {
    const ChecklistItem* item = nullptr;
    std::string what;                      // the guidance for the organization's path
    ItemStatus status = ItemStatus::ToDo;
    Priority priority = Priority::None;
    bool ticked = false;                   // the user's manual tick
    std::string note;                      // the user's note on the item
    std::vector<EvidenceAnswer> evidence;  // the questions that decide the status
    // The priority arithmetic, for transparency (0 when there is no priority).
    double gap = 0.0, phase_factor = 1.0, boost = 1.0, priority_score = 0.0;
    bool regulated_boost = false, live_boost = false;
    std::string status_reason;    // why this status, naming the answers
    std::string priority_reason;  // one plain sentence: why this priority ("" if none)
    std::string priority_detail;  // the arithmetic behind it ("" if none)
};

struct RoadmapPhase {
    const ChecklistPhase* phase = nullptr;
    std::vector<RoadmapItem> items;  // by order within the phase
};

struct RoadmapCounts {
    int total = 0, done = 0, in_progress = 0, to_do = 0, unverified = 0, not_applicable = 0;
    int now = 0, next = 0, later = 0;
};

struct Roadmap {
    Recommendation recommendation;
    const ChecklistDef* checklist = nullptr;  // the chosen one
    std::vector<const GuidancePath*> paths;   // the organization's guidance path(s)
    std::vector<RoadmapPhase> phases;         // all catalogue phases, in order (some may be empty)
    RoadmapCounts counts;

    // Open items with a priority: Now, Next, Later; by score within each.
    std::vector<const RoadmapItem*> by_priority() const;
    const RoadmapItem* find_item(const std::string& item_id) const;
};

// The guidance paths a session's profile follows (every path for "mixed" or
// an unanswered approach).
std::vector<const GuidancePath*> guidance_paths(const Catalogue& catalogue, const Session& session);

// One sentence naming the guidance path(s) the roadmap is written for ("" if none).
std::string paths_sentence(const Roadmap& roadmap);
// One sentence with the counts by status and by priority.
std::string counts_sentence(const RoadmapCounts& counts);

// Results point into model and catalogue (keep them alive).
Roadmap generate_roadmap(const Model& model, const Catalogue& catalogue, const Session& session,
                         const ScoreResult& scores);

}  // namespace caf
