// Broken model, checklist and session files are rejected with the expected
// errors (tests/fixtures/bad/manifest.json lists file -> expected substrings).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/document.h"
#include "test_util.h"

namespace {

std::string load_errors(const std::string& kind, const std::string& file, const std::string& text, bool& has_value) {
    if (kind == "model") {
        auto r = caf::load_model(text, file);
        has_value = r.value.has_value();
        return caf::errors_to_string(r.errors);
    }
    if (kind == "checklist") {
        auto r = caf::load_catalogue(text, file, test::mini_model());
        has_value = r.value.has_value();
        return caf::errors_to_string(r.errors);
    }
    auto r = caf::parse_session(text, file, test::mini_model(), test::mini_catalogue());
    has_value = r.value.has_value();
    return caf::errors_to_string(r.errors);
}

}  // namespace

TEST_CASE("every broken fixture is rejected with its expected errors", "[bad][loader]") {
    const auto manifest = nlohmann::json::parse(test::read_fixture("bad/manifest.json"));
    const auto& cases = manifest.at("cases");
    REQUIRE(cases.size() >= 40);
    for (const auto& c : cases) {
        const std::string file = c.at("file").get<std::string>();
        const std::string kind = c.at("kind").get<std::string>();
        DYNAMIC_SECTION(file) {
            const std::string text = test::read_fixture("bad/" + file);
            bool has_value = true;
            const std::string errors = load_errors(kind, file, text, has_value);
            INFO("errors:\n" << errors);
            CHECK_FALSE(has_value);  // nothing half-loaded
            CHECK_FALSE(errors.empty());
            for (const auto& e : c.at("expect")) CHECK(test::contains(errors, e.get<std::string>()));
        }
    }
}

TEST_CASE("the mini fixtures load cleanly", "[loader]") {
    const caf::Model& m = test::mini_model();
    CHECK(m.id == "mini-model");
    CHECK(m.levels.size() == 5);
    CHECK(m.phases.size() == 2);
    CHECK(m.question_count() == 11);   // 7 Strategy and Plan questions and 4 quick checks
    REQUIRE(m.find_question("beta_one"));
    CHECK(m.find_question("beta_one")->allow_na);
    CHECK(m.find_question("alpha_two")->weight == 2.0);
    CHECK(m.dimension_of("plan_data")->id == "gamma");
    CHECK(m.phase_of_dimension("beta")->id == "strategy");
    CHECK(m.find_profile("org_type")->find_option("public_sector")->label == "Public sector");
    CHECK(m.find_question("nope") == nullptr);
    // 2.0 additions: roles, quick checks, approaches, glossary, migrations
    CHECK(m.find_question("plan_skills")->role == caf::QuestionRole::Level);
    CHECK(m.find_question("alpha_one")->role == caf::QuestionRole::Practice);
    CHECK(m.find_question("alpha_one")->evidence_to_ask == "Evidence for alpha_one");
    REQUIRE(m.find_question("r_ready"));
    CHECK(m.find_question("r_ready")->role == caf::QuestionRole::Check);
    CHECK(m.dimension_of("r_ready") == nullptr);
    CHECK(m.readiness_group_of("r_ready")->phase == "ready");
    CHECK(m.find_question("r_ready")->applies_when.at("ai_approach").size() == 3);
    CHECK(m.levels[0].name == "Not yet at level 1");
    CHECK(m.levels[1].app_label);
    CHECK(m.level_rule.data_support[1] == 2);
    CHECK(m.approaches.size() == 6);
    CHECK(m.find_approach("ap_paas")->min_level == 2);
    CHECK(m.glossary.at(0).term == "RAG");
    CHECK(m.find_migration("1")->questions.at("old_alpha") == "alpha_one");
    CHECK(m.find_migration("2") == nullptr);

    const caf::Catalogue& c = test::mini_catalogue();
    CHECK(c.phases.size() == 7);
    CHECK(c.phase_index("secure") == 4);
    CHECK(c.find_item("s_ready")->on_path("azure"));
    CHECK_FALSE(c.find_item("s_ready")->on_path("copilot"));
    CHECK(c.find_item("s_tech")->on_path("copilot"));   // no paths: every path
    CHECK(c.find_item("s_secure")->paths.at("copilot") == "Copilot secure text");
    CHECK(c.path_of_approach("iaas")->id == "azure");
    CHECK(c.path_of_approach("mixed") == nullptr);
    CHECK(c.find_item("s_manage")->edition.from == "2024");
    CHECK(c.item_migrations.at("old_tech") == "s_tech");
    CHECK(c.find_item("s_manage")->in_checklist("enterprise"));
}

TEST_CASE("load errors name file, pointer and message", "[loader]") {
    caf::LoadError e{"data/model.json", "/levels/2/level", "must be 2"};
    CHECK(e.to_string() == "data/model.json:/levels/2/level: must be 2");
    caf::LoadError whole{"x.json", "", "is not valid JSON"};
    CHECK(whole.to_string() == "x.json: is not valid JSON");
}

TEST_CASE("JSON pointers escape ~ and /", "[loader]") {
    auto s = caf::parse_session(R"({"format":"caf-ai-session","format_version":1,
        "model":{"id":"mini-model","version":"1.0.0"},"profile":{},"answers":{"a/b~c":1}})",
                                "s.json", test::mini_model(), test::mini_catalogue());
    REQUIRE_FALSE(s.ok());
    CHECK(test::contains(caf::errors_to_string(s.errors), "s.json:/answers/a~1b~0c: unknown question"));
}

TEST_CASE("documents are told apart by content", "[loader][document]") {
    using caf::DocumentKind;
    CHECK(*caf::detect_document_kind(test::read_fixture("mini/model.json"), "m").value == DocumentKind::Model);
    CHECK(*caf::detect_document_kind(test::read_fixture("mini/checklist.json"), "c").value ==
          DocumentKind::Catalogue);
    CHECK(*caf::detect_document_kind(test::read_fixture("bad/session_wrong_format.json"), "s").value ==
          DocumentKind::Session);
    auto unknown = caf::detect_document_kind(R"({"hello": 1})", "h.json");
    REQUIRE_FALSE(unknown.ok());
    CHECK(test::contains(unknown.errors.at(0).to_string(), "h.json: is neither a session"));
    auto broken = caf::detect_document_kind("{", "b.json");
    REQUIRE_FALSE(broken.ok());
    CHECK(test::contains(broken.errors.at(0).to_string(), "b.json: is not valid JSON"));
}
