// The personalised checklist: status, priority and reasons (roadmap.h).
// The mini fixtures with hand-computed priority scores; personas on the real
// data are in test_personas.cpp.
#include <catch2/catch.hpp>

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

// Worked example of test_scoring.cpp with a small Copilot-only startup profile
// that runs one AI workload, plus three quick checks.
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
    s.set_answer("r_secure", Answer::of(1));
    s.set_answer("r_copilot", Answer::of(2));
    s.set_answer("r_govern", Answer::of(1));
    return s;
}

const std::string kLq = "\xE2\x80\x9C", kRq = "\xE2\x80\x9D", kDash = " \xE2\x80\x94 ";

}  // namespace

// [SECTION] Mini fixtures, hand-computed

TEST_CASE("statuses and priorities of the mini worked example", "[roadmap]") {
    const auto a = mini_assess(mini_example());
    const caf::Roadmap& r = a.roadmap;
    REQUIRE(r.checklist);
    CHECK(r.checklist->id == "startup");
    REQUIRE(r.phases.size() == 7);
    REQUIRE(r.paths.size() == 1);
    CHECK(r.paths[0]->id == "copilot");

    // s_tech: answers 2 and 3 -> in progress; gap = max(alpha target 3 - level 2, 3 - 2.5) = 1;
    // score = 1 x 1 x 1.6 (strategy) = 1.6: below 3, but one of the three largest -> Now
    const auto& tech = item(r, "s_tech");
    CHECK(tech.status == ItemStatus::InProgress);
    CHECK(tech.gap == Approx(1.0));
    CHECK(tech.phase_factor == Approx(1.6));
    CHECK(tech.priority_score == Approx(1.6));
    CHECK(tech.priority == Priority::Now);
    CHECK(tech.what == "Do s_tech.");
    CHECK(test::contains(tech.status_reason, "Started: you answered " + kLq + "alpha_one 2" + kRq +
                                                 " (2 of 4) to " + kLq + "Question alpha_one?" + kRq));
    // the target gap (1) is larger than the answer gap (0.5): the sentence names the target
    CHECK(tech.priority_reason == "Now: one of your largest remaining gaps" + kDash + "your target for " + kLq +
                                      "Alpha" + kRq + " is level 3 and it is at level 2, and Strategy comes first: "
                                      "later phases build on it.");
    CHECK(tech.priority_detail == "Priority score 1.60 = weight 1 \xC3\x97 gap 1.00 \xC3\x97 phase 1.6.");

    // s_plan: answers 3 and 2, no evidence dimension -> gap 3 - 2.5 = 0.5; 0.5 x 1.5 = 0.75 -> Later
    const auto& plan = item(r, "s_plan");
    CHECK(plan.status == ItemStatus::InProgress);
    CHECK(plan.priority_score == Approx(0.75));
    CHECK(plan.priority == Priority::Later);
    CHECK(plan.priority_reason == "Later: a smaller gap" + kDash + "you answered " + kLq + "plan_data 2" + kRq +
                                      " (2 of 4) to " + kLq + "Question plan_data?" + kRq + ".");

    // s_ready and s_adopt are for Azure builders only
    const auto& ready = item(r, "s_ready");
    CHECK(ready.status == ItemStatus::NotApplicable);
    CHECK(ready.priority == Priority::None);
    CHECK(ready.status_reason == "Not applicable: you answered " + kLq + "Copilots only" + kRq + " to " + kLq +
                                     "How do you use AI?" + kRq + "; this activity is for Azure builders.");
    CHECK(item(r, "s_adopt").status == ItemStatus::NotApplicable);

    // s_secure: Copilot guidance; answers 1 and 2 -> mean 1.5 -> in progress; gap 1.5;
    // live workloads raise Secure: 1 x 1.5 x 1.2 x 1.5 = 2.7 -> filled into Now
    const auto& secure = item(r, "s_secure");
    CHECK(secure.what == "Copilot secure text");
    CHECK(secure.status == ItemStatus::InProgress);
    CHECK(secure.live_boost);
    CHECK_FALSE(secure.regulated_boost);
    CHECK(secure.boost == Approx(1.5));
    CHECK(secure.priority_score == Approx(2.7));
    CHECK(secure.priority == Priority::Now);
    CHECK(secure.priority_reason == "Now: one of your largest remaining gaps" + kDash + "you answered " + kLq +
                                        "r_secure 1" + kRq + " (1 of 4) to " + kLq + "Question r_secure?" + kRq +
                                        ", and AI workloads already run in production.");
    CHECK(secure.priority_detail ==
          "Priority score 2.70 = weight 1 \xC3\x97 gap 1.50 \xC3\x97 phase 1.2 \xC3\x97 live workloads 1.5.");

    // s_govern (weight 2): answer 1 -> gap 2; 2 x 2 x 1.1 x 1.5 = 6.6 -> Now by score
    const auto& govern = item(r, "s_govern");
    CHECK(govern.status == ItemStatus::InProgress);
    CHECK(govern.priority_score == Approx(6.6));
    CHECK(govern.priority == Priority::Now);
    CHECK(test::contains(govern.priority_reason, "Now: one of your biggest gaps" + kDash));

    // s_manage: no evidence question -> unverified, no priority; from an earlier edition
    const auto& manage = item(r, "s_manage");
    CHECK(manage.status == ItemStatus::Unverified);
    CHECK(manage.priority == Priority::None);
    CHECK(manage.priority_reason.empty());
    CHECK(manage.status_reason == "Not covered by your answers: check it, and tick it when it is done.");
    CHECK(manage.item->edition.from == "2024");

    const caf::RoadmapCounts& c = r.counts;
    CHECK(c.total == 7);
    CHECK(c.done == 0);
    CHECK(c.in_progress == 4);
    CHECK(c.to_do == 0);
    CHECK(c.unverified == 1);
    CHECK(c.not_applicable == 2);
    CHECK(c.now == 3);
    CHECK(c.next == 0);
    CHECK(c.later == 1);

    const auto ordered = r.by_priority();
    REQUIRE(ordered.size() == 4);
    CHECK(ordered[0]->item->id == "s_govern");
    CHECK(ordered[1]->item->id == "s_secure");
    CHECK(ordered[2]->item->id == "s_tech");
    CHECK(ordered[3]->item->id == "s_plan");
}

TEST_CASE("regulation and live workloads both raise Secure and Govern", "[roadmap]") {
    Session s = mini_example();
    s.profile["regulated"] = "regulated";
    s.profile["ai_approach"] = "paas";
    s.checklist_choice = caf::ChecklistChoice::Startup;  // the profile alone would pick enterprise
    const auto a = mini_assess(s);
    CHECK(a.recommendation().recommended == caf::ChecklistKind::Enterprise);
    CHECK(a.roadmap.checklist->id == "startup");
    // Azure path: Ready and Adopt apply; the Ready quick check is not answered -> check it
    const auto& ready = item(a.roadmap, "s_ready");
    CHECK(ready.status == ItemStatus::Unverified);
    CHECK(ready.what == "Azure ready text");
    CHECK(ready.status_reason == "Not covered by your answers: check it. Answer " + kLq + "Question r_ready?" + kRq +
                                     " to see where you stand.");
    CHECK(item(a.roadmap, "s_adopt").status == ItemStatus::Done);   // plan_skills 3
    // r_copilot is not asked of an Azure builder: s_secure rests on r_secure (1) alone;
    // gap 2; 1 x 2 x 1.2 x 2 = 4.8
    const auto& secure = item(a.roadmap, "s_secure");
    REQUIRE(secure.evidence.size() == 1);
    CHECK(secure.what == "Azure secure text");
    CHECK(secure.boost == Approx(2.0));
    CHECK(secure.priority_score == Approx(4.8));
    CHECK(secure.priority == Priority::Now);
    CHECK(test::contains(secure.priority_reason,
                         ", and AI workloads already run in production and your sector is regulated."));
    CHECK(test::contains(secure.priority_detail, "\xC3\x97 regulated and live workloads 2.0."));
    CHECK(item(a.roadmap, "s_govern").priority_score == Approx(8.8));   // 2 x 2 x 1.1 x 2
    CHECK(item(a.roadmap, "s_tech").boost == Approx(1.0));  // strategy is not boosted

    // Without live workloads only regulation counts.
    s.profile["workloads"] = "w0";
    const auto b = mini_assess(s);
    CHECK(item(b.roadmap, "s_secure").boost == Approx(1.5));
    CHECK(test::contains(item(b.roadmap, "s_secure").priority_reason, ", and your sector is regulated."));
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

TEST_CASE("nothing answered: every item is unverified and nothing has a priority", "[roadmap]") {
    const auto a = mini_assess(caf::new_session(test::mini_model()));
    const caf::Roadmap& r = a.roadmap;
    CHECK(r.checklist->id == "startup");  // default without a profile
    CHECK(r.paths.size() == 3);           // no approach yet: every path
    const auto& tech = item(r, "s_tech");
    CHECK(tech.status == ItemStatus::Unverified);
    CHECK(tech.priority == Priority::None);
    CHECK(tech.status_reason == "Not covered by your answers: check it. Answer " + kLq + "Question alpha_one?" + kRq +
                                    " to see where you stand. 1 more related question is open.");
    CHECK(item(r, "s_ready").status == ItemStatus::Unverified);   // unknown approach: assumed to apply
    CHECK(item(r, "s_secure").what == "Do s_secure.");            // several paths: the general text
    CHECK(r.counts.unverified == 7);
    CHECK(r.counts.now + r.counts.next + r.counts.later == 0);
    CHECK(r.by_priority().empty());
}

TEST_CASE("N/A never creates a gap, don't know asks for a check", "[roadmap][na]") {
    Session s = mini_example();
    s.set_answer("r_govern", Answer::not_applicable());
    s.set_answer("r_secure", Answer::dont_know());
    s.set_answer("r_copilot", Answer::unanswered());
    const auto a = mini_assess(s);
    const auto& govern = item(a.roadmap, "s_govern");
    CHECK(govern.status == ItemStatus::NotApplicable);
    CHECK(govern.status_reason == "Not applicable: you answered N/A to " + kLq + "Question r_govern?" + kRq + ".");
    const auto& secure = item(a.roadmap, "s_secure");
    CHECK(secure.status == ItemStatus::Unverified);
    CHECK(secure.priority == Priority::None);
    CHECK(secure.status_reason == "Not covered by your answers: check it. You answered " + kLq + "Don't know" + kRq +
                                      " to " + kLq + "Question r_secure?" + kRq +
                                      ": ask for Evidence for r_secure. 1 more related question is open.");
    // a value beside a don't-know: in progress, and the open question is named
    s.set_answer("r_copilot", Answer::of(2));
    const auto b = mini_assess(s);
    CHECK(item(b.roadmap, "s_secure").status == ItemStatus::InProgress);
    CHECK(test::contains(item(b.roadmap, "s_secure").status_reason, "ask for Evidence for r_secure."));
    // the follow-ups list the don't-know answers with what to ask for
    REQUIRE(b.followups.size() == 1);
    CHECK(b.followups[0].question->id == "r_secure");
    CHECK(b.followups[0].where == "Quick checks: Secure");
}

TEST_CASE("at most five items are Now, the next one says why it is Next", "[roadmap]") {
    Session s = caf::new_session(test::mini_model());
    s.profile = {{"regulated", "regulated"}, {"workloads", "w2_5"}, {"ai_approach", "paas"}};
    s.checklist_choice = caf::ChecklistChoice::Startup;
    s.targets["alpha"] = 4;
    for (const char* id : {"alpha_one", "alpha_two", "plan_skills", "plan_data", "r_ready", "r_secure", "r_govern"})
        s.set_answer(id, Answer::of(0));
    const auto a = mini_assess(s);
    const caf::Roadmap& r = a.roadmap;
    // s_tech 4x1.6=6.4, s_plan 3x1.5=4.5, s_ready 3x1.4=4.2, s_adopt 3x1.3=3.9,
    // s_secure 3x1.2x2=7.2, s_govern 2x3x1.1x2=13.2: six reach 3, five stay Now
    CHECK(item(r, "s_tech").priority_score == Approx(6.4));
    CHECK(item(r, "s_plan").priority_score == Approx(4.5));
    CHECK(item(r, "s_ready").priority_score == Approx(4.2));
    CHECK(item(r, "s_secure").priority_score == Approx(7.2));
    CHECK(item(r, "s_govern").priority_score == Approx(13.2));
    CHECK(r.counts.now == 5);
    const auto& adopt = item(r, "s_adopt");
    CHECK(adopt.priority_score == Approx(3.9));
    CHECK(adopt.priority == Priority::Next);
    CHECK(test::contains(adopt.priority_reason, "Next: a big gap, after the 5 most urgent items" + kDash));
}

TEST_CASE("the enterprise checklist of the mini catalogue", "[roadmap]") {
    Session s = mini_example();
    s.profile["org_type"] = "enterprise";
    const auto a = mini_assess(s);
    CHECK(a.roadmap.checklist->id == "enterprise");
    CHECK(a.roadmap.counts.total == 3);  // s_tech, e_beta, s_manage
    const auto& beta = item(a.roadmap, "e_beta");
    // evidence = all questions of beta: N/A and 1 -> in progress (mean 1); gap max(2 - 1, 3 - 1) = 2; x 1.6
    CHECK(beta.status == ItemStatus::InProgress);
    REQUIRE(beta.evidence.size() == 2);
    CHECK(beta.evidence[0].answer.is_na());
    CHECK(beta.priority_score == Approx(3.2));
    CHECK(a.roadmap.phases[0].items.size() == 2);
    CHECK(a.roadmap.phases[0].items[0].item->id == "s_tech");  // order 1 before 2
}

