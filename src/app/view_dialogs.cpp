// Dialogs: "Replace your answers?" before a file or link replaces the answers
// in this browser, and "Start over?" before they are cleared. Both are open
// while the state says so; Escape answers with the safe choice (Intents::back).
#include <algorithm>

#include "app/views.h"
#include "app/widgets.h"
#include "imgui.h"

namespace app {

// Opens the ImGui modal `title` while `open`, closes it once the state no longer asks.
static bool begin_dialog(const char* title, bool open, float width) {
  const float em = ui::em();
  if (open && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.4f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(vp->Size.x - 2 * em, width), 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em * 1.2f, em * 1.2f));
  const bool shown = ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::PopStyleVar();
  if (shown && !open) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return false;
  }
  return shown;
}

static void draw_replace_dialog(const AppState& s, Intents& act) {
  const float em = ui::em();
  if (!begin_dialog("Replace your answers?", s.pending_replace.has_value(), em * 30.0f)) return;
  ui::text_wrapped("Opening " + s.pending_replace->source + " replaces the answers, notes and ticks you have in "
                   "this browser now. Save your current session file first if you want to keep it.");
  ui::space(0.4f);
  const bool replace = ui::primary_button("Replace my answers");
  ImGui::SameLine();
  if (ui::secondary_button("Save mine first")) act.download(ExportFormat::Session);
  ImGui::SameLine();
  const bool keep = ui::secondary_button("Keep my answers");
  ImGui::SetItemDefaultFocus();   // the keyboard starts on the safe choice
  if (replace || keep) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  // After the dialog is drawn: answering clears pending_replace, which it reads.
  if (replace) act.accept_pending();
  else if (keep) act.reject_pending();
}

static void draw_start_over_dialog(const AppState& s, Intents& act) {
  const float em = ui::em();
  if (!begin_dialog("Start over?", s.confirm_start_over, em * 28.0f)) return;
  ui::text_wrapped("This clears your answers, notes and ticks in this browser. Download a session file first "
                   "if you may want them back.");
  ui::space(0.4f);
  const bool clear = ui::primary_button("Clear and start again");
  ImGui::SameLine();
  const bool keep = ui::secondary_button("Keep my answers");
  ImGui::SetItemDefaultFocus();   // the keyboard starts on the safe choice
  if (clear || keep) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  if (clear) act.start_over();
  else if (keep) act.cancel_start_over();
}

void draw_dialogs(const AppState& s, Intents& act) {
  draw_replace_dialog(s, act);
  draw_start_over_dialog(s, act);
}

} // namespace app
