// The use-case portfolio on the Results screen: the candidate use cases with their
// business value, data sensitivity, who benefits and CAF's decision-tree answers
// (goal, then need), and for each the approach, feasibility and rank the core gives
// (core/use_cases.h), plus the proposed proof of concept that the plan's PoC items name.
//
// The intents change session.use_cases while this draws: every row is drawn from
// copies taken before the first button (a click may move the vector), and the
// results come from AppState::portfolio, which only the next frame's refresh changes
// (its use_case pointers are read only before the first button, too).
//
// Index of this file
// [SECTION] Pieces
// [SECTION] One use case
// [SECTION] The portfolio
#include <string>
#include <vector>

#include "app/views.h"
#include "app/widgets.h"

namespace app {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Pieces
//-----------------------------------------------------------------------------

// A use case and what the core made of it, copied so a click cannot pull it away.
struct Row {
  caf::UseCase use_case;
  const caf::UseCaseResult* result = nullptr;   // into AppState::portfolio (stable this frame)
  bool poc = false;
};

void caption(std::string_view s) {
  ImGui::PushFont(ui::fonts().bold);
  ui::text_wrapped(s);
  ImGui::PopFont();
}

// Choice buttons that flow left to right and wrap at `right` (a screen x); the index clicked or -1.
int choice_row(std::string_view group, const std::vector<std::string>& labels, int selected, float right) {
  int clicked = -1;
  ui::begin_choices(group);
  for (size_t i = 0; i < labels.size(); ++i) {
    const float w = ui::choice_button_width(labels[i].c_str());
    if (i > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    }
    if (ui::choice_button(labels[i].c_str(), int(i) == selected)) clicked = int(i);
  }
  ui::end_choices();
  return clicked;
}

// "Rank 1 of 3 · value 4 × feasibility 4 = 16", or why there is no figure yet.
std::string rank_line(const caf::UseCaseResult& r, int value, size_t count) {
  std::string s = "Rank " + std::to_string(r.rank) + " of " + std::to_string(count);
  if (!r.approach) return s + " · no approach yet, so it ranks last";
  return s + " · value " + std::to_string(value) + " × feasibility " + std::to_string(r.feasibility) +
         " of 5 = " + std::to_string(r.score);
}

//-----------------------------------------------------------------------------
// [SECTION] One use case
//-----------------------------------------------------------------------------

// The card of one use case.
void draw_use_case(const AppState& s, Intents& act, const Row& row, size_t count, float width) {
  const Palette& p = ui::colors();
  const float em = ui::em();
  const caf::UseCase& u = row.use_case;
  const caf::UseCaseTree& tree = s.plan_data.use_case_tree;
  ImGui::PushID(u.id.c_str());
  ui::begin_section("Use case: " + u.name);
  ui::begin_card(width);
  const float right = ImGui::GetCursorScreenPos().x + width - 2.2f * em;
  ui::title(u.name, 3);
  if (row.poc) ui::badge("Proposed proof of concept", p.good);
  if (row.result) {
    ImGui::PushFont(ui::fonts().small);
    ui::text_wrapped_muted(rank_line(*row.result, u.value, count));
    ImGui::PopFont();
  }

  // The approach and the feasibility, in plain words.
  if (row.result && row.result->approach) {
    const caf::Approach* ap = row.result->approach;
    ImGui::PushFont(ui::fonts().bold);
    ui::text_wrapped("Approach: " + ap->name + " · feasibility " + std::to_string(row.result->feasibility) + " of 5");
    ImGui::PopFont();
    if (!ap->summary.empty()) ui::text_wrapped_muted(ap->summary);
  } else {
    ui::text_wrapped("No approach yet: answer the decision tree below (the goal, then what it needs).");
  }
  if (row.result) {
    if (row.result->reasons.empty() && row.result->approach)
      ui::text_wrapped_muted("Nothing lowers its feasibility: the approach fits your CAF level and your data.");
    for (const std::string& why : row.result->reasons)
      if (row.result->approach) ui::text_wrapped_muted("• " + why);
  }
  ui::space(0.3f);

  // Business value 1..5.
  caption("Business value (1 low, 5 high)");
  const int value = choice_row("Business value of " + u.name, {"1", "2", "3", "4", "5"}, u.value - 1, right);
  if (value >= 0) {
    act.set_use_case_value(u.id, value + 1);
  }

  // Data sensitivity and who benefits.
  caption("Data it uses");
  std::vector<std::string> labels;
  int selected = -1;
  for (size_t i = 0; i < tree.sensitivities.size(); ++i) {
    labels.push_back(tree.sensitivities[i].name);
    if (tree.sensitivities[i].id == u.sensitivity) selected = int(i);
  }
  const int sensitivity = choice_row("Data sensitivity of " + u.name, labels, selected, right);
  if (sensitivity >= 0) {
    act.set_use_case_sensitivity(u.id, tree.sensitivities[size_t(sensitivity)].id);
  }
  caption("Who benefits");
  labels.clear();
  selected = -1;
  for (size_t i = 0; i < tree.beneficiaries.size(); ++i) {
    labels.push_back(tree.beneficiaries[i].name);
    if (tree.beneficiaries[i].id == u.beneficiary) selected = int(i);
  }
  const int beneficiary = choice_row("Who benefits from " + u.name, labels, selected, right);
  if (beneficiary >= 0) {
    act.set_use_case_beneficiary(u.id, tree.beneficiaries[size_t(beneficiary)].id);
  }

  // CAF's decision tree: the goal, then what the use case needs.
  caption("Goal (CAF's AI decision tree)");
  labels.clear();
  selected = -1;
  const caf::UseCaseGoal* goal = nullptr;
  for (size_t i = 0; i < tree.goals.size(); ++i) {
    labels.push_back(tree.goals[i].name);
    if (tree.goals[i].id == u.goal) {
      selected = int(i);
      goal = &tree.goals[i];
    }
  }
  const int chosen_goal = choice_row("Goal of " + u.name, labels, selected, right);
  if (chosen_goal >= 0) {
    act.set_use_case_goal(u.id, tree.goals[size_t(chosen_goal)].id);
  }
  if (goal) {
    caption("What it needs");
    // Once a need is chosen only it is shown; the others are one click away.
    const bool answered = tree.find_need(u.goal, u.need) != nullptr;
    const float row_w = width - 2.2f * em;
    ui::begin_choices("What " + u.name + " needs");
    char key[2] = {'a', 0};
    bool others = !answered;
    for (int pass = 0; pass < 2; ++pass) {
      key[0] = 'a';
      for (const caf::UseCaseNeed& n : goal->needs) {
        const bool is_chosen = n.id == u.need;
        if ((pass == 0) != is_chosen || (pass == 1 && !others)) {
          ++key[0];
          continue;
        }
        const caf::Approach* ap = s.model.find_approach(n.approach);
        if (ui::option_row(key, n.name, ap ? "Approach: " + ap->name : std::string(), is_chosen, row_w)) {
          act.set_use_case_need(u.id, n.id);
        }
        ++key[0];
      }
      if (pass == 0 && answered) others = ui::disclosure("Other needs for this goal");
    }
    ui::end_choices();
  }
  ui::space(0.3f);
  if (ui::secondary_button("Rename…", ImVec2(0, 0), "Rename " + u.name)) {
    act.rename_use_case(u.id);
  }
  ImGui::SameLine();
  if (ui::secondary_button("Remove", ImVec2(0, 0), "Remove " + u.name)) {
    act.remove_use_case(u.id);
  }
  ui::end_card();
  ui::end_section();
  ImGui::PopID();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] The portfolio
//-----------------------------------------------------------------------------

void draw_use_cases(const AppState& s, Intents& act, float width) {
  const Palette& p = ui::colors();
  const float em = ui::em();
  const caf::Portfolio& portfolio = s.portfolio;
  // Copies first: the buttons below may change session.use_cases.
  std::vector<Row> rows;
  for (const caf::UseCase& u : s.session.use_cases) {
    Row row{u, nullptr, false};
    for (size_t k = 0; k < portfolio.ranked.size(); ++k)
      if (portfolio.ranked[k].use_case->id == u.id) {
        row.result = &portfolio.ranked[k];
        row.poc = int(k) == portfolio.poc;
      }
    rows.push_back(std::move(row));
  }
  const caf::UseCaseResult* poc = portfolio.poc_candidate();
  const std::string poc_name = poc ? poc->use_case->name : std::string();
  const std::string poc_reason = portfolio.poc_reason;
  const std::string removed = s.removed_use_case ? s.removed_use_case->use_case.name : std::string();
  std::string poc_items;   // the plan's proof-of-concept items, by their titles
  for (const std::string& id : s.plan_data.poc_items)
    if (const caf::ChecklistItem* item = s.catalogue.find_item(id))
      poc_items += (poc_items.empty() ? "\u201C" : ", \u201C") + item->title + "\u201D";

  ui::begin_section("Use-case portfolio");
  ui::begin_card(width);
  ui::title("Use-case portfolio", 2);
  if (rows.empty()) {
    ui::text_wrapped("No use cases yet.");
    ui::text_wrapped_muted(
        "CAF's AI strategy works per use case, not for the organization as a whole. List the candidates you are "
        "considering (for example \u201CSummarize support tickets\u201D), then give each its business value, the data "
        "it uses and who benefits, and answer CAF's decision tree: the goal, then what it needs. Each gets an approach, "
        "a feasibility from your skills and data, and a rank; the best one that fits becomes the proposed proof of "
        "concept your plan names.");
  } else if (poc) {
    ui::title("Proposed proof of concept: " + poc_name, 3, &p.good);
    ui::text_wrapped(poc_reason);
    if (!poc_items.empty())
      ui::text_wrapped_muted("The plan's proof-of-concept items (" + poc_items + ") name " + poc_name + ".");
  } else {
    ui::title("No proof-of-concept candidate yet", 3, &p.warn);
    ui::text_wrapped(poc_reason);
  }
  ui::space(0.2f);
  const float right = ImGui::GetCursorScreenPos().x + width - 2.2f * em;
  if (rows.empty() ? ui::primary_button("Add a use case…") : ui::secondary_button("Add a use case…")) {
    act.add_use_case();
  }
  if (!removed.empty()) {
    const std::string undo = "Undo removing \u201C" + removed + "\u201D";
    ui::flow_next(undo.c_str(), right);
    if (ui::secondary_button(undo.c_str())) {
      act.undo_remove_use_case();
    }
  }
  ui::end_card();
  ui::end_section();

  // The use cases in the user's order (the rank is on each): a value change never moves the card being edited.
  for (const Row& row : rows) {
    ui::space(0.2f);
    draw_use_case(s, act, row, rows.size(), width);
  }
}

}  // namespace app
