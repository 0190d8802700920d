// The use-case portfolio (use_cases.h): decision-tree paths, feasibility,
// ranking and the PoC candidate, worked out by hand on the real data
// (data/plan.json's tree, data/model.json's approaches).
#include <catch2/catch.hpp>

#include "core/plan_data.h"
#include "core/use_cases.h"
#include "test_util.h"

using namespace caf;

namespace {

const PlanData& plan_data() {
    static const PlanData d = [] {
        auto loaded = builtin_plan_data(test::real_model(), test::real_catalogue());
        if (!loaded.ok()) FAIL(errors_to_string(loaded.errors));
        return *loaded.value;
    }();
    return d;
}

UseCase uc(const char* id, int value, const char* goal, const char* need, const char* sens = "internal",
           const char* who = "employees") {
    UseCase u;
    u.id = id;
    u.name = std::string("Use case ") + id;
    u.value = value;
    u.goal = goal;
    u.need = need;
    u.sensitivity = sens;
    u.beneficiary = who;
    return u;
}

MaturityLevel at_level(int level, std::optional<int> data) {
    MaturityLevel m;
    m.level = level;
    m.data = data;
    return m;
}

const UseCaseResult& find(const Portfolio& p, const std::string& id) {
    for (const auto& r : p.ranked)
        if (r.use_case->id == id) return r;
    FAIL("no " << id);
    return p.ranked.front();
}

}  // namespace

TEST_CASE("the decision tree gives CAF's approach for each path", "[use_cases]") {
    const std::vector<UseCase> all = {
        uc("m365", 3, "individual_productivity", "m365_apps"),
        uc("product", 3, "individual_productivity", "in_product"),
        uc("role", 3, "individual_productivity", "role_based"),
        uc("agents", 3, "individual_productivity", "custom_agents"),
        uc("studio", 3, "business_automation", "low_code_agent"),
        uc("hosted", 3, "business_automation", "hosted_model"),
        uc("tune", 3, "business_automation", "adapt_model"),
        uc("rag", 3, "business_automation", "grounded"),
        uc("small", 3, "business_automation", "own_small_model"),
        uc("large", 3, "business_automation", "own_large_model"),
        uc("none", 3, "business_automation", ""),
        uc("wrong", 3, "individual_productivity", "grounded"),  // a need of the other goal
    };
    const Portfolio p = evaluate_portfolio(all, plan_data(), test::real_model(), at_level(4, 4));
    auto approach = [&](const char* id) {
        const UseCaseResult& r = find(p, id);
        return r.approach ? r.approach->id : std::string("-");
    };
    CHECK(approach("m365") == "copilots");
    CHECK(approach("product") == "copilots");
    CHECK(approach("role") == "copilots");
    CHECK(approach("agents") == "low_code");
    CHECK(approach("studio") == "low_code");
    CHECK(approach("hosted") == "paas_models");
    CHECK(approach("tune") == "fine_tuning");
    CHECK(approach("rag") == "paas_rag_agents");
    CHECK(approach("small") == "iaas_small");
    CHECK(approach("large") == "iaas_large");
    CHECK(approach("none") == "-");
    CHECK(approach("wrong") == "-");
    CHECK(find(p, "none").feasibility == 0);
    CHECK(find(p, "none").rank > find(p, "large").rank);
}

TEST_CASE("feasibility follows the CAF level, the data answer and the sensitivity", "[use_cases]") {
    const std::vector<UseCase> list = {
        uc("copilot", 4, "individual_productivity", "m365_apps"),                       // min 1, data 0
        uc("rag", 5, "business_automation", "grounded"),                               // min 3, data 2
        uc("hosted", 3, "business_automation", "hosted_model", "confidential"),        // min 2, data 0
        uc("regulated", 2, "individual_productivity", "m365_apps", "regulated"),
    };
    const Portfolio p = evaluate_portfolio(list, plan_data(), test::real_model(), at_level(1, 1));
    // Level 1, data 1:
    CHECK(find(p, "copilot").feasibility == 5);   // fits, needs no data
    CHECK(find(p, "rag").feasibility == 1);       // 5 - 2x2 (two levels short) - 1 (data 1 < 2) = 0 -> 1
    CHECK(find(p, "hosted").feasibility == 2);    // 5 - 2 (one level short) - 1 (confidential)
    CHECK(find(p, "regulated").feasibility == 3); // 5 - 2 (regulated)
    CHECK(find(p, "rag").reasons.size() == 2);
    CHECK(test::contains(find(p, "rag").reasons[0], "fits from CAF level 3; yours is 1"));
    // Rank by value x feasibility: copilot 20, regulated 6, hosted 6 (tie: feasibility 3 > 2), rag 5.
    CHECK(p.ranked[0].use_case->id == "copilot");
    CHECK(p.ranked[0].score == 20);
    CHECK(p.ranked[1].use_case->id == "regulated");
    CHECK(p.ranked[2].use_case->id == "hosted");
    CHECK(p.ranked[3].use_case->id == "rag");
    CHECK(p.ranked[3].rank == 4);
    // At level 3 with data 2 the RAG app is fully feasible and ranks first (5 x 5).
    const Portfolio q = evaluate_portfolio(list, plan_data(), test::real_model(), at_level(3, 2));
    CHECK(find(q, "rag").feasibility == 5);
    CHECK(q.ranked[0].use_case->id == "rag");
    // An unanswered data question costs nothing but is said.
    const Portfolio u = evaluate_portfolio(list, plan_data(), test::real_model(), at_level(3, std::nullopt));
    CHECK(find(u, "rag").feasibility == 5);
    CHECK(test::contains(find(u, "rag").reasons.at(0), "not answered"));
}

TEST_CASE("the PoC candidate is the best internal, non-customer-facing use case within the level", "[use_cases]") {
    const std::vector<UseCase> list = {
        uc("support_bot", 5, "business_automation", "hosted_model", "internal", "customers"),  // 25, customer-facing
        uc("hr_faq", 3, "business_automation", "low_code_agent", "internal", "employees"),     // 15
        uc("claims", 5, "business_automation", "grounded", "internal", "employees"),           // level 2 < 3
    };
    const Portfolio p = evaluate_portfolio(list, plan_data(), test::real_model(), at_level(2, 3));
    REQUIRE(p.poc_candidate());
    CHECK(p.poc_candidate()->use_case->id == "hr_faq");
    CHECK(p.ranked[0].use_case->id == "support_bot");
    CHECK(test::contains(p.poc_reason, "Use case hr_faq"));
    // Nobody qualifies: no candidate, and the reason says what is missing.
    const Portfolio none = evaluate_portfolio({list[0]}, plan_data(), test::real_model(), at_level(2, 3));
    CHECK_FALSE(none.poc_candidate());
    CHECK(test::contains(none.poc_reason, "No use case"));
    CHECK(evaluate_portfolio({}, plan_data(), test::real_model(), at_level(2, 3)).poc_reason.empty());
}
