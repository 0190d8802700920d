// The use-case portfolio's intents (intents.h, "The use-case portfolio"): add, name,
// rename, remove and undo, and the fields CAF's decision tree and the ranking read.
// Each edit stamps its session field (session_sync.h: use_cases/<id>/<field>) so
// other tabs merge it, autosaves, and says what the edit did to the ranking.
//
// Index of this file
// [SECTION] Helpers
// [SECTION] Adding, naming, removing
// [SECTION] Fields
#include <algorithm>

#include "app/intents.h"
#include "core/session_io.h"
#include "core/session_sync.h"
#include "core/use_cases.h"

namespace app {

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

namespace {

caf::UseCase* find(caf::Session& s, const std::string& id) {
  for (caf::UseCase& u : s.use_cases)
    if (u.id == id) return &u;
  return nullptr;
}

// What was typed, on one line: the dialog is a text area, and a name is one line.
std::string one_line(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

size_t characters(const std::string& s) {
  return size_t(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

const char* kFields[] = {"name", "value", "sensitivity", "beneficiary", "goal", "need"};

}  // namespace

// An id from the name ("Summarize tickets" -> "summarize_tickets"), never one in use or
// used before (a removed use case's change times stay: its id is not given out again,
// so another tab's older edits of it cannot land on the new one).
std::string Intents::new_use_case_id(const std::string& name) const {
  std::string base;
  for (char c : name) {
    const char l = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) base += l;
    else if (!base.empty() && base.back() != '_') base += '_';
    if (base.size() >= 32) break;
  }
  while (!base.empty() && base.back() == '_') base.pop_back();
  if (base.empty()) base = "use_case";
  auto taken = [&](const std::string& id) {
    if (std::any_of(s_.session.use_cases.begin(), s_.session.use_cases.end(), [&](const caf::UseCase& u) { return u.id == id; }))
      return true;
    const std::string prefix = "use_cases/" + id + "/";
    const auto it = s_.session.changed.lower_bound(prefix);
    return it != s_.session.changed.end() && it->first.compare(0, prefix.size(), prefix) == 0;
  };
  std::string id = base;
  for (int n = 2; taken(id); ++n) id = base + "_" + std::to_string(n);
  return id;
}

// Stamps the field, then says where the use case now ranks and which one is the
// proposed proof of concept (computed here: the results are recomputed next frame).
void Intents::use_case_changed(const std::string& id, const char* field) {
  field_changed("use_cases/" + id + "/" + field);
  const caf::Portfolio p = caf::evaluate_portfolio(s_.session.use_cases, s_.plan_data, s_.model, s_.result.scores.maturity);
  for (const caf::UseCaseResult& r : p.ranked) {
    if (r.use_case->id != id) continue;
    std::string text = r.use_case->name + ": rank " + std::to_string(r.rank) + " of " + std::to_string(p.ranked.size());
    text += r.approach ? ", " + r.approach->name + ", feasibility " + std::to_string(r.feasibility) + " of 5."
                       : ", no approach yet.";
    const caf::UseCaseResult* poc = p.poc_candidate();
    text += poc ? " Proposed proof of concept: " + poc->use_case->name + "." : " No proof-of-concept candidate yet.";
    platform_.announce(text);
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Adding, naming, removing
//-----------------------------------------------------------------------------

void Intents::add_use_case() {
  if (s_.session.use_cases.size() >= caf::kMaxUseCases) {
    show_notice(Notice::Kind::Warning, "The portfolio is full",
                "It holds " + std::to_string(caf::kMaxUseCases) + " use cases, the most a session keeps. Remove one "
                "you no longer consider, then add the new one.");
    return;
  }
  editing_use_case_ = true;
  pending_use_case_.clear();
  platform_.edit_text("Name a new use case", "", int(TextPurpose::UseCaseName));
}

void Intents::rename_use_case(const std::string& id) {
  const caf::UseCase* u = find(s_.session, id);
  if (!u) return;
  editing_use_case_ = true;
  pending_use_case_ = id;
  platform_.edit_text("Rename the use case \u201C" + u->name + "\u201D", u->name, int(TextPurpose::UseCaseName));
}

void Intents::use_case_name_edited(std::string_view text, bool accepted) {
  if (!editing_use_case_) return;   // nothing is being named
  editing_use_case_ = false;
  const std::string id = std::move(pending_use_case_);
  pending_use_case_.clear();
  if (!accepted) return;
  name_use_case(id, text);
}

std::string Intents::name_use_case(const std::string& id, std::string_view text) {
  const std::string name = one_line(text);
  caf::UseCase* existing = id.empty() ? nullptr : find(s_.session, id);
  if (!id.empty() && !existing) return "that use case was removed";
  std::string why;
  if (name.empty()) why = "the name is empty";
  else if (characters(name) > caf::kMaxNameLength)
    why = "the name has " + std::to_string(characters(name)) + " characters; at most " +
          std::to_string(caf::kMaxNameLength) + " fit";
  else if (std::any_of(s_.session.use_cases.begin(), s_.session.use_cases.end(),
                       [&](const caf::UseCase& u) { return u.name == name && u.id != id; }))
    why = "another use case already has the name \u201C" + name + "\u201D";
  if (!why.empty()) {
    show_notice(Notice::Kind::Warning, existing ? "The use case keeps its name" : "No use case was added",
                "A use case needs a name of its own: " + why + ". Type a short name such as \u201CSummarize support "
                "tickets\u201D.");
    // What was typed is not lost: the dialog opens again with it (an empty name: with nothing).
    if (!name.empty()) {
      editing_use_case_ = true;
      pending_use_case_ = id;
      platform_.edit_text(existing ? "Rename the use case \u201C" + existing->name + "\u201D" : "Name a new use case",
                          std::string(text), int(TextPurpose::UseCaseName));
    }
    return why;
  }
  if (existing) {
    if (existing->name == name) return {};
    existing->name = name;
    use_case_changed(id, "name");
    return {};
  }
  if (s_.session.use_cases.size() >= caf::kMaxUseCases) return "the portfolio is full";
  caf::UseCase u;
  u.id = new_use_case_id(name);
  u.name = name;
  s_.session.use_cases.push_back(u);
  use_case_changed(u.id, "name");
  return {};
}

void Intents::remove_use_case(const std::string& id) {
  auto& list = s_.session.use_cases;
  const auto it = std::find_if(list.begin(), list.end(), [&](const caf::UseCase& u) { return u.id == id; });
  if (it == list.end()) return;
  s_.removed_use_case = RemovedUseCase{*it, size_t(it - list.begin())};
  list.erase(it);
  // Clearing the name removes it everywhere; the other fields are stamped too, so a tab
  // that still has it cannot bring an older value back with it.
  for (const char* f : kFields) {
    const std::string key = "use_cases/" + id + "/" + f;
    const auto t = s_.session.changed.find(key);
    caf::stamp(s_.session, key, next_stamp(t == s_.session.changed.end() ? 0 : t->second + 1));
  }
  changed();
  platform_.announce("Removed the use case \u201C" + s_.removed_use_case->use_case.name +
                     "\u201D. Undo brings it back.");
}

void Intents::undo_remove_use_case() {
  if (!s_.removed_use_case) return;
  RemovedUseCase r = std::move(*s_.removed_use_case);
  s_.removed_use_case.reset();
  auto& list = s_.session.use_cases;
  if (find(s_.session, r.use_case.id) || list.size() >= caf::kMaxUseCases) return;   // back already (another tab)
  list.insert(list.begin() + std::ptrdiff_t(std::min(r.index, list.size())), r.use_case);
  for (const char* f : kFields) {
    const std::string key = "use_cases/" + r.use_case.id + "/" + f;
    const auto t = s_.session.changed.find(key);
    caf::stamp(s_.session, key, next_stamp(t == s_.session.changed.end() ? 0 : t->second + 1));
  }
  use_case_changed(r.use_case.id, "name");
}

//-----------------------------------------------------------------------------
// [SECTION] Fields
//-----------------------------------------------------------------------------

void Intents::set_use_case_value(const std::string& id, int value) {
  caf::UseCase* u = find(s_.session, id);
  if (!u || value < 1 || value > 5 || u->value == value) return;
  u->value = value;
  use_case_changed(id, "value");
}

void Intents::set_use_case_sensitivity(const std::string& id, const std::string& sensitivity_id) {
  caf::UseCase* u = find(s_.session, id);
  if (!u || u->sensitivity == sensitivity_id || !s_.plan_data.use_case_tree.find_sensitivity(sensitivity_id)) return;
  u->sensitivity = sensitivity_id;
  use_case_changed(id, "sensitivity");
}

void Intents::set_use_case_beneficiary(const std::string& id, const std::string& beneficiary_id) {
  caf::UseCase* u = find(s_.session, id);
  if (!u || u->beneficiary == beneficiary_id || !s_.plan_data.use_case_tree.find_beneficiary(beneficiary_id)) return;
  u->beneficiary = beneficiary_id;
  use_case_changed(id, "beneficiary");
}

void Intents::set_use_case_goal(const std::string& id, const std::string& goal_id) {
  caf::UseCase* u = find(s_.session, id);
  const auto& goals = s_.plan_data.use_case_tree.goals;
  if (!u || u->goal == goal_id ||
      std::none_of(goals.begin(), goals.end(), [&](const caf::UseCaseGoal& g) { return g.id == goal_id; }))
    return;
  u->goal = goal_id;
  if (!u->need.empty() && !s_.plan_data.use_case_tree.find_need(goal_id, u->need)) {
    u->need.clear();   // a need of the other goal: the tree is asked again
    field_changed("use_cases/" + id + "/need");
  }
  use_case_changed(id, "goal");
}

void Intents::set_use_case_need(const std::string& id, const std::string& need_id) {
  caf::UseCase* u = find(s_.session, id);
  if (!u || u->need == need_id || !s_.plan_data.use_case_tree.find_need(u->goal, need_id)) return;
  u->need = need_id;
  use_case_changed(id, "need");
}

}  // namespace app
