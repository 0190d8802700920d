// Scoring arithmetic against hand-computed numbers (mini fixture model:
// alpha w1 {alpha_one w1, alpha_two w2}, beta w2 {beta_one w1 N/A-able,
// beta_two w1}, gamma w1 {plan_skills w1, plan_data w1, gamma_three w1 N/A-able};
// floors 0/15/35/55/75; coverage warn 0.6, block 0.3).
#include <catch2/catch.hpp>

#include "core/scoring.h"
#include "test_util.h"

using caf::Answer;
using caf::CoverageStatus;
using caf::Session;

namespace {

// The worked example used throughout this file.
Session worked_example() {
    Session s = caf::new_session(test::mini_model());
    s.set_answer("alpha_one", Answer::of(2));
    s.set_answer("alpha_two", Answer::of(3));
    s.set_answer("beta_one", Answer::not_applicable());
    s.set_answer("beta_two", Answer::of(1));
    s.set_answer("plan_skills", Answer::of(3));
    s.set_answer("plan_data", Answer::of(2));
    s.set_answer("gamma_three", Answer::of(4));
    return s;
}

}  // namespace

TEST_CASE("dimension, phase and overall scores of the worked example", "[scoring]") {
    const auto r = caf::score(test::mini_model(), worked_example());
    // alpha: (1*2 + 2*3) / (1*4 + 2*4) = 8/12
    const auto* alpha = r.find_dimension("alpha");
    REQUIRE(alpha);
    CHECK(alpha->points == Approx(8.0));
    CHECK(alpha->max == Approx(12.0));
    CHECK(*alpha->score == Approx(66.666667));
    CHECK(*alpha->level == 2);  // mean answer 2.67 -> 2
    // beta: N/A left out of the denominator: 1/4
    const auto* beta = r.find_dimension("beta");
    CHECK(beta->max == Approx(4.0));
    CHECK(*beta->score == Approx(25.0));
    CHECK(*beta->level == 1);
    CHECK(beta->not_applicable == 1);
    CHECK(beta->answered == 1);
    // gamma: (3+2+4)/12
    CHECK(*r.find_dimension("gamma")->score == Approx(75.0));
    CHECK(*r.find_dimension("gamma")->level == 3);
    // strategy phase: (1*66.667 + 2*25) / 3
    CHECK(*r.phases[0].score == Approx(38.888889));
    CHECK(*r.phases[1].score == Approx(75.0));
    // overall: (66.667 + 2*25 + 75) / 4
    REQUIRE(r.overall);
    CHECK(*r.overall == Approx(47.916667));
}

TEST_CASE("per-question contributions add up to the overall score", "[scoring]") {
    const auto r = caf::score(test::mini_model(), worked_example());
    CHECK(r.find_question("alpha_one")->points == Approx(2.0));
    CHECK(r.find_question("alpha_two")->points == Approx(6.0));
    CHECK(r.find_question("alpha_two")->max == Approx(8.0));
    CHECK(r.find_question("beta_one")->max == Approx(0.0));  // N/A: not in the denominator
    // alpha_two: alpha is 1/4 of the overall weight: 0.25 * 100 * 6/12
    CHECK(r.find_question("alpha_two")->overall_points == Approx(12.5));
    // beta_two: beta is 2/4: 0.5 * 100 * 1/4
    CHECK(r.find_question("beta_two")->overall_points == Approx(12.5));
    CHECK(r.find_question("plan_skills")->overall_points == Approx(6.25));
    double sum = 0.0;
    for (const auto& p : r.phases)
        for (const auto& d : p.dimensions)
            for (const auto& q : d.questions) sum += q.overall_points;
    CHECK(sum == Approx(*r.overall));
}

TEST_CASE("gain if raised by one step, and what-if agrees", "[scoring]") {
    const Session s = worked_example();
    const auto r = caf::score(test::mini_model(), s);
    // beta_two: dimension +100*1/4 = 25; overall +25 * 2/4 = 12.5
    CHECK(*r.find_question("beta_two")->dimension_gain == Approx(25.0));
    CHECK(*r.find_question("beta_two")->overall_gain == Approx(12.5));
    // alpha_two (w2): dimension +100*2/12; overall * 1/4
    CHECK(*r.find_question("alpha_two")->dimension_gain == Approx(16.666667));
    CHECK(*r.find_question("alpha_two")->overall_gain == Approx(4.166667));
    CHECK(*r.find_question("alpha_one")->overall_gain == Approx(2.083333));
    CHECK_FALSE(r.find_question("gamma_three")->overall_gain);  // already 4
    CHECK_FALSE(r.find_question("beta_one")->overall_gain);     // N/A

    const auto movers = r.top_movers(3);
    REQUIRE(movers.size() == 3);
    CHECK(movers[0]->question->id == "beta_two");
    CHECK(movers[1]->question->id == "alpha_two");
    CHECK(movers[2]->question->id == "alpha_one");  // ties keep model order

    for (const char* id : {"alpha_one", "alpha_two", "beta_two", "plan_skills", "plan_data"}) {
        const auto* q = r.find_question(id);
        const auto raised = caf::what_if(test::mini_model(), s, id, Answer::of(q->answer.value + 1));
        INFO(id);
        CHECK(*raised.overall - *r.overall == Approx(*q->overall_gain));
    }
    // what-if leaves the original alone
    CHECK(s.answer("beta_two") == Answer::of(1));
    CHECK(*caf::what_if(test::mini_model(), s, "beta_two", Answer::of(2)).overall == Approx(60.416667));
}

TEST_CASE("N/A and unanswered questions are left out of the denominators", "[scoring][na]") {
    Session s = caf::new_session(test::mini_model());
    s.set_answer("beta_one", Answer::not_applicable());
    s.set_answer("alpha_one", Answer::of(4));
    auto r = caf::score(test::mini_model(), s);
    CHECK_FALSE(r.find_dimension("beta")->score);  // only N/A: no score
    CHECK_FALSE(r.find_dimension("beta")->level);
    CHECK_FALSE(r.find_dimension("gamma")->score);
    CHECK(*r.find_dimension("alpha")->score == Approx(100.0));  // alpha_two unanswered
    CHECK(*r.find_dimension("alpha")->level == 4);
    CHECK_FALSE(r.phases[1].score);
    CHECK(*r.overall == Approx(100.0));  // only alpha has a score

    // Answering beta_two 0 brings beta in with weight 2: (100 + 2*0) / 3
    s.set_answer("beta_two", Answer::of(0));
    r = caf::score(test::mini_model(), s);
    CHECK(*r.overall == Approx(33.333333));
    // Turning a value into N/A removes it again.
    s.set_answer("beta_two", Answer::not_applicable());
    CHECK(*caf::score(test::mini_model(), s).overall == Approx(100.0));
}

TEST_CASE("nothing answered gives no score, level 0 and a blocked coverage", "[scoring][coverage]") {
    const auto r = caf::score(test::mini_model(), caf::new_session(test::mini_model()));
    CHECK_FALSE(r.overall);
    CHECK(r.maturity.level == 0);
    CHECK(test::contains(r.maturity.reason, "nothing is answered"));
    CHECK(r.coverage.total == 7);
    CHECK(r.coverage.status == CoverageStatus::Blocked);
    CHECK(r.top_movers(5).empty());
}

TEST_CASE("coverage thresholds: 7 questions, block below 30%, warn below 60%", "[scoring][coverage]") {
    Session s = caf::new_session(test::mini_model());
    const char* order[] = {"alpha_one", "alpha_two", "beta_one", "beta_two", "plan_skills", "plan_data", "gamma_three"};
    auto after = [&](int n) {
        Session copy = s;
        for (int i = 0; i < n; ++i) copy.set_answer(order[i], Answer::of(1));
        return caf::score(test::mini_model(), copy).coverage;
    };
    // ceil(0.3*7) = 3 needed for a first view, ceil(0.6*7) = 5 to rely on it
    CHECK(after(2).status == CoverageStatus::Blocked);
    CHECK(after(2).share == Approx(2.0 / 7.0));
    CHECK(after(3).status == CoverageStatus::Warn);
    CHECK(after(4).status == CoverageStatus::Warn);
    CHECK(after(5).status == CoverageStatus::Ok);
    CHECK(test::contains(after(2).message, "You answered 2 of 7 questions (29%)"));
    CHECK(test::contains(after(2).message, "answer at least 3 for a first view and 5 (60%)"));
    CHECK(test::contains(after(4).message, "answer at least 5 (60%) to rely on it"));
    // N/A counts as answered for coverage
    Session t = caf::new_session(test::mini_model());
    for (const char* id : {"alpha_one", "alpha_two", "beta_two", "plan_skills"}) t.set_answer(id, Answer::of(2));
    t.set_answer("gamma_three", Answer::not_applicable());
    const auto c5 = caf::score(test::mini_model(), t).coverage;
    CHECK(c5.answered == 4);
    CHECK(c5.not_applicable == 1);
    CHECK(c5.status == CoverageStatus::Ok);
    CHECK(test::contains(c5.message, "5 of 7 questions (71%, 1 of them N/A)"));
}

TEST_CASE("maturity level = min(skills, data, score level) with the reason", "[scoring][level]") {
    const caf::Model& m = test::mini_model();
    SECTION("data and score cap the worked example") {
        const auto r = caf::score(m, worked_example());
        CHECK(r.maturity.level == 2);
        CHECK(r.maturity.score_allows == 2);  // 47.9 >= 35, < 55
        CHECK(r.maturity.capped_by_data);
        CHECK(r.maturity.capped_by_score);
        CHECK_FALSE(r.maturity.capped_by_skills);
        CHECK(r.maturity.reason ==
              "Level 2 \xE2\x80\x94 Customize: your data readiness answer (2) and overall score 47.9 (level 3 needs "
              "55) cap the level; skills (3) would allow 3.");
    }
    SECTION("a low skills answer caps a high score") {
        Session s = caf::new_session(m);
        for (const char* id : {"alpha_one", "alpha_two", "beta_two", "plan_data", "gamma_three"})
            s.set_answer(id, Answer::of(4));
        s.set_answer("plan_skills", Answer::of(1));
        const auto r = caf::score(m, s);
        // gamma = (1+4+4)/12 = 75; overall = (100 + 200 + 75)/4 = 93.75
        CHECK(*r.overall == Approx(93.75));
        CHECK(r.maturity.level == 1);
        CHECK(r.maturity.reason ==
              "Level 1 \xE2\x80\x94 Consume: your skills answer (1) caps the level; data readiness (4) and overall "
              "score 93.8 would allow 4.");
    }
    SECTION("the score caps when skills and data are high") {
        Session s = caf::new_session(m);
        s.set_answer("plan_skills", Answer::of(4));
        s.set_answer("plan_data", Answer::of(3));
        s.set_answer("alpha_one", Answer::of(0));
        s.set_answer("alpha_two", Answer::of(0));
        s.set_answer("beta_two", Answer::of(0));
        const auto r = caf::score(m, s);
        // gamma 7/8 = 87.5; overall = (0 + 0 + 87.5) / 4 = 21.875 -> level 1
        CHECK(*r.overall == Approx(21.875));
        CHECK(r.maturity.level == 1);
        CHECK(r.maturity.reason ==
              "Level 1 \xE2\x80\x94 Consume: your overall score 21.9 (level 2 needs 35) caps the level; "
              "data readiness (3) would allow 3 and skills (4) would allow 4.");
    }
    SECTION("all three agree") {
        Session s = caf::new_session(m);
        for (const char* id : {"alpha_one", "alpha_two", "beta_two", "plan_skills", "plan_data"})
            s.set_answer(id, Answer::of(2));
        const auto r = caf::score(m, s);
        CHECK(*r.overall == Approx(50.0));
        CHECK(r.maturity.level == 2);
        CHECK(r.maturity.reason ==
              "Level 2 \xE2\x80\x94 Customize: your skills answer (2), data readiness answer (2) and overall score 50 "
              "(level 3 needs 55) all point to this level.");
    }
    SECTION("unanswered skills and data: level from the score only") {
        Session s = caf::new_session(m);
        s.set_answer("alpha_one", Answer::of(3));
        s.set_answer("alpha_two", Answer::of(3));
        const auto r = caf::score(m, s);
        CHECK(*r.overall == Approx(75.0));
        CHECK(r.maturity.level == 4);  // 75 >= floor 75
        CHECK_FALSE(r.maturity.skills);
        CHECK(test::contains(r.maturity.reason, "Level 4 \xE2\x80\x94 Build at scale: your overall score 75 caps"));
        CHECK(test::contains(r.maturity.reason, "The skills question is not answered yet"));
        CHECK(test::contains(r.maturity.reason, "The data readiness question is not answered yet"));
    }
}

TEST_CASE("targets: the session's, else max(level + 1, 2) capped at 4", "[scoring][targets]") {
    CHECK(caf::default_target(std::nullopt) == 2);
    CHECK(caf::default_target(0) == 2);
    CHECK(caf::default_target(1) == 2);
    CHECK(caf::default_target(2) == 3);
    CHECK(caf::default_target(3) == 4);
    CHECK(caf::default_target(4) == 4);
    Session s = worked_example();
    s.targets["alpha"] = 4;
    const auto r = caf::score(test::mini_model(), s);
    CHECK(r.find_dimension("alpha")->target == 4);
    CHECK_FALSE(r.find_dimension("alpha")->target_is_default);
    CHECK(r.find_dimension("alpha")->gap() == 2);
    CHECK(r.find_dimension("beta")->target == 2);  // level 1
    CHECK(r.find_dimension("gamma")->target == 4);  // level 3
    CHECK(r.find_dimension("gamma")->gap() == 1);
}

TEST_CASE("scoring is deterministic", "[scoring]") {
    const auto a = caf::score(test::mini_model(), worked_example());
    const auto b = caf::score(test::mini_model(), worked_example());
    CHECK(*a.overall == *b.overall);  // bit-identical, not approximately
    CHECK(a.maturity.reason == b.maturity.reason);
    CHECK(a.coverage.message == b.coverage.message);
}

TEST_CASE("answers built in code out of range are clamped, not trusted", "[scoring]") {
    Session s = caf::new_session(test::mini_model());
    s.set_answer("alpha_one", Answer{Answer::Kind::Value, 7});
    s.set_answer("alpha_two", Answer{Answer::Kind::Value, -3});
    const auto r = caf::score(test::mini_model(), s);
    // 4 and 0: (1*4 + 2*0) / 12
    CHECK(*r.find_dimension("alpha")->score == Approx(33.333333));
    CHECK(r.find_question("alpha_one")->answer.value == 4);
}

TEST_CASE("what-if on an unanswered question changes the denominator", "[scoring]") {
    Session s = caf::new_session(test::mini_model());
    s.set_answer("alpha_one", Answer::of(4));
    const auto base = caf::score(test::mini_model(), s);
    CHECK(*base.overall == Approx(100.0));
    // answering alpha_two with 0 adds 8 to the denominator: 4/12
    const auto r = caf::what_if(test::mini_model(), s, "alpha_two", Answer::of(0));
    CHECK(*r.overall == Approx(33.333333));
    // and clearing an answer removes it again
    const auto cleared = caf::what_if(test::mini_model(), s, "alpha_one", Answer::unanswered());
    CHECK_FALSE(cleared.overall);
}
