// The real data (data/model.json, data/checklist.json) against the contract
// in data/README.md and the CAF sources. The JSON Schemas are checked by
// scripts/validate_data.py (ctest "data:schemas").
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "test_util.h"

namespace {

const std::string kCafPrefix = "https://learn.microsoft.com/azure/cloud-adoption-framework/";

// A CAF page on learn.microsoft.com, optionally with a non-empty #anchor.
bool is_caf_url(const std::string& url, bool need_anchor) {
    if (url.rfind(kCafPrefix, 0) != 0) return false;
    const std::string rest = url.substr(kCafPrefix.size());
    const size_t hash = rest.find('#');
    const std::string path = rest.substr(0, hash);
    if (path.empty()) return false;
    for (char c : path)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || c == '-' || c == '_')) return false;
    if (hash == std::string::npos) return !need_anchor;
    const std::string anchor = rest.substr(hash + 1);
    if (anchor.empty()) return false;
    for (char c : anchor)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

}  // namespace

TEST_CASE("the embedded model and checklist load without errors", "[data]") {
    const auto model = caf::builtin_model();
    INFO(caf::errors_to_string(model.errors));
    REQUIRE(model.ok());
    const auto catalogue = caf::builtin_catalogue(*model.value);
    INFO(caf::errors_to_string(catalogue.errors));
    REQUIRE(catalogue.ok());
}

TEST_CASE("the model follows data/README.md", "[data]") {
    const caf::Model& m = test::real_model();
    CHECK(m.id == "caf-ai-maturity");
    REQUIRE(m.levels.size() == 5);
    for (int l = 0; l < 5; ++l) CHECK(m.levels[static_cast<size_t>(l)].level == l);
    REQUIRE(m.phases.size() == 2);
    CHECK(m.phases[0].id == "strategy");
    CHECK(m.phases[1].id == "plan");
    CHECK(m.question_count() >= 30);
    // The level rule names plan questions.
    CHECK(m.find_question(m.level_rule.skill_question));
    CHECK(m.find_question(m.level_rule.data_question));
    CHECK_FALSE(m.find_question(m.level_rule.skill_question)->allow_na);
    CHECK_FALSE(m.find_question(m.level_rule.data_question)->allow_na);

    // Fixed profile ids and options (the recommendation rules rely on them).
    const std::map<std::string, std::vector<std::string>> profile = {
        {"org_type", {"startup", "scaleup", "enterprise", "public_sector"}},
        {"org_size", {"s1_50", "s51_250", "s251_1000", "s1001_5000", "s5000_plus"}},
        {"ai_approach", {"copilots", "low_code", "paas", "iaas", "mixed"}},
        {"regulated", {"no", "regulated", "public"}},
        {"workloads", {"w0", "w1", "w2_5", "w6_plus"}},
    };
    for (const auto& [id, options] : profile) {
        const caf::ProfileQuestion* q = m.find_profile(id);
        INFO(id);
        REQUIRE(q);
        std::vector<std::string> got;
        for (const auto& o : q->options) got.push_back(o.id);
        CHECK(got == options);
    }
}

TEST_CASE("the Strategy and Plan dimensions are the CAF activities", "[data]") {
    // From the CAF AI Strategy and AI Plan pages (Nov 2024), in order.
    const std::vector<std::string> strategy = {"Identify AI use cases", "Define an AI technology strategy",
                                               "Define an AI data strategy", "Define a responsible AI strategy"};
    const std::vector<std::string> plan = {"Assess AI skills", "Acquire AI skills", "Access AI resources",
                                           "Prioritize AI use cases", "Create an AI proof of concept",
                                           "Implement responsible AI", "Estimate delivery timelines"};
    std::vector<std::string> got_strategy, got_plan;
    for (const auto& d : test::real_model().phases[0].dimensions) got_strategy.push_back(d.name);
    for (const auto& d : test::real_model().phases[1].dimensions) got_plan.push_back(d.name);
    CHECK(got_strategy == strategy);
    CHECK(got_plan == plan);
}

TEST_CASE("the startup checklist equals the seed's 14 items", "[data][seed]") {
    // Written from /work/shared/seeds/004_88b30337ec4a3737.txt ("Startup AI
    // adoption checklist", the 7-step version with Adopt), not from data/.
    const std::vector<std::pair<std::string, std::vector<std::string>>> seed = {
        {"strategy", {"Define an AI technology strategy", "Define a responsible AI strategy"}},
        {"plan", {"Access AI resources"}},
        {"ready", {"Prepare AI deployment regions"}},
        {"adopt", {"Adopt Azure AI platforms (PaaS)"}},
        {"secure", {"Secure AI resources", "Secure AI models", "Secure AI data", "Secure AI access"}},
        {"govern", {"Govern AI models", "Govern AI costs", "Govern AI data"}},
        {"manage", {"Manage AI models", "Manage AI costs"}},
    };
    const caf::Catalogue& c = test::real_catalogue();
    REQUIRE(c.phases.size() == seed.size());
    size_t total = 0;
    for (size_t p = 0; p < seed.size(); ++p) {
        INFO("phase " << seed[p].first);
        CHECK(c.phases[p].id == seed[p].first);
        std::vector<const caf::ChecklistItem*> items;
        for (const auto& i : c.items)
            if (i.phase == seed[p].first && i.in_checklist("startup")) items.push_back(&i);
        std::stable_sort(items.begin(), items.end(),
                         [](const caf::ChecklistItem* a, const caf::ChecklistItem* b) { return a->order < b->order; });
        std::vector<std::string> titles;
        for (const auto* i : items) titles.push_back(i->title);
        CHECK(titles == seed[p].second);
        total += titles.size();
    }
    CHECK(total == 14);
}

TEST_CASE("the enterprise checklist covers the CAF enterprise activities", "[data]") {
    // From the CAF AI adoption index (Nov 2024) enterprise column.
    const std::map<std::string, std::vector<std::string>> caf_enterprise = {
        {"strategy", {"Identify AI use cases", "Define an AI technology strategy", "Define an AI data strategy",
                      "Define a responsible AI strategy"}},
        {"plan", {"Assess AI skills", "Acquire AI skills", "Access AI resources", "Prioritize AI use cases",
                  "Create an AI proof of concept", "Implement responsible AI", "Estimate delivery timelines"}},
        {"ready", {"Establish AI reliability", "Establish AI governance", "Establish AI networking",
                   "Establish an AI foundation", "Choose an architecture", "Use AI design areas"}},
        {"secure", {"Assess AI security risks", "Implement AI security controls", "Maintain AI security controls"}},
        {"govern", {"Assess AI organizational risks", "Document AI governance policies",
                    "Enforce AI governance policies", "Monitor AI organizational risks"}},
        {"manage", {"Manage AI operations", "Manage AI deployment", "Manage AI endpoint sharing",
                    "Manage AI models", "Manage AI costs", "Manage AI data", "Manage AI business continuity"}},
    };
    const caf::Catalogue& c = test::real_catalogue();
    for (const auto& [phase, titles] : caf_enterprise) {
        std::set<std::string> have;
        for (const auto& i : c.items)
            if (i.phase == phase && i.in_checklist("enterprise")) have.insert(i.title);
        for (const auto& t : titles) {
            INFO(phase << ": " << t);
            CHECK(have.count(t) == 1);
        }
    }
    bool adopt = false;
    for (const auto& i : c.items) adopt = adopt || (i.phase == "adopt" && i.in_checklist("enterprise"));
    CHECK(adopt);
}

TEST_CASE("every link is a learn.microsoft.com CAF URL with an anchor", "[data][links]") {
    CHECK(is_caf_url(kCafPrefix + "scenarios/ai/strategy#identify-ai-use-cases", true));
    CHECK_FALSE(is_caf_url(kCafPrefix + "scenarios/ai/strategy", true));
    CHECK_FALSE(is_caf_url(kCafPrefix + "scenarios/ai/strategy#", true));
    CHECK_FALSE(is_caf_url("https://example.com/azure/cloud-adoption-framework/x#y", true));
    CHECK_FALSE(is_caf_url("http://learn.microsoft.com/azure/cloud-adoption-framework/x#y", true));

    int links = 0;
    const caf::Model& m = test::real_model();
    for (const auto& p : m.phases) {
        CHECK(is_caf_url(p.link, false));  // phase pages: no anchor needed
        for (const auto& d : p.dimensions) {
            INFO(d.id << " " << d.link);
            CHECK(is_caf_url(d.link, true));
            ++links;
            for (const auto& q : d.questions) {
                INFO(q.id << " " << q.link);
                CHECK(is_caf_url(q.link, true));
                ++links;
            }
        }
    }
    const caf::Catalogue& c = test::real_catalogue();
    for (const auto& p : c.phases) CHECK(is_caf_url(p.link, false));
    for (const auto& i : c.items) {
        INFO(i.id << " " << i.link);
        CHECK(is_caf_url(i.link, true));
        ++links;
    }
    CHECK(links > 80);
}

TEST_CASE("every item has evidence and Ready/Adopt exclude Copilot-only users", "[data]") {
    for (const auto& i : test::real_catalogue().items) {
        INFO(i.id);
        CHECK(!(i.evidence.questions.empty() && i.evidence.dimensions.empty()));
        CHECK_FALSE(i.what.empty());
        if (i.phase == "ready" || i.phase == "adopt") {
            REQUIRE(i.applies_when.count("ai_approach") == 1);
            const auto& approaches = i.applies_when.at("ai_approach");
            CHECK(std::find(approaches.begin(), approaches.end(), "copilots") == approaches.end());
        }
    }
}

TEST_CASE("every question offers five labelled answers and explains why", "[data]") {
    for (const auto& p : test::real_model().phases)
        for (const auto& d : p.dimensions) {
            CHECK(d.weight > 0.0);
            for (const auto& q : d.questions) {
                INFO(q.id);
                CHECK(q.options.size() == 5);
                CHECK_FALSE(q.why.empty());
                CHECK(q.weight > 0.0);
                for (const auto& o : q.options) CHECK_FALSE(o.label.empty());
            }
        }
}

TEST_CASE("the session fixtures load against the real data", "[data][session]") {
    for (const char* f : {"sessions/example_startup_paas.json", "sessions/persona_copilot_startup.json",
                          "sessions/persona_startup_paas_no_rai.json", "sessions/persona_regulated_enterprise.json",
                          "sessions/persona_mature_enterprise.json"}) {
        INFO(f);
        const auto r = caf::parse_session(test::read_fixture(f), f, test::real_model(), test::real_catalogue());
        INFO(caf::errors_to_string(r.errors));
        CHECK(r.ok());
    }
}
