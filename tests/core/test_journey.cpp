// View logic outside ImGui: steps, question order, moving between questions,
// per-dimension completion and the answer keys.
#include "core/journey.h"
#include "test_util.h"

using namespace caf;

TEST_CASE("steps run Welcome, Profile, Assessment, Results, Roadmap and back", "[journey]") {
    CHECK(next_step(Step::Welcome) == Step::Profile);
    CHECK(next_step(Step::Profile) == Step::Assessment);
    CHECK(next_step(Step::Assessment) == Step::Results);
    CHECK(next_step(Step::Results) == Step::Roadmap);
    CHECK(next_step(Step::Roadmap) == Step::Roadmap);
    CHECK(previous_step(Step::Roadmap) == Step::Results);
    CHECK(previous_step(Step::Assessment) == Step::Profile);
    CHECK(previous_step(Step::Welcome) == Step::Welcome);
    for (Step s : {Step::Welcome, Step::Profile, Step::Assessment, Step::Results, Step::Roadmap})
        CHECK(parse_step(step_id(s)) == s);
    CHECK_FALSE(parse_step("settings").has_value());
}

TEST_CASE("the question sequence follows phase, dimension and question order, then the quick checks", "[journey]") {
    const Session none = new_session(test::mini_model());
    const auto seq = question_sequence(test::mini_model(), none);
    REQUIRE(seq.size() == 11);
    CHECK(seq[0].question->id == "alpha_one");
    CHECK(seq[1].question->id == "alpha_two");
    CHECK(seq[2].question->id == "beta_one");
    CHECK(seq[2].dimension->id == "beta");
    CHECK(seq[2].index_in_dimension == 0);
    CHECK(seq[4].phase->id == "plan");
    CHECK(seq[6].question->id == "gamma_three");
    CHECK(seq[6].index == 6);
    CHECK(index_of(seq, "plan_data") == 5);
    CHECK_FALSE(index_of(seq, "nope").has_value());
    // quick checks follow, grouped by later phase
    CHECK(seq[7].question->id == "r_ready");
    CHECK_FALSE(seq[7].dimension);
    CHECK(seq[7].group->phase == "ready");
    CHECK(seq[7].section_name() == "Ready");
    CHECK(seq[9].question->id == "r_copilot");
    CHECK(seq[9].index_in_dimension == 1);
    CHECK(seq[2].section_name() == "Beta");
}

TEST_CASE("questions that do not apply to the profile are not asked", "[journey][applies]") {
    const Model& m = test::mini_model();
    Session s = new_session(m);
    s.profile["ai_approach"] = "copilots";
    auto seq = question_sequence(m, s);
    REQUIRE(seq.size() == 10);   // no r_ready: it is for Azure builders
    CHECK_FALSE(index_of(seq, "r_ready").has_value());
    CHECK(index_of(seq, "r_secure") == 7);
    CHECK(seq[7].index_in_dimension == 0);
    s.profile["ai_approach"] = "paas";
    seq = question_sequence(m, s);
    REQUIRE(seq.size() == 10);   // no r_copilot
    CHECK(index_of(seq, "r_ready") == 7);
    CHECK_FALSE(index_of(seq, "r_copilot").has_value());
    const auto progress = dimension_progress(m, s);
    REQUIRE(progress.size() == 6);   // alpha, beta, gamma, Ready, Secure, Govern
    CHECK(progress[4].name == "Secure");
    CHECK(progress[4].total == 1);
    CHECK(progress[4].group->phase == "secure");
    CHECK(progress[4].first_index == 8);
}

TEST_CASE("next and previous stop at the ends", "[journey]") {
    CHECK(next_question(0, 7) == 1);
    CHECK(next_question(6, 7) == 6);
    CHECK(previous_question(0, 7) == 0);
    CHECK(previous_question(3, 7) == 2);
    CHECK(previous_question(9, 7) == 6);
    CHECK(next_question(0, 0) == 0);
}

TEST_CASE("dimension progress counts answers and N/A, and finds the next unanswered question", "[journey]") {
    const Model& m = test::mini_model();
    Session s = new_session(m);
    s.set_answer("alpha_one", Answer::of(2));
    s.set_answer("beta_one", Answer::not_applicable());
    s.set_answer("beta_two", Answer::of(0));

    const auto progress = dimension_progress(m, s);
    REQUIRE(progress.size() == 6);
    CHECK(progress[0].answered == 1);
    CHECK(progress[0].total == 2);
    CHECK_FALSE(progress[0].complete());
    CHECK(progress[1].complete());
    CHECK(progress[1].first_index == 2);
    CHECK(progress[2].first_index == 4);
    CHECK(answered_share(m, s) == Approx(3.0 / 11.0));
    // "don't know" is an answer: the question is not open any more
    s.set_answer("r_secure", Answer::dont_know());
    CHECK(dimension_progress(m, s)[4].complete() == false);   // r_copilot still open
    CHECK(dimension_progress(m, s)[4].answered == 1);

    const auto seq = question_sequence(m, s);
    CHECK(next_unanswered(seq, s, 0) == 1);      // alpha_two
    CHECK(next_unanswered(seq, s, 2) == 4);      // skips the answered beta questions
    for (const auto& r : seq) s.set_answer(r.question->id, Answer::of(1));
    CHECK_FALSE(next_unanswered(seq, s, 0).has_value());
}

TEST_CASE("number keys choose levels and N chooses N/A only where allowed", "[journey]") {
    const Model& m = test::mini_model();
    const Question& no_na = *m.find_question("alpha_one");
    const Question& with_na = *m.find_question("beta_one");
    CHECK(answer_for_key('0', no_na) == Answer::of(0));
    CHECK(answer_for_key('4', no_na) == Answer::of(4));
    CHECK_FALSE(answer_for_key('5', no_na).has_value());
    CHECK_FALSE(answer_for_key('n', no_na).has_value());
    CHECK(answer_for_key('n', with_na) == Answer::not_applicable());
    CHECK(answer_for_key('N', with_na) == Answer::not_applicable());
    // "don't know" is always allowed
    CHECK(answer_for_key('?', no_na) == Answer::dont_know());
    CHECK(answer_for_key('d', no_na) == Answer::dont_know());
    CHECK(answer_for_key('D', with_na) == Answer::dont_know());
}

TEST_CASE("the question count range covers the fewest and the most any approach is asked", "[journey][applies]") {
    // data/model.json: 17 questions are asked only of some AI approaches; Copilots
    // skip all of them (51 asked), IaaS and mixed are asked every one (68).
    const Model& m = test::real_model();
    const QuestionCountRange r = question_count_range(m);
    CHECK(r.most == int(m.question_count()));
    CHECK(r.most == 68);
    CHECK(r.fewest == 51);
}
