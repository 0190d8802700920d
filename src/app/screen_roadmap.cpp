// Roadmap: the recommended checklist (startup or enterprise) with the reasons
// and a switch; three views of it: the dated plan as a timeline (lanes per
// phase or per owner), the first 90 days, and the checklist in the seven
// phases with status, priority, why and the CAF link; the plan's settings;
// per item its owner and pinned dates; tick items off and add notes; download.
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/timeline.h"
#include "app/views.h"
#include "app/widgets.h"
#include "core/civil_date.h"
#include "core/plan.h"

namespace app {

static ImVec4 status_color(caf::ItemStatus s) {
  const Palette& p = ui::colors();
  switch (s) {
    case caf::ItemStatus::Done: return p.good;
    case caf::ItemStatus::InProgress: return p.accent;
    case caf::ItemStatus::ToDo: return p.warn;
    case caf::ItemStatus::Unverified: return p.target;
    case caf::ItemStatus::NotApplicable: return p.text_muted;
  }
  return p.text_muted;
}

static ImVec4 priority_color(caf::Priority pr) {
  const Palette& p = ui::colors();
  switch (pr) {
    case caf::Priority::Now: return p.bad;
    case caf::Priority::Next: return p.target;
    case caf::Priority::Later: return p.text_muted;
    case caf::Priority::None: break;
  }
  return p.text_muted;
}

// [SECTION] Recommendation ------------------------------------------------------------

static void draw_recommendation(const AppState& s, Intents& act, float width) {
  const caf::Roadmap& r = s.result.roadmap;
  const caf::Recommendation& rec = r.recommendation;
  ui::begin_card(width);
  ImGui::PushFont(ui::fonts().small);
  ui::text_colored(ui::colors().accent, "WHICH CHECKLIST");
  ImGui::PopFont();
  const caf::ChecklistChoice c = s.session.checklist_choice;
  const float right = ImGui::GetCursorScreenPos().x + width - 2.2f * ui::em();
  // The choice comes first: what it changes (the name, the summary, the reasons) lies
  // below it, so the buttons stay under the pointer.
  ui::begin_choices("Checklist");
  if (ui::choice_button("Recommended", c == caf::ChecklistChoice::Auto)) act.set_checklist_choice(caf::ChecklistChoice::Auto);
  ui::flow_next("Startup", right);
  if (ui::choice_button("Startup", c == caf::ChecklistChoice::Startup)) act.set_checklist_choice(caf::ChecklistChoice::Startup);
  ui::flow_next("Enterprise", right);
  if (ui::choice_button("Enterprise", c == caf::ChecklistChoice::Enterprise))
    act.set_checklist_choice(caf::ChecklistChoice::Enterprise);
  ui::end_choices();
  ui::space(0.2f);
  ui::heading(ui::fonts().h2, r.checklist ? r.checklist->name : "");
  ui::text_wrapped(rec.summary);
  ui::begin_list("Why");
  for (const std::string& reason : rec.reasons) {
    ui::begin_list_item();
    ui::text_wrapped_muted("• " + reason);
    ui::end_list_item();
  }
  for (const std::string& m : rec.missing) {
    ui::begin_list_item();
    ui::text_wrapped_muted("• Not answered yet: " + m);
    ui::end_list_item();
  }
  ui::end_list();
  ui::end_card();
}

static void draw_counts(const AppState& s) {
  const std::string paths = caf::paths_sentence(s.result.roadmap);
  if (!paths.empty()) ui::text_wrapped(paths);
  ui::text_wrapped(caf::counts_sentence(s.result.roadmap.counts));
}

// [SECTION] Items ----------------------------------------------------------------------

static void draw_plan_edits(const AppState& s, Intents& act, const std::string& item_id, bool open);
static void draw_plan_line(const AppState& s, const caf::ScheduledItem& sc);
static const char* plan_error_for(const AppState& s, const std::string& key);

static void draw_item(const AppState& s, Intents& act, const caf::RoadmapItem& it, float width) {
  const float em = ui::em();
  ImGui::PushID(it.item->id.c_str());
  ui::begin_list_item();
  ui::begin_card(width);
  const bool na = it.status == caf::ItemStatus::NotApplicable;
  // A screen reader hears status, priority and why with the check box: the badges
  // and reasons below it say the same for the eye.
  std::string described = std::string("Status: ") + caf::label(it.status) + ".";
  if (it.priority != caf::Priority::None) described += std::string(" Priority: ") + caf::label(it.priority) + ".";
  described += " " + it.status_reason;
  if (!it.priority_reason.empty()) described += " " + it.priority_reason;
  if (na) {
    ui::title(it.item->title, 3, &ui::colors().text_muted);
  } else if (ui::check_row(it.item->title.c_str(), it.ticked, described)) {
    act.toggle_item(it.item->id);
  }
  if (!na) ui::begin_hidden();
  ui::badge(caf::label(it.status), status_color(it.status));
  if (it.priority != caf::Priority::None) {
    ImGui::SameLine(0, em * 0.4f);
    ui::badge(std::string("Priority: ") + caf::label(it.priority), priority_color(it.priority));
  }
  if (!na) ui::end_hidden();
  if (!it.item->edition.empty()) {
    ImGui::SameLine(0, em * 0.4f);
    ui::badge("CAF " + it.item->edition.from, ui::colors().text_muted);
  }
  ui::text_wrapped(it.what);
  if (!na) ui::begin_hidden();
  ImGui::PushFont(ui::fonts().small);
  ui::text_wrapped_muted(it.status_reason);
  if (!it.priority_reason.empty()) ui::text_wrapped_muted(it.priority_reason);
  ImGui::PopFont();
  if (!na) ui::end_hidden();
  if (!it.item->edition.empty()) {
    ImGui::PushFont(ui::fonts().small);
    ui::text_wrapped_muted("From CAF's " + it.item->edition.from + " edition. " + it.item->edition.note);
    ImGui::PopFont();
  }
  // The arithmetic stays one click away: a consultant can show how the rank came about.
  if (!it.priority_detail.empty() && ui::disclosure("How it was ranked")) {
    ImGui::PushFont(ui::fonts().small);
    ui::text_wrapped_muted(it.priority_detail);
    ImGui::PopFont();
  }
  // The plan's dates behind a disclosure: a tick re-plans the items after it, and the
  // checklist then changes only where it was ticked (the rest is collapsed).
  if (const caf::ScheduledItem* sc = s.plan.ok ? s.plan.find(it.item->id) : nullptr) {
    const bool refused = plan_error_for(s, "items/" + it.item->id + "/start") || plan_error_for(s, "items/" + it.item->id + "/due");
    if (ui::disclosure("Plan, owner and dates") || refused) {
      draw_plan_line(s, *sc);
      draw_plan_edits(s, act, it.item->id, true);
    }
  }
  if (!it.note.empty()) {
    ui::title("Your note", 3);
    ui::text_wrapped(it.note);
  }
  if (ui::link_button("CAF guidance ↗", it.item->link)) act.open_link(it.item->link);
  ui::tooltip(it.item->link + " (opens in a new tab)");
  ImGui::SameLine();
  if (ui::link_button(it.note.empty() ? "Add a note" : "Edit the note")) act.edit_item_note(it.item->id);
  ui::end_card();
  ui::end_list_item();
  ImGui::PopID();
}

// [SECTION] The plan: view switch, settings, an item's owner and dates ----------------

static const char* plan_error_for(const AppState& s, const std::string& key) {
  return s.plan_input_error && s.plan_input_error->key == key ? s.plan_input_error->message.c_str() : nullptr;
}

static void draw_view_switch(const AppState& s, Intents& act, float width) {
  const float right = ImGui::GetCursorScreenPos().x + width - 2.2f * ui::em();
  ui::space(0.3f);
  ui::begin_choices("Show the roadmap as");
  if (ui::choice_button("Timeline", s.roadmap_view == RoadmapView::Timeline)) act.set_roadmap_view(RoadmapView::Timeline);
  ui::flow_next("First 90 days", right);
  if (ui::choice_button("First 90 days", s.roadmap_view == RoadmapView::First90Days))
    act.set_roadmap_view(RoadmapView::First90Days);
  ui::flow_next("Checklist", right);
  if (ui::choice_button("Checklist", s.roadmap_view == RoadmapView::Checklist)) act.set_roadmap_view(RoadmapView::Checklist);
  ui::end_choices();
  ui::space(0.3f);
}

static void draw_plan_settings(const AppState& s, Intents& act, float width) {
  const caf::Plan& plan = s.plan;
  ui::begin_card(width);
  ui::title("The plan", 2);
  const bool today = s.session.plan.start.empty();
  ui::text_wrapped("Starts " + (plan.ok ? plan.start : s.session.plan.start) + (today ? " (today)" : "") +
                   (plan.ok && !plan.items.empty() ? ", ends " + caf::iso_day(plan.end_day) : "") + ".");
  if (ui::secondary_button("Change the start date")) act.edit_plan_start();
  if (!today) {
    ImGui::SameLine();
    if (ui::link_button("Start today")) act.set_plan_start("");
  }
  if (const char* e = plan_error_for(s, "plan/start")) ui::text_colored(ui::colors().bad, e);
  const int capacity = s.session.plan.capacity > 0 ? s.session.plan.capacity : caf::kDefaultCapacity;
  // The text sits on the line of the small buttons after it (their padding, not a button's).
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ui::small_button_padding());
  ImGui::AlignTextToFramePadding();
  ImGui::PopStyleVar();
  ui::text("Items at a time: " + std::to_string(capacity));
  ImGui::SameLine();
  if (ui::small_button("−", "Fewer items at a time")) act.set_plan_capacity(capacity - 1);
  ImGui::SameLine();
  if (ui::small_button("+", "More items at a time")) act.set_plan_capacity(capacity + 1);
  ImGui::PushFont(ui::fonts().small);
  ui::text_wrapped_muted("How many items your team can work on in parallel (1 to 12). Items wait for their "
                         "prerequisites and for a free track.");
  if (!s.portfolio.ranked.empty() && !plan.poc_use_case.empty())
    ui::text_wrapped_muted("The proof of concept uses \"" + plan.poc_use_case + "\".");
  ImGui::PopFont();
  if (!plan.ok) ui::text_colored(ui::colors().bad, "No plan: " + plan.error);
  ui::end_card();
}

// "Owner: X (set by you) · 2026-12-02 – 2026-12-29 · effort · reason"
static void draw_plan_line(const AppState& s, const caf::ScheduledItem& sc) {
  ImGui::PushFont(ui::fonts().small);
  ui::text_wrapped("Owner: " + sc.owner + (sc.owner_edited ? " (set by you)" : "") + "  ·  " + sc.start + " to " + sc.due +
                   "  ·  " + s.plan_data.waves[sc.wave].name + "  ·  Effort: " +
                   (sc.effort ? caf::effort_text(*sc.effort) : std::string("—")));
  ui::text_wrapped_muted((sc.check ? "Check whether it is already done. " : std::string()) + sc.reason +
                         (sc.poc_use_case.empty() ? "" : " Proof-of-concept candidate: " + sc.poc_use_case + "."));
  ImGui::PopFont();
}

// `open`: shown at once (the timeline's dialog), else behind a disclosure (in a list).
static void draw_plan_edits(const AppState& s, Intents& act, const std::string& item_id, bool open = false) {
  const caf::ScheduledItem* sc = s.plan.find(item_id);
  if (!sc) return;
  const char* start_error = plan_error_for(s, "items/" + item_id + "/start");
  const char* due_error = plan_error_for(s, "items/" + item_id + "/due");
  if (!open && !ui::disclosure("Change the owner or dates") && !start_error && !due_error) return;
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x - ui::em();
  ImGui::PushFont(ui::fonts().small);
  ui::text_muted("Owner");
  ImGui::PopFont();
  ui::begin_choices("Owner");
  for (size_t i = 0; i < s.plan_data.roles.size(); ++i) {
    const caf::Role& r = s.plan_data.roles[i];
    if (i > 0) ui::flow_next(r.name.c_str(), right);
    if (ui::choice_button(r.name.c_str(), sc->owner_id == r.id)) act.set_item_owner(item_id, r.id);
  }
  ui::end_choices();
  if (ui::link_button("Type another owner…")) act.edit_item_owner(item_id);
  if (sc->owner_edited) {
    ImGui::SameLine();
    if (ui::link_button("Use the plan's owner")) act.set_item_owner(item_id, "");
  }
  const auto st = s.session.items.find(item_id);
  const bool pinned_start = st != s.session.items.end() && !st->second.start.empty();
  const bool pinned_due = st != s.session.items.end() && !st->second.due.empty();
  if (ui::secondary_button(pinned_start ? "Change the pinned start" : "Pin the start")) act.edit_item_date(item_id, false);
  ui::flow_next("Pin the due date", right);
  if (ui::secondary_button(pinned_due ? "Change the pinned due date" : "Pin the due date")) act.edit_item_date(item_id, true);
  if (pinned_start || pinned_due) {
    ui::flow_next("Use the plan's dates", right);
    if (ui::secondary_button("Use the plan's dates")) act.use_plan_dates(item_id);
  }
  if (start_error) ui::text_colored(ui::colors().bad, start_error);
  if (due_error) ui::text_colored(ui::colors().bad, due_error);
}

// [SECTION] The plan: timeline --------------------------------------------------------

// By priority, as the badges are; an item to check is striped (the shader) and grey.
static ImVec4 bar_color(const caf::ScheduledItem& sc) {
  const Palette& p = ui::colors();
  if (sc.check) return p.text_muted;
  switch (sc.item->priority) {
    case caf::Priority::Now: return p.bad;
    case caf::Priority::Next: return p.target;
    default: return with_alpha(p.text_muted, 0.85f);
  }
}

struct Lane {
  std::string name;
  std::vector<size_t> items;   // indices into Plan::items, by start
};

static std::vector<Lane> timeline_lanes(const AppState& s) {
  std::vector<Lane> lanes;
  const caf::Plan& plan = s.plan;
  if (s.timeline_lanes == TimelineLanes::Phase) {
    for (const caf::RoadmapPhase& ph : s.result.roadmap.phases) {
      Lane lane{ph.phase->name, {}};
      for (size_t i = 0; i < plan.items.size(); ++i)
        if (plan.items[i].item->item->phase == ph.phase->id) lane.items.push_back(i);
      if (!lane.items.empty()) lanes.push_back(std::move(lane));
    }
  } else {
    std::map<std::string, size_t> index;
    for (size_t i = 0; i < plan.items.size(); ++i) {
      const std::string& o = plan.items[i].owner;
      auto it = index.find(o);
      if (it == index.end()) {
        it = index.emplace(o, lanes.size()).first;
        lanes.push_back({o, {}});
      }
      lanes[it->second].items.push_back(i);
    }
  }
  return lanes;
}

// The bars for the eye, drawn by the timeline shaders; for screen readers and the
// keyboard a table (item, owner, start, due, wave, why then) whose first cell is
// the bar itself: Tab visits the bars, Enter opens the item's details below.
// Two passes: the rectangles first (the shader's callback goes under the texts),
// then the texts and the bars' controls.
static void draw_timeline_chart(const AppState& s, Intents& act, float width) {
  const caf::Plan& plan = s.plan;
  const Palette& p = ui::colors();
  const float em = ui::em();
  const std::vector<Lane> lanes = timeline_lanes(s);
  const std::int64_t span = std::max<std::int64_t>(plan.end_day + 1 - plan.start_day, 181);
  const float scale = width / float(span);
  // On a phone a title rarely fits beside its bar: it goes on a line of its own above it.
  const bool two_lines = layout_is_narrow(s);
  // The time axis: the start date, the first of each month and today, on a row below the waves.
  const std::int64_t last_day = plan.start_day + span - 1;
  const std::vector<caf::MonthStart> months = caf::month_starts(plan.start_day, last_day);
  const std::optional<std::int64_t> today = caf::parse_iso_day(s.today);
  const bool today_shown = today && *today > plan.start_day && *today <= last_day;
  const auto short_day = [](std::int64_t d) { return caf::readable_day(d).substr(4); };   // "2 Dec 2026"
  const float hairline = std::max(1.0f, em / 16.0f);
  const float waves_h = em * 1.4f, axis_h = em * 1.2f;
  const float header_h = waves_h + axis_h + em * 0.1f, lane_h = em * 1.5f, row_h = em * (two_lines ? 2.5f : 1.5f),
              bar_h = em * 0.95f;
  const float bar_y = two_lines ? row_h - bar_h - em * 0.3f : (row_h - bar_h) * 0.5f;
  float height = header_h;
  for (const Lane& l : lanes) height += lane_h + row_h * float(l.items.size()) + em * 0.3f;
  const ImVec2 o = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  const ImVec2 end_cursor = ImGui::GetCursorScreenPos();
  const ImVec2 chart_max(o.x + width, o.y + height);
  auto x_of = [&](std::int64_t day) { return o.x + float(day - plan.start_day) * scale; };

  // Pass 1: wave bands (every other one tinted), boundaries, the start line, the bars.
  std::vector<TimelineRect> rects;
  struct Bar { size_t item; ImVec2 min, max; float row_y; };
  std::vector<Bar> bars;
  for (size_t w = 0; w < plan.waves.size(); ++w) {
    const float x0 = x_of(plan.waves[w].from_day);
    const float x1 = w + 1 < plan.waves.size() ? x_of(plan.waves[w + 1].from_day) : chart_max.x;
    if (x0 >= chart_max.x) break;
    if (w % 2 == 1) rects.push_back({ImVec2(x0, o.y), ImVec2(std::min(x1, chart_max.x), chart_max.y), with_alpha(p.card_border, 0.45f)});
    if (w > 0) rects.push_back({ImVec2(x0, o.y), ImVec2(x0 + hairline, chart_max.y), with_alpha(p.text_muted, 0.6f)});
  }
  for (const caf::MonthStart& m : months)
    rects.push_back({ImVec2(x_of(m.day), o.y + waves_h), ImVec2(x_of(m.day) + hairline, chart_max.y), with_alpha(p.text_muted, 0.25f)});
  rects.push_back({ImVec2(o.x, o.y), ImVec2(o.x + em * 0.15f, chart_max.y), p.accent});
  if (today_shown)
    rects.push_back({ImVec2(x_of(*today), o.y + waves_h), ImVec2(x_of(*today) + em * 0.12f, chart_max.y), p.target});
  float y = o.y + header_h;
  for (const Lane& lane : lanes) {
    y += lane_h;
    for (size_t i : lane.items) {
      const caf::ScheduledItem& sc = plan.items[i];
      const float x0 = x_of(sc.start_day), x1 = std::max(x0 + em * 0.4f, x_of(sc.due_day + 1));
      bars.push_back({i, ImVec2(x0, y + bar_y), ImVec2(std::min(x1, chart_max.x), y + bar_y + bar_h), y});
      const std::string label = sc.item->item->title + "##" + sc.item->item->id;
      const bool focused = ui::has_focus(ImGui::GetID(label.c_str())) || s.plan_item == sc.item->item->id;
      rects.push_back({bars.back().min, bars.back().max, bar_color(sc), em * 0.25f, sc.check, focused});
      y += row_h;
    }
    y += em * 0.3f;
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(o, chart_max, true);
  ui::timeline_rects(rects);

  // Pass 2: names of the waves and lanes, the bars' titles and controls (the table).
  ImGui::PushFont(ui::fonts().small);
  for (size_t w = 0; w < plan.waves.size(); ++w) {
    const float x0 = x_of(plan.waves[w].from_day);
    const float x1 = w + 1 < plan.waves.size() ? x_of(plan.waves[w + 1].from_day) : chart_max.x;
    // The wave's name, or its days ("0–30") when the band is too narrow for it.
    const float room = std::min(x1, chart_max.x) - x0 - em * 0.4f;
    std::string name = plan.waves[w].wave->name;
    if (ImGui::CalcTextSize(name.c_str()).x >= room)
      name = std::to_string(plan.waves[w].wave->from_day) +
             (w + 1 < plan.waves.size() ? "\u2013" + std::to_string(plan.waves[w + 1].wave->from_day - 1) : "+");
    if (x0 < chart_max.x && ImGui::CalcTextSize(name.c_str()).x < room)
      dl->AddText(ImVec2(x0 + em * 0.3f, o.y + em * 0.2f), to_u32(p.text_muted), name.c_str());
  }
  // The axis labels: today, the start date, then the months; one that would run into a label
  // already there is left out (on a phone a month is a few dozen pixels wide).
  std::vector<std::pair<float, float>> taken;
  auto axis_label = [&](float x, const std::string& text, ImU32 color) {
    const float w = ImGui::CalcTextSize(text.c_str()).x;
    if (x + w > chart_max.x) return;
    for (const auto& [a, b] : taken)
      if (x < b + em * 0.5f && x + w + em * 0.5f > a) return;
    dl->AddText(ImVec2(x, o.y + waves_h + em * 0.05f), color, text.c_str());
    taken.emplace_back(x, x + w);
  };
  if (today_shown) axis_label(x_of(*today) + em * 0.3f, "Today", to_u32(p.target));
  axis_label(o.x + em * 0.3f, short_day(plan.start_day), to_u32(p.text));
  for (const caf::MonthStart& m : months) axis_label(x_of(m.day) + em * 0.25f, m.label, to_u32(p.text_muted));
  ImGui::PopFont();
  sem::Tree& t = ui::semantics();
  t.begin_at(sem::Role::Table, "Timeline of the plan", sem::Rect{o.x, o.y, width, height});
  // What the axis shows in pixels, said once (each row's cells give its own dates).
  if (sem::Node* table = t.last()) {
    table->description = "Time axis from " + short_day(plan.start_day) + (today && *today == plan.start_day ? " (today)" : "") +
                         " to " + short_day(last_day) + (today_shown ? ", today (" + short_day(*today) + ") marked" : "") +
                         ", a line on the first of each month.";
  }
  t.begin(sem::Role::Row);
  for (const char* h : {"Item", "Owner", "Start", "Due", "Wave", "Why then"}) t.add(sem::Role::ColumnHeader, h, sem::Rect{});
  t.end();
  y = o.y + header_h;
  size_t b = 0;
  for (const Lane& lane : lanes) {
    ImGui::PushFont(ui::fonts().bold);
    dl->AddText(ImVec2(o.x + em * 0.4f, y + em * 0.25f), to_u32(p.text), lane.name.c_str());
    ImGui::PopFont();
    y += lane_h + row_h * float(lane.items.size()) + em * 0.3f;
    for (size_t k = 0; k < lane.items.size(); ++k, ++b) {
      const Bar& bar = bars[b];
      const caf::ScheduledItem& sc = plan.items[bar.item];
      const std::string& title = sc.item->item->title;
      t.begin(sem::Role::Row);
      t.begin(sem::Role::Cell);
      if (ui::bar_button(sc.item->item->id.c_str(), title, bar.min, bar.max,
                         std::string(caf::label(sc.item->priority)) + " priority. " + sc.owner + ", " + sc.start +
                             " to " + sc.due + ". " + sc.reason))
        act.select_plan_item(sc.item->item->id);
      t.end();
      t.add(sem::Role::Cell, sc.owner, sem::Rect{});
      t.add(sem::Role::Cell, sc.start, sem::Rect{});
      t.add(sem::Role::Cell, sc.due, sem::Rect{});
      t.add(sem::Role::Cell, s.plan_data.waves[sc.wave].name, sem::Rect{});
      t.add(sem::Role::Cell, sc.reason, sem::Rect{});
      t.end();
      // The title beside its bar (one item per row): after it when it fits, else before it.
      const ImVec2 ts = ImGui::CalcTextSize(title.c_str());
      const float ty = two_lines ? bar.row_y + em * 0.15f : bar.row_y + (row_h - ts.y) * 0.5f;
      const ImU32 tc = to_u32(p.text);
      if (two_lines) dl->AddText(ImVec2(std::max(o.x + em * 0.3f, std::min(bar.min.x, chart_max.x - ts.x)), ty), tc, title.c_str());
      else if (bar.max.x + em * 0.3f + ts.x <= chart_max.x) dl->AddText(ImVec2(bar.max.x + em * 0.3f, ty), tc, title.c_str());
      else dl->AddText(ImVec2(std::max(o.x + em * 0.3f, bar.min.x - em * 0.3f - ts.x), ty), tc, title.c_str());
    }
  }
  t.end();
  dl->PopClipRect();
  ImGui::SetCursorScreenPos(end_cursor);
}

static void draw_timeline(const AppState& s, Intents& act, float width) {
  const caf::Plan& plan = s.plan;
  if (!plan.ok) return;   // the settings card says why
  const float right = ImGui::GetCursorScreenPos().x + width - 2.2f * ui::em();
  ui::begin_choices("Lanes");
  if (ui::choice_button("Lanes per phase", s.timeline_lanes == TimelineLanes::Phase)) act.set_timeline_lanes(TimelineLanes::Phase);
  ui::flow_next("Lanes per owner", right);
  if (ui::choice_button("Lanes per owner", s.timeline_lanes == TimelineLanes::Owner)) act.set_timeline_lanes(TimelineLanes::Owner);
  ui::end_choices();
  if (plan.items.empty()) {
    ui::text_wrapped("Nothing left to plan: every item is done or does not apply.");
    return;
  }
  // What the colours say (the bars' table says it in words).
  ui::begin_hidden();
  ui::badge("Now", ui::colors().bad);
  ImGui::SameLine(0, ui::em() * 0.4f);
  ui::badge("Next", ui::colors().target);
  ImGui::SameLine(0, ui::em() * 0.4f);
  ui::badge("Later", ui::colors().text_muted);
  ImGui::SameLine(0, ui::em() * 0.4f);
  ui::badge("To check (striped)", ui::colors().text_muted);
  ui::end_hidden();
  ui::space(0.3f);
  draw_timeline_chart(s, act, width);
  ui::space(0.3f);
  ImGui::PushFont(ui::fonts().small);
  ui::text_wrapped_muted("Choose a bar (or Tab to it and press Enter) to see why it is planned then and to change its owner or dates.");
  ImGui::PopFont();
}

// The bar chosen on the timeline: why it is planned then, its owner and dates.
static void draw_plan_item_dialog(const AppState& s, Intents& act) {
  const caf::ScheduledItem* sc = s.dialog() == Dialog::PlanItem ? s.plan.find(s.plan_item) : nullptr;
  if (!ui::begin_dialog("Item in the plan", sc != nullptr, ui::em() * 34.0f)) return;
  if (sc) {
    ImGui::PushID(sc->item->item->id.c_str());
    ui::title(sc->item->item->title, 2);
    draw_plan_line(s, *sc);
    ui::space(0.3f);
    draw_plan_edits(s, act, sc->item->item->id, true);
    ImGui::PopID();
  }
  ui::space(0.4f);
  const bool close = ui::primary_button("Close");
  ImGui::SetItemDefaultFocus();
  if (close) ImGui::CloseCurrentPopup();
  ui::end_dialog();
  if (close) act.close_plan_item();
}

// [SECTION] The plan: the first 90 days ------------------------------------------------

static void draw_first_90_days(const AppState& s, Intents& act, float width) {
  const caf::Plan& plan = s.plan;
  if (!plan.ok) return;
  bool any = false;
  for (const caf::PlanWave& w : plan.waves) {
    std::vector<const caf::ScheduledItem*> items;
    for (size_t i : w.items)
      if (plan.items[i].offset < 90) items.push_back(&plan.items[i]);
    if (items.empty()) continue;
    any = true;
    ui::space(0.3f);
    ui::heading(ui::fonts().h2, w.wave->name + " (from " + caf::iso_day(w.from_day) + ")");
    ui::begin_list(w.wave->name);
    for (const caf::ScheduledItem* sc : items) {
      ImGui::PushID(sc->item->item->id.c_str());
      ui::begin_list_item();
      ui::begin_card(width);
      ui::title(sc->item->item->title, 3);
      if (sc->item->priority != caf::Priority::None) ui::badge(std::string("Priority: ") + caf::label(sc->item->priority), priority_color(sc->item->priority));
      draw_plan_line(s, *sc);
      draw_plan_edits(s, act, sc->item->item->id, false);
      ui::end_card();
      ui::end_list_item();
      ImGui::PopID();
    }
    ui::end_list();
  }
  if (!any) ui::text_wrapped("Nothing starts in the first 90 days: every item is done or does not apply.");
}

// [SECTION] Exports ------------------------------------------------------------------

static void draw_exports(const AppState& s, Intents& act, float width) {
  ui::begin_card(width);
  ui::title("Take it with you", 2);
  ui::text_wrapped_muted("Files are made in this browser and saved straight to your device.");
  const float right = ImGui::GetCursorScreenPos().x + width - 2.2f * ui::em();
  struct Button { const char* label; ExportFormat format; const char* tip; };
  const Button buttons[] = {
      {"Roadmap (Markdown)", ExportFormat::Markdown, "A GitHub-flavoured task list per phase, for a wiki or an issue"},
      {"Report (HTML, prints to PDF)", ExportFormat::Html, "One self-contained page with charts, tables and the roadmap; print it for a meeting"},
      {"Azure Boards (CSV)", ExportFormat::CsvAzureBoards, "Import into Azure Boards: Boards > Work items > Import from CSV"},
      {"GitHub / Jira (CSV)", ExportFormat::CsvIssues, "A CSV with summary, description, priority and labels for issue trackers"},
      {"Session file (JSON)", ExportFormat::Session, "Everything you answered, to import again later or compare next quarter"},
      {"Plan milestones (calendar)", ExportFormat::Ics, "An .ics file with one all-day event per wave of the plan, for Outlook or Google Calendar"},
  };
  for (size_t i = 0; i < sizeof buttons / sizeof buttons[0]; ++i) {
    if (i > 0) ui::flow_next(buttons[i].label, right);
    if (i == 0 ? ui::primary_button(buttons[i].label) : ui::secondary_button(buttons[i].label)) act.download(buttons[i].format);
    ui::tooltip(buttons[i].tip);
  }
  if (ui::secondary_button("Copy as Markdown")) act.copy_report_markdown();
  ui::flow_next("Copy a share link", right);
  if (ui::secondary_button("Copy a share link")) act.make_share_link();
  if (ui::check_row("Include my notes in files and links", s.export_notes)) act.set_export_notes(!s.export_notes);
  if (!s.share_link.empty()) {
    ImGui::PushFont(ui::fonts().small);
    ui::text_wrapped_muted("Share link (" + std::to_string(s.share_link.size()) + " characters): " + s.share_link);
    ImGui::PopFont();
  }
  ui::end_card();
}

static void draw_checklist(const AppState& s, Intents& act, float width) {
  for (const caf::RoadmapPhase& phase : s.result.roadmap.phases) {
    if (phase.items.empty()) continue;
    ui::space(0.3f);
    ui::heading(ui::fonts().h2, phase.phase->name);
    ui::text_wrapped_muted(phase.phase->summary);
    ui::begin_list(phase.phase->name);
    for (const caf::RoadmapItem& it : phase.items) draw_item(s, act, it, width);
    ui::end_list();
  }
}

// [SECTION] Screen ----------------------------------------------------------------------

void draw_roadmap(const AppState& s, Intents& act) {
  const float em = ui::em();
  const float width = std::min(ImGui::GetContentRegionAvail().x, em * 52.0f);
  ui::center_column(width);
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ui::space(0.8f);
  ui::label_caps("STEP 4 OF 4  ·  ROADMAP");
  ui::heading(ui::fonts().h1, "Your AI adoption roadmap");
  ui::space(0.3f);
  draw_recommendation(s, act, width);
  ui::space(0.3f);
  draw_counts(s);
  draw_exports(s, act, width);
  ui::space(0.5f);

  draw_view_switch(s, act, width);
  if (s.roadmap_view != RoadmapView::Checklist) draw_plan_settings(s, act, width);
  switch (s.roadmap_view) {
    case RoadmapView::Timeline: draw_timeline(s, act, width); break;
    case RoadmapView::First90Days: draw_first_90_days(s, act, width); break;
    case RoadmapView::Checklist: draw_checklist(s, act, width); break;
  }
  draw_plan_item_dialog(s, act);

  ui::space(0.8f);
  if (ui::secondary_button("Back to the results")) act.go(caf::Step::Results);
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

} // namespace app
