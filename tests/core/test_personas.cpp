// Six organizations, one per AI path, on the real data (tests/fixtures/sessions/path_*.json).
// Every expected number below is computed by hand from the fixture's answers and the rules in
// scoring.h, technology_fit.h and roadmap.h (data/model.json: skills_support 0,1,2,3,4,
// data_support 2,2,3,3,4; phase factors Strategy 1.6, Plan 1.5, Ready 1.4, Adopt 1.3,
// Secure 1.2, Govern 1.1, Manage 1.0; Secure and Govern x1.5 regulated, x1.5 live, x2 both).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/assessment.h"
#include "test_util.h"

using caf::ItemStatus;
using caf::Priority;

namespace {

const std::string kLq = "\xE2\x80\x9C", kRq = "\xE2\x80\x9D", kDash = " \xE2\x80\x94 ";

caf::Assessment assess(const std::string& file) {
    return caf::assess(test::real_model(), test::real_catalogue(), test::real_session("sessions/" + file));
}

const caf::RoadmapItem& titled(const caf::Roadmap& r, const std::string& title) {
    for (const auto& p : r.phases)
        for (const auto& i : p.items)
            if (i.item->title == title) return i;
    FAIL("no item titled " << title);
    throw;  // not reached
}

std::vector<std::string> now_titles(const caf::Roadmap& r) {
    std::vector<std::string> out;
    for (const caf::RoadmapItem* i : r.by_priority())
        if (i->priority == Priority::Now) out.push_back(i->item->title);
    return out;
}

std::vector<std::string> ids(const std::vector<const caf::Approach*>& list) {
    std::vector<std::string> out;
    for (const auto* a : list) out.push_back(a->id);
    return out;
}

const std::string& option(const std::string& question_id, int value) {
    return test::real_model().find_question(question_id)->options.at(size_t(value)).label;
}

const std::string& prompt(const std::string& question_id) { return test::real_model().find_question(question_id)->prompt; }

}  // namespace

TEST_CASE("persona: a startup that only uses Microsoft Copilots", "[persona][copilot]") {
    const auto a = assess("path_copilot_startup.json");
    // Skills 1 supports level 1, data 1 supports level 2: level 1, held back by skills.
    REQUIRE(a.scores.maturity.level);
    CHECK(*a.scores.maturity.level == 1);
    CHECK(a.scores.maturity.basis == "skills level 1, data level 2 \xE2\x86\x92 level 1");
    CHECK(a.scores.maturity.capped_by_skills);
    // Practices: the 11 activities score 40, 42.9, 65, 40, 20.5, 25, 40, 65, 25, 27.3 and 15: mean 36.9,
    // practices level 1 = the CAF level.
    CHECK(*a.scores.practices == Approx(36.8713).epsilon(1e-4));
    CHECK(a.scores.comparison.relation == caf::PracticesRelation::Aligned);
    CHECK(test::contains(a.scores.comparison.sentence, "(36.9/100, practices level 1) matches your CAF level 1"));
    // 37 Strategy and Plan questions asked; 33 values, 3 N/A, 1 don't know.
    CHECK(a.scores.coverage.total == 37);
    CHECK(a.scores.coverage.not_applicable == 3);
    CHECK(a.scores.coverage.dont_know == 1);
    REQUIRE(a.followups.size() == 1);
    CHECK(a.followups[0].question->id == "strategy_bias_controls");

    // Technology fit: level 1 fits the two level-1 rungs; Copilots are declared and fit.
    CHECK(ids(a.fit.fits_now) == std::vector<std::string>{"copilots", "low_code"});
    REQUIRE(a.fit.declared);
    CHECK(a.fit.declared->id == "copilots");
    CHECK(a.fit.warning.empty());
    CHECK(a.fit.next_level == 2);
    CHECK(ids(a.fit.next) == std::vector<std::string>{"paas_models", "fine_tuning"});
    // The summary names what fits; the headline, for a view that lists them, counts them.
    CHECK(a.fit.summary == "At level 1, these fit: Microsoft Copilots (SaaS) and Copilot Studio agents (low-code). "
                           "Your approach, Microsoft Copilots (SaaS), fits.");
    CHECK(a.fit.headline == "At level 1, 2 of CAF's 7 ways of building AI fit. Your approach, Microsoft Copilots "
                            "(SaaS), fits.");

    // The startup checklist on the Copilot path: nine items apply; Ready, Adopt and the model items do not.
    const caf::Roadmap& r = a.roadmap;
    CHECK(r.checklist->id == "startup");
    REQUIRE(r.paths.size() == 1);
    CHECK(r.paths[0]->id == "copilot");
    CHECK(r.counts.total == 14);
    CHECK(r.counts.not_applicable == 5);
    for (const char* t : {"Prepare AI deployment regions", "Adopt Azure AI platforms (PaaS)", "Secure AI models",
                          "Govern AI models", "Manage AI models"}) {
        INFO(t);
        CHECK(titled(r, t).status == ItemStatus::NotApplicable);
    }
    CHECK(titled(r, "Prepare AI deployment regions").status_reason ==
          "Not applicable: you answered " + kLq + "Copilots / SaaS only" + kRq + " to " + kLq +
              "How do you use, or plan to use, AI?" + kRq + "; this activity is for Azure builders (PaaS, IaaS).");
    // Copilot guidance, not Azure build guidance.
    const auto& data = titled(r, "Secure AI data");
    CHECK(data.what == data.item->paths.at("copilot"));
    CHECK(test::contains(data.what, "oversharing"));

    // Priorities: Secure AI data 1.5 x gap 2 x 1.2 x live 1.5 = 5.4; Govern AI costs 1 x 3 x 1.1 x 1.5 = 4.95;
    // the responsible AI strategy 1.5 x 2 x 1.6 = 4.8. Then Secure AI resources 2.7, technology strategy 2.4,
    // access 2.25, Govern AI data 1.65 (Next); Secure AI access and Manage AI costs are done (answers 3).
    CHECK(titled(r, "Secure AI data").priority_score == Approx(5.4));
    CHECK(titled(r, "Govern AI costs").priority_score == Approx(4.95));
    CHECK(titled(r, "Define a responsible AI strategy").priority_score == Approx(4.8));
    CHECK(now_titles(r) ==
          std::vector<std::string>{"Secure AI data", "Govern AI costs", "Define a responsible AI strategy"});
    CHECK(r.counts.next == 4);
    CHECK(r.counts.later == 0);
    CHECK(titled(r, "Secure AI access").status == ItemStatus::Done);
    CHECK(titled(r, "Manage AI costs").status == ItemStatus::Done);
    CHECK(titled(r, "Govern AI costs").priority_reason ==
          "Now: one of your biggest gaps" + kDash + "you answered " + kLq + option("govern_cost_controls", 0) + kRq +
              " (0 of 4) to " + kLq + prompt("govern_cost_controls") + kRq +
              ", and AI workloads already run in production.");
    // The technology strategy's target gap (level 2, target 3) is wider than its answer gap (3 - 2.5).
    CHECK(titled(r, "Define an AI technology strategy").priority_reason ==
          "Next: a clear gap" + kDash + "your target for " + kLq + "Define an AI technology strategy" + kRq +
              " is level 3 and it is at level 2, and Strategy comes first: later phases build on it.");
}

TEST_CASE("persona: a low-code scale-up", "[persona][low_code]") {
    const auto a = assess("path_lowcode_scaleup.json");
    // Skills 2 (level 2), data 2 (level 3): level 2. Practices all 3: 75, practices level 3: ahead.
    CHECK(*a.scores.maturity.level == 2);
    CHECK(a.scores.maturity.basis == "skills level 2, data level 3 \xE2\x86\x92 level 2");
    CHECK(*a.scores.practices == Approx(75.0));
    CHECK(a.scores.comparison.relation == caf::PracticesRelation::Ahead);
    CHECK(a.fit.declared->id == "low_code");
    CHECK(a.fit.warning.empty());
    CHECK(ids(a.fit.fits_now) == std::vector<std::string>{"copilots", "low_code", "paas_models", "fine_tuning"});
    CHECK(ids(a.fit.next) == std::vector<std::string>{"paas_rag_agents", "iaas_small"});

    const caf::Roadmap& r = a.roadmap;
    CHECK(r.checklist->id == "startup");   // a scale-up of 51-250 people, not regulated, 2-5 workloads
    CHECK(r.paths[0]->id == "low_code");
    // Low-code users do not prepare Azure regions or adopt Azure PaaS; model security and governance do apply.
    CHECK(r.counts.not_applicable == 2);
    CHECK(titled(r, "Prepare AI deployment regions").status == ItemStatus::NotApplicable);
    CHECK(titled(r, "Adopt Azure AI platforms (PaaS)").status == ItemStatus::NotApplicable);
    CHECK(titled(r, "Secure AI models").what == titled(r, "Secure AI models").item->paths.at("low_code"));
    // Strategy and Plan items rest on answers of 3: done.
    CHECK(titled(r, "Define an AI technology strategy").status == ItemStatus::Done);
    CHECK(titled(r, "Access AI resources").status == ItemStatus::Done);
    // Secure AI models 1 x 3 x 1.2 x 1.5 = 5.4; Govern AI models 1.5 x 2 x 1.1 x 1.5 = 4.95; then the largest
    // remaining gap fills the third Now place: Secure AI resources 1.5 x 1 x 1.2 x 1.5 = 2.7 (before Secure AI
    // data, also 2.7, by checklist order).
    CHECK(now_titles(r) == std::vector<std::string>{"Secure AI models", "Govern AI models", "Secure AI resources"});
    CHECK(titled(r, "Secure AI resources").priority_score == Approx(2.7));
    CHECK(test::contains(titled(r, "Secure AI resources").priority_reason, "Now: one of your largest remaining gaps"));
    CHECK(titled(r, "Secure AI data").priority == Priority::Next);
    CHECK(titled(r, "Manage AI costs").priority_score == Approx(1.5));   // Manage is not boosted
    // "Don't know" on model monitoring: check it, no priority.
    const auto& models = titled(r, "Manage AI models");
    CHECK(models.status == ItemStatus::Unverified);
    CHECK(models.priority == Priority::None);
    CHECK(test::contains(models.status_reason, "Not covered by your answers: check it. You answered " + kLq +
                                                   "Don't know" + kRq + " to " + kLq + prompt("manage_model_monitoring")));
    CHECK(test::contains(models.status_reason, ": ask for " +
                                                   test::real_model().find_question("manage_model_monitoring")->evidence_to_ask));
}

TEST_CASE("persona: a startup building on Azure PaaS with no responsible-AI work", "[persona][azure]") {
    const auto a = assess("path_paas_startup.json");
    // Skills 3 and data 2 both support level 3.
    CHECK(*a.scores.maturity.level == 3);
    CHECK(a.scores.maturity.reason == "Level 3: your skills and your data both support level 3.");
    // Practices: ten activities at 75, the responsible AI strategy at 0: 750 / 11 = 68.2, practices level 2 < 3.
    CHECK(*a.scores.practices == Approx(68.1818).epsilon(1e-4));
    CHECK(a.scores.comparison.relation == caf::PracticesRelation::Lag);
    CHECK(test::contains(a.scores.comparison.sentence, "(68.2/100, practices level 2) trails your CAF level 3"));
    CHECK(a.fit.declared->id == "paas_models");
    CHECK(a.fit.warning.empty());
    CHECK(ids(a.fit.next) == std::vector<std::string>{"iaas_large"});

    const caf::Roadmap& r = a.roadmap;
    CHECK(r.counts.not_applicable == 0);   // Azure PaaS: Ready and Adopt apply
    CHECK(r.counts.done == 10);
    // The RAI strategy: answers 0, 0, 0: gap 3; 1.5 x 3 x 1.6 = 7.2. Secure AI models (0 of 4, prompt
    // injection never addressed, live workloads): 1 x 3 x 1.2 x 1.5 = 5.4: Now, not behind strategy paperwork.
    // The third Now place: Govern AI costs 1 x 1 x 1.1 x 1.5 = 1.65 over Manage AI models 1.5 x 1 x 1.0 = 1.5.
    CHECK(now_titles(r) ==
          std::vector<std::string>{"Define a responsible AI strategy", "Secure AI models", "Govern AI costs"});
    CHECK(titled(r, "Define a responsible AI strategy").priority_score == Approx(7.2));
    CHECK(titled(r, "Secure AI models").priority_score == Approx(5.4));
    CHECK(titled(r, "Manage AI models").priority == Priority::Next);
    CHECK(titled(r, "Define a responsible AI strategy").priority_reason ==
          "Now: one of your biggest gaps" + kDash + "you answered " + kLq + "No owner" + kRq + " (0 of 4) to " + kLq +
              "Who is accountable for responsible AI?" + kRq + ", and Strategy comes first: later phases build on it.");
    CHECK(titled(r, "Secure AI models").what == titled(r, "Secure AI models").item->paths.at("azure"));
}

TEST_CASE("persona: an IaaS research lab beyond its level", "[persona][azure]") {
    const auto a = assess("path_iaas_lab.json");
    // Skills 2 (level 2), data 4 (level 4): level 2, held back by skills.
    CHECK(*a.scores.maturity.level == 2);
    CHECK(a.scores.maturity.basis == "skills level 2, data level 4 \xE2\x86\x92 level 2");
    CHECK(a.scores.maturity.capped_by_skills);
    // Declared: own models on Azure VMs, which CAF places at level 3: a warning.
    CHECK(a.fit.declared->id == "iaas_small");
    CHECK(test::contains(a.fit.warning, "which CAF places at level 3, but your answers put you at level 2 "
                                        "(skills level 2, data level 4 \xE2\x86\x92 level 2)"));
    CHECK(test::contains(a.fit.warning, "What fits now: Microsoft Copilots (SaaS), Copilot Studio agents"));
    CHECK(a.fit.next_level == 3);
    // No quick check answered: the eleven later-phase items are unverified, with no priority.
    const caf::Roadmap& r = a.roadmap;
    CHECK(r.counts.unverified == 11);
    for (const auto& p : r.phases)
        for (const auto& i : p.items)
            if (i.status == ItemStatus::Unverified) CHECK(i.priority == Priority::None);
    // The three Strategy and Plan items (answers 2, gap 1) fill the Now list: 2.4, 2.4 and 2.25.
    CHECK(now_titles(r) == std::vector<std::string>{"Define an AI technology strategy", "Define a responsible AI strategy",
                                                    "Access AI resources"});
    CHECK(titled(r, "Access AI resources").priority_score == Approx(2.25));
}

TEST_CASE("persona: a regulated enterprise answering 2 everywhere", "[persona][mixed]") {
    const auto a = assess("path_mixed_regulated_ent.json");
    const caf::Roadmap& r = a.roadmap;
    CHECK(r.checklist->id == "enterprise");
    CHECK(r.paths.size() == 3);   // mixed: every path
    CHECK(r.counts.total == 45);
    CHECK(r.counts.not_applicable == 0);
    CHECK(r.counts.in_progress == 45);
    // Every gap is 1; Secure and Govern x2 (regulated, 6+ live workloads). Only three items reach 3:
    // Secure AI resources and Secure AI data (1.5 x 1 x 1.2 x 2 = 3.6) and Govern AI models (1.5 x 1.1 x 2 = 3.3).
    CHECK(now_titles(r) == std::vector<std::string>{"Secure AI resources", "Secure AI data", "Govern AI models"});
    CHECK(titled(r, "Govern AI models").priority_score == Approx(3.3));
    CHECK(titled(r, "Secure AI data").regulated_boost);
    CHECK(titled(r, "Secure AI data").live_boost);
    CHECK(test::contains(titled(r, "Secure AI data").priority_reason,
                         ", and AI workloads already run in production and your sector is regulated."));
    // Below 1.5 is Later: Ready (1.4 each, 7 items), Adopt IaaS (1.3), five Manage items (1.0, 0.5).
    CHECK(r.counts.later == 13);
    CHECK(r.counts.next == 29);
    CHECK(titled(r, "Manage AI endpoint sharing").priority_score == Approx(0.5));
    CHECK(a.fit.declared->id == "paas_models");
    CHECK(a.scores.comparison.relation == caf::PracticesRelation::Aligned);
}

TEST_CASE("persona: a public-sector agency on Microsoft 365 Copilot", "[persona][copilot]") {
    const auto a = assess("path_public_sector.json");
    CHECK(*a.scores.maturity.level == 1);
    CHECK(a.scores.maturity.basis == "skills level 1, data level 2 \xE2\x86\x92 level 1");
    CHECK(a.scores.comparison.relation == caf::PracticesRelation::Ahead);   // practices 50 = level 2
    const caf::Roadmap& r = a.roadmap;
    CHECK(r.checklist->id == "enterprise");   // public sector
    CHECK(r.counts.not_applicable == 17);     // 28 of 45 enterprise activities apply to Copilot users
    CHECK(titled(r, "AI governance").status == ItemStatus::NotApplicable);   // Ready: Azure only
    CHECK(titled(r, "Govern AI regulatory compliance").status != ItemStatus::NotApplicable);
    // Public sector raises Secure and Govern x1.5 (no workload in production: no live boost).
    // Secure AI data: 0 of 4: 1.5 x 3 x 1.2 x 1.5 = 8.1; Assess AI organizational risks: 0 of 4: 1 x 3 x 1.1 x 1.5
    // = 4.95; Discover and Detect (1 of 4): 1 x 2 x 1.2 x 1.5 = 3.6; then four Govern items at 3.3 of which the
    // first by order (Govern AI data) takes the fifth place; the other three wait as Next.
    CHECK(now_titles(r) == std::vector<std::string>{"Secure AI data", "Assess AI organizational risks",
                                                    "Discover AI security risks", "Detect AI security threats",
                                                    "Govern AI data"});
    CHECK(titled(r, "Secure AI data").priority_score == Approx(8.1));
    CHECK(titled(r, "Secure AI data").boost == Approx(1.5));
    CHECK_FALSE(titled(r, "Secure AI data").live_boost);
    const auto& enforce = titled(r, "Enforce AI governance policies");
    CHECK(enforce.priority_score == Approx(3.3));
    CHECK(enforce.priority == Priority::Next);
    CHECK(test::contains(enforce.priority_reason, "Next: a big gap, after the 5 most urgent items" + kDash));
    CHECK(test::contains(enforce.priority_reason, ", and your sector is regulated."));
    // Agents: "don't know" -> check it, and a follow-up.
    CHECK(titled(r, "Govern agents").status == ItemStatus::Unverified);
    REQUIRE(a.followups.size() == 1);
    CHECK(a.followups[0].question->id == "govern_agents");
}

TEST_CASE("every persona has 3 to 5 Now items, each with an answer behind it", "[persona]") {
    for (const char* file : {"path_copilot_startup.json", "path_lowcode_scaleup.json", "path_paas_startup.json",
                             "path_iaas_lab.json", "path_mixed_regulated_ent.json", "path_public_sector.json"}) {
        INFO(file);
        const auto a = assess(file);
        const int now = a.roadmap.counts.now;
        CHECK(now >= caf::kMinNow);
        CHECK(now <= caf::kMaxNow);
        for (const auto& p : a.roadmap.phases)
            for (const auto& i : p.items) {
                if (i.priority == Priority::None) continue;
                bool answered = false;
                for (const auto& e : i.evidence) answered = answered || e.answer.has_value();
                CHECK(answered);   // never a priority without an answer behind it
                CHECK_FALSE(i.priority_reason.empty());
                CHECK(test::contains(i.priority_detail, "Priority score"));
            }
    }
}

TEST_CASE("lowering an answer never makes an item less urgent", "[persona]") {
    // Monotonic: on the PaaS startup, drop each answered question to 0 and check that no open
    // item's priority score goes down.
    const caf::Session base = test::real_session("sessions/path_paas_startup.json");
    const auto before = caf::assess(test::real_model(), test::real_catalogue(), base);
    for (const auto& [qid, answer] : base.answers) {
        if (!answer.has_value() || answer.value == 0) continue;
        caf::Session lower = base;
        lower.set_answer(qid, caf::Answer::of(0));
        const auto after = caf::assess(test::real_model(), test::real_catalogue(), lower);
        for (const auto& p : before.roadmap.phases)
            for (const auto& i : p.items) {
                if (i.priority == Priority::None) continue;
                const auto* j = after.roadmap.find_item(i.item->id);
                INFO(qid << " -> 0, item " << i.item->id);
                CHECK(j->priority_score >= i.priority_score - 1e-9);
            }
    }
}
