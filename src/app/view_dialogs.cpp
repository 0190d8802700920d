// Dialogs: "Replace your answers?" before a file or link replaces the answers
// in this browser, and "Start over?" before they are cleared. Both are open
// while the state says so; Escape answers with the safe choice (Intents::back).
#include "app/views.h"
#include "app/widgets.h"
#include "imgui.h"

namespace app {

static void draw_replace_dialog(const AppState& s, Intents& act) {
  const float em = ui::em();
  if (!ui::begin_dialog("Replace your answers?", s.pending_replace.has_value(), em * 30.0f)) return;
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
  ui::end_dialog();
  // After the dialog is drawn: answering clears pending_replace, which it reads.
  if (replace) act.accept_pending();
  else if (keep) act.reject_pending();
}

static void draw_start_over_dialog(const AppState& s, Intents& act) {
  const float em = ui::em();
  if (!ui::begin_dialog("Start over?", s.confirm_start_over, em * 28.0f)) return;
  ui::text_wrapped("This clears your answers, notes and ticks in this browser. Download a session file first "
                   "if you may want them back.");
  ui::space(0.4f);
  const bool clear = ui::primary_button("Clear and start again");
  ImGui::SameLine();
  const bool keep = ui::secondary_button("Keep my answers");
  ImGui::SetItemDefaultFocus();   // the keyboard starts on the safe choice
  if (clear || keep) ImGui::CloseCurrentPopup();
  ui::end_dialog();
  if (clear) act.start_over();
  else if (keep) act.cancel_start_over();
}

void draw_dialogs(const AppState& s, Intents& act) {
  draw_replace_dialog(s, act);
  draw_start_over_dialog(s, act);
  draw_versions_dialog(s, act);
  draw_glossary_dialog(s, act);
}

} // namespace app
