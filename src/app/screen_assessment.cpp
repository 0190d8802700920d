// Assessment: questions grouped by phase and dimension, one at a time, with a
// side navigation showing completion per dimension (a compact header on phones).
#include <algorithm>
#include <cfloat>
#include <string>

#include "app/views.h"
#include "app/widgets.h"
#include "imgui_internal.h"

namespace app {

// [SECTION] Side navigation --------------------------------------------------

static void draw_side_nav(const AppState& s, Intents& act, float width) {
  const Palette& p = ui::colors();
  const auto progress = caf::dimension_progress(s.model, s.session);
  const caf::Dimension* current = s.sequence[size_t(s.question)].dimension;
  const caf::Phase* last_phase = nullptr;
  ui::begin_nav("Activities");
  ui::begin_card(width);
  for (const caf::DimensionProgress& dp : progress) {
    if (dp.phase != last_phase) {
      if (last_phase) ui::space(0.3f);
      ImGui::PushFont(ui::fonts().small);
      ui::title(dp.phase->name, 2, &p.accent);
      ImGui::PopFont();
      last_phase = dp.phase;
    }
    const bool is_current = dp.dimension == current;
    const std::string count = dp.complete() ? "✓" : std::to_string(dp.answered) + "/" + std::to_string(dp.total);
    ImGui::PushID(dp.dimension->id.c_str());
    if (is_current) ImGui::PushFont(ui::fonts().bold);
    const float inner = width - 2.2f * ui::em();
    const float count_w = ImGui::CalcTextSize("00/00").x;
    // Screen coordinates: SameLine(x) would add the enclosing group's offset a second time.
    const float row_x = ImGui::GetCursorScreenPos().x;
    const std::string answered = dp.complete() ? "all " + std::to_string(dp.total) + " answered"
                                               : std::to_string(dp.answered) + " of " + std::to_string(dp.total) + " answered";
    if (ui::nav_row(dp.dimension->name.c_str(), is_current, answered, ImVec2(inner - count_w, 0)))
      act.go_question(dp.first_index);
    ImGui::SameLine(0.0f, 0.0f);
    ImGui::SetCursorScreenPos(ImVec2(row_x + inner - ImGui::CalcTextSize(count.c_str()).x, ImGui::GetCursorScreenPos().y));
    ImGui::PushTextWrapPos(-1.0f);   // the count never wraps
    ui::begin_hidden();              // the row's description says it in words
    ui::text_colored(dp.complete() ? p.good : p.text_muted, count);
    ui::end_hidden();
    ImGui::PopTextWrapPos();
    if (is_current) ImGui::PopFont();
    ImGui::PopID();
  }
  ui::end_card();
  ui::end_nav();
}

// [SECTION] The question -------------------------------------------------------

static QuestionColumn draw_question(const AppState& s, Intents& act, float width) {
  const Palette& p = ui::colors();
  const float em = ui::em();
  const caf::QuestionRef& ref = s.sequence[size_t(s.question)];
  const caf::Question& q = *ref.question;
  const caf::Answer answer = s.session.answer(q.id);
  const int total = int(s.sequence.size());
  const QuestionColumn column{ImGui::GetCursorScreenPos().x, width};

  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  std::string where = ref.phase->name + "  ·  " + ref.dimension->name;
  for (char& c : where) c = char(std::toupper(static_cast<unsigned char>(c)));
  ui::label_caps(where);
  ImGui::PushFont(ui::fonts().small);
  ui::text_muted("Question " + std::to_string(s.question + 1) + " of " + std::to_string(total) + "  ·  " +
                 std::to_string(int(caf::answered_share(s.model, s.session) * 100.0 + 0.5)) + "% answered");
  ImGui::PopFont();
  ui::progress_bar(float(caf::answered_share(s.model, s.session)), ImVec2(width, em * 0.35f), p.accent, "Questions answered");
  ui::space(0.4f);
  ui::heading(ui::fonts().h2, q.prompt, 1);   // the screen's main heading
  ui::space(0.1f);
  ui::title("Why it matters", 3);
  ui::text_wrapped_muted(q.why);
  if (ui::link_button("Read the CAF guidance ↗", q.link)) act.open_link(q.link);
  ui::tooltip(q.link + " (opens in a new tab)");
  ui::space(0.3f);

  // The five levels, and N/A where the question allows it.
  ui::begin_choices(q.prompt);
  for (size_t i = 0; i < q.options.size(); ++i) {
    const char key[2] = {char('0' + i), 0};
    const bool selected = answer.has_value() && answer.value == int(i);
    if (ui::option_row(key, q.options[i].label, q.options[i].detail, selected, width)) {
      const bool by_enter = ui::activated_by_enter();
      act.set_answer(q.id, caf::Answer::of(int(i)));
      if (by_enter) act.next_question();   // Enter on an option: choose it and move on
    }
  }
  if (q.allow_na) {
    if (ui::option_row("N", "Not applicable", "This does not apply to us; leave it out of the score.", answer.is_na(), width)) {
      const bool by_enter = ui::activated_by_enter();
      act.set_answer(q.id, caf::Answer::not_applicable());
      if (by_enter) act.next_question();
    }
  }
  ui::end_choices();
  ui::space(0.3f);

  // Notes are edited in a real text area (mobile keyboards, IME, spell-check).
  const auto note = s.session.notes.find(q.id);
  if (note != s.session.notes.end()) {
    ImGui::PushFont(ui::fonts().small);
    ui::text_colored(p.text_muted, "Your note:");
    ImGui::PopFont();
    ui::text_wrapped(note->second.size() > 240 ? note->second.substr(0, 240) + "…" : note->second);
  }
  if (ui::secondary_button(note == s.session.notes.end() ? "Add a note…" : "Edit the note…"))
    act.edit_question_note(q.id);
  if (answer.is_answered()) {
    ui::flow_next("Clear the answer", ImGui::GetCursorScreenPos().x + width);
    if (ui::secondary_button("Clear the answer")) act.set_answer(q.id, caf::Answer::unanswered());
  }

  // Back and Next live in the footer below the screen, always in reach; on phones
  // "Skip to results" stays here, where the footer has no room for it.
  if (layout_is_narrow(s) && s.question + 1 < total) {
    ui::space(0.3f);
    if (ui::link_button("Skip to results")) act.go(caf::Step::Results);
  }
  ui::space(0.3f);
  ImGui::PushFont(ui::fonts().small);
  ui::text_wrapped_muted("Keys: 0–4 choose an answer" + std::string(q.allow_na ? ", N not applicable" : "") +
                         ", Enter next, Page Up previous, Escape back to the profile.");
  ImGui::PopFont();
  ImGui::PopTextWrapPos();
  return column;
}

// [SECTION] Screen -------------------------------------------------------------

QuestionColumn draw_assessment(const AppState& s, Intents& act) {
  if (s.sequence.empty()) return {};
  const float em = ui::em();
  ui::space(0.8f);
  if (layout_is_narrow(s)) {
    const QuestionColumn column = draw_question(s, act, ImGui::GetContentRegionAvail().x);
    ui::space(1.0f);
    draw_side_nav(s, act, ImGui::GetContentRegionAvail().x);
    return column;
  }
  const float total = std::min(ImGui::GetContentRegionAvail().x, em * 66.0f);
  ui::center_column(total);
  const float nav_w = em * 17.0f;
  const float gap = em * 1.5f;
  ImGui::BeginGroup();
  draw_side_nav(s, act, nav_w);
  ImGui::EndGroup();
  ImGui::SameLine(0, gap);
  ImGui::BeginGroup();
  const QuestionColumn column = draw_question(s, act, total - nav_w - gap);
  ImGui::EndGroup();
  return column;
}

// [SECTION] Footer ---------------------------------------------------------------

float assessment_footer_height() { return ImGui::GetFrameHeight() + ui::em() * 1.3f; }

// A band at the bottom of the window, below the scrolling screen, aligned with
// the question column: Back and Next never need scrolling to, at any height.
void draw_assessment_footer(const AppState& s, Intents& act, QuestionColumn column) {
  const Palette& p = ui::colors();
  const float h = assessment_footer_height();
  const ImVec2 origin = ImGui::GetWindowPos();
  const ImVec2 size = ImGui::GetWindowSize();
  const float top = origin.y + size.y - h;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(origin.x, top), ImVec2(origin.x + size.x, origin.y + size.y), to_u32(with_alpha(p.card, 0.94f)));
  dl->AddLine(ImVec2(origin.x, top), ImVec2(origin.x + size.x, top), to_u32(p.card_border));

  const int total = int(s.sequence.size());
  const bool last = s.question + 1 >= total;
  const bool narrow = layout_is_narrow(s);
  const float line_top = top + (h - ImGui::GetFrameHeight()) * 0.5f;
  ui::begin_landmark(sem::Role::Navigation, "Question navigation", ImVec2(origin.x, top), ImVec2(origin.x + size.x, origin.y + size.y));
  ImGui::SetCursorScreenPos(ImVec2(column.x, line_top));
  if (ui::secondary_button(s.question == 0 ? (narrow ? "Back" : "Back to the profile") : "Back")) act.previous_question();
  ImGui::SameLine();
  if (ui::primary_button(last ? "See your results" : "Next question")) act.next_question();
  if (!narrow) {
    if (!last) {
      ImGui::SameLine();
      const float link_h = ImGui::GetFontSize() + ui::em() * 0.3f;   // link_button's frame
      ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, line_top + (ImGui::GetFrameHeight() - link_h) * 0.5f));
      if (ui::link_button("Skip to results")) act.go(caf::Step::Results);
    }
    // Where the user is, at the far end of the band: a visual cue only (the screen
    // above says "Question n of 40", and the announcer reads it).
    const std::string where = std::to_string(s.question + 1) + " of " + std::to_string(total);
    ImFont* font = ui::fonts().small;
    const float size_px = font->FontSize;
    const float w = font->CalcTextSizeA(size_px, FLT_MAX, 0.0f, where.c_str()).x;
    const float x = column.x + column.width - w;
    if (x > ImGui::GetItemRectMax().x + ui::em())
      dl->AddText(font, size_px, ImVec2(x, top + (h - size_px) * 0.5f), to_u32(p.text_muted), where.c_str());
  }
  ui::end_landmark();
}

} // namespace app
