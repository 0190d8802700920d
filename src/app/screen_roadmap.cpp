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
  // The choice comes first: what it changes (the name, the summary, the reasons) lies
  // below it, so the buttons stay under the pointer.
  const caf::ChecklistChoice c = s.session.checklist_choice;
  const float right = ImGui::GetCursorScreenPos().x + width - 2.2f * ui::em();
  if (ui::choice_button("Recommended", c == caf::ChecklistChoice::Auto)) act.set_checklist_choice(caf::ChecklistChoice::Auto);
  ui::flow_next("Startup", right);
  if (ui::choice_button("Startup", c == caf::ChecklistChoice::Startup)) act.set_checklist_choice(caf::ChecklistChoice::Startup);
  ui::flow_next("Enterprise", right);
  if (ui::choice_button("Enterprise", c == caf::ChecklistChoice::Enterprise))
    act.set_checklist_choice(caf::ChecklistChoice::Enterprise);
  ui::space(0.2f);
  ImGui::PushFont(ui::fonts().h2);
  ui::text_wrapped(r.checklist ? r.checklist->name : "");
  ImGui::PopFont();
  ui::text_wrapped(rec.summary);
  for (const std::string& reason : rec.reasons) ui::text_wrapped_muted("• " + reason);
  for (const std::string& m : rec.missing) ui::text_wrapped_muted("• Not answered yet: " + m);
  ui::end_card();
}

static void draw_counts(const AppState& s) {
  const caf::RoadmapCounts& n = s.result.roadmap.counts;
  ui::text_wrapped(std::to_string(n.total) + " activities:  " + std::to_string(n.done) + " done,  " +
                   std::to_string(n.in_progress) + " in progress,  " + std::to_string(n.to_do) + " to do,  " +
                   std::to_string(n.not_applicable) + " not applicable.   Priorities: " + std::to_string(n.now) +
                   " now, " + std::to_string(n.next) + " next, " + std::to_string(n.later) + " later.");
}

// [SECTION] Items ----------------------------------------------------------------------

static void draw_item(Intents& act, const caf::RoadmapItem& it, float width) {
  const float em = ui::em();
  ImGui::PushID(it.item->id.c_str());
  ui::begin_card(width);
  const bool na = it.status == caf::ItemStatus::NotApplicable;
  if (na) {
    ImGui::PushFont(ui::fonts().bold);
    ui::text_wrapped_muted(it.item->title);
    ImGui::PopFont();
  } else if (ui::check_row(it.item->title.c_str(), it.ticked)) {
    act.toggle_item(it.item->id);
  }
  ui::badge(caf::label(it.status), status_color(it.status));
  if (it.priority != caf::Priority::None) {
    ImGui::SameLine(0, em * 0.4f);
    ui::badge(std::string("Priority: ") + caf::label(it.priority), priority_color(it.priority));
  }
  ui::text_wrapped(it.item->what);
  ImGui::PushFont(ui::fonts().small);
  ui::text_wrapped_muted(it.status_reason);
  if (!it.priority_reason.empty()) ui::text_wrapped_muted(it.priority_reason);
  ImGui::PopFont();
  if (!it.note.empty()) {
    ImGui::PushFont(ui::fonts().bold);
    ui::text("Your note");
    ImGui::PopFont();
    ui::text_wrapped(it.note);
  }
  if (ui::link_button("CAF guidance ↗")) act.open_link(it.item->link);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s (opens in a new tab)", it.item->link.c_str());
  ImGui::SameLine();
  if (ui::link_button(it.note.empty() ? "Add a note" : "Edit the note")) act.edit_item_note(it.item->id);
  ui::end_card();
  ImGui::PopID();
}

// [SECTION] Exports ------------------------------------------------------------------

static void draw_exports(const AppState& s, Intents& act, float width) {
  ui::begin_card(width);
  ImGui::PushFont(ui::fonts().bold);
  ui::text("Take it with you");
  ImGui::PopFont();
  ui::text_wrapped_muted("Files are made in this browser and saved straight to your device.");
  const float right = ImGui::GetCursorScreenPos().x + width - 2.2f * ui::em();
  struct Button { const char* label; ExportFormat format; const char* tip; };
  const Button buttons[] = {
      {"Roadmap (Markdown)", ExportFormat::Markdown, "A GitHub-flavoured task list per phase, for a wiki or an issue"},
      {"Report (HTML, prints to PDF)", ExportFormat::Html, "One self-contained page with charts, tables and the roadmap; print it for a meeting"},
      {"Azure Boards (CSV)", ExportFormat::CsvAzureBoards, "Import into Azure Boards: Boards > Work items > Import from CSV"},
      {"GitHub / Jira (CSV)", ExportFormat::CsvIssues, "A CSV with summary, description, priority and labels for issue trackers"},
      {"Session file (JSON)", ExportFormat::Session, "Everything you answered, to import again later or compare next quarter"},
  };
  for (size_t i = 0; i < sizeof buttons / sizeof buttons[0]; ++i) {
    if (i > 0) ui::flow_next(buttons[i].label, right);
    if (i == 0 ? ui::primary_button(buttons[i].label) : ui::secondary_button(buttons[i].label)) act.download(buttons[i].format);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", buttons[i].tip);
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
    for (const caf::RoadmapItem& it : phase.items) draw_item(act, it, width);
  }

  ui::space(0.8f);
  if (ui::secondary_button("Back to the results")) act.go(caf::Step::Results);
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

} // namespace app
