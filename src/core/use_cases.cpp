// The use-case portfolio (use_cases.h).
#include "core/use_cases.h"

#include <algorithm>
#include <tuple>

namespace caf {

namespace {

UseCaseResult evaluate(const UseCase& u, const PlanData& data, const Model& model, const MaturityLevel& m) {
    const UseCaseTree& tree = data.use_case_tree;
    UseCaseResult r;
    r.use_case = &u;
    for (const auto& g : tree.goals)
        if (g.id == u.goal) r.goal = &g;
    r.need = tree.find_need(u.goal, u.need);
    r.approach = r.need ? model.find_approach(r.need->approach) : nullptr;
    r.sensitivity = tree.find_sensitivity(u.sensitivity);
    r.beneficiary = tree.find_beneficiary(u.beneficiary);
    if (!r.approach) {
        r.reasons.push_back("Answer the decision tree (goal and need) to get an approach.");
        return r;
    }
    const int level = m.level.value_or(0);
    int f = 5;
    const int short_by = r.approach->min_level - level;
    r.within_level = short_by <= 0;
    if (short_by > 0) {
        f -= 2 * short_by;
        r.reasons.push_back(r.approach->name + " fits from CAF level " + std::to_string(r.approach->min_level) +
                            "; yours is " + std::to_string(level) + ".");
    }
    const auto need = tree.data_needed.find(r.approach->id);
    const int data_needed = need == tree.data_needed.end() ? 0 : need->second;
    if (data_needed > 0 && !m.data)
        r.reasons.push_back("Your data readiness is not answered yet; this approach needs data of your own.");
    else if (m.data && *m.data < data_needed) {
        f -= 1;
        r.reasons.push_back("It needs more data than your data-readiness answer (" + std::to_string(*m.data) +
                            " of " + std::to_string(data_needed) + " needed).");
    }
    if (r.sensitivity && r.sensitivity->penalty > 0) {
        f -= r.sensitivity->penalty;
        r.reasons.push_back(r.sensitivity->name + " data needs more controls before it ships.");
    }
    r.feasibility = std::clamp(f, 1, 5);
    r.score = u.value * r.feasibility;
    r.poc_eligible = r.within_level && r.sensitivity && r.sensitivity->penalty == 0 && r.beneficiary &&
                     !r.beneficiary->customer_facing;
    return r;
}

}  // namespace

Portfolio evaluate_portfolio(const std::vector<UseCase>& use_cases, const PlanData& data, const Model& model,
                             const MaturityLevel& maturity) {
    Portfolio p;
    for (size_t k = 0; k < use_cases.size(); ++k) {
        p.ranked.push_back(evaluate(use_cases[k], data, model, maturity));
    }
    std::stable_sort(p.ranked.begin(), p.ranked.end(), [](const UseCaseResult& a, const UseCaseResult& b) {
        return std::make_tuple(a.score, a.feasibility, a.use_case->value) >
               std::make_tuple(b.score, b.feasibility, b.use_case->value);
    });
    for (size_t k = 0; k < p.ranked.size(); ++k) p.ranked[k].rank = static_cast<int>(k) + 1;
    for (size_t k = 0; k < p.ranked.size(); ++k)
        if (p.ranked[k].poc_eligible) {
            p.poc = static_cast<int>(k);
            break;
        }
    if (const UseCaseResult* c = p.poc_candidate())
        p.poc_reason = c->use_case->name + " ranks highest among the use cases that fit your CAF level, use public "
                       "or internal data and serve employees or partners, not customers (CAF: start with an "
                       "internal, high-value proof of concept within your maturity).";
    else if (!use_cases.empty())
        p.poc_reason = "No use case fits your CAF level with public or internal data and internal users yet; add "
                       "one, or answer its decision tree, sensitivity and who benefits.";
    return p;
}

}  // namespace caf
