// Markdown and JSON reports (report.h).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <clocale>

#include "core/report.h"
#include "test_util.h"

namespace {

struct Reports {
    std::string md, json;
};

Reports reports_for(const caf::Session& s, const caf::Model& m, const caf::Catalogue& c) {
    const auto a = caf::assess(m, c, s);
    return {caf::report_markdown(m, c, s, a), caf::report_json(m, c, s, a)};
}

caf::Session mini_session() {
    caf::Session s = caf::new_session(test::mini_model());
    s.meta.title = "Mini | test <b>";
    s.profile = {{"org_type", "startup"}, {"ai_approach", "copilots"}};
    s.set_answer("alpha_one", caf::Answer::of(2));
    s.set_answer("alpha_two", caf::Answer::of(3));
    s.set_answer("beta_one", caf::Answer::not_applicable());
    s.set_answer("beta_two", caf::Answer::of(1));
    s.set_answer("plan_skills", caf::Answer::of(3));
    s.set_answer("plan_data", caf::Answer::of(2));
    s.set_answer("gamma_three", caf::Answer::of(4));
    s.notes["alpha_one"] = "line one\nline | two";
    return s;
}

}  // namespace

TEST_CASE("the Markdown report has every part, escaped", "[report]") {
    const auto r = reports_for(mini_session(), test::mini_model(), test::mini_catalogue());
    const std::string& md = r.md;
    INFO(md);
    CHECK(md.rfind("# Mini \\| test &lt;b&gt;\n", 0) == 0);
    CHECK(test::contains(md, "**Level 2 \xE2\x80\x94 Customize**\n\nOverall score **47.9** of 100\n"));
    CHECK(test::contains(md, "your data readiness answer (2) and overall score 47.9"));
    CHECK(test::contains(md, "**Coverage:** You answered 7 of 7 questions (100%, 1 of them N/A)."));
    CHECK(test::contains(md, "| AI Strategy | [Alpha](https://learn.microsoft.com/azure/cloud-adoption-framework/scenarios/ai/strategy#identify-ai-use-cases) | 66.7 | 2 | 3 | 2 of 2 | 0 |"));
    CHECK(test::contains(md, "| **AI Strategy** | **phase score** | **38.9** |"));
    CHECK(test::contains(md, "## What would move the score most"));
    CHECK(test::contains(md, "1. [Question beta_two?](https://"));
    CHECK(test::contains(md, ") \xE2\x80\x94 now 1 \xE2\x80\x94 beta_two 1; one step up adds 12.5"));
    CHECK(test::contains(md, "## Checklist: Startup checklist"));
    CHECK(test::contains(md, "### [Strategy](https://learn.microsoft.com/azure/cloud-adoption-framework/scenarios/ai/strategy)"));
    CHECK(test::contains(md, "- [x] **[Item s_adopt]"));
    CHECK(test::contains(md, "\xE2\x80\x94 In progress \xC2\xB7 **Now**"));
    CHECK(test::contains(md, "Not applicable"));
    CHECK(test::contains(md, "line one line \\| two"));  // a note cannot break the table
    CHECK(test::contains(md, "| [Question beta_one?](https://"));
    CHECK(test::contains(md, ") | N/A | \xE2\x80\x94 | \xE2\x80\x94 | \xE2\x80\x94 |"));
}

TEST_CASE("the JSON report is valid JSON with the documented members", "[report]") {
    const auto r = reports_for(mini_session(), test::mini_model(), test::mini_catalogue());
    const auto j = nlohmann::json::parse(r.json);
    CHECK(j.at("format") == "caf-ai-report");
    CHECK(j.at("overall").at("score") == 47.92);
    CHECK(j.at("overall").at("level") == 2);
    CHECK(j.at("overall").at("capped_by") == nlohmann::json::array({"data", "score"}));
    CHECK(j.at("coverage").at("status") == "ok");
    CHECK(j.at("phases").at(0).at("dimensions").at(0).at("score") == 66.67);
    CHECK(j.at("phases").at(0).at("dimensions").at(1).at("questions").at(0).at("answer") == "na");
    CHECK(j.at("recommendation").at("chosen") == "startup");
    const auto& roadmap = j.at("roadmap");
    CHECK(roadmap.at("phases").size() == 7);
    CHECK(roadmap.at("counts").at("total") == 7);
    const auto& first = roadmap.at("phases").at(0).at("items").at(0);
    CHECK(first.at("id") == "s_tech");
    CHECK(first.at("status") == "in_progress");
    CHECK(first.at("priority") == "next");
    CHECK(first.at("priority_score") == 1.6);
    CHECK_FALSE(first.at("status_reason").get<std::string>().empty());
    CHECK(r.json.find("\"format\"") < r.json.find("\"overall\""));  // stable order
}

TEST_CASE("reports are identical under any C locale and on every run", "[report]") {
    const caf::Session s = test::real_session("sessions/persona_regulated_enterprise.json");
    const auto a = reports_for(s, test::real_model(), test::real_catalogue());
    for (const char* name : {"de_DE.UTF-8", "fr_FR.UTF-8", "C.UTF-8"})
        if (std::setlocale(LC_ALL, name)) break;
    const auto b = reports_for(s, test::real_model(), test::real_catalogue());
    std::setlocale(LC_ALL, "C");
    CHECK(a.md == b.md);
    CHECK(a.json == b.json);
    CHECK_NOTHROW(nlohmann::json::parse(a.json));
}

TEST_CASE("reports of an empty session show dashes, not garbage", "[report]") {
    const caf::Session s = caf::new_session(test::real_model());
    const auto r = reports_for(s, test::real_model(), test::real_catalogue());
    CHECK(test::contains(r.md, "**Level 0 \xE2\x80\x94 Not started**\n\nOverall score **\xE2\x80\x94** of 100\n"));
    CHECK(test::contains(r.md, "**Not enough answers:** You answered 0 of 40 questions (0%)."));
    CHECK_FALSE(test::contains(r.md, "## What would move the score most"));
    CHECK(test::contains(r.md, "No profile answers yet"));
    const auto j = nlohmann::json::parse(r.json);
    CHECK(j.at("overall").at("score").is_null());
    CHECK(j.at("coverage").at("status") == "blocked");
    CHECK(j.at("roadmap").at("checklist") == "startup");
}
