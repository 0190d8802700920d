// import_session (import.h): the bad-input catalogue of tests/bad_inputs/
// (the same cases the CLI and the browser run), migration notes, and that a
// failed import hands out nothing.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/import.h"
#include "test_util.h"

namespace {

std::string bad_input(const std::string& file) {
    return test::read_file(std::string(CAF_SOURCE_DIR) + "/tests/bad_inputs/" + file);
}

caf::ImportResult import_real(const std::string& bytes, const std::string& name = "in.json") {
    return caf::import_session(bytes, name, test::real_model(), test::real_catalogue());
}

std::string all_text(const caf::ImportResult& r) {
    std::string out = caf::errors_to_string(r.session.errors);
    for (const auto& n : r.notes) out += n + "\n";
    return out;
}

}  // namespace

TEST_CASE("every case of the bad-input catalogue gives its expected result", "[import][bad]") {
    const auto manifest =
        nlohmann::json::parse(test::read_file(std::string(CAF_SOURCE_DIR) + "/tests/bad_inputs/manifest.json"));
    const auto& cases = manifest.at("cases");
    int errors = 0;
    for (const auto& c : cases) {
        const std::string file = c.at("file").get<std::string>();
        DYNAMIC_SECTION(file) {
            std::string bytes;
            if (c.contains("generate")) {
                const auto& g = c.at("generate");
                bytes = g.at("prefix").get<std::string>();
                const std::string unit = g.at("repeat").get<std::string>();
                for (int i = 0, n = g.at("count").get<int>(); i < n; ++i) bytes += unit;
                bytes += g.at("suffix").get<std::string>();
            } else {
                bytes = bad_input(file);
            }
            const auto r = import_real(bytes, file);
            const std::string text = all_text(r);
            INFO(text);
            if (c.at("expect") == "error") {
                CHECK_FALSE(r.ok());
                CHECK_FALSE(r.session.value.has_value());  // nothing half-loaded
                CHECK(r.notes.empty());
                for (const auto& e : c.at("errors")) CHECK(test::contains(text, e.get<std::string>()));
                for (const auto& e : r.session.errors) CHECK(e.file == file);
            } else {
                CHECK(r.ok());
                for (const auto& n : c.at("notes")) CHECK(test::contains(text, n.get<std::string>()));
            }
        }
        if (c.at("expect") == "error") ++errors;
    }
    CHECK(errors >= 20);
}

TEST_CASE("a good file imports with no notes, with or without a byte order mark", "[import]") {
    const std::string good = test::read_fixture("sessions/persona_regulated_enterprise.json");
    const auto plain = import_real(good);
    REQUIRE(plain.ok());
    CHECK(plain.notes.empty());
    const auto bom = import_real("\xEF\xBB\xBF" + good);
    REQUIRE(bom.ok());
    CHECK(caf::serialize_session(*bom.session.value) == caf::serialize_session(*plain.session.value));
}

TEST_CASE("a newer minor model version is migrated, with notes", "[import][migration]") {
    const auto r = import_real(bad_input("ok_newer_minor_version.json"));
    REQUIRE(r.ok());
    const caf::Session& s = *r.session.value;
    CHECK(s.model_version == test::real_model().version);
    CHECK(s.answers.count("strategy_future_question") == 0);
    CHECK(s.items.count("startup_future_item") == 0);
    CHECK(s.answer("strategy_use_case_discovery").has_value());  // everything else kept
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0] ==
          "This file was saved with version 2.4.0 of the assessment model; this app uses version 2.0.0. Left out "
          "what this version does not have: 1 answer (strategy_future_question), 1 note (strategy_future_question) "
          "and 1 checklist tick or note (startup_future_item). Everything else carried over.");
}

TEST_CASE("the same version is strict, a minor version only migrates what it must", "[import][migration]") {
    auto doc = nlohmann::json::parse(test::read_fixture("sessions/persona_copilot_startup.json"));
    doc["answers"]["strategy_future_question"] = 2;
    CHECK_FALSE(import_real(doc.dump()).ok());  // 2.0.0: an unknown id is an error
    doc["model"]["version"] = "2.0.1";
    const auto r = import_real(doc.dump());
    REQUIRE(r.ok());
    CHECK(test::contains(r.notes.at(0), "version 2.0.1"));
    doc["answers"]["strategy_use_case_discovery"] = 9;  // still an error after migration
    const auto bad = import_real(doc.dump());
    CHECK_FALSE(bad.ok());
    CHECK(bad.notes.empty());
    CHECK(test::contains(caf::errors_to_string(bad.session.errors), "/answers/strategy_use_case_discovery: must be 0 to 4 or \"unknown\", not 9"));
    // N/A where the newer version allowed it and this one does not: left out, said so.
    doc["answers"]["strategy_use_case_discovery"] = "na";
    const auto na = import_real(doc.dump());
    REQUIRE(na.ok());
    CHECK(test::contains(na.notes.at(0), "2 answers (strategy_future_question, strategy_use_case_discovery)"));
}

TEST_CASE("1.x session files migrate to 2.0: every answer, note, target and tick is kept", "[import][migration]") {
    // The files the 1.x app wrote (tests/fixtures/sessions_v1/), read by hand: what each holds must
    // arrive in the 2.0 session under the question's new id where the question moved.
    const caf::Migration* mg = test::real_model().find_migration("1");
    REQUIRE(mg);
    CHECK(mg->dropped_questions.empty());
    for (const char* f : {"example_startup_paas.json", "persona_copilot_startup.json", "persona_startup_paas_no_rai.json",
                          "persona_regulated_enterprise.json", "persona_mature_enterprise.json"}) {
        INFO(f);
        const auto old_doc = nlohmann::json::parse(test::read_fixture(std::string("sessions_v1/") + f));
        const auto r = import_real(old_doc.dump(), f);
        INFO(all_text(r));
        REQUIRE(r.ok());
        const caf::Session& s = *r.session.value;
        CHECK(s.model_version == "2.0.0");
        REQUIRE(r.notes.size() == 1);
        CHECK(test::contains(r.notes[0], "saved with version 1.0.0"));
        for (auto it = old_doc["answers"].begin(); it != old_doc["answers"].end(); ++it) {
            const auto m = mg->questions.find(it.key());
            const std::string now_id = m == mg->questions.end() ? it.key() : m->second;
            INFO(it.key() << " -> " << now_id);
            const caf::Answer a = s.answer(now_id);
            if (it->is_string()) CHECK(a.is_na());
            else CHECK(a == caf::Answer::of(it->get<int>()));
        }
        CHECK(s.answers.size() == old_doc["answers"].size());
        CHECK(s.notes.size() == old_doc["notes"].size());
        CHECK(s.targets.size() == old_doc["targets"].size());
        CHECK(s.items.size() == old_doc["checklist"]["items"].size());
        CHECK(s.profile.size() == old_doc["profile"].size());
    }
    // Hand-read from persona_regulated_enterprise.json (1.0.0): the AI policies answer (1) and the
    // threat-testing answer (0) were Plan questions; in 2.0 they are Govern and Secure quick checks.
    const caf::Session s = *import_real(test::read_fixture("sessions_v1/persona_regulated_enterprise.json")).session.value;
    CHECK(s.answer("govern_policies_documented") == caf::Answer::of(1));
    CHECK(s.answer("secure_threat_assessment") == caf::Answer::of(0));
    CHECK(s.answers.count("plan_ai_policies") == 0);
}

TEST_CASE("size and encoding checks come before JSON", "[import]") {
    std::string_view text;
    CHECK(caf::check_text_bytes("{}", "a", text).empty());
    CHECK(text == "{}");
    CHECK(caf::check_text_bytes("\xEF\xBB\xBF{}", "a", text).empty());
    CHECK(text == "{}");
    const std::string big(caf::kMaxImportBytes + 1, ' ');
    const auto e = caf::check_text_bytes(big, "big.json", text);
    REQUIRE(e.size() == 1);
    CHECK(e[0].to_string() == "big.json: is 5.1 MB; a session file is never larger than 5 MB, so this is not one");
    const std::string at_limit(caf::kMaxImportBytes, ' ');
    CHECK(test::contains(caf::check_text_bytes(at_limit, "w", text).at(0).message, "only whitespace"));
    CHECK(test::contains(caf::check_text_bytes(std::string("{\"a\":\n\"\0\"}", 10), "n", text).at(0).message,
                         "NUL byte (0x00) at line 2, column 2"));
}

TEST_CASE("an autosave envelope is unwrapped", "[import]") {
    const auto r = import_real(bad_input("ok_autosave_envelope.json"));
    REQUIRE(r.ok());
    CHECK(r.session.value->profile_answer("org_type") == "startup");
    CHECK(test::contains(r.notes.at(0), "autosave"));
}

TEST_CASE("a file with thousands of problems lists the first fifty", "[import]") {
    auto doc = nlohmann::json::parse(test::read_fixture("sessions/persona_copilot_startup.json"));
    for (int i = 0; i < 3000; ++i) doc["answers"]["strategy_x" + std::to_string(i)] = 1;
    const auto r = import_real(doc.dump());
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.session.errors.size() == caf::kMaxImportErrors + 1);
    CHECK(r.session.errors.back().message == "has 2950 more problems (only the first 50 are listed)");
}
