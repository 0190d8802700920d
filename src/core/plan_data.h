#pragma once
// data/plan.json as plain structs: the roles, the efforts (S / M / L with the
// person-week range each means), per checklist item its effort, owner role,
// RACI and dependencies in CAF's order, the wave boundaries, the items that
// name the proof-of-concept candidate, and CAF's AI decision tree for one use
// case. Loaded and cross-checked against the catalogue (every item has an
// entry, every id exists, no dependency cycle); the JSON Schema
// data/schema/plan.schema.json is checked by scripts/validate_data.py.
#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/load_error.h"
#include "core/model.h"

namespace caf {

struct Role {
    std::string id, name, summary;
};

struct Effort {
    std::string id, name, summary;  // "S", "Small", …
    std::array<int, 2> person_weeks{1, 1};
    int weeks = 1;                  // calendar weeks one track spends on it
};

struct Raci {
    std::vector<std::string> responsible;
    std::string accountable;
    std::vector<std::string> consulted, informed;
};

struct ItemPlan {
    std::string effort, owner;  // effort id, role id (= raci.accountable)
    Raci raci;
    std::vector<std::string> depends_on;  // checklist item ids
    std::string why_depends;
};

struct Wave {
    std::string id, name;
    int from_day = 0;  // offset from the plan's start date; the last wave is open-ended
};

struct UseCaseNeed {
    std::string id, name, approach;  // approach: an id of model.json's approaches
};

struct UseCaseGoal {
    std::string id, name;
    std::vector<UseCaseNeed> needs;
};

struct Sensitivity {
    std::string id, name;
    int penalty = 0;  // feasibility points it costs
};

struct Beneficiary {
    std::string id, name;
    bool customer_facing = false;
};

struct UseCaseTree {
    std::string summary, link;
    std::vector<UseCaseGoal> goals;
    std::map<std::string, int> data_needed;  // approach id -> the data-readiness answer it needs (0..4)
    std::vector<Sensitivity> sensitivities;
    std::vector<Beneficiary> beneficiaries;

    const UseCaseNeed* find_need(std::string_view goal_id, std::string_view need_id) const;
    const Sensitivity* find_sensitivity(std::string_view id) const;
    const Beneficiary* find_beneficiary(std::string_view id) const;
};

struct PlanData {
    std::string id, version, summary;
    std::vector<Wave> waves;
    std::vector<std::string> poc_items;
    std::vector<Role> roles;
    std::vector<Effort> efforts;
    std::map<std::string, ItemPlan> items;  // checklist item id -> its plan
    UseCaseTree use_case_tree;

    const Role* find_role(std::string_view role_id) const;
    const Effort* find_effort(std::string_view effort_id) const;
    const ItemPlan* find_item(std::string_view item_id) const;
    bool is_poc_item(std::string_view item_id) const;
};

// Cross-checks item ids against `catalogue` and approach ids against `model`.
Loaded<PlanData> load_plan_data(std::string_view text, const std::string& file_name, const Model& model,
                                const Catalogue& catalogue);
// data/plan.json, embedded at build time.
Loaded<PlanData> builtin_plan_data(const Model& model, const Catalogue& catalogue);

}  // namespace caf
