// The real data (data/model.json, data/checklist.json) against the contract
// in data/README.md and the CAF sources. The JSON Schemas are checked by
// scripts/validate_data.py (ctest "data:schemas").
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
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
    CHECK(m.question_count() >= 60);
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
    // From the current CAF AI Strategy and AI Plan pages (ai/strategy, June 2026; ai/plan, 2025), in
    // order; the AI Center of Excellence is CAF's first Strategy step (ai/center-of-excellence).
    // "Estimate delivery timelines" is part of the proof-of-concept activity since CAF's 2025 edition.
    const std::vector<std::string> strategy = {"Establish an AI Center of Excellence", "Identify AI use cases",
                                               "Define an AI technology strategy", "Develop an AI data strategy",
                                               "Define a responsible AI strategy"};
    const std::vector<std::string> plan = {"Assess AI skills", "Acquire AI skills", "Access AI resources",
                                           "Prioritize AI use cases", "Create an AI proof of concept",
                                           "Implement responsible AI"};
    std::vector<std::string> got_strategy, got_plan;
    for (const auto& d : test::real_model().phases[0].dimensions) got_strategy.push_back(d.name);
    for (const auto& d : test::real_model().phases[1].dimensions) got_plan.push_back(d.name);
    CHECK(got_strategy == strategy);
    CHECK(got_plan == plan);
}

TEST_CASE("the level rule and the level names say what is CAF's and what is ours", "[data][level]") {
    const caf::Model& m = test::real_model();
    CHECK(m.levels[0].name == "Not yet at level 1");   // CAF has no level 0
    for (const auto& l : m.levels) {
        INFO(l.level);
        CHECK(l.app_label);   // CAF numbers its levels only: every name is ours, and marked so
    }
    CHECK(m.find_question(m.level_rule.skill_question)->role == caf::QuestionRole::Level);
    CHECK(m.find_question(m.level_rule.data_question)->role == caf::QuestionRole::Level);
    // CAF lists "minimal to zero data" at levels 1 and 2 and "small domain data" at 2 and 3: the rule
    // resolves both upwards and says so.
    CHECK(test::contains(m.level_rule.explanation, "levels 1 and 2"));
    CHECK(test::contains(m.level_rule.explanation, "2 and 3"));
    CHECK(m.level_rule.skills_support == std::array<int, 5>{0, 1, 2, 3, 4});
    CHECK(m.level_rule.data_support == std::array<int, 5>{2, 2, 3, 3, 4});
    CHECK_FALSE(m.caf_edition.summary.empty());
    CHECK_FALSE(m.practices.summary.empty());
}

TEST_CASE("the technology-fit ladder follows CAF's maturity table", "[data][fit]") {
    // ai/plan#assess-ai-skills: level 1 any Copilot and Copilot Studio; level 2 apps without RAG and
    // fine-tuning; level 3 RAG and small models on VMs; level 4 large models on VMs, AKS or Container Apps.
    const std::vector<std::pair<std::string, int>> ladder = {
        {"copilots", 1}, {"low_code", 1}, {"paas_models", 2}, {"fine_tuning", 2},
        {"paas_rag_agents", 3}, {"iaas_small", 3}, {"iaas_large", 4}};
    const caf::Model& m = test::real_model();
    REQUIRE(m.approaches.size() == ladder.size());
    for (size_t i = 0; i < ladder.size(); ++i) {
        CHECK(m.approaches[i].id == ladder[i].first);
        CHECK(m.approaches[i].min_level == ladder[i].second);
    }
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
    // CAF's current enterprise list (ai/strategy#5-how-to-adopt-ai, June 2026, and the ai overview of April
    // 2026) with the activities our enterprise list adds: the AI Center of Excellence, responsible-AI
    // policies, governing agents and regulatory compliance. Where CAF's enterprise label differs from the
    // startup item that covers it (seed titles are kept), the startup title is listed.
    const std::map<std::string, std::vector<std::string>> caf_enterprise = {
        {"strategy", {"Establish an AI Center of Excellence", "Identify AI use cases",
                      "Define an AI technology strategy", "Develop an AI data strategy",
                      "Define a responsible AI strategy", "Responsible AI policies"}},
        {"plan", {"Assess AI skills", "Acquire AI skills", "Access AI resources", "Prioritize AI use cases",
                  "Create an AI proof of concept", "Implement responsible AI"}},
        {"ready", {"AI governance", "AI networking", "AI reliability", "AI foundation", "Choose an architecture",
                   "Use AI design areas"}},
        {"secure", {"Discover AI security risks", "Protect AI resources and data", "Detect AI security threats"}},
        {"govern", {"Assess AI organizational risks", "Document AI governance policies",
                    "Enforce AI governance policies", "Monitor AI organizational risks", "Govern agents",
                    "Govern AI regulatory compliance"}},
        {"manage", {"Manage AI operations", "Manage AI deployment", "Manage AI models", "Manage AI costs",
                    "Manage AI data", "Manage AI business continuity"}},
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
    // Activities CAF dropped are kept only with a note saying where the guidance lives now.
    for (const char* earlier : {"Estimate delivery timelines", "Manage AI endpoint sharing",
                                "Adopt Azure AI platforms (PaaS)", "Prepare AI deployment regions"}) {
        bool found = false;
        for (const auto& i : c.items)
            if (i.title == earlier) {
                found = true;
                INFO(earlier);
                CHECK_FALSE(i.edition.empty());
                CHECK_FALSE(i.edition.note.empty());
            }
        CHECK(found);
    }
}

TEST_CASE("the enterprise checklist is a superset of the startup checklist", "[data]") {
    int startup = 0;
    for (const auto& i : test::real_catalogue().items) {
        if (!i.in_checklist("startup")) continue;
        ++startup;
        INFO(i.title);
        CHECK(i.in_checklist("enterprise"));
    }
    CHECK(startup == 14);
}

TEST_CASE("every link is a learn.microsoft.com CAF URL, with an anchor where it names a section", "[data][links]") {
    // data:caf_links checks that each lands on a section the live site has; this checks the form.
    CHECK(is_caf_url(kCafPrefix + "ai/strategy#1-ai-use-case-identification", true));
    CHECK_FALSE(is_caf_url(kCafPrefix + "ai/strategy", true));
    CHECK_FALSE(is_caf_url(kCafPrefix + "ai/strategy#", true));
    CHECK_FALSE(is_caf_url("https://example.com/azure/cloud-adoption-framework/x#y", true));
    CHECK_FALSE(is_caf_url("http://learn.microsoft.com/azure/cloud-adoption-framework/x#y", true));

    int links = 0;
    const caf::Model& m = test::real_model();
    auto question = [&](const caf::Question& q) {
        INFO(q.id << " " << q.link);
        CHECK(is_caf_url(q.link, true));
        ++links;
    };
    for (const auto& p : m.phases) {
        CHECK(is_caf_url(p.link, false));  // phase pages: no anchor needed
        for (const auto& d : p.dimensions) {
            INFO(d.id << " " << d.link);
            CHECK(is_caf_url(d.link, true));
            ++links;
            for (const auto& q : d.questions) question(q);
        }
    }
    for (const auto& g : m.readiness.groups)
        for (const auto& q : g.questions) question(q);
    const caf::Catalogue& c = test::real_catalogue();
    for (const auto& p : c.phases) CHECK(is_caf_url(p.link, false));
    for (const auto& i : c.items) {
        INFO(i.id << " " << i.link);
        CHECK(is_caf_url(i.link, false));
        ++links;
    }
    CHECK(links > 100);
}

TEST_CASE("every item has evidence that tells it apart, Ready and Adopt are for Azure builders", "[data]") {
    const caf::Catalogue& c = test::real_catalogue();
    const caf::Model& m = test::real_model();
    for (const auto& i : c.items) {
        INFO(i.id);
        CHECK(!(i.evidence.questions.empty() && i.evidence.dimensions.empty()));
        CHECK(!(i.what.empty() && i.paths.empty()));
        if (i.phase == "ready" || i.phase == "adopt") {
            CHECK(i.on_path("azure"));
            CHECK_FALSE(i.on_path("copilot"));
            CHECK_FALSE(i.on_path("low_code"));
        }
        // Ready -> Manage items rest on at least one quick check of their own phase.
        if (c.phase_index(i.phase) >= 2) {
            bool own = false;
            for (const auto& q : i.evidence.questions)
                if (const caf::ReadinessGroup* g = m.readiness_group_of(q)) own = own || g->phase == i.phase;
            CHECK(own);
        }
    }
    // No two items of one checklist and phase rest on exactly the same answers.
    for (const char* list : {"startup", "enterprise"})
        for (const auto& a : c.items)
            for (const auto& b : c.items) {
                if (&a >= &b || a.phase != b.phase || !a.in_checklist(list) || !b.in_checklist(list)) continue;
                INFO(list << ": " << a.id << " and " << b.id);
                CHECK(!(a.evidence.questions == b.evidence.questions && a.evidence.dimensions == b.evidence.dimensions));
            }
}

TEST_CASE("every question can be verified: it says what evidence to ask for", "[data]") {
    auto check = [](const caf::Question& q) {
        INFO(q.id);
        CHECK_FALSE(q.evidence_to_ask.empty());
        CHECK_FALSE(q.why.empty());
    };
    for (const auto& p : test::real_model().phases)
        for (const auto& d : p.dimensions)
            for (const auto& q : d.questions) check(q);
    for (const auto& g : test::real_model().readiness.groups)
        for (const auto& q : g.questions) check(q);
    CHECK(test::real_model().glossary.size() >= 20);
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
                          "sessions/persona_mature_enterprise.json", "sessions/path_copilot_startup.json",
                          "sessions/path_lowcode_scaleup.json", "sessions/path_paas_startup.json",
                          "sessions/path_iaas_lab.json", "sessions/path_mixed_regulated_ent.json",
                          "sessions/path_public_sector.json"}) {
        INFO(f);
        const auto r = caf::parse_session(test::read_fixture(f), f, test::real_model(), test::real_catalogue());
        INFO(caf::errors_to_string(r.errors));
        CHECK(r.ok());
    }
}
