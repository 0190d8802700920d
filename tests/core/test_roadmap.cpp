// The personalised checklist: status, priority and reasons (roadmap.h).
// Part 1 uses the mini fixtures with hand-computed priority scores; part 2
// runs four personas on the real data.
#include <catch2/catch.hpp>

#include <set>

#include "core/assessment.h"
#include "test_util.h"

using caf::Answer;
using caf::ItemStatus;
using caf::Priority;
using caf::Session;

namespace {

// [SECTION] Helpers

caf::Assessment mini_assess(const Session& s) { return caf::assess(test::mini_model(), test::mini_catalogue(), s); }

const caf::RoadmapItem& item(const caf::Roadmap& r, const std::string& id) {
    const caf::RoadmapItem* i = r.find_item(id);
    if (!i) FAIL("item " << id << " is not in the roadmap");
    return *i;
}

const caf::RoadmapItem& titled(const caf::Roadmap& r, const std::string& title) {
    for (const auto& p : r.phases)
        for (const auto& i : p.items)
            if (i.item->title == title) return i;
    FAIL("no item titled " << title);
    throw;  // not reached
}

// Worked example of test_scoring.cpp with a small Copilot-only startup profile.
Session mini_example() {
    Session s = caf::new_session(test::mini_model());
    s.profile = {{"org_type", "startup"}, {"org_size", "s1_50"}, {"ai_approach", "copilots"},
                 {"regulated", "no"}, {"workloads", "w1"}};
    s.set_answer("alpha_one", Answer::of(2));
    s.set_answer("alpha_two", Answer::of(3));
    s.set_answer("beta_one", Answer::not_applicable());
    s.set_answer("beta_two", Answer::of(1));
    s.set_answer("plan_skills", Answer::of(3));
    s.set_answer("plan_data", Answer::of(2));
    s.set_answer("gamma_three", Answer::of(4));
    return s;
}

const std::string kLq = "\xE2\x80\x9C", kRq = "\xE2\x80\x9D";

}  // namespace

// [SECTION] Mini fixtures, hand-computed

TEST_CASE("statuses and priorities of the mini worked example", "[roadmap]") {
    const auto a = mini_assess(mini_example());
    const caf::Roadmap& r = a.roadmap;
    REQUIRE(r.checklist);
    CHECK(r.checklist->id == "startup");
    REQUIRE(r.phases.size() == 7);

    // s_tech: answers 2 and 3 -> in progress; gap = max(alpha target 3 - level 2, 3 - 2.5) = 1;
    // score = 1 x 1 x 1.6 (strategy) = 1.6 -> Next
    const auto& tech = item(r, "s_tech");
    CHECK(tech.status == ItemStatus::InProgress);
    CHECK(tech.gap == Approx(1.0));
    CHECK(tech.phase_factor == Approx(1.6));
    CHECK(tech.priority_score == Approx(1.6));
    CHECK(tech.priority == Priority::Next);
    CHECK(test::contains(tech.status_reason, "Started: you answered " + kLq + "alpha_one 2" + kRq +
                                                 " (2 of 4) to " + kLq + "Question alpha_one?" + kRq));
    CHECK(test::contains(tech.priority_reason, kLq + "Alpha" + kRq + " is at level 2, target 3"));
    CHECK(test::contains(tech.priority_reason, "Priority score 1.60 = weight 1 \xC3\x97 gap 1.00 \xC3\x97 phase 1.6."));

    // s_plan: answers 3 and 2, no evidence dimension -> gap 3 - 2.5 = 0.5; 0.5 x 1.5 = 0.75 -> Later
    const auto& plan = item(r, "s_plan");
    CHECK(plan.status == ItemStatus::InProgress);
    CHECK(plan.priority_score == Approx(0.75));
    CHECK(plan.priority == Priority::Later);

    // s_ready applies to Azure builders only
    const auto& ready = item(r, "s_ready");
    CHECK(ready.status == ItemStatus::NotApplicable);
    CHECK(ready.priority == Priority::None);
    CHECK(ready.status_reason ==
          "Not applicable: you answered " + kLq + "Copilots only" + kRq + " to " + kLq + "How do you use AI?" + kRq +
              "; it applies to Low code, Azure PaaS, Azure IaaS or Mixed.");

    // s_adopt: its only evidence answer is 3 -> done
    const auto& adopt = item(r, "s_adopt");
    CHECK(adopt.status == ItemStatus::Done);
    CHECK(test::contains(adopt.status_reason, "Your answers show it is in place"));

    // s_secure: answer 1 -> mean 1 -> in progress; gap 3 - 1 = 2; 2 x 1.2 = 2.4 -> Next
    const auto& secure = item(r, "s_secure");
    CHECK(secure.status == ItemStatus::InProgress);
    CHECK(secure.priority_score == Approx(2.4));
    CHECK(secure.priority == Priority::Next);

    // s_govern (weight 2): answers 1 and 2 -> gap 1.5; 2 x 1.5 x 1.1 = 3.3 -> Now
    const auto& govern = item(r, "s_govern");
    CHECK(govern.status == ItemStatus::InProgress);
    CHECK(govern.priority_score == Approx(3.3));
    CHECK(govern.priority == Priority::Now);
    // the weakest answer is named first
    CHECK(test::contains(govern.priority_reason, "You answered " + kLq + "beta_two 1" + kRq + " (1 of 4)"));

    // s_manage: no evidence question -> to do, gap 2; 2 x 1.0 = 2.0 -> Next
    const auto& manage = item(r, "s_manage");
    CHECK(manage.status == ItemStatus::ToDo);
    CHECK(manage.priority_score == Approx(2.0));
    CHECK(manage.priority == Priority::Next);
    CHECK(test::contains(manage.status_reason, "No question in this assessment covers this item"));

    const caf::RoadmapCounts& c = r.counts;
    CHECK(c.total == 7);
    CHECK(c.done == 1);
    CHECK(c.in_progress == 4);
    CHECK(c.to_do == 1);
    CHECK(c.not_applicable == 1);
    CHECK(c.now == 1);
    CHECK(c.next == 3);
    CHECK(c.later == 1);

    const auto ordered = r.by_priority();
    REQUIRE(ordered.size() == 5);
    CHECK(ordered[0]->item->id == "s_govern");
    CHECK(ordered[1]->item->id == "s_secure");  // 2.4
    CHECK(ordered[2]->item->id == "s_manage");  // 2.0
    CHECK(ordered[3]->item->id == "s_tech");    // 1.6
    CHECK(ordered[4]->item->id == "s_plan");    // Later
}

TEST_CASE("regulated organizations get security and governance earlier", "[roadmap]") {
    Session s = mini_example();
    s.profile["regulated"] = "regulated";
    s.profile["ai_approach"] = "paas";
    s.checklist_choice = caf::ChecklistChoice::Startup;  // the profile alone would pick enterprise
    const auto a = mini_assess(s);
    CHECK(a.recommendation().recommended == caf::ChecklistKind::Enterprise);
    CHECK(a.roadmap.checklist->id == "startup");
    // s_ready applies to PaaS; gamma_three = 4 -> done
    CHECK(item(a.roadmap, "s_ready").status == ItemStatus::Done);
    // 2.4 x 1.5 = 3.6 and 3.3 x 1.5 = 4.95: both Now
    const auto& secure = item(a.roadmap, "s_secure");
    CHECK(secure.boost == Approx(1.5));
    CHECK(secure.priority_score == Approx(3.6));
    CHECK(secure.priority == Priority::Now);
    CHECK(item(a.roadmap, "s_govern").priority_score == Approx(4.95));
    CHECK(test::contains(secure.priority_reason, "Regulated: security and governance come earlier."));
    CHECK(test::contains(secure.priority_reason, "\xC3\x97 regulated 1.5."));
    CHECK(item(a.roadmap, "s_tech").boost == Approx(1.0));  // strategy is not boosted
}

TEST_CASE("ticks and notes on items", "[roadmap]") {
    Session s = mini_example();
    s.items["s_manage"] = caf::ItemState{true, "Budgets reviewed weekly"};
    s.items["s_ready"] = caf::ItemState{false, "Only when we build"};
    const auto a = mini_assess(s);
    const auto& manage = item(a.roadmap, "s_manage");
    CHECK(manage.status == ItemStatus::Done);
    CHECK(manage.status_reason == "Ticked by you.");
    CHECK(manage.ticked);
    CHECK(manage.note == "Budgets reviewed weekly");
    CHECK(manage.priority == Priority::None);
    CHECK(item(a.roadmap, "s_ready").note == "Only when we build");  // kept even when not applicable
}

TEST_CASE("nothing answered: not assessed yet, priorities from phase and weight", "[roadmap]") {
    const auto a = mini_assess(caf::new_session(test::mini_model()));
    const caf::Roadmap& r = a.roadmap;
    CHECK(r.checklist->id == "startup");  // default without a profile
    const auto& tech = item(r, "s_tech");
    CHECK(tech.status == ItemStatus::ToDo);
    CHECK(tech.status_reason == "Not assessed yet: answer " + kLq + "Question alpha_one?" + kRq +
                                    " to see where you stand.");
    // alpha has no level (0) and target 2 -> gap 2; 2 x 1.6 = 3.2
    CHECK(tech.priority_score == Approx(3.2));
    CHECK(test::contains(tech.priority_reason, kLq + "Alpha" + kRq + " is not assessed yet, target 2"));
    CHECK(item(r, "s_plan").priority_score == Approx(3.0));   // unknown gap 2 x 1.5
    CHECK(item(r, "s_ready").status == ItemStatus::ToDo);     // unknown approach: assumed to apply
    CHECK(item(r, "s_ready").priority_score == Approx(2.8));  // 2 x 1.4
    CHECK(item(r, "s_govern").priority_score == Approx(4.4)); // 2 x 2 x 1.1
    CHECK(r.counts.now == 3);
    CHECK(r.counts.to_do == 7);
}

TEST_CASE("all N/A evidence leaves the item to the user", "[roadmap]") {
    Session s = caf::new_session(test::mini_model());
    s.set_answer("gamma_three", Answer::not_applicable());
    const auto a = mini_assess(s);
    CHECK(item(a.roadmap, "s_ready").status == ItemStatus::ToDo);
    CHECK(test::contains(item(a.roadmap, "s_ready").status_reason, "You marked the related questions N/A"));
}

TEST_CASE("at most five items are Now; the rest become Next and say why", "[roadmap]") {
    Session s = caf::new_session(test::mini_model());
    s.profile["regulated"] = "regulated";
    s.checklist_choice = caf::ChecklistChoice::Startup;
    s.targets["alpha"] = 4;
    s.set_answer("gamma_three", Answer::of(0));
    s.set_answer("plan_skills", Answer::of(0));
    const auto a = mini_assess(s);
    const caf::Roadmap& r = a.roadmap;
    // s_tech 4x1.6=6.4, s_plan 3x1.5=4.5, s_ready 3x1.4=4.2, s_adopt 3x1.3=3.9,
    // s_secure 2x1.2x1.5=3.6, s_govern 2x2x1.1x1.5=6.6: six reach 3, five stay Now
    CHECK(item(r, "s_tech").priority_score == Approx(6.4));
    CHECK(item(r, "s_plan").priority_score == Approx(4.5));
    CHECK(item(r, "s_ready").priority_score == Approx(4.2));
    CHECK(item(r, "s_adopt").priority_score == Approx(3.9));
    CHECK(item(r, "s_govern").priority_score == Approx(6.6));
    CHECK(r.counts.now == 5);
    const auto& secure = item(r, "s_secure");
    CHECK(secure.priority_score == Approx(3.6));
    CHECK(secure.priority == Priority::Next);
    CHECK(test::contains(secure.priority_reason, "Next rather than Now: at most 5 items are Now"));
}

TEST_CASE("the enterprise checklist of the mini catalogue", "[roadmap]") {
    Session s = mini_example();
    s.profile["org_type"] = "enterprise";
    const auto a = mini_assess(s);
    CHECK(a.roadmap.checklist->id == "enterprise");
    CHECK(a.roadmap.counts.total == 3);  // s_tech, e_beta, s_manage
    const auto& beta = item(a.roadmap, "e_beta");
    // evidence = all questions of beta: N/A and 1 -> in progress (mean 1)
    CHECK(beta.status == ItemStatus::InProgress);
    REQUIRE(beta.evidence.size() == 2);
    CHECK(beta.evidence[0].answer.is_na());
    CHECK(a.roadmap.phases[0].items.size() == 2);
    CHECK(a.roadmap.phases[0].items[0].item->id == "s_tech");  // order 1 before 2
}

// [SECTION] Personas on the real data

namespace {

// Every item of the chosen checklist exactly once, in the seven phases in order.
void check_shape(const caf::Roadmap& r, const caf::Catalogue& c) {
    REQUIRE(r.checklist);
    REQUIRE(r.phases.size() == 7);
    std::set<std::string> seen;
    for (size_t p = 0; p < r.phases.size(); ++p) {
        CHECK(r.phases[p].phase == &c.phases[p]);
        int last_order = 0;
        for (const auto& i : r.phases[p].items) {
            CHECK(i.item->phase == c.phases[p].id);
            CHECK(i.item->order > last_order);
            last_order = i.item->order;
            CHECK(seen.insert(i.item->id).second);
            CHECK_FALSE(i.status_reason.empty());
            CHECK((i.priority == Priority::None) ==
                  (i.status == ItemStatus::Done || i.status == ItemStatus::NotApplicable));
            if (i.priority != Priority::None) CHECK(test::contains(i.priority_reason, "Priority score"));
        }
    }
    size_t expected = 0;
    for (const auto& it : c.items) expected += it.in_checklist(r.checklist->id) ? 1 : 0;
    CHECK(seen.size() == expected);
    CHECK(r.counts.now <= caf::kMaxNow);
}

}  // namespace

TEST_CASE("persona: a startup that only buys Copilots", "[roadmap][persona]") {
    const Session s = test::real_session("sessions/persona_copilot_startup.json");
    const auto a = caf::assess(test::real_model(), test::real_catalogue(), s);
    const caf::Roadmap& r = a.roadmap;
    check_shape(r, test::real_catalogue());
    CHECK(r.checklist->id == "startup");
    CHECK(r.counts.total == 14);
    // Ready and Adopt are for Azure builders only.
    CHECK(r.counts.not_applicable == 2);
    const auto& regions = titled(r, "Prepare AI deployment regions");
    CHECK(regions.status == ItemStatus::NotApplicable);
    CHECK(test::contains(regions.status_reason, kLq + "Copilots / SaaS only" + kRq));
    CHECK(titled(r, "Adopt Azure AI platforms (PaaS)").status == ItemStatus::NotApplicable);
    // Licenses in place (3) and the Azure-only questions N/A: access is done.
    CHECK(titled(r, "Access AI resources").status == ItemStatus::Done);
    // Skills 1, data 1, score 29.3 -> level 1
    CHECK(a.scores.maturity.level == 1);
    // Responsible AI (owner 1, principles 1, regulation 1; level 1, target 2): gap max(2 - 1, 3 - 1) = 2;
    // 1.5 x 2 x 1.6 = 4.8 -> the most urgent item
    const auto& rai = titled(r, "Define a responsible AI strategy");
    CHECK(rai.status == ItemStatus::InProgress);
    CHECK(rai.priority_score == Approx(4.8));
    CHECK(r.by_priority().front() == &rai);
    CHECK(test::contains(rai.priority_reason, kLq + "Assumed in IT" + kRq + " (1 of 4) to " + kLq +
                                                  "Who is accountable for responsible AI?" + kRq));
}

TEST_CASE("persona: a startup building on Azure PaaS with no responsible-AI work", "[roadmap][persona]") {
    const Session s = test::real_session("sessions/persona_startup_paas_no_rai.json");
    const auto a = caf::assess(test::real_model(), test::real_catalogue(), s);
    const caf::Roadmap& r = a.roadmap;
    check_shape(r, test::real_catalogue());
    CHECK(r.checklist->id == "startup");
    CHECK(r.counts.not_applicable == 0);  // PaaS: Ready and Adopt apply
    CHECK(titled(r, "Define an AI technology strategy").status == ItemStatus::Done);
    const auto& rai = titled(r, "Define a responsible AI strategy");
    CHECK(rai.status == ItemStatus::ToDo);
    CHECK(rai.priority == Priority::Now);
    // all three answers 0: gap 3; weight 1.5 x 3 x 1.6 = 7.2
    CHECK(rai.priority_score == Approx(7.2));
    CHECK(r.by_priority().front() == &rai);
    CHECK(test::contains(rai.status_reason, "Not started: you answered " + kLq + "No owner" + kRq + " (0 of 4)"));
    // No AI policies and no risk assessment: governing models is urgent too (1.5 x 3 x 1.1)
    const auto& models = titled(r, "Govern AI models");
    CHECK(models.priority == Priority::Now);
    CHECK(models.priority_score == Approx(4.95));
    // Data readiness 2 caps the level
    CHECK(a.scores.maturity.level == 2);
    CHECK(a.scores.maturity.capped_by_data);
}

TEST_CASE("persona: a regulated enterprise", "[roadmap][persona]") {
    const Session s = test::real_session("sessions/persona_regulated_enterprise.json");
    const auto a = caf::assess(test::real_model(), test::real_catalogue(), s);
    const caf::Roadmap& r = a.roadmap;
    check_shape(r, test::real_catalogue());
    CHECK(r.checklist->id == "enterprise");
    CHECK(a.recommendation().reasons.size() == 3);  // type, size, regulation
    CHECK(r.counts.not_applicable == 0);             // mixed approach: everything applies
    CHECK(r.counts.now == caf::kMaxNow);             // more were urgent than fit
    // All three Secure items are Now: threat testing 0 and controls 1, boosted x1.5.
    for (const char* title :
         {"Assess AI security risks", "Implement AI security controls", "Maintain AI security controls"}) {
        const auto& i = titled(r, title);
        INFO(title);
        CHECK(i.priority == Priority::Now);
        CHECK(i.boost == Approx(1.5));
    }
    // threat assessment 0: gap 3; 1 x 3 x 1.2 x 1.5 = 5.4
    CHECK(titled(r, "Assess AI security risks").priority_score == Approx(5.4));
    CHECK(titled(r, "Assess AI security risks").status == ItemStatus::ToDo);
    // Govern items tie at 1 x 2 x 1.1 x 1.5 = 3.3; the first by order stays Now.
    CHECK(titled(r, "Assess AI organizational risks").priority == Priority::Now);
    const auto& policies = titled(r, "Document AI governance policies");
    CHECK(policies.priority_score == Approx(3.3));
    CHECK(policies.priority == Priority::Next);
    CHECK(test::contains(policies.priority_reason, "Next rather than Now"));
    CHECK(a.scores.maturity.level == 2);
    CHECK(a.scores.maturity.capped_by_skills);
}

TEST_CASE("persona: a mature enterprise", "[roadmap][persona]") {
    const Session s = test::real_session("sessions/persona_mature_enterprise.json");
    const auto a = caf::assess(test::real_model(), test::real_catalogue(), s);
    const caf::Roadmap& r = a.roadmap;
    check_shape(r, test::real_catalogue());
    CHECK(r.checklist->id == "enterprise");
    CHECK(a.scores.maturity.level == 4);
    CHECK(a.scores.coverage.status == caf::CoverageStatus::Ok);
    CHECK(*a.scores.overall > 90.0);
    CHECK(r.counts.done == r.counts.total);
    CHECK(r.counts.now + r.counts.next + r.counts.later == 0);
    CHECK(r.by_priority().empty());
    const auto& bc = titled(r, "Manage AI business continuity");
    CHECK(bc.status_reason == "Ticked by you.");
    CHECK(bc.note == "DR drill every quarter.");
}

TEST_CASE("lowering an answer never makes an item less urgent", "[roadmap][persona]") {
    // Monotonic: on the PaaS persona, drop each answered question to 0 and
    // check that no open item's priority score goes down.
    const Session base = test::real_session("sessions/persona_startup_paas_no_rai.json");
    const auto before = caf::assess(test::real_model(), test::real_catalogue(), base);
    for (const auto& [qid, answer] : base.answers) {
        if (!answer.has_value() || answer.value == 0) continue;
        Session lower = base;
        lower.set_answer(qid, Answer::of(0));
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
