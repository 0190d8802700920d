// Files and links made by version 1 of the app must import forever
// (tests/fixtures/compat/v1/, see its README.md). Each is imported the way
// the app and the CLI import it, and what the user entered is checked
// against expectations written here by hand from what was typed into those
// sessions — never against what today's code writes. A format change, or a
// new model version whose migration loses any of it, fails here.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

#include "core/autosave.h"
#include "core/import.h"
#include "core/share_link.h"
#include "test_util.h"

namespace {

using caf::Answer;

// [SECTION] What the users entered

struct Entered {
    std::map<std::string, std::string> profile;
    std::map<std::string, Answer> answers;
    std::map<std::string, std::string> notes;
    std::map<std::string, int> targets;
    caf::ChecklistChoice choice = caf::ChecklistChoice::Auto;
    std::set<std::string> ticked;
    std::map<std::string, std::string> item_notes;
    std::string title, respondent, updated;
};

const Answer kNA = Answer::not_applicable();
Answer v(int value) { return Answer::of(value); }

// A startup that answered all 40 questions (N/A where it can), with notes in
// several scripts, targets (one of them 0), its own checklist choice, ticks
// with and without notes, an item note without a tick, and meta.
Entered startup_full() {
    Entered e;
    e.profile = {{"org_type", "startup"}, {"org_size", "s1_50"}, {"ai_approach", "paas"}, {"regulated", "no"},
                 {"workloads", "w2_5"}};
    e.answers = {
        {"strategy_use_case_discovery", v(3)}, {"strategy_use_case_metrics", v(2)},
        {"strategy_use_case_classification", v(1)}, {"strategy_ai_leadership", v(4)}, {"strategy_build_buy", v(3)},
        {"strategy_fit_check", v(2)}, {"strategy_agent_readiness", kNA}, {"strategy_data_governance", v(1)},
        {"strategy_data_lifecycle", v(0)}, {"strategy_bias_controls", v(1)}, {"strategy_rai_owner", v(2)},
        {"strategy_rai_principles", v(2)}, {"strategy_ai_regulation", v(1)}, {"plan_skills_level", v(3)},
        {"plan_data_readiness", v(2)}, {"plan_skills_gap", v(2)}, {"plan_data_inventory", v(1)},
        {"plan_skill_building", v(2)}, {"plan_ai_hiring", kNA}, {"plan_partners", kNA},
        {"plan_resource_access", v(4)}, {"plan_regions_quota", v(0)}, {"plan_ai_environment", v(3)},
        {"plan_prioritization_method", v(2)}, {"plan_maturity_fit", v(3)}, {"plan_roadmap", v(1)},
        {"plan_poc_practice", v(3)}, {"plan_poc_baseline", v(2)}, {"plan_poc_follow_through", v(2)},
        {"plan_rai_tools", v(1)}, {"plan_operating_processes", v(1)}, {"plan_ai_risk_register", v(0)},
        {"plan_ai_policies", v(1)}, {"plan_ai_security_controls", v(2)}, {"plan_ai_threat_assessment", v(1)},
        {"plan_ai_cost_monitoring", v(2)}, {"plan_model_monitoring", kNA}, {"plan_delivery_estimates", v(2)},
        {"plan_delivery_resourcing", v(3)}, {"plan_delivery_buffer", v(4)}};
    e.notes = {
        {"strategy_use_case_discovery",
         "Three candidate use cases from the support backlog.\nSecond line with \"quotes\" and <b>markup</b>."},
        {"plan_ai_cost_monitoring", "Budget alerts at 80 % \xE2\x80\x94 owner: J\xC3\xB6rg M\xC3\xBCller \xF0\x9F\x99\x82"},
        {"plan_partners", "No partner needed: we build in house."},
        {"strategy_ai_regulation", "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE3\x83\xA1\xE3\x83\xA2"}};
    e.targets = {{"use_cases", 3}, {"technology_strategy", 4}, {"implement_responsible_ai", 2}, {"delivery_timelines", 0}};
    e.choice = caf::ChecklistChoice::Startup;
    e.ticked = {"startup_define_ai_technology_strategy", "startup_access_ai_resources", "startup_secure_ai_models"};
    e.item_notes = {{"startup_define_ai_technology_strategy", "Decision record in the wiki."},
                    {"startup_prepare_ai_deployment_regions", "Second region still open."}};
    e.title = "Contoso Start \xE2\x80\x93 AI check";
    e.respondent = "CTO (Ana)";
    e.updated = "2026-11-23T10:00:00Z";
    return e;
}

// A regulated enterprise half-way through: unanswered questions, N/A, one
// profile question left open, the enterprise checklist chosen, a timestamp
// with fractional seconds and an offset.
Entered enterprise_partial() {
    Entered e;
    e.profile = {{"org_type", "enterprise"}, {"org_size", "s5000_plus"}, {"ai_approach", "mixed"},
                 {"regulated", "regulated"}};
    e.answers = {{"strategy_use_case_discovery", v(4)}, {"strategy_use_case_metrics", v(3)},
                 {"strategy_ai_leadership", v(3)},      {"strategy_data_governance", v(2)},
                 {"strategy_rai_owner", v(3)},          {"strategy_ai_regulation", v(4)},
                 {"plan_skills_level", v(2)},           {"plan_data_readiness", v(1)},
                 {"plan_regions_quota", kNA},           {"plan_ai_security_controls", v(3)},
                 {"plan_model_monitoring", kNA},        {"plan_delivery_buffer", v(0)}};
    e.notes = {{"plan_skills_level", "Skills survey due in Q1."}};
    e.targets = {{"assess_skills", 3}, {"data_strategy", 2}};
    e.choice = caf::ChecklistChoice::Enterprise;
    e.ticked = {"enterprise_identify_ai_use_cases", "enterprise_establish_ai_governance"};
    e.item_notes = {{"enterprise_assess_ai_security_risks", "Threat model workshop booked."},
                    {"enterprise_establish_ai_governance", "Board approved the AI policy."}};
    e.title = "Fabrikam AI maturity";
    e.respondent = "Risk office";
    e.updated = "2026-05-01T09:30:15.250+02:00";
    return e;
}

// Two profile answers, three answers (one N/A) and nothing else.
Entered auto_minimal() {
    Entered e;
    e.profile = {{"org_type", "scaleup"}, {"ai_approach", "copilots"}};
    e.answers = {{"strategy_use_case_discovery", v(1)}, {"plan_poc_practice", v(0)}, {"strategy_agent_readiness", kNA}};
    return e;
}

// What a link without notes carries: no notes, no title, respondent or time.
Entered without_notes(Entered e) {
    e.notes.clear();
    e.item_notes.clear();
    e.title.clear();
    e.respondent.clear();
    e.updated.clear();
    return e;
}

// [SECTION] Checks

void check_entered(const caf::Session& s, const Entered& e) {
    CHECK(s.model_id == "caf-ai-maturity");
    CHECK(s.profile == e.profile);
    CHECK(s.answers == e.answers);
    for (const auto& [id, answer] : e.answers) {  // each one named, should the maps differ
        INFO(id);
        CHECK(s.answer(id) == answer);
    }
    CHECK(s.notes == e.notes);
    CHECK(s.targets == e.targets);
    CHECK(s.checklist_choice == e.choice);
    std::set<std::string> ticked;
    std::map<std::string, std::string> item_notes;
    for (const auto& [id, state] : s.items) {
        if (state.done) ticked.insert(id);
        if (!state.note.empty()) item_notes[id] = state.note;
    }
    CHECK(ticked == e.ticked);
    CHECK(item_notes == e.item_notes);
    CHECK(s.meta.title == e.title);
    CHECK(s.meta.respondent == e.respondent);
    CHECK(s.meta.updated == e.updated);
}

caf::Session import_file(const std::string& name) {
    const std::string path = "compat/v1/" + name;
    const caf::ImportResult r = caf::import_session(test::read_fixture(path), path, test::real_model(),
                                                    test::real_catalogue());
    INFO(caf::errors_to_string(r.session.errors));
    REQUIRE(r.ok());
    return *r.session.value;
}

caf::Session open_link(const std::string& name) {
    const caf::ImportResult r =
        caf::decode_share(test::read_fixture("compat/v1/" + name), test::real_model(), test::real_catalogue());
    INFO(caf::errors_to_string(r.session.errors));
    REQUIRE(r.ok());
    return *r.session.value;
}

}  // namespace

TEST_CASE("v1 session files import with everything the user entered", "[compat]") {
    SECTION("every field, written by the CLI") { check_entered(import_file("session_startup_full.json"), startup_full()); }
    SECTION("the same session downloaded from the app (it stamps the time)") {
        Entered e = startup_full();
        e.updated = "2026-11-24T08:15:00Z";
        check_entered(import_file("session_app_download.json"), e);
    }
    SECTION("half-way, with unanswered questions") {
        check_entered(import_file("session_enterprise_partial.json"), enterprise_partial());
    }
    SECTION("a few answers and nothing else") { check_entered(import_file("session_auto_minimal.json"), auto_minimal()); }
    SECTION("an empty session") { check_entered(import_file("session_empty.json"), Entered{}); }
}

TEST_CASE("v1 share links open with what they carry", "[compat]") {
    SECTION("without notes") { check_entered(open_link("link_startup_full.txt"), without_notes(startup_full())); }
    SECTION("with notes: notes, item notes, title and respondent travel too, the time does not") {
        Entered e = startup_full();
        e.updated.clear();
        check_entered(open_link("link_startup_full_notes.txt"), e);
    }
    SECTION("the enterprise checklist chosen, N/A answers") {
        check_entered(open_link("link_enterprise_partial.txt"), without_notes(enterprise_partial()));
    }
    SECTION("with the notes flag but no notes") {
        check_entered(open_link("link_auto_minimal_notes.txt"), auto_minimal());
    }
}

TEST_CASE("a v1 autosave envelope restores the session and where the user was", "[compat]") {
    // Saved by the app on the question screen after "Dark" and "A+" were clicked.
    Entered e = enterprise_partial();
    e.updated = "2026-11-24T08:15:00Z";  // the app stamps the time of the change
    const std::string text = test::read_fixture("compat/v1/autosave_enterprise_partial.json");

    const auto restored = caf::parse_autosave(text, test::real_model(), test::real_catalogue());
    INFO(caf::errors_to_string(restored.errors));
    REQUIRE(restored.ok());
    check_entered(restored.value->session, e);
    CHECK(restored.value->view.step == caf::Step::Assessment);
    CHECK(restored.value->view.question == "strategy_use_case_classification");  // its first unanswered question
    CHECK(restored.value->view.theme == "dark");
    CHECK(restored.value->view.text_scale == Approx(1.15));
    CHECK(restored.value->saved_at == "2026-11-24T08:15:00Z");

    // Picked as a file, the envelope's session is imported.
    check_entered(import_file("autosave_enterprise_partial.json"), e);
}
