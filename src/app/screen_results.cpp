// Results: the maturity level with its meaning and reason, the radar of the
// dimensions (current and target), bars per dimension, strengths and gaps, a
// coverage warning, what-if: what a higher answer would change, and the use-case
// portfolio (view_use_cases.cpp).
#include <algorithm>
#include <cfloat>
#include <string>
#include <vector>

#include "app/radar.h"
#include "app/views.h"
#include "app/widgets.h"
#include "core/format.h"

namespace app {

// [SECTION] Level and coverage ----------------------------------------------------

// The CAF level: what CAF derives from skills and data, with its basis in one line.
static std::string level_heading(const caf::MaturityLevel& m) {
  if (!m.level) return "No level yet";
  const std::string at = m.provisional ? "At most level " : "Level ";
  if (*m.level == 0) return m.provisional ? "At most: not yet at level 1" : "Not yet at level 1";
  return at + std::to_string(*m.level) + (m.info && !m.info->name.empty() ? "  ·  " + m.info->name : "");
}

static void draw_level(const AppState& app, float width) {
  const Palette& p = ui::colors();
  const caf::MaturityLevel& m = app.result.scores.maturity;
  ui::begin_card(width);
  ImGui::PushFont(ui::fonts().small);
  ui::text_colored(p.accent, "YOUR CAF AI MATURITY");
  ImGui::PopFont();
  ui::heading(ui::fonts().h1, level_heading(m), 2);
  if (m.info && m.info->app_label && m.level && *m.level > 0) {
    ImGui::PushFont(ui::fonts().small);
    ui::text_wrapped_muted("\u201C" + m.info->name + "\u201D is our label: CAF numbers its levels 1 to 4.");
    ImGui::PopFont();
  }
  ImGui::PushFont(ui::fonts().bold);
  ui::text_wrapped(m.basis);
  ImGui::PopFont();
  ui::text_wrapped_muted(m.reason);
  if (m.info) ui::text_wrapped(m.info->summary);
  if (m.info && !m.info->fits.empty()) {
    ui::space(0.2f);
    ui::title("What fits at this level", 3);
    ui::text_wrapped_muted(m.info->fits);
  }
  ui::space(0.1f);
  if (ui::disclosure("How the level is set")) ui::text_wrapped_muted(app.model.level_rule.explanation);
  ui::end_card();
}

// The practices score: a different measure, named and explained on its own.
static void draw_practices(const AppState& app, float width) {
  const caf::ScoreResult& s = app.result.scores;
  ui::begin_card(width);
  ui::title(app.model.practices.name, 2);
  ImGui::PushFont(ui::fonts().h2);
  ui::text((s.practices ? caf::format_score(*s.practices) : std::string("—")) + " / 100");
  ImGui::PopFont();
  if (!s.comparison.sentence.empty()) ui::text_wrapped(s.comparison.sentence);
  ImGui::PushFont(ui::fonts().small);
  ui::text_wrapped_muted(app.model.practices.summary);
  ImGui::PopFont();
  ui::end_card();
}

// Technology fit: what the level supports now, the declared approach, what comes next.
static void draw_fit(const AppState& app, Intents& act, float width) {
  const Palette& p = ui::colors();
  const caf::TechnologyFit& fit = app.result.fit;
  ui::begin_card(width);
  ui::title("Technology fit", 2);
  ui::text_wrapped(fit.headline);
  if (!fit.fits_now.empty()) {
    ui::begin_list("Fits at your level");
    for (const caf::Approach* ap : fit.fits_now) {
      ui::begin_list_item();
      const bool declared = ap == fit.declared;
      ui::text_colored(p.good, "✓");
      ImGui::SameLine();
      ImGui::PushID(ap->id.c_str());
      if (ui::link_button((ap->name + (declared ? " (your approach)" : "")).c_str(), ap->link)) act.open_link(ap->link);
      ui::tooltip(ap->summary);
      ImGui::PopID();
      ui::end_list_item();
    }
    ui::end_list();
  }
  if (!fit.warning.empty()) {
    ui::space(0.2f);
    ui::title("Your approach is beyond your level", 3, &p.warn);
    ui::text_wrapped(fit.warning);
  }
  if (!fit.unlocks.empty()) {
    ui::space(0.2f);
    ui::title("What the next level unlocks", 3);
    ui::text_wrapped_muted(fit.unlocks);
  }
  ui::end_card();
}

// "Don't know" answers: what to find out and what to ask for, with a way back to each.
static void draw_followups(const AppState& app, Intents& act, float width) {
  const auto& list = app.result.followups;
  if (list.empty()) return;
  ui::begin_card(width);
  ui::title("Follow-ups: " + std::to_string(list.size()) + (list.size() == 1 ? " answer" : " answers") +
                " \u201Cdon't know\u201D",
            2, &ui::colors().warn);
  ui::text_wrapped_muted("Left out of the score; the checklist items that rest on them say \u201Ccheck it\u201D. "
                         "Find out, then answer them.");
  ui::begin_list("Follow-ups");
  for (const caf::FollowUp& f : list) {
    ui::begin_list_item();
    ImGui::PushID(f.question->id.c_str());
    ui::text_wrapped("• " + f.question->prompt + "  (" + f.where + ")");
    ImGui::PushFont(ui::fonts().small);
    if (!f.question->evidence_to_ask.empty()) ui::text_wrapped_muted("Ask for " + f.question->evidence_to_ask);
    ImGui::PopFont();
    if (auto i = caf::index_of(app.sequence, f.question->id)) {
      if (ui::link_button("Answer it")) act.go_to_question(*i);
    }
    ImGui::PopID();
    ui::end_list_item();
  }
  ui::end_list();
  ui::end_card();
}

static void draw_coverage(const AppState& s, Intents& act, float width) {
  const caf::Coverage& c = s.result.scores.coverage;
  if (c.status == caf::CoverageStatus::Ok) return;
  const Palette& p = ui::colors();
  ui::begin_card(width);
  ui::title(c.status == caf::CoverageStatus::Blocked ? "Too few answers to trust this result"
                                                    : "Some questions are still open",
            2, c.status == caf::CoverageStatus::Blocked ? &p.bad : &p.warn);
  ui::text_wrapped(c.message);
  if (ui::secondary_button("Answer the open questions")) act.go(caf::Step::Assessment);
  ui::end_card();
  ui::space(0.3f);
}

// [SECTION] Dimensions: radar and bars --------------------------------------------

// Too small for the names around it (a phone at 320 CSS px), the radar numbers its
// spokes and the bars below carry the same numbers.
static bool radar_numbered(float size) { return size < ui::em() * 24.0f; }

// The radar for the eye; for screen readers the same figures as a table over it.
static void draw_radar(const AppState& s, float size) {
  std::vector<RadarAxis> axes;
  std::vector<std::vector<std::string>> rows;
  const bool numbered = radar_numbered(size);
  for (const caf::PhaseScore& ph : s.result.scores.phases)
    for (const caf::DimensionScore& d : ph.dimensions) {
      const std::string label = numbered ? std::to_string(axes.size() + 1) : d.dimension->name;
      axes.push_back({label, d.score ? float(*d.score / 25.0) : 0.0f, float(d.target)});
      rows.push_back({d.dimension->name, d.score ? caf::format_score(*d.score) : std::string("not answered"),
                      std::to_string(d.level_or_zero()), std::to_string(d.target), std::to_string(d.gap())});
    }
  ui::radar_chart(axes, size);
  ui::data_table("Scores by dimension", {"Dimension", "Score", "Level", "Target", "Gap"}, rows);
  const Palette& p = ui::colors();
  ImGui::PushFont(ui::fonts().small);
  ui::text_colored(p.current, "● Current level (score ÷ 25)");
  ImGui::SameLine(0, ui::em());
  ui::text_colored(p.target, "○ Target level");
  ImGui::PopFont();
}

static void draw_dimension_bars(const AppState& s, Intents& act, float width, bool numbered) {
  const Palette& p = ui::colors();
  const float em = ui::em();
  int n = 0;
  for (const caf::PhaseScore& ph : s.result.scores.phases) {
    ImGui::PushFont(ui::fonts().bold);
    ui::text(ph.phase->name + "  " + (ph.score ? caf::format_score(*ph.score) : std::string("—")));
    ImGui::PopFont();
    // The figures are in the table over the radar: only the target buttons are read here.
    ui::begin_hidden();
    for (const caf::DimensionScore& d : ph.dimensions) {
      ImGui::PushID(d.dimension->id.c_str());
      ui::text_wrapped(numbered ? std::to_string(++n) + ". " + d.dimension->name : d.dimension->name);
      // The figures and the two target buttons follow the bar on its line when they fit,
      // else on the next line (at 320 CSS px nothing is cut off).
      const std::string score = d.score ? caf::format_score(*d.score) : std::string("not answered");
      const std::string figures = score + "  · L" + std::to_string(d.level_or_zero()) + " → L" + std::to_string(d.target);
      ImFont* small = ui::fonts().small;
      const float buttons_w = (ImGui::CalcTextSize("−").x + em) * 2.0f + em * 0.2f;
      const float figures_w = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0.0f, figures.c_str()).x +
                              ImGui::GetStyle().ItemSpacing.x + buttons_w;
      const bool stacked = width - figures_w - em * 0.6f < em * 5.0f;
      const float bar_w = stacked ? width : width - figures_w - em * 0.6f;
      const ImVec2 a = ImGui::GetCursorScreenPos();
      ui::progress_bar(d.score ? float(*d.score / 100.0) : 0.0f, ImVec2(bar_w, em * 0.6f), p.current);
      // Target marker on the bar.
      const float tx = a.x + bar_w * float(d.target) / 4.0f;
      ImGui::GetWindowDrawList()->AddLine(ImVec2(tx, a.y - em * 0.25f), ImVec2(tx, a.y + em * 0.85f), to_u32(p.target),
                                          std::max(2.0f, em * 0.14f));
      if (!stacked) ImGui::SameLine(0, em * 0.6f);
      ImGui::PushFont(small);
      ui::text(figures);
      ImGui::PopFont();
      ImGui::SameLine();
      const std::string target = "Target level " + std::to_string(d.target) + " of 4";
      if (ui::small_button("−", "Lower the target level for " + d.dimension->name) && d.target > 0)
        act.set_target(d.dimension->id, d.target - 1);
      ui::tooltip(target);
      ImGui::SameLine(0, em * 0.2f);
      if (ui::small_button("+", "Raise the target level for " + d.dimension->name) && d.target < 4)
        act.set_target(d.dimension->id, d.target + 1);
      ui::tooltip(target);
      ImGui::PopID();
    }
    ui::end_hidden();
    ui::space(0.3f);
  }
}

// [SECTION] Strengths, gaps, what-if ------------------------------------------------

static void draw_strengths_and_gaps(const AppState& s, float width) {
  std::vector<const caf::DimensionScore*> dims;
  for (const caf::PhaseScore& ph : s.result.scores.phases)
    for (const caf::DimensionScore& d : ph.dimensions)
      if (d.score) dims.push_back(&d);
  if (dims.empty()) return;
  std::stable_sort(dims.begin(), dims.end(), [](auto* a, auto* b) { return *a->score > *b->score; });
  const bool narrow = width < ui::em() * 34;
  const float col = narrow ? width : (width - ImGui::GetStyle().ItemSpacing.x) / 2;
  ui::begin_card(col, narrow ? 0.0f : ui::em() * 8.5f);
  ui::title("Strengths", 2, &ui::colors().good);
  ui::begin_list("Strengths");
  for (size_t i = 0; i < dims.size() && i < 3; ++i) {
    ui::begin_list_item();
    ui::text_wrapped("• " + dims[i]->dimension->name + " (" + caf::format_score(*dims[i]->score) + ")");
    ui::end_list_item();
  }
  ui::end_list();
  ui::end_card();
  if (!narrow) ImGui::SameLine();
  std::vector<const caf::DimensionScore*> gaps = dims;
  std::stable_sort(gaps.begin(), gaps.end(), [](auto* a, auto* b) { return a->gap() > b->gap() || (a->gap() == b->gap() && *a->score < *b->score); });
  ui::begin_card(col, narrow ? 0.0f : ui::em() * 8.5f);
  ui::title("Biggest gaps to your targets", 2, &ui::colors().bad);
  ui::begin_list("Biggest gaps to your targets");
  for (size_t i = 0; i < gaps.size() && i < 3; ++i) {
    ui::begin_list_item();
    ui::text_wrapped("• " + gaps[i]->dimension->name + ": level " + std::to_string(gaps[i]->level_or_zero()) +
                     ", target " + std::to_string(gaps[i]->target));
    ui::end_list_item();
  }
  ui::end_list();
  ui::end_card();
}

static void draw_what_if(const AppState& s, Intents& act, float width) {
  const Palette& p = ui::colors();
  const caf::ScoreResult& now = s.result.scores;
  ui::begin_card(width);
  ui::title("What would move your practices score", 2);
  ui::text_wrapped_muted("The practice answers where one step up gains the most. Preview a change to see the new "
                         "score before you commit to it.");
  ui::space(0.2f);
  const auto movers = now.top_movers(5);
  // One width for both labels: previewing a row must not re-wrap it and move the rows below.
  const float preview_w = std::max(ui::choice_button_width("Preview"), ui::choice_button_width("Previewing"));
  if (movers.empty()) ui::text_wrapped_muted("Answer some questions first: there is nothing to raise yet.");
  for (const caf::QuestionScore* m : movers) {
    ImGui::PushID(m->question->id.c_str());
    const int from = m->answer.value;
    const std::string line = m->question->prompt + "  " + m->question->options[size_t(from)].label + " → " +
                             m->question->options[size_t(from + 1)].label + "  (+" +
                             caf::format_fixed(m->overall_gain.value_or(0.0), 1) + ")";
    const bool active = s.what_if && s.what_if->question_id == m->question->id;
    if (ui::toggle_button(active ? "Previewing" : "Preview", active,
                          std::string(active ? "Previewing: " : "Preview: ") + m->question->prompt, ImVec2(preview_w, 0))) {
      if (active) act.clear_what_if();
      else act.preview_what_if(m->question->id, caf::Answer::of(from + 1));
    }
    ImGui::SameLine();
    ui::text_wrapped(line);
    ImGui::PopID();
  }
  if (s.what_if) {
    const caf::ScoreResult& w = s.what_if->scores;
    ui::space(0.3f);
    ui::title("With this change", 3, &p.accent);
    ui::text_wrapped("Practices score " + (now.practices ? caf::format_score(*now.practices) : std::string("—")) +
                     " → " + (w.practices ? caf::format_score(*w.practices) : std::string("—")) +
                     ". The CAF level stays " + level_heading(w.maturity) + ": it comes from skills and data only.");
    if (ui::primary_button("Apply this answer")) {
      const WhatIf wi = *s.what_if;
      act.set_answer(wi.question_id, wi.answer);
    }
    ImGui::SameLine();
    if (ui::secondary_button("Clear the preview")) act.clear_what_if();
  }
  ui::end_card();
}

// [SECTION] Compare over time, merge respondents -------------------------------------

static std::string signed_score(double d) {
  return (d > 0 ? "+" : d < 0 ? "−" : "±") + caf::format_score(d < 0 ? -d : d);
}

static void draw_comparison(const AppState& s, Intents& act, float width) {
  const caf::Comparison& c = s.baseline->comparison;
  const Palette& p = ui::colors();
  ui::title("Changes since " + s.baseline->name, 3);
  const std::string practices = c.practices_delta() ? signed_score(*c.practices_delta()) : std::string("—");
  auto level = [](const std::optional<int>& l) { return l ? std::to_string(*l) : std::string("—"); };
  ui::text_wrapped("Practices " + (c.practices_before ? caf::format_score(*c.practices_before) : std::string("—")) +
                   " → " + (c.practices_after ? caf::format_score(*c.practices_after) : std::string("—")) + " (" +
                   practices + "); CAF level " + level(c.level_before) + " → " + level(c.level_after) + "; " +
                   std::to_string(c.answers_up) + " answers up, " + std::to_string(c.answers_down) + " down; " +
                   std::to_string(c.newly_done) + " activities newly done, " + std::to_string(c.regressed) + " regressed.");
  if (ui::begin_table("##compare", "Changes by dimension", {"Dimension", "Before", "Now", "Change"}, {3.0f, 1.0f, 1.0f, 1.0f}, width - 2.2f * ui::em())) {
    for (const caf::DimensionDelta& d : c.dimensions) {
      ui::table_row();
      ui::table_cell();
      ui::text_wrapped(d.dimension->name);
      ui::table_cell();
      ui::text(d.before ? caf::format_score(*d.before) : "—");
      ui::table_cell();
      ui::text(d.after ? caf::format_score(*d.after) : "—");
      ui::table_cell();
      const auto delta = d.delta();
      ui::text_colored(!delta ? p.text_muted : *delta > 0 ? p.good : *delta < 0 ? p.bad : p.text_muted,
                       delta ? signed_score(*delta) : "—");
    }
    ui::end_table();
  }
  for (const caf::ItemChange& it : c.items) {
    if (it.kind != caf::ItemChangeKind::NewlyDone && it.kind != caf::ItemChangeKind::Regressed) continue;
    ui::text_colored(it.kind == caf::ItemChangeKind::NewlyDone ? p.good : p.bad,
                     std::string(caf::label(it.kind)) + ": " + it.item->title);
  }
  if (ui::secondary_button("Stop comparing")) act.clear_baseline();
}

static void draw_merge(const AppState& s, Intents& act, float width) {
  const MergeSet& m = *s.merge_set;
  const Palette& p = ui::colors();
  ui::title(std::to_string(m.sessions.size()) + " respondents: where they agree", 3);
  std::string names;
  for (const std::string& n : m.merged.respondents) names += (names.empty() ? "" : ", ") + n;
  ui::text_wrapped_muted(names);
  if (ui::begin_table("##merge", "Respondents by dimension", {"Dimension", "Mean", "Range", "Agreement"}, {3.0f, 1.0f, 1.4f, 2.2f}, width - 2.2f * ui::em())) {
    for (const caf::DimensionSpread& d : m.merged.dimensions) {
      ui::table_row();
      ui::table_cell();
      ui::text_wrapped(d.dimension->name);
      ui::table_cell();
      ui::text(d.mean ? caf::format_score(*d.mean) : "—");
      ui::table_cell();
      ui::text(d.min && d.max ? caf::format_score(*d.min) + "–" + caf::format_score(*d.max) : "—");
      ui::table_cell();
      if (d.divergent) ui::text_colored(p.bad, "Diverges: " + d.why);
      else ui::text_colored(p.good, d.scored >= 2 ? "Agree (σ " + caf::format_fixed(d.sigma_levels, 1) + ")" : "—");
    }
    ui::end_table();
  }
  for (const std::string& n : m.merged.notes) ui::text_wrapped_muted("• " + n);
  const float right = ImGui::GetCursorScreenPos().x + width - 2.2f * ui::em();
  if (ui::primary_button("Use the merged view as my assessment")) act.use_merged_view();
  ui::flow_next("Add another respondent…", right);
  if (ui::secondary_button("Add another respondent…")) act.open_merge();
  ui::flow_next("Stop merging", right);
  if (ui::secondary_button("Stop merging")) act.clear_merge();
}

static void draw_history_and_team(const AppState& s, Intents& act, float width) {
  ui::begin_card(width);
  ui::title("Compare and combine", 2);
  ui::text_wrapped_muted("Compare with a session file from an earlier assessment to see what changed, or load "
                         "several respondents' files to see where your team agrees. Files stay in this browser.");
  const float right = ImGui::GetCursorScreenPos().x + width - 2.2f * ui::em();
  if (ui::secondary_button("Compare with an earlier file…")) act.open_compare();
  ui::flow_next("Merge respondents' files…", right);
  if (ui::secondary_button("Merge respondents' files…")) act.open_merge();
  if (s.baseline) {
    ui::space(0.4f);
    draw_comparison(s, act, width);
  }
  if (s.merge_set) {
    ui::space(0.4f);
    draw_merge(s, act, width);
  }
  ui::end_card();
}

// [SECTION] Screen -------------------------------------------------------------------

void draw_results(const AppState& s, Intents& act) {
  const float em = ui::em();
  const bool narrow = layout_is_narrow(s);
  const float width = std::min(ImGui::GetContentRegionAvail().x, em * 66.0f);
  ui::center_column(width);
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ui::space(0.8f);
  ui::label_caps("STEP 3 OF 4  ·  RESULTS");
  ui::heading(ui::fonts().h1, "Your AI maturity");
  ui::space(0.3f);
  draw_coverage(s, act, width);
  // The level and the practices score side by side where there is room: two measures, two cards.
  if (narrow) {
    draw_level(s, width);
    ui::space(0.3f);
    draw_practices(s, width);
  } else {
    const float level_w = width * 0.6f - em * 0.25f;
    const float left = ImGui::GetCursorScreenPos().x;
    draw_level(s, level_w);
    float bottom = ImGui::GetItemRectMax().y;
    ImGui::SameLine(0, em * 0.5f);
    draw_practices(s, width - level_w - em * 0.5f);
    // A card's line is as tall as the card drawn last: go on below the taller one.
    bottom = std::max(bottom, ImGui::GetItemRectMax().y);
    ImGui::SetCursorScreenPos(ImVec2(left, bottom + ImGui::GetStyle().ItemSpacing.y));
  }
  ui::space(0.3f);
  draw_fit(s, act, width);
  ui::space(0.3f);
  draw_followups(s, act, width);
  ui::space(0.5f);

  const float radar_size = narrow ? width : std::min(width * 0.52f, em * 32.0f);
  ImGui::BeginGroup();
  draw_radar(s, radar_size);
  ImGui::EndGroup();
  if (!narrow) ImGui::SameLine(0, em);
  ImGui::BeginGroup();
  const float bars_w = narrow ? width : width - radar_size - em;
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + bars_w);
  draw_dimension_bars(s, act, bars_w, radar_numbered(radar_size));
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  ui::space(0.5f);
  draw_strengths_and_gaps(s, width);
  ui::space(0.5f);
  draw_what_if(s, act, width);
  ui::space(0.5f);
  draw_use_cases(s, act, width);
  ui::space(0.5f);
  draw_history_and_team(s, act, width);

  ui::space(0.8f);
  const float right = ImGui::GetCursorScreenPos().x + width;
  if (ui::secondary_button("Back to the questions")) act.go(caf::Step::Assessment);
  ui::flow_next("See your roadmap", right);
  if (ui::primary_button("See your roadmap")) act.go(caf::Step::Roadmap);
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

} // namespace app
