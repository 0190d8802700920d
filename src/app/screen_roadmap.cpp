// Roadmap: the recommended checklist (startup or enterprise) with the reasons
// and a switch; items in the seven phases with status, priority, why and the
// CAF link; tick items off and add notes; download.
#include <string>

#include "app/views.h"
#include "app/widgets.h"

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

static void draw_item(Intents& act, const caf::RoadmapItem& it, float width) {
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

  for (const caf::RoadmapPhase& phase : s.result.roadmap.phases) {
    if (phase.items.empty()) continue;
    ui::space(0.3f);
    ui::heading(ui::fonts().h2, phase.phase->name);
    ui::text_wrapped_muted(phase.phase->summary);
    ui::begin_list(phase.phase->name);
    for (const caf::RoadmapItem& it : phase.items) draw_item(act, it, width);
    ui::end_list();
  }

  ui::space(0.8f);
  if (ui::secondary_button("Back to the results")) act.go(caf::Step::Results);
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

} // namespace app
