// The Roadmap screen's plan through the intents: the plan and portfolio computed
// with the results the way the exports compute them, the view switch, the start
// date and capacity, an item's owner and pinned dates (stamped like every other
// field, so tabs merge), and dates that are refused with nothing lost.
#include <catch2/catch.hpp>

#include "app/intents.h"
#include "core/export_file.h"
#include "core/session_io.h"
#include "fake_platform.h"

using namespace app;

namespace {

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

struct PlanFixture {
  test::FakePlatform platform;
  AppState state;
  Intents act{state, platform};
  PlanFixture() {
    act.start();
    // A profile and a few low answers: the roadmap has open items to plan.
    caf::Session s = caf::new_session(state.model);
    for (const caf::ProfileQuestion& q : state.model.profile) s.profile[q.id] = q.options.front().id;
    for (size_t i = 0; i < 10 && i < state.sequence.size(); ++i) s.set_answer(state.sequence[i].question->id, caf::Answer::of(1));
    REQUIRE(act.load_session_now(caf::serialize_session(s)).empty());
    act.refresh();
    act.go(caf::Step::Roadmap);
  }
  const caf::ScheduledItem& first() const { return state.plan.items.front(); }
  std::string first_id() const { return first().item->item->id; }
};

}  // namespace

TEST_CASE("the plan is computed with the results and starts today when no start is set", "[intents][plan]") {
  PlanFixture f;
  REQUIRE(f.state.plan_data_ok);
  REQUIRE(f.state.plan.ok);
  CHECK(f.state.today == "2024-05-01");           // the platform's date, as the exports print it
  CHECK(f.state.plan.start == "2024-05-01");
  CHECK(f.state.plan.capacity == caf::kDefaultCapacity);
  CHECK_FALSE(f.state.plan.items.empty());
  CHECK(f.state.portfolio.ranked.empty());         // no use cases listed
}

TEST_CASE("the screen's plan is the plan the JSON report writes", "[intents][plan]") {
  PlanFixture f;
  caf::ExportContext ctx;
  ctx.date = f.state.today;
  const std::string json = caf::export_file(caf::ExportFormat::JsonReport, f.state.model, f.state.catalogue, f.state.session,
                                            f.state.result, ctx).bytes;
  for (const caf::ScheduledItem& sc : f.state.plan.items) {
    INFO(sc.item->item->id);
    CHECK(has(json, "\"start\": \"" + sc.start + "\""));
    CHECK(has(json, "\"due\": \"" + sc.due + "\""));
  }
}

TEST_CASE("the roadmap's view and the timeline's lanes are switched", "[intents][plan]") {
  PlanFixture f;
  CHECK(f.state.roadmap_view == RoadmapView::Checklist);   // the checklist as it always was
  f.act.set_roadmap_view(RoadmapView::Timeline);
  CHECK(f.state.roadmap_view == RoadmapView::Timeline);
  CHECK(f.platform.said.back() == "Showing the timeline");
  f.act.set_roadmap_view(RoadmapView::First90Days);
  CHECK(f.platform.said.back() == "Showing the first 90 days");
  f.act.set_timeline_lanes(TimelineLanes::Owner);
  CHECK(f.state.timeline_lanes == TimelineLanes::Owner);
}

TEST_CASE("editing an owner stamps the field and the plan names the new owner", "[intents][plan]") {
  PlanFixture f;
  const std::string id = f.first_id();
  const std::string key = "items/" + id + "/owner";
  f.platform.clock_ms += 1000;
  f.act.set_item_owner(id, "security_lead");
  CHECK(f.state.session.items[id].owner == "security_lead");
  REQUIRE(f.state.session.changed.count(key) == 1);
  CHECK(f.state.session.changed[key] == f.platform.clock_ms);
  f.act.refresh();
  const caf::ScheduledItem* sc = f.state.plan.find(id);
  REQUIRE(sc);
  CHECK(sc->owner == "Security lead");
  CHECK(sc->owner_edited);
  // Autosaved: another tab merging it sees the owner.
  auto saved = caf::parse_autosave(f.platform.storage[contracts::storage_key::autosave], f.state.model, f.state.catalogue);
  REQUIRE(saved.ok());
  CHECK(saved.value->session.items[id].owner == "security_lead");

  SECTION("free text from the dialog; a role's name typed out is the role") {
    f.act.edit_item_owner(id);
    REQUIRE(f.platform.edits.back().purpose == int(TextPurpose::ItemOwner));
    CHECK(f.platform.edits.back().text == "Security lead");
    f.act.text_edited(int(TextPurpose::ItemOwner), "  Maria (CISO office) ", true);
    f.act.refresh();
    CHECK(f.state.plan.find(id)->owner == "Maria (CISO office)");
    CHECK(f.state.plan.find(id)->owner_id.empty());
    f.act.edit_item_owner(id);
    f.act.text_edited(int(TextPurpose::ItemOwner), "data owner", true);
    CHECK(f.state.session.items[id].owner == "data_owner");
  }
  SECTION("the plan's owner again") {
    f.act.set_item_owner(id, "");
    f.act.refresh();
    CHECK_FALSE(f.state.plan.find(id)->owner_edited);
    CHECK(f.state.session.items.count(id) == 0);   // nothing else was set on it
    CHECK(f.state.session.changed.count(key) == 1); // the clearing is stamped too
  }
}

TEST_CASE("a start date that is not a date is refused with a message and nothing changes", "[intents][plan]") {
  PlanFixture f;
  const caf::Session before = f.state.session;
  f.act.edit_plan_start();
  REQUIRE(f.platform.edits.back().purpose == int(TextPurpose::PlanStart));
  f.act.text_edited(int(TextPurpose::PlanStart), "2024-02-30", true);
  CHECK(f.state.session.plan.start == before.plan.start);
  CHECK(f.state.session.changed == before.changed);
  REQUIRE(f.state.notice);
  CHECK(f.state.notice->kind == Notice::Kind::Error);
  CHECK(has(f.state.notice->text, "YYYY-MM-DD"));
  REQUIRE(f.state.plan_input_error);
  CHECK(f.state.plan_input_error->key == "plan/start");
  // Nothing typed is lost: the next edit starts from it.
  f.act.edit_plan_start();
  CHECK(f.platform.edits.back().text == "2024-02-30");
  f.act.text_edited(int(TextPurpose::PlanStart), " 2024-02-29 ", true);
  CHECK(f.state.session.plan.start == "2024-02-29");
  CHECK_FALSE(f.state.plan_input_error);
  CHECK(f.state.session.changed.count("plan/start") == 1);
  f.act.refresh();
  CHECK(f.state.plan.start == "2024-02-29");
  // Empty: today again.
  f.act.set_plan_start("");
  f.act.refresh();
  CHECK(f.state.plan.start == "2024-05-01");
}

TEST_CASE("capacity steps between 1 and 12 and is stamped", "[intents][plan]") {
  PlanFixture f;
  f.act.set_plan_capacity(0);
  CHECK(f.state.session.plan.capacity == 1);
  f.act.set_plan_capacity(40);
  CHECK(f.state.session.plan.capacity == 12);
  CHECK(f.state.session.changed.count("plan/capacity") == 1);
  f.act.set_plan_capacity(3);
  f.act.refresh();
  CHECK(f.state.plan.capacity == 3);
}

TEST_CASE("pinning an item's dates moves it and the plan's dates come back", "[intents][plan]") {
  PlanFixture f;
  const std::string id = f.first_id();
  f.act.edit_item_date(id, false);
  REQUIRE(f.platform.edits.back().purpose == int(TextPurpose::ItemStart));
  f.act.text_edited(int(TextPurpose::ItemStart), "2024-07-01", true);
  f.act.refresh();
  const caf::ScheduledItem* sc = f.state.plan.find(id);
  REQUIRE(sc);
  CHECK(sc->start == "2024-07-01");
  CHECK(sc->pinned);
  CHECK(has(sc->reason, "Pinned by you"));
  CHECK(f.state.session.changed.count("items/" + id + "/start") == 1);

  // A due date before the pinned start is refused; nothing changes.
  f.act.set_item_date(id, true, "2024-06-01");
  CHECK(f.state.session.items[id].due.empty());
  REQUIRE(f.state.plan_input_error);
  CHECK(f.state.plan_input_error->key == "items/" + id + "/due");
  // Not a date either.
  f.act.set_item_date(id, true, "next friday");
  CHECK(f.state.session.items[id].due.empty());
  CHECK(f.state.plan_input_error->text == "next friday");

  f.act.use_plan_dates(id);
  f.act.refresh();
  CHECK_FALSE(f.state.plan.find(id)->pinned);
  CHECK(f.state.session.items.count(id) == 0);
  CHECK_FALSE(f.state.plan_input_error);
}

TEST_CASE("choosing a bar of the timeline selects its item and reads it out", "[intents][plan]") {
  PlanFixture f;
  f.act.select_plan_item(f.first_id());
  CHECK(f.state.plan_item == f.first_id());
  CHECK(has(f.platform.said.back(), f.first().reason));
}

TEST_CASE("the timeline's item dialog closes with Escape and when the screen changes", "[intents][plan]") {
  PlanFixture f;
  f.act.select_plan_item(f.first_id());
  CHECK(f.state.dialog() == Dialog::PlanItem);
  f.act.primary_action();                    // Enter with a dialog open acts on its buttons only
  CHECK(f.state.step == caf::Step::Roadmap);
  f.act.back();
  CHECK(f.state.dialog() == Dialog::None);
  CHECK(f.state.step == caf::Step::Roadmap);
  f.act.select_plan_item(f.first_id());
  f.act.go(caf::Step::Results);
  CHECK(f.state.plan_item.empty());
}
