// The notice: a banner under the top bar saying what just happened (a file
// opened, autosave off, a link copied), until dismissed.
#include "app/views.h"
#include "app/widgets.h"
#include "imgui.h"

namespace app {

void draw_notice(const AppState& s, Intents& act) {
  if (!s.notice) return;
  const Notice& notice = *s.notice;
  const Palette& p = ui::colors();
  const float em = ui::em();
  const float pad = em * (layout_is_narrow(s) ? 0.9f : 1.5f);
  const ImVec4 color = notice.kind == Notice::Kind::Error ? p.bad
                     : notice.kind == Notice::Kind::Warning ? p.warn
                     : notice.kind == Notice::Kind::Success ? p.good : p.accent;
  ImGui::SetCursorPos(ImVec2(pad, ImGui::GetCursorPosY() + em * 0.6f));
  const float width = ImGui::GetWindowWidth() - 2 * pad;
  ImVec4 fill = p.card;
  ui::begin_section(notice.title);
  ui::begin_card(width, 0.0f, &fill);
  ui::title(notice.title, 2, &color);
  ui::text_wrapped(notice.text);
  const bool dismiss = ui::secondary_button("Dismiss");
  ui::end_card();
  ui::end_section();
  const ImVec2 card_min = ImGui::GetItemRectMin(), card_max = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddRectFilled(card_min, ImVec2(card_min.x + em * 0.3f, card_max.y), to_u32(color),
                                            ImGui::GetStyle().ChildRounding, ImDrawFlags_RoundCornersLeft);
  if (dismiss) act.dismiss_notice();   // after drawing: `notice` is gone once dismissed
}

} // namespace app
