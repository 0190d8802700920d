// Markdown and JSON reports (report.h).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>


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
    // The CAF level and its basis first; the practices score in its own section (the worked example of
    // test_scoring.cpp: skills 3, data 2; practices (66.7 + 2 x 25 + 100) / 4 = 54.2).
    CHECK(test::contains(md, "## CAF AI maturity\n\n**Level 2 \xE2\x80\x94 Customize (our label)**\n\n"
                             "**Basis:** skills level 3, data level 2 \xE2\x86\x92 level 2\n"));
    CHECK(test::contains(md, "the level is the lower of the two, so data is what holds it back."));
    CHECK(test::contains(md, "**Coverage:** You answered 7 of 7 questions (100%, 1 of them N/A)."));
    CHECK(test::contains(md, "### Practices score\n\n**54.2** of 100. "));
    CHECK(test::contains(md, "Practices 54.2 match level 2."));
    CHECK(test::contains(md, "### Technology fit\n\nAt level 2, these fit: Copilots, Low code and PaaS models."));
    CHECK(test::contains(md, "| AI Strategy | [Alpha](https://learn.microsoft.com/azure/cloud-adoption-framework/scenarios/ai/strategy#identify-ai-use-cases) | 66.7 | 2 | 3 | 2 of 2 | 0 | 0 |"));
    CHECK(test::contains(md, "| **AI Strategy** | **phase score** | **38.9** |"));
    CHECK(test::contains(md, "## What would move the practices score most"));
    CHECK(test::contains(md, "1. [Question beta_two?](https://"));
    CHECK(test::contains(md, ") \xE2\x80\x94 now 1 \xE2\x80\x94 beta_two 1; one step up adds 12.5"));
    CHECK(test::contains(md, "## Checklist: Startup checklist"));
    CHECK(test::contains(md, "### [Strategy](https://learn.microsoft.com/azure/cloud-adoption-framework/scenarios/ai/strategy)"));
    CHECK(test::contains(md, "- [ ] **[Item s_tech]"));
    CHECK(test::contains(md, "\xE2\x80\x94 In progress \xC2\xB7 **Now**"));
    CHECK(test::contains(md, "  - How it was ranked: Priority score 1.60 = weight 1 \xC3\x97 gap 1.00 \xC3\x97 phase 1.6."));
    // Copilot users: Ready and Adopt do not apply; the quick checks nobody answered are to check.
    CHECK(test::contains(md, "\xE2\x80\x94 Not applicable"));
    CHECK(test::contains(md, "\xE2\x80\x94 Check it\n"));
    CHECK(test::contains(md, "The guidance is written for Copilots."));
    CHECK(test::contains(md, "  - CAF edition: From CAF's 2024 edition. Earlier edition."));
    CHECK(test::contains(md, "## Glossary"));
    CHECK(test::contains(md, "| [RAG (retrieval-augmented generation)](https://"));
    CHECK(test::contains(md, "line one line \\| two"));  // a note cannot break the table
    CHECK(test::contains(md, "| [Question beta_one?](https://"));
    CHECK(test::contains(md, ") | N/A | \xE2\x80\x94 | \xE2\x80\x94 | \xE2\x80\x94 |"));
}

TEST_CASE("the JSON report is valid JSON with the documented members", "[report]") {
    const auto r = reports_for(mini_session(), test::mini_model(), test::mini_catalogue());
    const auto j = nlohmann::json::parse(r.json);
    CHECK(j.at("format") == "caf-ai-report");
    const auto& level = j.at("overall").at("caf_level");
    CHECK(level.at("level") == 2);
    CHECK(level.at("skills") == 3);
    CHECK(level.at("data") == 2);
    CHECK(level.at("basis") == "skills level 3, data level 2 \xE2\x86\x92 level 2");
    CHECK(level.at("rule") == test::mini_model().level_rule.explanation);
    CHECK(j.at("overall").at("practices_score") == 54.17);
    CHECK(j.at("overall").at("practices").at("relation") == "aligned");
    const auto& fit = j.at("technology_fit");
    CHECK(fit.at("declared") == "ap_copilots");
    CHECK(fit.at("fits_now") == nlohmann::json::array({"ap_copilots", "ap_low_code", "ap_paas"}));
    CHECK(fit.at("warning").is_null());
    CHECK(fit.at("next_level") == 3);
    CHECK(j.at("followups").is_array());
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
    CHECK(first.at("priority") == "now");     // one of the three largest gaps (3–5 Now items)
    CHECK(first.at("priority_score") == 1.6);
    CHECK(first.at("evidence").size() == 2);
    const auto& manage = roadmap.at("phases").at(6).at("items").at(0);
    CHECK(manage.at("status") == "unverified");
    CHECK(manage.at("priority").is_null());
    CHECK(manage.at("edition").at("from") == "2024");
    CHECK_FALSE(first.at("status_reason").get<std::string>().empty());
    CHECK(r.json.find("\"format\"") < r.json.find("\"overall\""));  // stable order
}

TEST_CASE("reports are identical under any C locale and on every run", "[report]") {
    const caf::Session s = test::real_session("sessions/persona_regulated_enterprise.json");
    const auto a = reports_for(s, test::real_model(), test::real_catalogue());
    const auto b = [&] {
        const test::GermanLocale german;  // a comma decimal separator, checked to be active
        return reports_for(s, test::real_model(), test::real_catalogue());
    }();
    CHECK(a.md == b.md);
    CHECK(a.json == b.json);
    CHECK_NOTHROW(nlohmann::json::parse(a.json));
}

TEST_CASE("reports of an empty session show dashes, not garbage", "[report]") {
    const caf::Session s = caf::new_session(test::real_model());
    const auto r = reports_for(s, test::real_model(), test::real_catalogue());
    CHECK(test::contains(r.md, "**No level yet**\n\n**Basis:** skills not answered, data not answered \xE2\x86\x92 no level yet\n"));
    CHECK(test::contains(r.md, "### Strategy &amp; Plan practices score\n\n**\xE2\x80\x94** of 100."));
    CHECK(test::contains(r.md, "**Not enough answers:** You answered 0 of 37 questions (0%)."));
    CHECK_FALSE(test::contains(r.md, "## What would move the practices score most"));
    CHECK(test::contains(r.md, "No profile answers yet"));
    const auto j = nlohmann::json::parse(r.json);
    CHECK(j.at("overall").at("practices_score").is_null());
    CHECK(j.at("overall").at("caf_level").at("level").is_null());
    CHECK(j.at("coverage").at("status") == "blocked");
    CHECK(j.at("roadmap").at("checklist") == "startup");
}

TEST_CASE("the model, the checklist and a session read the same under a German locale", "[report]") {
    // Numbers in the files keep their '.' whatever the locale: 1.5 must not read as 1 or 15.
    const caf::Model& c_model = test::real_model();  // loaded under "C"
    const caf::Catalogue& c_catalogue = test::real_catalogue();
    const std::string c_session = caf::serialize_session(test::real_session("sessions/persona_regulated_enterprise.json"));
    const test::GermanLocale german;
    const auto model = caf::builtin_model();
    REQUIRE(model.ok());
    const auto catalogue = caf::builtin_catalogue(*model.value);
    REQUIRE(catalogue.ok());
    int fractional = 0;
    for (size_t p = 0; p < c_model.phases.size(); ++p)
        for (size_t d = 0; d < c_model.phases[p].dimensions.size(); ++d) {
            const auto& mine = model.value->phases[p].dimensions[d];
            const auto& theirs = c_model.phases[p].dimensions[d];
            CHECK(mine.weight == theirs.weight);
            for (size_t q = 0; q < theirs.questions.size(); ++q) {
                CHECK(mine.questions[q].weight == theirs.questions[q].weight);
                if (theirs.questions[q].weight != static_cast<int>(theirs.questions[q].weight)) ++fractional;
            }
        }
    for (size_t i = 0; i < c_catalogue.items.size(); ++i) CHECK(catalogue.value->items[i].weight == c_catalogue.items[i].weight);
    CHECK(fractional > 0);  // the model has weights like 1.5 that a comma locale could misread
    CHECK(model.value->coverage.warn_below == c_model.coverage.warn_below);
    CHECK(caf::serialize_session(test::real_session("sessions/persona_regulated_enterprise.json")) == c_session);
}
