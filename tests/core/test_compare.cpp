// compare (compare.h): hand-computed deltas on the mini model, item changes,
// and the comparison sections of the Markdown and HTML reports.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/compare.h"
#include "core/export_html.h"
#include "core/export_json.h"
#include "core/export_markdown.h"
#include "test_util.h"

using caf::Answer;

namespace {

// Mini model: alpha (alpha_one w1, alpha_two w2), beta (beta_one NA-able,
// beta_two), gamma (plan_skills and plan_data: level questions; gamma_three NA-able).
caf::Session before_session() {
    caf::Session s = caf::new_session(test::mini_model());
    s.profile = {{"org_type", "startup"}};
    s.set_answer("alpha_one", Answer::of(1));
    s.set_answer("alpha_two", Answer::of(1));
    s.set_answer("plan_skills", Answer::of(3));
    s.set_answer("plan_data", Answer::of(3));
    s.set_answer("gamma_three", Answer::of(3));
    s.meta.updated = "2026-01-15T09:00:00Z";
    return s;
}

caf::Session after_session() {
    caf::Session s = before_session();
    s.set_answer("alpha_one", Answer::of(3));
    s.set_answer("alpha_two", Answer::of(3));
    s.set_answer("plan_data", Answer::of(2));
    s.set_answer("gamma_three", Answer::of(2));
    s.set_answer("beta_one", Answer::not_applicable());
    s.profile["ai_approach"] = "paas";
    s.meta.updated = "2026-04-20T09:00:00Z";
    return s;
}

const caf::DimensionDelta& dim(const caf::Comparison& c, const std::string& id) {
    for (const auto& d : c.dimensions)
        if (d.dimension->id == id) return d;
    FAIL("no dimension " << id);
    return c.dimensions.front();
}

const caf::ItemChange* item(const caf::Comparison& c, const std::string& id) {
    for (const auto& i : c.items)
        if (i.item->id == id) return &i;
    return nullptr;
}

}  // namespace

TEST_CASE("dimension, practices and level deltas are after minus before", "[compare]") {
    const auto c = caf::compare(test::mini_model(), test::mini_catalogue(), before_session(), after_session());
    CHECK(c.before_label == "2026-01-15");
    CHECK(c.after_label == "2026-04-20");
    REQUIRE(c.dimensions.size() == 3);
    const auto& alpha = dim(c, "alpha");
    CHECK(alpha.before == Approx(25.0));  // (1*1 + 1*2) / 12
    CHECK(alpha.after == Approx(75.0));   // (3*1 + 3*2) / 12
    CHECK(*alpha.delta() == Approx(50.0));
    CHECK(*alpha.level_before == 1);
    CHECK(*alpha.level_after == 3);
    const auto& gamma = dim(c, "gamma");   // gamma_three only: the level questions are not practices
    CHECK(gamma.before == Approx(75.0));   // 3 of 4
    CHECK(gamma.after == Approx(50.0));    // 2 of 4
    CHECK(*gamma.delta() == Approx(-25.0));
    CHECK_FALSE(dim(c, "beta").before.has_value());  // nothing answered
    CHECK_FALSE(dim(c, "beta").delta().has_value());
    // Practices: weighted mean of the dimensions that have a score (alpha w1, gamma w1).
    CHECK(*c.practices_before == Approx(50.0));
    CHECK(*c.practices_after == Approx(62.5));
    CHECK(*c.practices_delta() == Approx(12.5));
    // CAF level: skills 3, data 3 -> 3; data down to 2 -> 2
    CHECK(*c.level_before == 3);
    CHECK(*c.level_after == 2);
}

TEST_CASE("changed answers are listed with their direction", "[compare]") {
    const auto c = caf::compare(test::mini_model(), test::mini_catalogue(), before_session(), after_session());
    REQUIRE(c.answers.size() == 5);  // alpha_one, alpha_two, beta_one, plan_data, gamma_three (model order)
    CHECK(c.answers[0].question->id == "alpha_one");
    CHECK(c.answers[0].direction == 1);
    CHECK(c.answers[2].question->id == "beta_one");
    CHECK(c.answers[2].direction == 0);
    CHECK(c.answers[2].after.is_na());
    CHECK(c.answers[3].question->id == "plan_data");
    CHECK(c.answers[3].direction == -1);
    CHECK(c.answers[4].question->id == "gamma_three");
    CHECK(c.answers_up == 2);
    CHECK(c.answers_down == 2);
    REQUIRE(c.profile.size() == 1);
    CHECK(c.profile[0].question->id == "ai_approach");
    CHECK(c.profile[0].before.empty());
    CHECK(c.profile[0].after == "paas");
}

TEST_CASE("checklist items newly done and regressed", "[compare]") {
    const auto c = caf::compare(test::mini_model(), test::mini_catalogue(), before_session(), after_session());
    const auto* tech = item(c, "s_tech");  // evidence alpha_one, alpha_two: 1,1 -> 3,3
    REQUIRE(tech);
    CHECK(tech->kind == caf::ItemChangeKind::NewlyDone);
    CHECK(*tech->before == caf::ItemStatus::InProgress);
    CHECK(*tech->after == caf::ItemStatus::Done);
    const auto* plan = item(c, "s_plan");  // evidence plan_skills, plan_data: 3,3 -> 3,2
    REQUIRE(plan);
    CHECK(plan->kind == caf::ItemChangeKind::Regressed);
    CHECK(*plan->after == caf::ItemStatus::InProgress);
    CHECK(plan->priority_after.has_value());
    CHECK(c.newly_done == 1);
    CHECK(c.regressed == 1);
    CHECK(item(c, "s_manage") == nullptr);  // unchanged: not listed
}

TEST_CASE("quick-check answers and don't-know answers count as changes", "[compare]") {
    caf::Session b = before_session();
    caf::Session a = before_session();
    a.set_answer("r_secure", Answer::of(3));
    a.set_answer("alpha_one", Answer::dont_know());
    const auto c = caf::compare(test::mini_model(), test::mini_catalogue(), b, a);
    REQUIRE(c.answers.size() == 2);
    CHECK(c.answers[0].question->id == "alpha_one");
    CHECK(c.answers[0].after.is_dont_know());
    CHECK(c.answers[0].direction == 0);
    CHECK(c.answers[1].question->id == "r_secure");
    CHECK_FALSE(c.answers[1].dimension);
    CHECK(c.answers[1].group->phase == "secure");
}

TEST_CASE("a manual tick counts as newly done, a switch of checklist adds and removes items", "[compare]") {
    caf::Session b = before_session();
    caf::Session a = before_session();
    a.items["s_manage"].done = true;
    a.checklist_choice = caf::ChecklistChoice::Enterprise;
    const auto c = caf::compare(test::mini_model(), test::mini_catalogue(), b, a);
    CHECK(item(c, "s_manage")->kind == caf::ItemChangeKind::NewlyDone);
    CHECK(item(c, "e_beta")->kind == caf::ItemChangeKind::Added);
    CHECK_FALSE(item(c, "e_beta")->before.has_value());
    CHECK(item(c, "s_plan")->kind == caf::ItemChangeKind::Removed);
    CHECK(c.checklist_before->id == "startup");
    CHECK(c.checklist_after->id == "enterprise");
}

TEST_CASE("the same session compared with itself shows no change", "[compare]") {
    const auto s = test::real_session("sessions/persona_regulated_enterprise.json");
    const auto c = caf::compare(test::real_model(), test::real_catalogue(), s, s);
    CHECK(c.unchanged());
    CHECK(c.before_label == "earlier (2026-11-23)");
    for (const auto& d : c.dimensions) CHECK(*d.delta() == Approx(0.0));
}

TEST_CASE("the comparison appears in Markdown, HTML and JSON", "[compare][export]") {
    const auto& m = test::mini_model();
    const auto& cat = test::mini_catalogue();
    const auto b = before_session(), a = after_session();
    auto c = caf::compare(m, cat, b, a);
    c.before_label = "Q1 <draft>";
    const std::string md = caf::comparison_markdown(c);
    INFO(md);
    CHECK(md.rfind("# Changes: Q1 &lt;draft&gt; \xE2\x86\x92 2026-04-20\n", 0) == 0);
    CHECK(test::contains(md, "| Practices score | 50 | 62.5 | +12.5 |"));
    CHECK(test::contains(md, "| CAF level | Level 3 \xE2\x80\x94 Ground &amp; train (our label) | Level 2 \xE2\x80\x94 "
                             "Customize (our label) | -1 |"));
    CHECK(test::contains(md, "| AI Strategy | Alpha | 25 | 75 | +50 | 1 \xE2\x86\x92 3 |"));
    CHECK(test::contains(md, "| AI Plan | Gamma | 75 | 50 | -25 | 3 \xE2\x86\x92 2 |"));
    CHECK(test::contains(md, "- **Newly done:** [Item s_tech]"));
    CHECK(test::contains(md, "- **Regressed:** [Item s_plan]"));
    CHECK(test::contains(md, "5 answers changed: 2 up, 2 down."));
    CHECK(test::contains(md, "| Profile | "));

    caf::ExportContext ctx;
    ctx.comparison = &c;
    const auto assessment = caf::assess(m, cat, a);
    const std::string report = caf::report_markdown(m, cat, a, assessment, ctx);
    CHECK(test::contains(report, "## Changes since Q1 &lt;draft&gt;\n"));
    const std::string html = caf::report_html(m, cat, a, assessment, ctx);
    CHECK(test::contains(html, "<h2 id=\"changes-h\">Changes since Q1 &lt;draft&gt;</h2>"));
    CHECK(test::contains(html, "<td class=\"num up\">+50</td>"));

    const auto j = nlohmann::json::parse(caf::comparison_json(m, c));
    CHECK(j.at("format") == "caf-ai-comparison");
    CHECK(j.at("practices_delta") == 12.5);
    CHECK(j.at("level_delta") == -1);
    CHECK(j.at("dimensions").at(0).at("delta") == 50.0);
    CHECK(j.at("dimensions").at(1).at("delta").is_null());
    CHECK(j.at("counts").at("newly_done") == 1);
    CHECK(j.at("items").size() == c.items.size());
}
