// Profile: the unscored questions that pick the checklist and decide which
// steps apply (e.g. Ready only when you build on Azure).
#include "app/views.h"
#include "app/widgets.h"

#include <string_view>
#include <vector>

namespace app {

static constexpr std::string_view kChooseHint = "Pick the option that fits best; what it means shows here.";

void draw_profile(const AppState& s, Intents& act) {
  const float em = ui::em();
  const float width = ui::column_width(46.0f);
  ui::center_column(width);
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);

  ui::space(0.8f);
  ui::label_caps("STEP 1 OF 4  ·  YOUR ORGANIZATION");
  ui::heading(ui::fonts().h1, "About your organization");
  ui::text_wrapped_muted("These answers are not scored. They decide whether the startup or the enterprise checklist "
                         "fits you and which steps of the roadmap apply, for example whether you need to prepare an "
                         "Azure environment at all.");
  ui::space(0.6f);

  for (const caf::ProfileQuestion& q : s.model.profile) {
    ImGui::PushID(q.id.c_str());
    ui::begin_card(width);
    ui::title(q.prompt, 2);
    ImGui::PushFont(ui::fonts().small);
    ui::text_wrapped_muted(q.help);
    ImGui::PopFont();
    ui::space(0.2f);
    ui::begin_choices(q.prompt);
    // Options flow left to right and wrap to the card's width.
    const std::string& chosen = s.session.profile_answer(q.id);
    const float right = ImGui::GetCursorScreenPos().x + width - 2.2f * em;
    const caf::ProfileOption* chosen_option = nullptr;
    for (size_t i = 0; i < q.options.size(); ++i) {
      const caf::ProfileOption& o = q.options[i];
      const float w = ui::choice_button_width(o.label.c_str());
      if (i > 0) {
        ImGui::SameLine();
        if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
      }
      const bool selected = chosen == o.id;
      if (selected) chosen_option = &o;
      if (ui::choice_button(o.label.c_str(), selected)) act.set_profile(q.id, o.id);
      if (!o.detail.empty()) ui::tooltip(o.detail);
    }
    ui::end_choices();
    // The chosen option's detail (a hint before a choice) keeps the height the longest
    // detail needs: a choice never moves the questions below, under a quick second click.
    std::vector<std::string_view> details{kChooseHint};
    for (const caf::ProfileOption& o : q.options) details.push_back(o.detail);
    ImGui::PushFont(ui::fonts().small);
    ui::text_block_muted(chosen_option && !chosen_option->detail.empty() ? std::string_view(chosen_option->detail)
                                                                         : kChooseHint,
                         details);
    ImGui::PopFont();
    ui::end_card();
    ImGui::PopID();
    ui::space(0.1f);
  }

  ui::space(0.6f);
  const caf::Recommendation& rec = s.result.recommendation();
  ui::text_wrapped(rec.summary);
  ui::space(0.4f);
  if (ui::secondary_button("Back")) act.go(caf::Step::Welcome);
  ImGui::SameLine();
  if (ui::primary_button("Continue to the questions")) act.go(caf::Step::Assessment);

  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  (void)em;
}

} // namespace app
