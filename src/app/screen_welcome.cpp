// Welcome: what this is, how long it takes, that nothing leaves the browser;
// start, resume the autosaved assessment, or import a file.
#include <algorithm>
#include <cmath>
#include <string>

#include "app/views.h"
#include "app/widgets.h"

namespace app {

static void fact_tile(const char* title, const std::string& body, float width, float min_height) {
  ui::begin_list_item();
  ui::begin_card(width, min_height);
  ui::title(title, 2);
  ui::text_wrapped_muted(body);
  ui::end_card();
  ui::end_list_item();
}

void draw_welcome(const AppState& s, Intents& act) {
  const float em = ui::em();
  const float width = ui::column_width(46.0f);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::max(em, ImGui::GetWindowHeight() * 0.06f));
  ui::center_column(width);
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);

  ui::label_caps("CLOUD ADOPTION FRAMEWORK  ·  AI STRATEGY AND AI PLAN");
  ui::space(0.2f);
  ui::heading(ui::fonts().h1, "How ready is your organization for AI?");
  ui::space(0.3f);
  const int questions = int(s.sequence.size());
  int dimensions = 0;
  for (const caf::Phase& p : s.model.phases) dimensions += int(p.dimensions.size());
  // Before the profile is known the count depends on the AI approach: say the range.
  const caf::QuestionCountRange range = caf::question_count_range(s.model);
  const bool profiled = !s.session.profile_answer("ai_approach").empty();
  const std::string how_many = profiled || range.fewest == range.most
                                   ? std::to_string(questions)
                                   : std::to_string(range.fewest) + " to " + std::to_string(range.most);
  ui::text_wrapped(
      "Answer " + how_many + " short questions about your AI strategy, your AI plan and your readiness (fewer "
      "when you build on Copilots or low-code tools). You get your CAF AI maturity level, a picture of the " +
      std::to_string(dimensions) + " capabilities behind it, which way of building AI fits you, and Microsoft's "
      "startup or enterprise AI adoption checklist turned into a roadmap for your organization.");
  ui::space(0.6f);

  // Three facts side by side, stacked on narrow screens.
  const bool narrow = width < em * 34.0f;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float tile = narrow ? width : (width - 2 * gap) / 3.0f;
  const float tile_h = narrow ? 0.0f : em * 6.2f;
  // About 20 seconds a question, rounded to 5 minutes.
  auto minutes_for = [](int n) { return std::max(5, int(std::lround(n * 20.0 / 60.0 / 5.0)) * 5); };
  const int fewest_minutes = minutes_for(profiled ? questions : range.fewest);
  const int minutes = minutes_for(profiled ? questions : range.most);
  const std::string how_long = fewest_minutes == minutes
                                   ? "About " + std::to_string(minutes) + " minutes"
                                   : std::to_string(fewest_minutes) + " to " + std::to_string(minutes) + " minutes";
  ui::begin_list("What to expect");
  fact_tile(how_long.c_str(),
            "One question at a time. Stop whenever you like: every answer is kept as you go.", tile, tile_h);
  if (!narrow) ImGui::SameLine();
  fact_tile("Private by design", "Runs entirely in this browser tab. No account, and nothing is sent anywhere.",
            tile, tile_h);
  if (!narrow) ImGui::SameLine();
  fact_tile("A roadmap to keep", "Download the roadmap for your backlog or your next steering meeting.", tile, tile_h);
  ui::end_list();

  ui::space(0.8f);
  const ImVec2 big(narrow ? width : 0.0f, em * 2.8f);
  const bool has_work = s.has_work();
  if (has_work) {
    const int answered = int(std::lround(caf::answered_share(s.model, s.session) * questions));
    ui::text_wrapped_muted("Your assessment is saved in this browser: " + std::to_string(answered) + " of " +
                           std::to_string(questions) + " questions answered.");
    ui::space(0.2f);
    if (ui::primary_button("Continue where you left off", big)) act.go(s.resume_step());
    if (!narrow) ImGui::SameLine();
    if (ui::secondary_button("Start a new assessment", big)) act.ask_start_over();
  } else {
    if (ui::primary_button("Start the assessment", big)) act.go(caf::Step::Profile);
  }
  if (!narrow) ImGui::SameLine();
  if (ui::secondary_button("Import a session file…", big)) act.open_import();
  if (s.versions_kept) {
    ui::space(0.3f);
    if (ui::link_button("Restore an earlier version…")) act.open_versions();
    ui::tooltip("Earlier versions of your assessment kept in this browser: after starting over, an import or a restore");
  }


  ui::space(1.2f);
  ImGui::PushFont(ui::fonts().small);
  ui::text_wrapped_muted(
      "Keyboard: Tab moves between controls, Enter or Space chooses, Escape goes back; on a question the keys "
      "0–4 pick an answer, D says you don't know. Drop a session file anywhere on the page to import it. Based "
      "on the AI adoption guidance of Microsoft's Cloud Adoption Framework as its pages read on " +
      s.model.caf_edition.pages_as_of + "; not an official Microsoft tool.");
  ImGui::PopFont();

  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

} // namespace app
