// "Restore an earlier version": the versions this browser keeps (core/history.h),
// newest first, with when and how many answers; one click goes back to one. The
// state just before is kept as a version too, so a restore can be undone as well.
#include <algorithm>
#include <string>

#include "app/views.h"
#include "app/widgets.h"
#include "core/history.h"
#include "imgui.h"

namespace app {

// True when its Restore button was pressed.
static bool draw_version_row(const AppState& s, const caf::Snapshot& v, size_t index, float width, int questions) {
  const std::string when = s.versions->when[index];
  const std::string age = caf::snapshot_age_label(s.versions->now_ms, v.saved_ms);
  const std::string answers = std::to_string(v.answers) + " of " + std::to_string(questions) + " questions answered";
  ui::begin_list_item();
  ImGui::PushID(int(index));
  const float x0 = ImGui::GetCursorPosX();
  ImGui::BeginGroup();
  ui::title(when, 3);
  ImGui::PushFont(ui::fonts().small);
  ui::text_muted(answers + " · " + age);
  ImGui::PopFont();
  ImGui::EndGroup();
  // The button at the right edge, on the same line as the date.
  const char* label = "Restore";
  const float button_w = ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2.0f;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), x0 + width - button_w));
  const bool restore = ui::secondary_button(label, ImVec2(0, 0), "Restore the version of " + when + ", " + answers);
  ImGui::PopID();
  ui::end_list_item();
  return restore;
}

void draw_versions_dialog(const AppState& s, Intents& act) {
  const float em = ui::em();
  if (!ui::begin_dialog("Restore an earlier version", s.versions.has_value(), em * 32.0f)) return;
  const caf::History& h = s.versions->history;
  int restore = -1;
  if (h.snapshots.empty()) {
    ui::text_wrapped("No earlier versions are kept in this browser yet. One is kept when you start over, open a "
                     "file or a link, use a merged view or restore a version, and every 10 minutes while you work.");
  } else {
    ui::text_wrapped("This browser keeps the last " + std::to_string(caf::HistoryLimits{}.max_count) +
                     " versions of your assessment. Restoring one keeps what you have now as a version too.");
    ui::space(0.3f);
    // A long list scrolls inside the dialog (at most half the window); a short one is as
    // tall as it is (ImGui 1.86 has no child region that fits its content).
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const float row_h = std::max(ImGui::GetFrameHeight(), ImGui::GetTextLineHeight() + spacing +
                                                              ui::fonts().small->FontSize) + spacing;
    const float max_h = ImGui::GetMainViewport()->Size.y * 0.5f;
    const bool scrolls = row_h * float(h.snapshots.size()) > max_h;
    if (scrolls) ImGui::BeginChild("##versions", ImVec2(0, max_h), false);
    ui::begin_list("Earlier versions");
    const int questions = int(s.sequence.size());
    for (size_t i = 0; i < h.snapshots.size(); ++i)
      if (draw_version_row(s, h.snapshots[i], i, ImGui::GetContentRegionAvail().x, questions)) restore = int(i);
    ui::end_list();
    if (scrolls) ImGui::EndChild();
  }
  ui::space(0.4f);
  const bool close = ui::primary_button("Close");
  ImGui::SetItemDefaultFocus();
  if (close || restore >= 0) ImGui::CloseCurrentPopup();
  ui::end_dialog();
  // After the dialog is drawn: both clear the list it reads.
  if (restore >= 0) act.restore_version(size_t(restore));
  else if (close) act.close_versions();
}

} // namespace app
