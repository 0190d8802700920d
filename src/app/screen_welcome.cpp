// Welcome: what this is, how long it takes, that nothing leaves the browser;
// start, resume the autosaved assessment, or import a file.
#include <algorithm>

#include "app/app.h"
#include "app/widgets.h"

namespace app {

static void fact_tile(const char* title, const char* body, float width, float min_height) {
  ui::begin_card(width, min_height);
  ImGui::PushFont(ui::fonts().bold);
  ui::text_wrapped(title);
  ImGui::PopFont();
  ui::text_wrapped_muted(body);
  ui::end_card();
}

void draw_welcome(App& app) {
  const float em = ui::em();
  const float width = ui::column_width(46.0f) - em;
  ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY() + em * 2.0f, ImGui::GetWindowHeight() * 0.12f));
  ui::center_column(width);
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);

  ui::label_caps("CLOUD ADOPTION FRAMEWORK  ·  AI STRATEGY AND AI PLAN");
  ImGui::Dummy(ImVec2(0, em * 0.2f));
  ui::heading(ui::fonts().h1, "How ready is your organization for AI?");
  ImGui::Dummy(ImVec2(0, em * 0.3f));
  ui::text_wrapped(
      "Answer short questions about your AI strategy and your AI plan. You get your AI maturity level, "
      "a picture of the capabilities behind it, and Microsoft's startup or enterprise AI adoption "
      "checklist turned into a roadmap for your organization.");
  ImGui::Dummy(ImVec2(0, em * 0.6f));

  // Three facts side by side, stacked on narrow screens.
  const bool narrow = width < em * 34.0f;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float tile = narrow ? width : (width - 2 * gap) / 3.0f;
  const float tile_h = narrow ? 0.0f : em * 6.2f;
  fact_tile("About 15 minutes",
            "One question at a time. Stop whenever you like: every answer is kept as you go.", tile, tile_h);
  if (!narrow) ImGui::SameLine();
  fact_tile("Private by design",
            "Runs entirely in this browser tab. No account, and nothing is sent anywhere.", tile, tile_h);
  if (!narrow) ImGui::SameLine();
  fact_tile("A roadmap to keep",
            "Download the roadmap for your backlog or your next steering meeting.", tile, tile_h);

  ImGui::Dummy(ImVec2(0, em * 0.8f));
  const ImVec2 big(narrow ? width : 0.0f, em * 2.8f);
  if (ui::primary_button("Start the assessment", big)) app.go(Screen::Profile);
  if (!narrow) ImGui::SameLine();
  if (ui::secondary_button("Import a session file…", big)) {
    // Wired to the file picker by the import feature.
  }

  ImGui::Dummy(ImVec2(0, em * 1.2f));
  ImGui::PushFont(ui::fonts().small);
  ui::text_wrapped_muted(
      "Keyboard: Tab and the arrow keys move, Space or Enter chooses, Escape goes back. "
      "Based on the AI adoption guidance of Microsoft's Cloud Adoption Framework; "
      "not an official Microsoft tool.");
  ImGui::PopFont();

  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

} // namespace app
