// merge (merge.h): hand-computed means, standard deviations and divergence on
// the mini model, the merged session, and the merge sections of the reports.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>

#include "core/export_html.h"
#include "core/export_json.h"
#include "core/export_markdown.h"
#include "core/merge.h"
#include "test_util.h"

using caf::Answer;

namespace {

// Three respondents on the mini model (alpha: alpha_one w1, alpha_two w2;
// beta: beta_one N/A-able, beta_two; gamma: plan_skills, plan_data, gamma_three).
std::vector<caf::Session> respondents() {
    const caf::Model& m = test::mini_model();
    caf::Session r1 = caf::new_session(m), r2 = caf::new_session(m), r3 = caf::new_session(m);
    r1.meta.respondent = "Ann";
    r2.meta.respondent = "Bob";
    r1.profile = {{"org_type", "startup"}, {"ai_approach", "paas"}};
    r2.profile = {{"org_type", "enterprise"}, {"ai_approach", "paas"}};
    r3.profile = {{"ai_approach", "copilots"}};
    // alpha: scores 0, 50, 100
    r1.set_answer("alpha_one", Answer::of(0));
    r1.set_answer("alpha_two", Answer::of(0));
    r2.set_answer("alpha_one", Answer::of(2));
    r2.set_answer("alpha_two", Answer::of(2));
    r3.set_answer("alpha_one", Answer::of(4));
    r3.set_answer("alpha_two", Answer::of(4));
    // beta: scores 50 (2/4), 75 (3/4), 37.5 (3/8)
    r1.set_answer("beta_one", Answer::not_applicable());
    r2.set_answer("beta_one", Answer::not_applicable());
    r3.set_answer("beta_one", Answer::of(1));
    r1.set_answer("beta_two", Answer::of(2));
    r2.set_answer("beta_two", Answer::of(3));
    r3.set_answer("beta_two", Answer::of(2));
    // gamma: plan_skills 2, 3, - ; plan_data 1, 1, 1; gamma_three nobody
    r1.set_answer("plan_skills", Answer::of(2));
    r2.set_answer("plan_skills", Answer::of(3));
    r1.set_answer("plan_data", Answer::of(1));
    r2.set_answer("plan_data", Answer::of(1));
    r3.set_answer("plan_data", Answer::of(1));
    r1.targets["alpha"] = 2;
    r2.targets["alpha"] = 3;
    r1.items["s_tech"].done = true;
    r2.items["s_tech"].done = true;
    r1.items["s_plan"].done = true;
    r1.items["s_plan"].note = "check budget";
    r2.notes["alpha_one"] = "hello";
    r1.meta.updated = "2026-03-01T10:00:00Z";
    r2.meta.updated = "2026-03-04T10:00:00Z";
    return {r1, r2, r3};
}

const caf::DimensionSpread& dim(const caf::Merged& m, const std::string& id) {
    for (const auto& d : m.dimensions)
        if (d.dimension->id == id) return d;
    FAIL("no dimension " << id);
    return m.dimensions.front();
}

const caf::QuestionSpread& question(const caf::Merged& m, const std::string& id) {
    for (const auto& q : m.questions)
        if (q.question->id == id) return q;
    FAIL("no question " << id);
    return m.questions.front();
}

caf::Merged merged() { return caf::merge(test::mini_model(), test::mini_catalogue(), respondents()); }

}  // namespace

TEST_CASE("per-dimension mean, range and standard deviation", "[merge]") {
    const auto m = merged();
    REQUIRE(m.respondents == std::vector<std::string>{"Ann", "Bob", "Respondent 3"});
    const auto& alpha = dim(m, "alpha");
    CHECK(alpha.scored == 3);
    CHECK(*alpha.mean == Approx(50.0));
    CHECK(*alpha.min == Approx(0.0));
    CHECK(*alpha.max == Approx(100.0));
    // sigma of 0, 50, 100 = sqrt(5000 / 3) = 40.8248; in levels / 25
    CHECK(alpha.sigma_levels == Approx(std::sqrt(5000.0 / 3.0) / 25.0));
    CHECK(alpha.level_range == 4);
    CHECK(alpha.divergent);
    CHECK(alpha.why == "levels range from 0 to 4; standard deviation 1.63 levels");

    const auto& beta = dim(m, "beta");
    CHECK(*beta.mean == Approx((50.0 + 75.0 + 37.5) / 3.0));
    const double mean = (50.0 + 75.0 + 37.5) / 3.0;
    const double sigma = std::sqrt((std::pow(50 - mean, 2) + std::pow(75 - mean, 2) + std::pow(37.5 - mean, 2)) / 3.0);
    CHECK(beta.sigma_levels == Approx(sigma / 25.0));  // 0.62: below 1
    CHECK(beta.level_range == 2);                       // levels 2, 3, 1
    CHECK(beta.divergent);                              // by range only
    CHECK(beta.why == "levels range from 1 to 3");

    const auto& gamma = dim(m, "gamma");
    // r1: (2+1)/8 = 37.5, r2: (3+1)/8 = 50, r3: 1/4 = 25 -> levels 1, 2, 1
    CHECK(*gamma.mean == Approx(37.5));
    CHECK(gamma.level_range == 1);
    CHECK_FALSE(gamma.divergent);
    CHECK(gamma.why.empty());
    CHECK(m.divergent_dimensions == 2);
}

TEST_CASE("per-question spread and the merged answer (halves round down)", "[merge]") {
    const auto m = merged();
    const auto& a1 = question(m, "alpha_one");
    CHECK(a1.values == 3);
    CHECK(*a1.mean == Approx(2.0));
    CHECK(a1.min == 0);
    CHECK(a1.max == 4);
    CHECK(a1.stddev == Approx(std::sqrt(8.0 / 3.0)));
    CHECK(a1.merged == Answer::of(2));
    CHECK(a1.divergent);
    const auto& b2 = question(m, "beta_two");
    CHECK(*b2.mean == Approx(7.0 / 3.0));
    CHECK(b2.merged == Answer::of(2));  // 2.33 -> 2
    CHECK_FALSE(b2.divergent);
    CHECK(question(m, "plan_skills").merged == Answer::of(2));  // 2.5 -> 2 (halves down)
    CHECK(question(m, "plan_skills").unanswered == 1);
    CHECK(question(m, "plan_data").stddev == Approx(0.0));
    CHECK(question(m, "beta_one").merged.is_na());  // 2 N/A against 1 value
    CHECK(question(m, "beta_one").not_applicable == 2);
    CHECK_FALSE(question(m, "gamma_three").merged.is_answered());
    CHECK(m.divergent_questions == 2);  // alpha_one and alpha_two (0, 2, 4)
}

TEST_CASE("the merged session: profile majority, targets, ticks, notes, meta", "[merge]") {
    const auto m = merged();
    const caf::Session& s = m.session;
    CHECK(s.profile_answer("ai_approach") == "paas");
    CHECK(s.profile_answer("org_type") == "enterprise");  // 1-1 tie: the later option
    REQUIRE(m.notes.size() == 1);
    CHECK(test::contains(m.notes[0], "a tie between \xE2\x80\x9CStartup\xE2\x80\x9D and \xE2\x80\x9C"));
    CHECK(s.targets.at("alpha") == 3);  // 2.5 -> 3 (halves up)
    CHECK(s.targets.count("beta") == 0);
    CHECK(s.items.at("s_tech").done);       // 2 of 3
    CHECK_FALSE(s.items.at("s_plan").done); // 1 of 3, but its note is kept
    CHECK(s.items.at("s_plan").note == "Ann: check budget");
    CHECK(s.notes.at("alpha_one") == "Bob: hello");
    CHECK(s.meta.title == "Merged view of 3 respondents");
    CHECK(s.meta.respondent == "Ann, Bob, Respondent 3");
    CHECK(s.meta.updated == "2026-03-04T10:00:00Z");
    CHECK(*dim(m, "alpha").merged_score == Approx(50.0));  // merged answers 2 and 2
    // The merged session is a valid session file.
    const auto again = caf::parse_session(caf::serialize_session(s), "m.json", test::mini_model(), test::mini_catalogue());
    INFO(caf::errors_to_string(again.errors));
    CHECK(again.ok());
}

TEST_CASE("with two respondents only the range rule applies", "[merge]") {
    auto rs = respondents();
    rs.pop_back();  // Ann and Bob: alpha levels 0 and 2, gamma 1 and 2
    const auto m = caf::merge(test::mini_model(), test::mini_catalogue(), rs, {"A.json", "B.json"});
    CHECK(m.respondents == std::vector<std::string>{"A.json", "B.json"});
    CHECK(dim(m, "alpha").divergent);
    CHECK(dim(m, "alpha").why == "levels range from 0 to 2");
    CHECK_FALSE(dim(m, "gamma").divergent);
}

TEST_CASE("merging nothing or one session", "[merge]") {
    const auto none = caf::merge(test::mini_model(), test::mini_catalogue(), {});
    CHECK(none.respondents.empty());
    CHECK(none.session.answers.empty());
    const auto one = caf::merge(test::mini_model(), test::mini_catalogue(), {respondents()[1]});
    CHECK(one.session.notes.at("alpha_one") == "hello");  // no name prefix for one respondent
    CHECK(one.divergent_dimensions == 0);
}

TEST_CASE("the merge appears in Markdown, HTML and JSON, and its roadmap is generated", "[merge][export]") {
    const auto m = merged();
    const auto& model = test::mini_model();
    const auto& cat = test::mini_catalogue();
    caf::ExportContext ctx;
    ctx.merged = &m;
    const auto a = caf::assess(model, cat, m.session);
    CHECK(a.roadmap.counts.total > 0);
    const std::string md = caf::report_markdown(model, cat, m.session, a, ctx);
    INFO(md);
    CHECK(test::contains(md, "# Merged view of 3 respondents"));
    CHECK(test::contains(md, "## Respondents and divergence\n"));
    CHECK(test::contains(md, "| Alpha | 3 | 50 | 0 | 100 | 1.63 | 50 | **yes** (levels range from 0 to 4; standard deviation 1.63 levels) |"));
    CHECK(test::contains(md, "### Questions to discuss"));
    CHECK(test::contains(md, "### How the merge decided"));
    const std::string html = caf::report_html(model, cat, m.session, a, ctx);
    CHECK(test::contains(html, "<h2 id=\"merge-h\">Respondents and divergence</h2>"));
    const auto j = nlohmann::json::parse(caf::merge_json(model, m));
    CHECK(j.at("format") == "caf-ai-merge");
    CHECK(j.at("dimensions").at(0).at("sigma_levels") == 1.63);
    CHECK(j.at("dimensions").at(0).at("scores") == nlohmann::json::array({0.0, 50.0, 100.0}));
    CHECK(j.at("questions").at(0).at("merged") == 2);
    CHECK(j.at("session").at("format") == "caf-ai-session");
}
