// The autosave envelope: round trip, and unreadable stored data rejected whole.
#include "core/autosave.h"
#include "test_util.h"

using namespace caf;

TEST_CASE("an autosave round-trips the session and where the user was", "[autosave]") {
    const Model& m = test::real_model();
    Autosave a;
    a.session = new_session(m);
    a.session.profile["org_type"] = "startup";
    a.session.set_answer("plan_skills_level", Answer::of(3));
    a.session.set_answer("plan_partners", Answer::not_applicable());
    a.session.notes["plan_skills_level"] = "Two engineers shipped a RAG bot \"in prod\"";
    a.view.step = Step::Assessment;
    a.view.question = "plan_partners";
    a.view.theme = "dark";
    a.view.text_scale = 1.25;
    a.saved_at = "2026-11-23T10:00:00Z";

    const auto back = parse_autosave(serialize_autosave(a), m, test::real_catalogue());
    REQUIRE(back.ok());
    CHECK(back.value->session.profile_answer("org_type") == "startup");
    CHECK(back.value->session.answer("plan_skills_level") == Answer::of(3));
    CHECK(back.value->session.answer("plan_partners").is_na());
    CHECK(back.value->session.notes.at("plan_skills_level") == "Two engineers shipped a RAG bot \"in prod\"");
    CHECK(back.value->view.step == Step::Assessment);
    CHECK(back.value->view.question == "plan_partners");
    CHECK(back.value->view.theme == "dark");
    CHECK(back.value->view.text_scale == Approx(1.25));
}

TEST_CASE("unreadable stored data is rejected with the reason", "[autosave]") {
    const Model& m = test::real_model();
    const Catalogue& c = test::real_catalogue();
    auto error_of = [&](const std::string& text) {
        const auto r = parse_autosave(text, m, c);
        REQUIRE_FALSE(r.ok());
        REQUIRE_FALSE(r.value.has_value());
        return r.errors.front().to_string();
    };
    CHECK(test::contains(error_of("{\"format\":\"caf-ai-autosave\",\"format_ver"), "not valid JSON"));
    CHECK(test::contains(error_of("[]"), "must be a JSON object"));
    CHECK(test::contains(error_of("{\"format\":\"something-else\"}"), "/format"));
    CHECK(test::contains(error_of("{\"format\":\"caf-ai-autosave\",\"format_version\":9,\"session\":{}}"),
                         "this version of the app reads version 1"));
    CHECK(test::contains(error_of("{\"format\":\"caf-ai-autosave\",\"format_version\":1}"), "/session"));

    Autosave a;
    a.session = new_session(m);
    std::string text = serialize_autosave(a);
    const std::string needle = "\"answers\":{}";
    REQUIRE(text.find(needle) != std::string::npos);
    text.replace(text.find(needle), needle.size(), "\"answers\":{\"plan_skills_level\":7}");
    CHECK(test::contains(error_of(text), "/session/answers/plan_skills_level"));
}

TEST_CASE("odd view state falls back to defaults instead of failing", "[autosave]") {
    const Model& m = test::real_model();
    Autosave a;
    a.session = new_session(m);
    std::string text = serialize_autosave(a);
    text.replace(text.find("\"step\":\"welcome\""), 16, "\"step\":\"nowhere\"");
    text.replace(text.find("\"theme\":\"light\""), 15, "\"theme\":\"neon\"");
    const auto r = parse_autosave(text, m, test::real_catalogue());
    REQUIRE(r.ok());
    CHECK(r.value->view.step == Step::Welcome);
    CHECK(r.value->view.theme == "light");
}
