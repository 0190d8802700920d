#include <catch2/catch.hpp>

#include "core/session_io.h"
#include "test_util.h"

using caf::Answer;
using caf::ChecklistChoice;

namespace {

caf::Loaded<caf::Session> parse(const std::string& text) {
    return caf::parse_session(text, "s.json", test::mini_model(), test::mini_catalogue());
}

const char* kFull = R"({
  "format": "caf-ai-session", "format_version": 2,
  "model": {"id": "mini-model", "version": "2.0.0"},
  "profile": {"org_type": "startup", "ai_approach": "paas", "workloads": null},
  "answers": {"alpha_one": 2, "beta_one": "na", "plan_data": 0, "alpha_two": null, "beta_two": "unknown", "r_secure": 3},
  "notes": {"alpha_one": "Backlog in Azure Boards", "beta_two": ""},
  "targets": {"alpha": 4},
  "checklist": {"choice": "enterprise", "items": {"s_tech": {"done": true, "note": "ADR-12"}, "s_plan": {"done": false}}},
  "meta": {"title": "Contoso", "respondent": "CTO", "updated": "2026-11-23T10:00:00Z"}
})";

}  // namespace

TEST_CASE("a full session parses into the right values", "[session]") {
    const auto r = parse(kFull);
    INFO(caf::errors_to_string(r.errors));
    REQUIRE(r.ok());
    const caf::Session& s = *r.value;
    CHECK(s.model_id == "mini-model");
    CHECK(s.model_version == "2.0.0");
    CHECK(s.profile.size() == 2);  // null = not set
    CHECK(s.profile_answer("org_type") == "startup");
    CHECK(s.profile_answer("workloads").empty());
    CHECK(s.answer("alpha_one") == Answer::of(2));
    CHECK(s.answer("beta_one") == Answer::not_applicable());
    CHECK(s.answer("plan_data") == Answer::of(0));
    CHECK(s.answer("beta_two") == Answer::dont_know());
    CHECK(s.answer("r_secure") == Answer::of(3));   // quick checks are answers like any other
    CHECK(s.answer("alpha_two").kind == Answer::Kind::Unanswered);
    CHECK(s.answers.count("alpha_two") == 0);
    CHECK(s.notes.at("alpha_one") == "Backlog in Azure Boards");
    CHECK(s.notes.count("beta_two") == 0);  // empty notes are dropped
    CHECK(s.targets.at("alpha") == 4);
    CHECK(s.checklist_choice == ChecklistChoice::Enterprise);
    CHECK(s.items.at("s_tech").done);
    CHECK(s.items.at("s_tech").note == "ADR-12");
    CHECK(s.items.count("s_plan") == 0);  // not done, no note: nothing to keep
    CHECK(s.meta.title == "Contoso");
}

TEST_CASE("serialize then parse gives the same session, in a stable order", "[session]") {
    const auto first = parse(kFull);
    REQUIRE(first.ok());
    const std::string text = caf::serialize_session(*first.value);
    const auto second = parse(text);
    INFO(text);
    REQUIRE(second.ok());
    CHECK(caf::serialize_session(*second.value) == text);  // a fixed point
    // members in the documented order
    const size_t format = text.find("\"format\""), model = text.find("\"model\""), profile = text.find("\"profile\""),
                 answers = text.find("\"answers\""), notes = text.find("\"notes\""),
                 targets = text.find("\"targets\""), checklist = text.find("\"checklist\""),
                 meta = text.find("\"meta\"");
    CHECK(format < model);
    CHECK(model < profile);
    CHECK(profile < answers);
    CHECK(answers < notes);
    CHECK(notes < targets);
    CHECK(targets < checklist);
    CHECK(checklist < meta);
    CHECK(test::contains(text, "\"beta_one\": \"na\""));
    CHECK(test::contains(text, "\"beta_two\": \"unknown\""));
    CHECK(test::contains(text, "\"choice\": \"enterprise\""));
    CHECK(text.find("\"alpha_one\": 2") < text.find("\"beta_one\": \"na\""));  // keys sorted
}

TEST_CASE("a new session serializes to a valid minimal file", "[session]") {
    caf::Session s = caf::new_session(test::mini_model());
    const std::string text = caf::serialize_session(s);
    CHECK(test::contains(text, "\"format\": \"caf-ai-session\""));
    CHECK(test::contains(text, "\"format_version\": 2"));
    CHECK_FALSE(test::contains(text, "\"updated\""));  // empty meta fields are left out
    const auto back = parse(text);
    INFO(caf::errors_to_string(back.errors));
    CHECK(back.ok());
}

TEST_CASE("invalid UTF-8 in notes is replaced on save, never thrown", "[session]") {
    caf::Session s = caf::new_session(test::mini_model());
    s.notes["alpha_one"] = std::string("caf\xC3\x28 \xFF end");
    s.items["s_tech"] = caf::ItemState{true, "\xE2\x82"};
    std::string text;
    REQUIRE_NOTHROW(text = caf::serialize_session(s));
    CHECK(test::contains(text, "\xEF\xBF\xBD"));  // U+FFFD
    CHECK(parse(text).ok());
}

TEST_CASE("a session of a newer minor model version loads and is upgraded", "[session]") {
    std::string text = kFull;
    text.replace(text.find("\"2.0.0\""), 7, "\"2.3.2\"");
    const auto r = parse(text);
    REQUIRE(r.ok());
    CHECK(r.value->model_version == "2.0.0");
}

TEST_CASE("the strict parse reads format 2 only: format 1 goes through the upgrade", "[session]") {
    std::string text = kFull;
    text.replace(text.find("\"format_version\": 2"), 19, "\"format_version\": 1");
    const auto r = parse(text);
    REQUIRE_FALSE(r.ok());
    CHECK(test::contains(caf::errors_to_string(r.errors), "/format_version: is 1; this app reads version 2"));
}

TEST_CASE("every error is reported, not just the first", "[session]") {
    const auto r = parse(R"({"format": "x", "format_version": "1", "model": {"id": "mini-model", "version": "2.0.0"},
        "profile": [], "answers": {"alpha_one": true, "alpha_two": 5}})");
    REQUIRE_FALSE(r.ok());
    CHECK_FALSE(r.value);
    const std::string all = caf::errors_to_string(r.errors);
    INFO(all);
    CHECK(r.errors.size() == 5);
    CHECK(test::contains(all, "s.json:/format: must be \"caf-ai-session\""));
    CHECK(test::contains(all, "s.json:/format_version: must be an integer, not a string"));
    CHECK(test::contains(all, "s.json:/profile: must be an object, not an array"));
    CHECK(test::contains(all, "s.json:/answers/alpha_one: must be an integer from 0 to 4 or \"unknown\", not a boolean"));
    CHECK(test::contains(all, "s.json:/answers/alpha_two: must be 0 to 4 or \"unknown\", not 5"));
}
