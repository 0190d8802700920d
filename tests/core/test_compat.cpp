// Files and links made by earlier versions of the app must import forever
// (tests/fixtures/compat/v1/ and v2/, see their README.md). Each is imported
// the way the app and the CLI import it, and what the user entered is checked
// against expectations written here by hand from what was typed into those
// sessions — never against what today's code writes. A format change, or a
// new model version whose migration loses any of it, fails here.
//
// v1 (app 1.x, model 1.0.0, session format 1, links "v1."): upgraded to model
// 2.0.0 on the way in. The expectations keep the ids the user saw in 1.x and
// map them with the renames 2.0.0 announced (in_model_2 below, written from
// the 2.0 content's list of moved questions, not read from data/).
#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

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

// [SECTION] Model 2.0.0

// Where 2.0.0 moved what 1.x asked: eight Plan questions became readiness
// quick checks of Ready, Secure, Govern and Manage; the delivery timelines
// dimension became part of the proof of concept; three enterprise Secure
// activities took the names CAF uses now. Every other id stayed; nothing
// was dropped, and every N/A above is still allowed where it moved.
const std::map<std::string, std::string> kMovedQuestions = {
    {"plan_regions_quota", "ready_regions_quota"},
    {"plan_ai_environment", "ready_ai_environment"},
    {"plan_ai_risk_register", "govern_risk_assessment"},
    {"plan_ai_policies", "govern_policies_documented"},
    {"plan_ai_security_controls", "secure_resource_controls"},
    {"plan_ai_threat_assessment", "secure_threat_assessment"},
    {"plan_ai_cost_monitoring", "manage_cost_monitoring"},
    {"plan_model_monitoring", "manage_model_monitoring"},
};
const std::map<std::string, std::string> kMovedDimensions = {{"delivery_timelines", "proof_of_concept"}};
const std::map<std::string, std::string> kMovedItems = {
    {"enterprise_assess_ai_security_risks", "enterprise_discover_ai_security_risks"},
    {"enterprise_implement_ai_security_controls", "enterprise_protect_ai_resources_and_data"},
    {"enterprise_maintain_ai_security_controls", "enterprise_detect_ai_security_threats"},
};

template <class V>
std::map<std::string, V> renamed(const std::map<std::string, V>& in, const std::map<std::string, std::string>& moves) {
    std::map<std::string, V> out;
    for (const auto& [id, value] : in) {
        const auto m = moves.find(id);
        out[m == moves.end() ? id : m->second] = value;
    }
    return out;
}

Entered in_model_2(const Entered& e) {
    Entered out = e;
    out.answers = renamed(e.answers, kMovedQuestions);
    out.notes = renamed(e.notes, kMovedQuestions);
    out.targets = renamed(e.targets, kMovedDimensions);
    out.item_notes = renamed(e.item_notes, kMovedItems);
    out.ticked.clear();
    for (const auto& id : e.ticked) out.ticked.insert(kMovedItems.count(id) ? kMovedItems.at(id) : id);
    return out;
}

// [SECTION] Checks

void check_entered(const caf::Session& s, const Entered& e) {
    CHECK(s.model_id == "caf-ai-maturity");
    CHECK(s.model_version == "2.0.0");
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

// The upgrade note the user sees for a 1.x file or link (the last note: an
// autosave envelope picked as a file says that first).
void check_upgrade_note(const std::vector<std::string>& notes, size_t expected = 1) {
    REQUIRE(notes.size() == expected);
    CHECK(test::contains(notes.back(), "saved with version 1.0.0 of the assessment model"));
    CHECK(test::contains(notes.back(), "uses version 2.0.0"));
    CHECK_FALSE(test::contains(notes.back(), "left out"));   // 2.0.0 keeps every answer of 1.0.0
}

caf::ImportResult import_result(const std::string& path) {
    caf::ImportResult r = caf::import_session(test::read_fixture(path), path, test::real_model(), test::real_catalogue());
    INFO(caf::errors_to_string(r.session.errors));
    REQUIRE(r.ok());
    return r;
}

caf::Session import_file(const std::string& name, size_t notes = 1) {
    const caf::ImportResult r = import_result("compat/v1/" + name);
    check_upgrade_note(r.notes, notes);
    return *r.session.value;
}

caf::Session open_link(const std::string& name) {
    const caf::ImportResult r =
        caf::decode_share(test::read_fixture("compat/v1/" + name), test::real_model(), test::real_catalogue());
    INFO(caf::errors_to_string(r.session.errors));
    REQUIRE(r.ok());
    check_upgrade_note(r.notes);
    return *r.session.value;
}

}  // namespace

TEST_CASE("v1 session files import with everything the user entered, upgraded to model 2.0.0", "[compat]") {
    SECTION("every field, written by the CLI") {
        const caf::Session s = import_file("session_startup_full.json");
        check_entered(s, in_model_2(startup_full()));
        // Spelled out once: the 1.x Plan question on AI policies is 2.0's Govern quick check.
        CHECK(s.answer("govern_policies_documented") == v(1));
        CHECK(s.answers.count("plan_ai_policies") == 0);
        CHECK(s.answer("manage_model_monitoring") == kNA);
        CHECK(s.notes.at("manage_cost_monitoring") ==
              "Budget alerts at 80 % \xE2\x80\x94 owner: J\xC3\xB6rg M\xC3\xBCller \xF0\x9F\x99\x82");
        CHECK(s.targets.at("proof_of_concept") == 0);  // was delivery_timelines
        CHECK(s.answers.size() == 40);
    }
    SECTION("the same session downloaded from the app (it stamps the time)") {
        Entered e = startup_full();
        e.updated = "2026-11-24T08:15:00Z";
        check_entered(import_file("session_app_download.json"), in_model_2(e));
    }
    SECTION("half-way, with unanswered questions") {
        const caf::Session s = import_file("session_enterprise_partial.json");
        check_entered(s, in_model_2(enterprise_partial()));
        CHECK(s.items.at("enterprise_discover_ai_security_risks").note == "Threat model workshop booked.");
        CHECK(s.answer("ready_regions_quota") == kNA);
    }
    SECTION("a few answers and nothing else") {
        check_entered(import_file("session_auto_minimal.json"), in_model_2(auto_minimal()));
    }
    SECTION("an empty session") { check_entered(import_file("session_empty.json"), Entered{}); }
}

TEST_CASE("v1 share links open with what they carry, upgraded to model 2.0.0", "[compat]") {
    SECTION("without notes") {
        check_entered(open_link("link_startup_full.txt"), in_model_2(without_notes(startup_full())));
    }
    SECTION("with notes: notes, item notes, title and respondent travel too, the time does not") {
        Entered e = startup_full();
        e.updated.clear();
        check_entered(open_link("link_startup_full_notes.txt"), in_model_2(e));
    }
    SECTION("the enterprise checklist chosen, N/A answers") {
        check_entered(open_link("link_enterprise_partial.txt"), in_model_2(without_notes(enterprise_partial())));
    }
    SECTION("with the notes flag but no notes") {
        check_entered(open_link("link_auto_minimal_notes.txt"), in_model_2(auto_minimal()));
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
    check_entered(restored.value->session, in_model_2(e));
    check_upgrade_note(restored.value->notes);
    CHECK(restored.value->view.step == caf::Step::Assessment);
    CHECK(restored.value->view.question == "strategy_use_case_classification");  // its first unanswered question
    CHECK(restored.value->view.theme == "dark");
    CHECK(restored.value->view.text_scale == Approx(1.15));
    CHECK(restored.value->saved_at == "2026-11-24T08:15:00Z");

    // Picked as a file, the envelope's session is imported (with a note that says so).
    check_entered(import_file("autosave_enterprise_partial.json", 2), in_model_2(e));
}

// [SECTION] Version 2 reference files (app 2.0, model 2.0.0)

namespace {

const Answer kDontKnow = Answer::dont_know();

enum class Carried { File, LinkWithNotes, Link };

// tests/fixtures/compat/v2/session_startup_full.json and its links: a startup
// on PaaS that answered 67 of the 68 questions (Strategy, Plan and every
// readiness quick check; ready_design_areas was answered, then cleared), two
// of them "don't know" and three N/A, with notes, targets, the startup
// checklist, ticks and change times. Facts checked by hand in the file.
void check_startup_full_v2(const caf::Session& s, Carried carried) {
    CHECK(s.model_id == "caf-ai-maturity");
    CHECK(s.model_version == "2.0.0");
    CHECK(s.profile == std::map<std::string, std::string>{{"org_type", "startup"}, {"org_size", "s1_50"},
                                                           {"ai_approach", "paas"}, {"regulated", "no"},
                                                           {"workloads", "w2_5"}});
    CHECK(s.answers.size() == 67);
    int dont_know = 0, na = 0;
    for (const auto& [id, a] : s.answers) {
        dont_know += a.is_dont_know();
        na += a.is_na();
    }
    CHECK(dont_know == 2);
    CHECK(na == 3);
    CHECK(s.answer("plan_ai_hiring") == kDontKnow);
    CHECK(s.answer("govern_agents") == kDontKnow);
    CHECK(s.answer("strategy_agent_readiness") == kNA);
    CHECK(s.answer("ready_multi_region") == kNA);
    CHECK(s.answer("manage_continuity") == kNA);
    CHECK(s.answer("plan_skills_level") == v(3));      // the two CAF level questions
    CHECK(s.answer("plan_data_readiness") == v(2));
    CHECK(s.answer("strategy_use_case_discovery") == v(3));
    CHECK(s.answer("strategy_coe_operating_model") == v(1));
    CHECK(s.answer("govern_policies_documented") == v(1));
    CHECK(s.answer("secure_threat_assessment") == v(0));
    CHECK(s.answer("manage_cost_monitoring") == v(4));
    CHECK(s.answer("adopt_paas_build") == v(4));
    CHECK(s.answer("govern_compliance") == v(0));
    CHECK_FALSE(s.answer("ready_design_areas").is_answered());
    CHECK(s.targets == std::map<std::string, int>{{"use_cases", 3}, {"ai_coe", 4}, {"proof_of_concept", 0}});
    CHECK(s.checklist_choice == caf::ChecklistChoice::Startup);
    CHECK(s.items.at("startup_define_ai_technology_strategy").done);
    CHECK(s.items.at("startup_secure_ai_models").done);

    if (carried == Carried::Link) {
        CHECK(s.notes.empty());
        CHECK(s.items.size() == 2);
        CHECK(s.meta.title.empty());
        CHECK(s.meta.respondent.empty());
    } else {
        CHECK(s.notes.size() == 4);
        CHECK(s.notes.at("manage_cost_monitoring") ==
              "Budget alerts at 80 % \xE2\x80\x94 owner: J\xC3\xB6rg M\xC3\xBCller \xF0\x9F\x99\x82");
        CHECK(s.notes.at("strategy_ai_regulation") == "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE3\x83\xA1\xE3\x83\xA2");
        CHECK(s.notes.at("plan_ai_hiring") == "Not sure yet: ask HR.");
        CHECK(s.items.size() == 3);
        CHECK(s.items.at("startup_define_ai_technology_strategy").note == "Decision record in the wiki.");
        CHECK_FALSE(s.items.at("startup_prepare_ai_deployment_regions").done);
        CHECK(s.items.at("startup_prepare_ai_deployment_regions").note == "Second region still open.");
        CHECK(s.meta.title == "Contoso Start \xE2\x80\x93 AI check 2");
        CHECK(s.meta.respondent == "CTO (Ana)");
    }
    if (carried == Carried::File) {
        CHECK(s.meta.updated == "2026-12-02T09:00:00Z");
        CHECK(s.changed == std::map<std::string, std::int64_t>{{"answers/plan_ai_hiring", 1764666000000},
                                                                {"answers/ready_design_areas", 1764665000000},
                                                                {"items/startup_secure_ai_models/done", 1764666500000},
                                                                {"meta/title", 1764600000000},
                                                                {"notes/strategy_use_case_discovery", 1764662400000}});
    } else {
        CHECK(s.meta.updated.empty());   // links carry neither the time nor the change times
        CHECK(s.changed.empty());
    }
}

// session_enterprise_partial.json: a regulated enterprise half-way, 15
// answers (two don't know, three N/A), one profile question open.
void check_enterprise_partial_v2(const caf::Session& s, Carried carried) {
    CHECK(s.model_version == "2.0.0");
    CHECK(s.profile == std::map<std::string, std::string>{{"org_type", "enterprise"}, {"org_size", "s5000_plus"},
                                                           {"ai_approach", "mixed"}, {"regulated", "regulated"}});
    CHECK(s.answers.size() == 15);
    CHECK(s.answer("strategy_coe_operating_model") == kDontKnow);
    CHECK(s.answer("govern_compliance") == kDontKnow);
    CHECK(s.answer("plan_infrastructure_review") == kNA);
    CHECK(s.answer("ready_regions_quota") == kNA);
    CHECK(s.answer("manage_model_monitoring") == kNA);
    CHECK(s.answer("strategy_use_case_discovery") == v(4));
    CHECK(s.answer("plan_data_readiness") == v(1));
    CHECK(s.answer("plan_delivery_buffer") == v(0));
    CHECK_FALSE(s.answer("plan_roadmap").is_answered());
    CHECK(s.targets == std::map<std::string, int>{{"assess_skills", 3}, {"data_strategy", 2}});
    CHECK(s.checklist_choice == caf::ChecklistChoice::Enterprise);
    CHECK(s.items.at("enterprise_identify_ai_use_cases").done);
    CHECK(s.items.at("enterprise_establish_ai_governance").done);
    if (carried == Carried::File) {
        CHECK(s.notes == std::map<std::string, std::string>{{"plan_skills_level", "Skills survey due in Q1."}});
        CHECK(s.items.at("enterprise_discover_ai_security_risks").note == "Threat model workshop booked.");
        CHECK(s.meta.title == "Fabrikam AI maturity");
        CHECK(s.meta.respondent == "Risk office");
    } else {
        CHECK(s.items.size() == 2);
        CHECK(s.notes.empty());
        CHECK(s.meta.title.empty());
    }
    CHECK(s.changed.empty());
}

caf::Session import_v2(const std::string& name) {
    const caf::ImportResult r = import_result("compat/v2/" + name);
    CHECK(r.notes.empty());   // nothing to upgrade
    return *r.session.value;
}

caf::Session open_link_v2(const std::string& name) {
    const std::string text = test::read_fixture("compat/v2/" + name);
    CHECK(text.rfind("v2.", 0) == 0);
    const caf::ImportResult r = caf::decode_share(text, test::real_model(), test::real_catalogue());
    INFO(caf::errors_to_string(r.session.errors));
    REQUIRE(r.ok());
    CHECK(r.notes.empty());
    return *r.session.value;
}

}  // namespace

TEST_CASE("v2 session files import with everything the user entered", "[compat]") {
    SECTION("every field, don't know and change times") {
        check_startup_full_v2(import_v2("session_startup_full.json"), Carried::File);
    }
    SECTION("half-way") {
        const caf::Session s = import_v2("session_enterprise_partial.json");
        check_enterprise_partial_v2(s, Carried::File);
        CHECK(s.meta.updated == "2026-05-01T09:30:15.250+02:00");
    }
    SECTION("an empty session") {
        const caf::Session s = import_v2("session_empty.json");
        CHECK(s.model_version == "2.0.0");
        CHECK(s.profile.empty());
        CHECK(s.answers.empty());
        CHECK(s.items.empty());
        CHECK(s.checklist_choice == caf::ChecklistChoice::Auto);
    }
}

TEST_CASE("v2 share links open with what they carry", "[compat]") {
    SECTION("without notes") { check_startup_full_v2(open_link_v2("link_startup_full.txt"), Carried::Link); }
    SECTION("with notes") {
        check_startup_full_v2(open_link_v2("link_startup_full_notes.txt"), Carried::LinkWithNotes);
    }
    SECTION("the enterprise checklist, N/A and don't know") {
        check_enterprise_partial_v2(open_link_v2("link_enterprise_partial.txt"), Carried::Link);
    }
}

TEST_CASE("v2 autosave envelopes restore the session and where the user was", "[compat]") {
    SECTION("the partial session on the question screen, dark theme, text one step larger") {
        const auto restored = caf::parse_autosave(test::read_fixture("compat/v2/autosave_enterprise_partial.json"),
                                                  test::real_model(), test::real_catalogue());
        INFO(caf::errors_to_string(restored.errors));
        REQUIRE(restored.ok());
        CHECK(restored.value->notes.empty());
        const caf::Session& s = restored.value->session;
        CHECK(s.meta.updated == "2026-12-02T10:15:00Z");   // the app stamps the time of the save
        check_enterprise_partial_v2(s, Carried::File);
        CHECK(restored.value->view.step == caf::Step::Assessment);
        CHECK(restored.value->view.question == "strategy_use_case_classification");  // its first unanswered question
        CHECK(restored.value->view.theme == "dark");
        CHECK(restored.value->view.text_scale == Approx(1.15));
        CHECK(restored.value->saved_at == "2026-12-02T10:15:00Z");
    }
    SECTION("the full session with its change times, high contrast") {
        const auto restored = caf::parse_autosave(test::read_fixture("compat/v2/autosave_startup_full.json"),
                                                  test::real_model(), test::real_catalogue());
        INFO(caf::errors_to_string(restored.errors));
        REQUIRE(restored.ok());
        CHECK(restored.value->notes.empty());
        caf::Session s = restored.value->session;
        CHECK(s.meta.updated == "2026-12-02T10:15:00Z");
        s.meta.updated = "2026-12-02T09:00:00Z";   // what the file said before the app saved it
        check_startup_full_v2(s, Carried::File);
        CHECK(restored.value->view.step == caf::Step::Assessment);
        CHECK(restored.value->view.question == "ready_design_areas");   // the one question left open
        CHECK(restored.value->view.theme == "high_contrast");
        CHECK(restored.value->view.text_scale == Approx(1.0));
    }
    SECTION("picked as a file, the envelope's session is imported") {
        const caf::ImportResult r = import_result("compat/v2/autosave_startup_full.json");
        REQUIRE(r.notes.size() == 1);   // only that it is autosave data
        CHECK(test::contains(r.notes[0], "autosave"));
        CHECK(r.session.value->answers.size() == 67);
        CHECK(r.session.value->changed.size() == 5);
    }
}
