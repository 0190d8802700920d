// Scoring arithmetic against hand-computed numbers (mini fixture model:
// alpha w1 {alpha_one w1, alpha_two w2}, beta w2 {beta_one w1 N/A-able,
// beta_two w1}, gamma w1 {plan_skills and plan_data: level questions, not
// scored; gamma_three w1 N/A-able}; skills_support 0..4, data_support
// 1,2,2,3,4; coverage warn 0.6, block 0.3; quick checks r_ready (Azure only),
// r_secure, r_copilot (Copilots, low-code, mixed), r_govern).
#include <catch2/catch.hpp>

#include "core/scoring.h"
#include "test_util.h"

using caf::Answer;
using caf::CoverageStatus;
using caf::PracticesRelation;
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

TEST_CASE("dimension, phase and practices scores of the worked example", "[scoring]") {
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
    // gamma: the skills and data answers are the CAF level's basis, not practices:
    // only gamma_three counts, 4/4
    const auto* gamma = r.find_dimension("gamma");
    CHECK(gamma->answered == 1);
    CHECK(gamma->max == Approx(4.0));
    CHECK(*gamma->score == Approx(100.0));
    CHECK(*gamma->level == 4);
    // strategy phase: (1*66.667 + 2*25) / 3
    CHECK(*r.phases[0].score == Approx(38.888889));
    CHECK(*r.phases[1].score == Approx(100.0));
    // practices: (66.667 + 2*25 + 100) / 4
    REQUIRE(r.practices);
    CHECK(*r.practices == Approx(54.166667));
}

TEST_CASE("per-question contributions add up to the practices score", "[scoring]") {
    const auto r = caf::score(test::mini_model(), worked_example());
    CHECK(r.find_question("alpha_one")->points == Approx(2.0));
    CHECK(r.find_question("alpha_two")->points == Approx(6.0));
    CHECK(r.find_question("alpha_two")->max == Approx(8.0));
    CHECK(r.find_question("beta_one")->max == Approx(0.0));  // N/A: not in the denominator
    CHECK(r.find_question("plan_skills")->max == Approx(0.0));  // a level question earns nothing
    CHECK(r.find_question("plan_skills")->overall_points == Approx(0.0));
    // alpha_two: alpha is 1/4 of the weight: 0.25 * 100 * 6/12
    CHECK(r.find_question("alpha_two")->overall_points == Approx(12.5));
    // beta_two: beta is 2/4: 0.5 * 100 * 1/4
    CHECK(r.find_question("beta_two")->overall_points == Approx(12.5));
    CHECK(r.find_question("gamma_three")->overall_points == Approx(25.0));
    double sum = 0.0;
    for (const auto& p : r.phases)
        for (const auto& d : p.dimensions)
            for (const auto& q : d.questions) sum += q.overall_points;
    CHECK(sum == Approx(*r.practices));
}

TEST_CASE("gain if raised by one step, and what-if agrees", "[scoring]") {
    const Session s = worked_example();
    const auto r = caf::score(test::mini_model(), s);
    // beta_two: dimension +100*1/4 = 25; practices +25 * 2/4 = 12.5
    CHECK(*r.find_question("beta_two")->dimension_gain == Approx(25.0));
    CHECK(*r.find_question("beta_two")->overall_gain == Approx(12.5));
    // alpha_two (w2): dimension +100*2/12; practices * 1/4
    CHECK(*r.find_question("alpha_two")->dimension_gain == Approx(16.666667));
    CHECK(*r.find_question("alpha_two")->overall_gain == Approx(4.166667));
    CHECK(*r.find_question("alpha_one")->overall_gain == Approx(2.083333));
    CHECK_FALSE(r.find_question("gamma_three")->overall_gain);  // already 4
    CHECK_FALSE(r.find_question("beta_one")->overall_gain);     // N/A
    CHECK_FALSE(r.find_question("plan_skills")->overall_gain);  // moves the CAF level, not the practices

    const auto movers = r.top_movers(5);
    REQUIRE(movers.size() == 3);
    CHECK(movers[0]->question->id == "beta_two");
    CHECK(movers[1]->question->id == "alpha_two");
    CHECK(movers[2]->question->id == "alpha_one");

    for (const char* id : {"alpha_one", "alpha_two", "beta_two"}) {
        const auto* q = r.find_question(id);
        const auto raised = caf::what_if(test::mini_model(), s, id, Answer::of(q->answer.value + 1));
        INFO(id);
        CHECK(*raised.practices - *r.practices == Approx(*q->overall_gain));
    }
    // what-if leaves the original alone; a level answer moves the level, not the score
    CHECK(s.answer("beta_two") == Answer::of(1));
    CHECK(*caf::what_if(test::mini_model(), s, "beta_two", Answer::of(2)).practices == Approx(66.666667));
    const auto more_data = caf::what_if(test::mini_model(), s, "plan_data", Answer::of(3));
    CHECK(*more_data.practices == Approx(*r.practices));
    CHECK(*more_data.maturity.level == 3);
}

TEST_CASE("N/A, don't know and unanswered questions are left out of the denominators", "[scoring][na]") {
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
    CHECK(*r.practices == Approx(100.0));  // only alpha has a score

    // Answering beta_two 0 brings beta in with weight 2: (100 + 2*0) / 3
    s.set_answer("beta_two", Answer::of(0));
    r = caf::score(test::mini_model(), s);
    CHECK(*r.practices == Approx(33.333333));
    // "Don't know" is no answer for the score: beta drops out again, and it is counted
    s.set_answer("beta_two", Answer::dont_know());
    r = caf::score(test::mini_model(), s);
    CHECK(*r.practices == Approx(100.0));
    CHECK(r.find_dimension("beta")->dont_know == 1);
    CHECK(r.find_question("beta_two")->max == Approx(0.0));
    // Turning a value into N/A removes it too.
    s.set_answer("beta_two", Answer::not_applicable());
    CHECK(*caf::score(test::mini_model(), s).practices == Approx(100.0));
}

TEST_CASE("nothing answered gives no score, no level and a blocked coverage", "[scoring][coverage]") {
    const auto r = caf::score(test::mini_model(), caf::new_session(test::mini_model()));
    CHECK_FALSE(r.practices);
    CHECK_FALSE(r.maturity.level);
    CHECK(r.maturity.basis == "skills not answered, data not answered \xE2\x86\x92 no level yet");
    CHECK(test::contains(r.maturity.reason, "answer the skills question and the data-readiness question"));
    CHECK(r.comparison.relation == PracticesRelation::Unknown);
    CHECK(r.comparison.sentence.empty());
    CHECK(r.coverage.total == 7);   // practice and level questions; quick checks are not scored
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
    // N/A counts as answered for coverage; "don't know" does not, and is named
    Session t = caf::new_session(test::mini_model());
    for (const char* id : {"alpha_one", "alpha_two", "beta_two", "plan_skills"}) t.set_answer(id, Answer::of(2));
    t.set_answer("gamma_three", Answer::not_applicable());
    t.set_answer("plan_data", Answer::dont_know());
    const auto c5 = caf::score(test::mini_model(), t).coverage;
    CHECK(c5.answered == 4);
    CHECK(c5.not_applicable == 1);
    CHECK(c5.dont_know == 1);
    CHECK(c5.status == CoverageStatus::Ok);
    CHECK(test::contains(c5.message, "5 of 7 questions (71%, 1 of them N/A)"));
    CHECK(test::contains(c5.message, "1 answer is \xE2\x80\x9C" "don't know\xE2\x80\x9D: listed as follow-ups"));
}

TEST_CASE("CAF level = the lower of what skills and data support", "[scoring][level]") {
    const caf::Model& m = test::mini_model();
    const caf::LevelRule& rule = m.level_rule;
    // CAF lists "little data" at levels 1 and 2, so little data (1) does not hold level 2 back;
    // a small domain set (2) supports level 2; level 3 needs large historical data (3).
    CHECK(caf::caf_level(rule, 4, 0) == 1);
    CHECK(caf::caf_level(rule, 4, 1) == 2);
    CHECK(caf::caf_level(rule, 4, 2) == 2);
    CHECK(caf::caf_level(rule, 4, 3) == 3);
    CHECK(caf::caf_level(rule, 4, 4) == 4);
    CHECK(caf::caf_level(rule, 0, 4) == 0);
    CHECK(caf::caf_level(rule, 2, 1) == 2);

    SECTION("data holds the worked example at level 2") {
        const auto r = caf::score(m, worked_example());
        REQUIRE(r.maturity.level);
        CHECK(*r.maturity.level == 2);
        CHECK_FALSE(r.maturity.provisional);
        CHECK(r.maturity.capped_by_data);
        CHECK_FALSE(r.maturity.capped_by_skills);
        CHECK(r.maturity.basis == "skills level 3, data level 2 \xE2\x86\x92 level 2");
        CHECK(r.maturity.reason == "Level 2: your skills support level 3 and your data supports level 2; the level is "
                                   "the lower of the two, so data is what holds it back.");
        CHECK(r.maturity.info == m.find_level(2));
    }
    SECTION("low skills hold high data back, whatever the practices") {
        Session s = caf::new_session(m);
        for (const char* id : {"alpha_one", "alpha_two", "beta_two", "gamma_three", "plan_data"})
            s.set_answer(id, Answer::of(4));
        s.set_answer("plan_skills", Answer::of(1));
        const auto r = caf::score(m, s);
        CHECK(*r.practices == Approx(100.0));
        CHECK(*r.maturity.level == 1);
        CHECK(r.maturity.capped_by_skills);
        CHECK(r.maturity.reason == "Level 1: your skills support level 1 and your data supports level 4; the level is "
                                   "the lower of the two, so skills are what holds it back.");
    }
    SECTION("little data is enough for level 2") {
        Session s = caf::new_session(m);
        s.set_answer("plan_skills", Answer::of(2));
        s.set_answer("plan_data", Answer::of(1));
        const auto r = caf::score(m, s);
        CHECK(*r.maturity.level == 2);
        CHECK(r.maturity.basis == "skills level 2, data level 2 \xE2\x86\x92 level 2");
        CHECK(r.maturity.reason == "Level 2: your skills and your data both support level 2.");
    }
    SECTION("no skills yet: not yet at level 1") {
        Session s = caf::new_session(m);
        s.set_answer("plan_skills", Answer::of(0));
        s.set_answer("plan_data", Answer::of(3));
        const auto r = caf::score(m, s);
        CHECK(*r.maturity.level == 0);
        CHECK(r.maturity.basis == "skills below level 1, data level 3 \xE2\x86\x92 not yet at level 1");
        CHECK(r.maturity.reason == "Not yet at level 1: your skills do not yet reach level 1 and your data supports "
                                   "level 3; the level is the lower of the two, so skills are what holds it back.");
        CHECK(r.maturity.info->name == "Not yet at level 1");
    }
    SECTION("one of the two unknown: a provisional 'at most' level") {
        Session s = caf::new_session(m);
        s.set_answer("plan_skills", Answer::of(3));
        auto r = caf::score(m, s);
        CHECK(*r.maturity.level == 3);
        CHECK(r.maturity.provisional);
        CHECK(r.maturity.basis == "skills level 3, data not answered \xE2\x86\x92 at most level 3");
        CHECK(r.maturity.reason ==
              "At most level 3: your skills support level 3; answer the data-readiness question to confirm the level.");
        s.set_answer("plan_data", Answer::dont_know());
        r = caf::score(m, s);
        CHECK(r.maturity.basis == "skills level 3, data don't know \xE2\x86\x92 at most level 3");
    }
}

TEST_CASE("practices compared with the CAF level, in the model's words", "[scoring][practices]") {
    const caf::Model& m = test::mini_model();
    SECTION("aligned") {
        const auto r = caf::score(m, worked_example());   // practices 54.2 -> level 2; CAF level 2
        CHECK(r.comparison.relation == PracticesRelation::Aligned);
        CHECK(r.comparison.practices_level == 2);
        CHECK(r.comparison.sentence == "Practices 54.2 match level 2.");
    }
    SECTION("practices lag the technical level") {
        Session s = caf::new_session(m);
        for (const char* id : {"alpha_one", "alpha_two", "beta_two", "gamma_three"}) s.set_answer(id, Answer::of(1));
        s.set_answer("plan_skills", Answer::of(4));
        s.set_answer("plan_data", Answer::of(4));
        const auto r = caf::score(m, s);
        CHECK(*r.practices == Approx(25.0));
        CHECK(r.comparison.relation == PracticesRelation::Lag);
        CHECK(r.comparison.sentence == "Practices 25 (level 1) lag level 4.");
    }
    SECTION("practices ahead of the technical level") {
        Session s = caf::new_session(m);
        for (const char* id : {"alpha_one", "alpha_two", "beta_two", "gamma_three"}) s.set_answer(id, Answer::of(3));
        s.set_answer("plan_skills", Answer::of(1));
        s.set_answer("plan_data", Answer::of(1));
        const auto r = caf::score(m, s);
        CHECK(r.comparison.relation == PracticesRelation::Ahead);
        CHECK(r.comparison.sentence == "Practices 75 (level 3) are ahead of level 1.");
    }
    SECTION("no comparison while the level is provisional") {
        Session s = caf::new_session(m);
        s.set_answer("alpha_one", Answer::of(3));
        s.set_answer("plan_skills", Answer::of(1));
        CHECK(caf::score(m, s).comparison.relation == PracticesRelation::Unknown);
    }
}

TEST_CASE("questions that do not apply to the profile are not scored or counted", "[scoring][applies]") {
    const caf::Model& m = test::mini_model();
    Session s = caf::new_session(m);
    const caf::Question* ready = m.find_question("r_ready");   // Azure builders only
    REQUIRE(ready);
    CHECK(caf::question_applies(*ready, s));   // approach not answered yet: asked
    s.profile["ai_approach"] = "copilots";
    CHECK_FALSE(caf::question_applies(*ready, s));
    s.profile["ai_approach"] = "iaas";
    CHECK(caf::question_applies(*ready, s));
    CHECK(caf::question_applies(*m.find_question("alpha_one"), s));   // no condition
    // quick checks never count towards coverage or the practices score
    s.set_answer("r_secure", Answer::of(4));
    const auto r = caf::score(m, s);
    CHECK(r.coverage.total == 7);
    CHECK(r.coverage.answered == 0);
    CHECK_FALSE(r.practices);
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
    CHECK(r.find_dimension("gamma")->target == 4);  // level 4
    CHECK(r.find_dimension("gamma")->gap() == 0);
}

TEST_CASE("scoring is deterministic", "[scoring]") {
    const auto a = caf::score(test::mini_model(), worked_example());
    const auto b = caf::score(test::mini_model(), worked_example());
    CHECK(*a.practices == *b.practices);  // bit-identical, not approximately
    CHECK(a.maturity.reason == b.maturity.reason);
    CHECK(a.coverage.message == b.coverage.message);
}

TEST_CASE("answers built in code out of range are clamped, not trusted", "[scoring]") {
    Session s = caf::new_session(test::mini_model());
    s.set_answer("alpha_one", Answer{Answer::Kind::Value, 7});
    s.set_answer("alpha_two", Answer{Answer::Kind::Value, -3});
    s.set_answer("plan_skills", Answer{Answer::Kind::Value, 9});
    s.set_answer("plan_data", Answer{Answer::Kind::Value, -1});
    const auto r = caf::score(test::mini_model(), s);
    // 4 and 0: (1*4 + 2*0) / 12
    CHECK(*r.find_dimension("alpha")->score == Approx(33.333333));
    CHECK(r.find_question("alpha_one")->answer.value == 4);
    CHECK(r.maturity.basis == "skills level 4, data level 1 \xE2\x86\x92 level 1");
}

TEST_CASE("what-if on an unanswered question changes the denominator", "[scoring]") {
    Session s = caf::new_session(test::mini_model());
    s.set_answer("alpha_one", Answer::of(4));
    const auto base = caf::score(test::mini_model(), s);
    CHECK(*base.practices == Approx(100.0));
    // answering alpha_two with 0 adds 8 to the denominator: 4/12
    const auto r = caf::what_if(test::mini_model(), s, "alpha_two", Answer::of(0));
    CHECK(*r.practices == Approx(33.333333));
    // and clearing an answer removes it again
    const auto cleared = caf::what_if(test::mini_model(), s, "alpha_one", Answer::unanswered());
    CHECK_FALSE(cleared.practices);
}
