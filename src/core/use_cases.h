#pragma once
// The use-case portfolio: for each candidate use case the user listed (name,
// business value 1–5, data sensitivity, who benefits, and the two answers of
// CAF's AI decision tree), the approach the tree gives, a feasibility from the
// organization's CAF level and data, and a rank; plus the proof-of-concept
// candidate that the plan's PoC items name.
//
// Approach: data/plan.json use_case_tree: goal (individual productivity or
// business automation) → need → one of data/model.json's approaches. Without
// both answers there is no approach, feasibility 0, and the use case ranks last.
//
// Feasibility 1..5 (our rule, not CAF's), starting at 5:
//   − 2 per CAF level the approach's min_level is above the organization's
//     level (no level yet counts as 0);
//   − 1 when the data-readiness answer is below what the approach needs
//     (use_case_tree.data_needed; no penalty while it is unanswered, but said);
//   − the sensitivity's penalty (confidential 1, regulated 2): more controls
//     before anything ships;
//   then clamped to 1..5.
// Rank: value × feasibility, highest first; ties by feasibility, then value,
// then the user's order.
// PoC candidate (CAF, Plan: "Create an AI proof of concept"): the best-ranked
// use case whose approach is within the level, whose data is public or
// internal, and whose beneficiaries are not customers (internal before
// customer-facing). None when no use case qualifies (the reason says why).
#include <string>
#include <vector>

#include "core/model.h"
#include "core/plan_data.h"
#include "core/scoring.h"
#include "core/session.h"

namespace caf {

struct UseCaseResult {
    const UseCase* use_case = nullptr;
    const UseCaseGoal* goal = nullptr;     // nullptr when unanswered or unknown
    const UseCaseNeed* need = nullptr;
    const Approach* approach = nullptr;    // nullptr without both tree answers
    const Sensitivity* sensitivity = nullptr;
    const Beneficiary* beneficiary = nullptr;
    int feasibility = 0;                   // 1..5; 0 without an approach
    int score = 0;                         // value × feasibility
    int rank = 0;                          // 1 = best
    bool within_level = false;             // approach.min_level <= the CAF level
    bool poc_eligible = false;
    std::vector<std::string> reasons;      // what lowered feasibility, in plain words
};

struct Portfolio {
    std::vector<UseCaseResult> ranked;     // rank order
    int poc = -1;                          // index into ranked, -1 = none
    std::string poc_reason;                // why this one, or why none

    const UseCaseResult* poc_candidate() const { return poc < 0 ? nullptr : &ranked[static_cast<size_t>(poc)]; }
};

// Pointers refer into use_cases, data and model (keep them alive).
Portfolio evaluate_portfolio(const std::vector<UseCase>& use_cases, const PlanData& data, const Model& model,
                             const MaturityLevel& maturity);

}  // namespace caf
