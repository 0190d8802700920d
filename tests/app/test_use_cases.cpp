// The use-case portfolio's intents (intents_use_cases.cpp) against the fake
// platform: adding through the text dialog, names refused clearly, renaming,
// removing and undo, the fields that change the rank and the proposed proof of
// concept, the change times other tabs merge by, and the share link carrying it all.
#include <catch2/catch.hpp>

#include <algorithm>

#include "app/intents.h"
#include "core/autosave.h"
#include "core/session_io.h"
#include "core/session_sync.h"
#include "core/share_link.h"
#include "fake_platform.h"

using namespace app;

namespace {

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

struct Portfolio {
  test::FakePlatform platform;
  AppState state;
  Intents act{state, platform};
  Portfolio() {
    act.start();
    act.go(caf::Step::Results);
    // CAF level 2 (skills 2, data 2): Copilot and Foundry without RAG fit, RAG does not yet.
    act.set_answer("plan_skills_level", caf::Answer::of(2));
    act.set_answer("plan_data_readiness", caf::Answer::of(2));
    act.refresh();
  }
  // Adds a use case the way the app does: the button, then the dialog's OK.
  std::string add(const std::string& name) {
    act.add_use_case();
    act.text_edited(int(TextPurpose::UseCaseName), name, true);
    act.refresh();
    return state.session.use_cases.empty() ? "" : state.session.use_cases.back().id;
  }
  const caf::UseCaseResult& result(const std::string& id) const {
    for (const auto& r : state.portfolio.ranked)
      if (r.use_case->id == id) return r;
    FAIL("no result for " << id);
    return state.portfolio.ranked.front();
  }
  std::string poc() const {
    const caf::UseCaseResult* c = state.portfolio.poc_candidate();
    return c ? c->use_case->id : "";
  }
};

}  // namespace

TEST_CASE("a use case is added by name through the text dialog", "[intents][use_cases]") {
  Portfolio f;
  REQUIRE(f.state.session.use_cases.empty());
  f.act.add_use_case();
  REQUIRE(f.platform.edits.size() == 1);
  CHECK(f.platform.edits[0].purpose == int(TextPurpose::UseCaseName));
  CHECK(f.platform.edits[0].title == "Name a new use case");
  CHECK(f.platform.edits[0].text.empty());
  f.act.text_edited(int(TextPurpose::UseCaseName), "  Summarize support\ntickets ", true);
  f.act.refresh();
  REQUIRE(f.state.session.use_cases.size() == 1);
  const caf::UseCase& u = f.state.session.use_cases[0];
  CHECK(u.name == "Summarize support tickets");   // one line, trimmed
  CHECK(u.id == "summarize_support_tickets");
  CHECK(u.value == 3);
  CHECK(f.state.session.changed.count("use_cases/summarize_support_tickets/name") == 1);
  CHECK(has(f.platform.said.back(), "Summarize support tickets: rank 1 of 1, no approach yet."));
  // Autosaved, and the portfolio is computed with the results.
  const auto saved = caf::parse_autosave(f.platform.storage[contracts::storage_key::autosave], f.state.model,
                                         f.state.catalogue);
  REQUIRE(saved.ok());
  REQUIRE(saved.value->session.use_cases.size() == 1);
  REQUIRE(f.state.portfolio.ranked.size() == 1);
  CHECK(f.state.portfolio.ranked[0].rank == 1);
  // Cancel adds nothing; a text arriving when nothing is being named is ignored.
  f.act.add_use_case();
  f.act.text_edited(int(TextPurpose::UseCaseName), "Thrown away", false);
  f.act.text_edited(int(TextPurpose::UseCaseName), "Late", true);
  CHECK(f.state.session.use_cases.size() == 1);
  // The same name again gets an id of its own only if the name differs: ids never repeat.
  CHECK(f.add("Summarize support tickets!") == "summarize_support_tickets_2");
}

TEST_CASE("an empty or repeated name is refused clearly and nothing typed is lost", "[intents][use_cases]") {
  Portfolio f;
  f.act.add_use_case();
  f.act.text_edited(int(TextPurpose::UseCaseName), "  \n ", true);
  CHECK(f.state.session.use_cases.empty());
  REQUIRE(f.state.notice);
  CHECK(f.state.notice->kind == Notice::Kind::Warning);
  CHECK(f.state.notice->title == "No use case was added");
  CHECK(has(f.state.notice->text, "the name is empty"));
  CHECK(f.act.name_use_case("", "") == "the name is empty");

  f.add("Contract search");
  const size_t edits = f.platform.edits.size();
  f.act.add_use_case();
  f.act.text_edited(int(TextPurpose::UseCaseName), "Contract search", true);
  CHECK(f.state.session.use_cases.size() == 1);
  CHECK(has(f.state.notice->text, "another use case already has the name \u201CContract search\u201D"));
  // The dialog opens again with what was typed, so it can be corrected.
  REQUIRE(f.platform.edits.size() == edits + 2);
  CHECK(f.platform.edits.back().text == "Contract search");
  f.act.text_edited(int(TextPurpose::UseCaseName), "Contract search for legal", true);
  CHECK(f.state.session.use_cases.size() == 2);

  const std::string too_long(caf::kMaxNameLength + 1, 'x');
  CHECK(has(f.act.name_use_case("", too_long), "201 characters; at most 200 fit"));
  CHECK(f.state.session.use_cases.size() == 2);
}

TEST_CASE("a use case is renamed and keeps its id, fields and change times", "[intents][use_cases]") {
  Portfolio f;
  const std::string id = f.add("Tickets");
  f.act.set_use_case_value(id, 5);
  const std::int64_t named = f.state.session.changed.at("use_cases/" + id + "/name");
  f.platform.clock_ms += 1000;
  f.act.rename_use_case(id);
  CHECK(f.platform.edits.back().text == "Tickets");
  CHECK(f.platform.edits.back().title == "Rename the use case \u201CTickets\u201D");
  f.act.text_edited(int(TextPurpose::UseCaseName), "Summarize tickets", true);
  REQUIRE(f.state.session.use_cases.size() == 1);
  CHECK(f.state.session.use_cases[0].id == id);
  CHECK(f.state.session.use_cases[0].name == "Summarize tickets");
  CHECK(f.state.session.use_cases[0].value == 5);
  CHECK(f.state.session.changed.at("use_cases/" + id + "/name") > named);
  // An empty name keeps the old one.
  f.act.rename_use_case(id);
  f.act.text_edited(int(TextPurpose::UseCaseName), "", true);
  CHECK(f.state.session.use_cases[0].name == "Summarize tickets");
  CHECK(f.state.notice->title == "The use case keeps its name");
}

TEST_CASE("removing a use case can be undone, in its place, and other tabs see the removal", "[intents][use_cases]") {
  Portfolio f;
  const std::string a = f.add("First"), b = f.add("Second"), c = f.add("Third");
  f.act.set_use_case_value(b, 4);
  f.act.remove_use_case(b);
  f.act.refresh();
  REQUIRE(f.state.session.use_cases.size() == 2);
  CHECK(f.state.portfolio.ranked.size() == 2);
  REQUIRE(f.state.removed_use_case);
  CHECK(has(f.platform.said.back(), "Removed the use case \u201CSecond\u201D"));
  // The removal is a field change: a tab that still has the use case drops it on merge.
  caf::Session other = f.state.session;
  other.use_cases.insert(other.use_cases.begin() + 1, f.state.removed_use_case->use_case);
  other.changed = {};
  const caf::Session merged = caf::merge_newest(other, f.state.session);
  CHECK(merged.use_cases.size() == 2);

  f.act.undo_remove_use_case();
  f.act.refresh();
  REQUIRE(f.state.session.use_cases.size() == 3);
  CHECK(f.state.session.use_cases[1].id == b);   // back where it was
  CHECK(f.state.session.use_cases[1].value == 4);
  CHECK_FALSE(f.state.removed_use_case);
  CHECK(f.state.session.use_cases[0].id == a);
  CHECK(f.state.session.use_cases[2].id == c);
  // A new use case never reuses the id of a removed one.
  f.act.remove_use_case(c);
  CHECK(f.add("Third") == "third_2");
}

TEST_CASE("value and sensitivity change the rank and the proposed proof of concept", "[intents][use_cases]") {
  Portfolio f;
  REQUIRE(f.state.result.scores.maturity.level == 2);
  // Copilot in Microsoft 365 for employees: within level 2, feasibility 5.
  const std::string tickets = f.add("Summarize tickets");
  f.act.set_use_case_goal(tickets, "individual_productivity");
  f.act.set_use_case_need(tickets, "m365_apps");
  f.act.set_use_case_sensitivity(tickets, "internal");
  f.act.set_use_case_beneficiary(tickets, "employees");
  // Foundry without RAG for partners: within level 2, feasibility 5.
  const std::string search = f.add("Contract search");
  f.act.set_use_case_goal(search, "business_automation");
  f.act.set_use_case_need(search, "hosted_model");
  f.act.set_use_case_sensitivity(search, "internal");
  f.act.set_use_case_beneficiary(search, "partners");
  f.act.refresh();
  CHECK(f.result(tickets).approach->id == "copilots");
  CHECK(f.result(search).approach->id == "paas_models");
  CHECK(f.result(tickets).feasibility == 5);
  // Equal in everything: the user's order decides, and the first is the proof of concept.
  CHECK(f.result(tickets).rank == 1);
  CHECK(f.poc() == tickets);

  f.act.set_use_case_value(search, 4);
  f.act.refresh();
  CHECK(f.result(search).rank == 1);
  CHECK(f.result(search).score == 20);
  CHECK(f.poc() == search);
  CHECK(has(f.platform.said.back(), "Contract search: rank 1 of 2, Foundry or Azure OpenAI apps without RAG, "
                                    "feasibility 5 of 5. Proposed proof of concept: Contract search."));
  CHECK(has(f.state.portfolio.poc_reason, "Contract search ranks highest"));

  // Regulated data costs two feasibility points and rules it out as the first proof of concept.
  f.act.set_use_case_sensitivity(search, "regulated");
  f.act.refresh();
  CHECK(f.result(search).feasibility == 3);
  CHECK(f.result(search).rank == 2);
  CHECK(f.poc() == tickets);
  CHECK(f.state.session.changed.count("use_cases/" + search + "/sensitivity") == 1);
  CHECK(f.state.session.changed.count("use_cases/" + search + "/value") == 1);

  // Out-of-range and unknown values change nothing.
  f.act.set_use_case_value(search, 6);
  f.act.set_use_case_sensitivity(search, "secret");
  f.act.set_use_case_need(search, "m365_apps");   // a need of the other goal
  CHECK(f.state.session.use_cases[1].value == 4);
  CHECK(f.state.session.use_cases[1].sensitivity == "regulated");
  CHECK(f.state.session.use_cases[1].need == "hosted_model");
}

TEST_CASE("another goal clears a need that is not one of its needs", "[intents][use_cases]") {
  Portfolio f;
  const std::string id = f.add("Agent");
  f.act.set_use_case_goal(id, "business_automation");
  f.act.set_use_case_need(id, "grounded");
  f.act.set_use_case_goal(id, "individual_productivity");
  CHECK(f.state.session.use_cases[0].goal == "individual_productivity");
  CHECK(f.state.session.use_cases[0].need.empty());
  CHECK(f.state.session.changed.count("use_cases/" + id + "/need") == 1);
  f.act.refresh();
  CHECK(f.result(id).approach == nullptr);
  CHECK(f.result(id).feasibility == 0);
}

TEST_CASE("the share link carries the use cases and the plan's owners and dates", "[intents][use_cases][share]") {
  Portfolio f;
  const std::string id = f.add("Summarize tickets");
  f.act.set_use_case_value(id, 5);
  f.act.set_use_case_goal(id, "individual_productivity");
  f.act.set_use_case_need(id, "m365_apps");
  f.act.set_use_case_sensitivity(id, "confidential");
  f.act.set_use_case_beneficiary(id, "customers");
  f.state.session.plan.start = "2027-01-04";
  f.state.session.plan.capacity = 3;
  const std::string item = f.state.catalogue.items.front().id;
  f.state.session.items[item].owner = "ai_coe_lead";
  f.state.session.items[item].due = "2027-02-28";
  f.act.make_share_link();
  const std::string link = f.state.share_link;
  REQUIRE(has(link, "#v3."));
  CHECK(has(f.state.notice->text, "plan and use cases"));
  const auto back = caf::decode_share(link.substr(link.find('#')), f.state.model, f.state.catalogue);
  INFO(caf::errors_to_string(back.session.errors));
  REQUIRE(back.ok());
  const caf::Session& s = *back.session.value;
  REQUIRE(s.use_cases.size() == 1);
  CHECK(s.use_cases[0].id == id);
  CHECK(s.use_cases[0].name == "Summarize tickets");
  CHECK(s.use_cases[0].value == 5);
  CHECK(s.use_cases[0].sensitivity == "confidential");
  CHECK(s.use_cases[0].beneficiary == "customers");
  CHECK(s.use_cases[0].goal == "individual_productivity");
  CHECK(s.use_cases[0].need == "m365_apps");
  CHECK(s.plan.start == "2027-01-04");
  CHECK(s.plan.capacity == 3);
  CHECK(s.items.at(item).owner == "ai_coe_lead");
  CHECK(s.items.at(item).due == "2027-02-28");
  CHECK(s.items.at(item).start.empty());
}
