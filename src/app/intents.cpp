// Index of this file
// [SECTION] Start-up: data, autosave, share link
// [SECTION] Platform events
// [SECTION] Moving around
// [SECTION] Answers and choices
// [SECTION] The plan
// [SECTION] Sessions from outside
// [SECTION] Files, links, compare, merge
// [SECTION] Display and notices
// [SECTION] Recompute, autosave, announcements
// [SECTION] Other tabs: change times, read-merge-write
// [SECTION] Earlier versions
#include "app/intents.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/autosave.h"
#include "core/civil_date.h"
#include "core/escape.h"
#include "core/export_file.h"
#include "core/format.h"
#include "core/glossary.h"
#include "core/history.h"
#include "core/import.h"
#include "core/model_loader.h"
#include "core/plan_data.h"
#include "core/session_io.h"
#include "core/session_plan.h"
#include "core/session_sync.h"
#include "core/share_link.h"

namespace app {

const char* theme_id(ThemeId t) {
  switch (t) {
    case ThemeId::Dark: return "dark";
    case ThemeId::HighContrast: return "high_contrast";
    case ThemeId::Light: break;
  }
  return "light";
}

ThemeId theme_from_id(const std::string& id) {
  return id == "dark" ? ThemeId::Dark : id == "high_contrast" ? ThemeId::HighContrast : ThemeId::Light;
}

//-----------------------------------------------------------------------------
// [SECTION] Start-up: data, autosave, share link
//-----------------------------------------------------------------------------

// The built-in data in two halves, which start-up runs as two tasks (medians 28 and 16 ms on
// a quiet machine, up to 70 in a fresh browser under load, much of it compiling the JSON code
// on first use): the model, then what is checked against it.
void Intents::start_model() {
  auto m = caf::builtin_model();
  if (!m.ok()) {
    s_.data_error = caf::errors_to_string(m.errors);
    return;
  }
  s_.model = std::move(*m.value);
  model_loaded_ = true;
}

void Intents::start_data() {
  if (!model_loaded_) return;
  auto c = caf::builtin_catalogue(s_.model);
  if (!c.ok()) {
    s_.data_error = caf::errors_to_string(c.errors);
    return;
  }
  s_.catalogue = std::move(*c.value);
  // The plan's data is checked against the catalogue: should it fail (a broken build), the
  // assessment still works and the Roadmap screen says there is no plan.
  auto pd = caf::builtin_plan_data(s_.model, s_.catalogue);
  s_.plan_data_ok = pd.ok();
  if (pd.ok()) s_.plan_data = std::move(*pd.value);
  s_.session = caf::new_session(s_.model);
  s_.data_ok = true;
  recompute();
}

void Intents::start_session() {
  if (s_.data_ok) restore_autosave();
  if (s_.data_ok) open_share_fragment();
  request_frames(3);
}

// After a reload the user is exactly where they were. Unreadable stored data is
// kept under a second key (so nothing is lost) and the user is told why.
void Intents::restore_autosave() {
  s_.versions_kept = platform_.storage_read(contracts::storage_key::history).status == platform::StorageStatus::Ok;
  const platform::StorageRead stored = platform_.storage_read(contracts::storage_key::autosave);
  switch (stored.status) {
    case platform::StorageStatus::Missing: return;
    case platform::StorageStatus::Disabled:
    case platform::StorageStatus::Full:
    case platform::StorageStatus::Error:
      s_.save_status = SaveStatus::Off;
      s_.save_detail = stored.detail;
      show_notice(Notice::Kind::Warning, "Autosave is off",
                  "This browser does not let the page keep data (" + stored.detail +
                      "). Your answers stay in this tab until you close it; download a session file to keep them.");
      return;
    case platform::StorageStatus::Ok: break;
  }
  auto parsed = caf::parse_autosave(stored.value, s_.model, s_.catalogue);
  if (!parsed.ok()) {
    platform_.storage_write(contracts::storage_key::autosave_backup, stored.value, nullptr);
    show_notice(Notice::Kind::Error, "Your saved assessment could not be read",
                parsed.errors.front().to_string() +
                    ". A copy of the stored data was kept in this browser (key \"" +
                    contracts::storage_key::autosave_backup + "\"); you are starting a new assessment.");
    return;
  }
  s_.session = std::move(parsed.value->session);
  s_.restored = true;
  s_.restored_at = parsed.value->saved_at;
  s_.save_status = SaveStatus::Saved;
  rebuild_sequence();   // the restored profile decides which questions are asked
  apply_view_state(parsed.value->view);
  recompute();
  // Saved by an earlier version: say what the upgrade did (answers are kept).
  if (!parsed.value->notes.empty()) {
    std::string text;
    for (const std::string& n : parsed.value->notes) text += (text.empty() ? "" : " ") + n;
    show_notice(Notice::Kind::Info, "Your saved assessment was brought up to date", text);
  }
}

void Intents::apply_view_state(const caf::ViewState& view) {
  s_.step = view.step;
  if (auto i = caf::index_of(s_.sequence, view.question)) s_.question = *i;
  s_.prefs.theme = theme_from_id(view.theme);
  s_.prefs.theme_chosen = true;
  s_.prefs.text_scale = float(view.text_scale);
}

caf::ViewState Intents::view_state() const {
  caf::ViewState v;
  v.step = s_.step;
  if (const caf::QuestionRef* q = s_.current_question()) v.question = q->question->id;
  v.theme = theme_id(s_.prefs.theme);
  v.text_scale = double(std::lround(s_.prefs.text_scale * 100.0f)) / 100.0;
  return v;
}

// A share link opened in this tab (at start or when the fragment changes).
void Intents::open_share_fragment() {
  const std::string fragment = platform_.url_fragment();
  if (fragment.empty() || !caf::looks_like_share(fragment)) return;
  platform_.set_url_fragment("");   // handled once: a reload must not ask again
  auto decoded = caf::decode_share(fragment, s_.model, s_.catalogue);
  if (!decoded.ok()) {
    show_notice(Notice::Kind::Error, "This share link cannot be opened",
                decoded.session.errors.front().to_string() + ". Your current answers are unchanged.");
    return;
  }
  offer_session(std::move(*decoded.session.value), "the shared link", decoded.notes);
}

//-----------------------------------------------------------------------------
// [SECTION] Platform events
//-----------------------------------------------------------------------------

void Intents::file_opened(int purpose, std::string_view name, std::string_view bytes, std::string_view error) {
  request_frames(3);
  if (!error.empty()) {
    show_notice(Notice::Kind::Error, "Could not open " + std::string(name), std::string(error));
    return;
  }
  auto imported = caf::import_session(bytes, std::string(name), s_.model, s_.catalogue);
  if (!imported.ok()) {
    std::string text;
    const auto& errors = imported.session.errors;
    for (size_t i = 0; i < errors.size() && i < 4; ++i) text += errors[i].to_string() + "\n";
    if (errors.size() > 4) text += "… and " + std::to_string(errors.size() - 4) + " more problems.\n";
    text += "Your current answers are unchanged.";
    show_notice(Notice::Kind::Error, "This file is not a session this app can open", text);
    return;
  }
  caf::Session incoming = std::move(*imported.session.value);
  switch (FilePurpose(purpose)) {
    case FilePurpose::Import:
      offer_session(std::move(incoming), "the file " + std::string(name), imported.notes);
      break;
    case FilePurpose::Compare:
      s_.baseline = Baseline{std::move(incoming), std::string(name), {}};
      results_stale_ = true;
      show_notice(Notice::Kind::Success, "Comparing with " + std::string(name),
                  "The changes since that assessment are on the Results screen.");
      if (s_.step != caf::Step::Results) go(caf::Step::Results);
      break;
    case FilePurpose::Merge:
      if (!s_.merge_set) s_.merge_set = MergeSet{};
      s_.merge_set->sessions.push_back(std::move(incoming));
      s_.merge_set->names.emplace_back(name);
      results_stale_ = true;
      if (s_.step != caf::Step::Results) go(caf::Step::Results);
      break;
  }
}

void Intents::text_edited(int purpose, std::string_view text, bool accepted) {
  request_frames(3);
  if (TextPurpose(purpose) == TextPurpose::UseCaseName) {
    use_case_name_edited(text, accepted);
    return;
  }
  const std::string id = std::move(pending_note_id_);
  pending_note_id_.clear();
  if (!accepted || id.empty()) return;
  switch (TextPurpose(purpose)) {
    case TextPurpose::PlanStart: set_plan_start(text); return;
    case TextPurpose::ItemOwner: set_item_owner(id, text); return;
    case TextPurpose::ItemStart: set_item_date(id, false, text); return;
    case TextPurpose::ItemDue: set_item_date(id, true, text); return;
    case TextPurpose::UseCaseName: return;   // handled above (it needs no pending id)
    case TextPurpose::QuestionNote:
    case TextPurpose::ItemNote: break;
  }
  std::string note(text.substr(0, caf::kMaxNoteLength * 4));
  if (TextPurpose(purpose) == TextPurpose::ItemNote) {
    caf::ItemState& st = s_.session.items[id];
    st.note = note;
    if (st.empty()) s_.session.items.erase(id);   // owner and dates keep the entry
    field_changed("items/" + id + "/note");
  } else {
    if (note.empty()) s_.session.notes.erase(id);
    else s_.session.notes[id] = note;
    field_changed("notes/" + id);
  }
}

void Intents::url_fragment_changed() {
  if (s_.data_ok) open_share_fragment();
  request_frames(2);
}

void Intents::system_preferences_changed(const SystemPreferences& prefs) {
  s_.system = prefs;
  // Until the user picks a theme, the system's colour scheme picks it.
  if (!s_.prefs.theme_chosen) s_.prefs.theme = prefs.dark ? ThemeId::Dark : ThemeId::Light;
  request_frames(3);
}

//-----------------------------------------------------------------------------
// [SECTION] Moving around
//-----------------------------------------------------------------------------

void Intents::new_view() {
  requests_.reset_focus = true;
  requests_.scroll_to_top = true;
  request_frames(3);
}

void Intents::go(caf::Step step) {
  if (step == caf::Step::Assessment && s_.step != caf::Step::Assessment && !s_.sequence.empty()) {
    // Arriving at the questions: continue at the first unanswered one.
    if (auto i = caf::next_unanswered(s_.sequence, s_.session, s_.question)) s_.question = *i;
  }
  s_.step = step;
  s_.what_if.reset();
  s_.plan_item.clear();
  new_view();
  autosave();
  if (step == caf::Step::Assessment) announce_question();
  else platform_.announce(std::string("Now showing: ") + caf::step_id(step));
}

void Intents::go_question(int index) {
  if (s_.sequence.empty()) return;
  s_.question = std::clamp(index, 0, int(s_.sequence.size()) - 1);
  new_view();
  autosave();
  announce_question();
}

void Intents::go_to_question(int index) {
  if (s_.sequence.empty()) return;
  s_.step = caf::Step::Assessment;
  s_.what_if.reset();
  go_question(index);
}

void Intents::next_question() {
  if (s_.sequence.empty()) return;
  if (s_.question + 1 >= int(s_.sequence.size())) {
    go(caf::Step::Results);
    return;
  }
  go_question(caf::next_question(s_.question, int(s_.sequence.size())));
}

void Intents::previous_question() {
  if (s_.question == 0) {
    go(caf::Step::Profile);
    return;
  }
  go_question(caf::previous_question(s_.question, int(s_.sequence.size())));
}

void Intents::primary_action() {
  if (s_.dialog() != Dialog::None) return;   // a dialog is open: Enter acts on its buttons only
  switch (s_.step) {
    case caf::Step::Welcome: go(s_.has_work() ? s_.resume_step() : caf::Step::Profile); break;
    case caf::Step::Profile: go(caf::Step::Assessment); break;
    case caf::Step::Assessment: next_question(); break;
    case caf::Step::Results: go(caf::Step::Roadmap); break;
    case caf::Step::Roadmap: break;
  }
}

void Intents::back() {
  if (s_.pending_replace) { reject_pending(); return; }
  if (s_.confirm_start_over) { cancel_start_over(); return; }
  if (s_.versions) { close_versions(); return; }
  if (!s_.glossary_term.empty()) { close_glossary(); return; }
  if (s_.dialog() == Dialog::PlanItem) { close_plan_item(); return; }
  if (s_.what_if) { clear_what_if(); return; }
  if (s_.notice) { dismiss_notice(); return; }
  go(caf::previous_step(s_.step));
}

void Intents::show_glossary(const std::string& term) {
  if (s_.model.glossary.empty()) return;
  s_.glossary_term = caf::find_glossary_entry(s_.model, term) ? term : s_.model.glossary.front().term;
  const caf::GlossaryEntry* e = caf::find_glossary_entry(s_.model, s_.glossary_term);
  platform_.announce("Glossary: " + e->term + ". " + e->definition);
  request_frames(3);
}

void Intents::answer_by_key(char key) {
  if (s_.step != caf::Step::Assessment || s_.dialog() != Dialog::None) return;
  const caf::QuestionRef* r = s_.current_question();
  if (!r) return;
  if (auto a = caf::answer_for_key(key, *r->question)) set_answer(r->question->id, *a);
}

//-----------------------------------------------------------------------------
// [SECTION] Answers and choices
//-----------------------------------------------------------------------------

void Intents::set_answer(const std::string& question_id, caf::Answer answer) {
  if (s_.session.answer(question_id) == answer) return;
  s_.session.set_answer(question_id, answer);
  s_.what_if.reset();
  field_changed("answers/" + question_id);
  if (const caf::Question* q = s_.model.find_question(question_id)) {
    platform_.announce(answer.is_na() ? std::string("Answer chosen: Not applicable")
                       : answer.is_dont_know() ? std::string("Answer chosen: Don't know")
                       : answer.has_value() ? "Answer chosen: " + q->options[size_t(answer.value)].label
                       : std::string("Answer cleared"));
  }
}

void Intents::set_profile(const std::string& profile_id, const std::string& option_id) {
  if (s_.session.profile_answer(profile_id) == option_id) return;
  s_.session.profile[profile_id] = option_id;
  field_changed("profile/" + profile_id);
}

void Intents::set_target(const std::string& dimension_id, int level) {
  s_.session.targets[dimension_id] = std::clamp(level, 0, caf::kMaxAnswer);
  field_changed("targets/" + dimension_id);
}

void Intents::set_checklist_choice(caf::ChecklistChoice choice) {
  if (s_.session.checklist_choice == choice) return;
  s_.session.checklist_choice = choice;
  field_changed("checklist/choice");
}

void Intents::toggle_item(const std::string& item_id) {
  caf::ItemState& st = s_.session.items[item_id];
  st.done = !st.done;
  if (st.empty()) s_.session.items.erase(item_id);
  field_changed("items/" + item_id + "/done");
}

void Intents::set_export_notes(bool on) {
  s_.export_notes = on;
  request_frames();
}

void Intents::edit_question_note(const std::string& question_id) {
  const caf::Question* q = s_.model.find_question(question_id);
  if (!q) return;
  pending_note_id_ = question_id;
  const auto it = s_.session.notes.find(question_id);
  platform_.edit_text("Note: " + q->prompt, it == s_.session.notes.end() ? "" : it->second,
                      int(TextPurpose::QuestionNote));
}

void Intents::edit_item_note(const std::string& item_id) {
  const caf::ChecklistItem* item = s_.catalogue.find_item(item_id);
  if (!item) return;
  pending_note_id_ = item_id;
  const auto it = s_.session.items.find(item_id);
  platform_.edit_text("Note: " + item->title, it == s_.session.items.end() ? "" : it->second.note,
                      int(TextPurpose::ItemNote));
}

void Intents::preview_what_if(const std::string& question_id, caf::Answer answer) {
  s_.what_if = WhatIf{question_id, answer, caf::what_if(s_.model, s_.session, question_id, answer)};
  request_frames(3);
}

void Intents::clear_what_if() {
  s_.what_if.reset();
  request_frames();
}

void Intents::dismiss_notice() {
  s_.notice.reset();
  request_frames();
}

//-----------------------------------------------------------------------------
// [SECTION] The plan
//-----------------------------------------------------------------------------

void Intents::set_roadmap_view(RoadmapView view) {
  if (s_.roadmap_view == view) return;
  s_.roadmap_view = view;
  request_frames(3);
  platform_.announce(view == RoadmapView::Timeline      ? "Showing the timeline"
                     : view == RoadmapView::First90Days ? "Showing the first 90 days"
                                                        : "Showing the checklist");
}

void Intents::select_plan_item(const std::string& item_id) {
  s_.plan_item = item_id;
  request_frames(3);
  if (const caf::ScheduledItem* it = s_.plan.find(item_id))
    platform_.announce(it->item->item->title + ": " + it->owner + ", " + it->start + " to " + it->due + ". " + it->reason);
}

void Intents::set_timeline_lanes(TimelineLanes lanes) {
  s_.timeline_lanes = lanes;
  request_frames(3);
}

static std::string trimmed(std::string_view text) {
  const size_t a = text.find_first_not_of(" \t\r\n");
  if (a == std::string_view::npos) return {};
  const size_t b = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(a, b - a + 1));
}

bool Intents::accept_date(const std::string& key, std::string_view text, const std::string& what, std::string& out) {
  out = trimmed(text);
  if (out.empty() || caf::parse_iso_day(out)) {
    if (s_.plan_input_error && s_.plan_input_error->key == key) s_.plan_input_error.reset();
    return true;
  }
  const std::string typed = caf::cut_to_characters(out, 40);
  s_.plan_input_error = PlanInputError{key, typed,
                                       "\u201C" + typed + "\u201D is not a date. Write it as YYYY-MM-DD, e.g. " +
                                           (s_.today.empty() ? std::string("2026-01-31") : s_.today) + "."};
  show_notice(Notice::Kind::Error, "Not a date: " + what + " is unchanged",
              s_.plan_input_error->message + " What you typed is kept: edit it again to correct it.");
  return false;
}

void Intents::edit_plan_start() {
  pending_note_id_ = "plan";
  const bool refused = s_.plan_input_error && s_.plan_input_error->key == "plan/start";
  platform_.edit_text("Start of the plan (YYYY-MM-DD; empty = today)",
                      refused ? s_.plan_input_error->text : s_.session.plan.start, int(TextPurpose::PlanStart));
}

void Intents::set_plan_start(std::string_view text) {
  std::string start;
  if (!accept_date("plan/start", text, "the plan's start", start)) return;
  request_frames(3);
  if (start == s_.session.plan.start) return;
  s_.session.plan.start = start;
  field_changed("plan/start");
  platform_.announce(start.empty() ? "The plan starts today" : "The plan starts on " + start);
}

void Intents::set_plan_capacity(int capacity) {
  const int c = std::clamp(capacity, 1, caf::kMaxCapacity);
  const int was = s_.session.plan.capacity > 0 ? s_.session.plan.capacity : caf::kDefaultCapacity;
  request_frames(3);
  if (c == was && s_.session.plan.capacity > 0) return;
  s_.session.plan.capacity = c;
  field_changed("plan/capacity");
  platform_.announce("Capacity: " + std::to_string(c) + (c == 1 ? " item at a time" : " items at a time"));
}

void Intents::set_item_field(const std::string& item_id, const std::string& field, std::string value) {
  caf::ItemState& st = s_.session.items[item_id];
  std::string& slot = field == "owner" ? st.owner : field == "start" ? st.start : st.due;
  const bool same = slot == value;
  slot = std::move(value);
  if (st.empty()) s_.session.items.erase(item_id);
  if (!same) field_changed("items/" + item_id + "/" + field);
}

void Intents::set_item_owner(const std::string& item_id, std::string_view owner) {
  if (!s_.catalogue.find_item(item_id)) return;
  request_frames(3);
  std::string o = caf::cut_to_characters(trimmed(owner), caf::kMaxNameLength);
  // A role's name typed out is that role (its id is what the plan and the exports know).
  for (const caf::Role& r : s_.plan_data.roles)
    if (o.size() == r.name.size() && std::equal(o.begin(), o.end(), r.name.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        }))
      o = r.id;
  set_item_field(item_id, "owner", o);
  const caf::Role* role = s_.plan_data.find_role(o);
  platform_.announce(o.empty() ? std::string("Owner: the plan's role") : "Owner: " + (role ? role->name : o));
}

void Intents::edit_item_owner(const std::string& item_id) {
  const caf::ChecklistItem* item = s_.catalogue.find_item(item_id);
  if (!item) return;
  pending_note_id_ = item_id;
  const auto it = s_.session.items.find(item_id);
  std::string owner = it == s_.session.items.end() ? "" : it->second.owner;
  if (const caf::Role* role = s_.plan_data.find_role(owner)) owner = role->name;
  platform_.edit_text("Owner: " + item->title, owner, int(TextPurpose::ItemOwner));
}

void Intents::edit_item_date(const std::string& item_id, bool due) {
  const caf::ChecklistItem* item = s_.catalogue.find_item(item_id);
  if (!item) return;
  pending_note_id_ = item_id;
  const std::string key = "items/" + item_id + (due ? "/due" : "/start");
  const auto it = s_.session.items.find(item_id);
  std::string text = it == s_.session.items.end() ? "" : due ? it->second.due : it->second.start;
  if (s_.plan_input_error && s_.plan_input_error->key == key) text = s_.plan_input_error->text;
  platform_.edit_text(std::string(due ? "Due date" : "Start date") + " (YYYY-MM-DD; empty = the plan's): " + item->title,
                      text, int(due ? TextPurpose::ItemDue : TextPurpose::ItemStart));
}

void Intents::set_item_date(const std::string& item_id, bool due, std::string_view text) {
  const caf::ChecklistItem* item = s_.catalogue.find_item(item_id);
  if (!item) return;
  request_frames(3);
  const std::string key = "items/" + item_id + (due ? "/due" : "/start");
  std::string date;
  if (!accept_date(key, text, std::string(due ? "the due date of " : "the start of ") + "\u201C" + item->title + "\u201D",
                   date))
    return;
  // A due date before the pinned start (or the reverse) cannot be planned: refused the same way.
  const auto it = s_.session.items.find(item_id);
  const std::string other = it == s_.session.items.end() ? "" : due ? it->second.start : it->second.due;
  if (!date.empty() && !other.empty() && (due ? date < other : date > other)) {
    s_.plan_input_error = PlanInputError{key, date,
                                         due ? "The due date " + date + " is before the pinned start " + other + "."
                                             : "The start " + date + " is after the pinned due date " + other + "."};
    show_notice(Notice::Kind::Error, "Not planned: the dates of \u201C" + item->title + "\u201D are unchanged",
                s_.plan_input_error->message + " What you typed is kept: edit it again to correct it.");
    return;
  }
  set_item_field(item_id, due ? "due" : "start", date);
  platform_.announce(date.empty() ? std::string(due ? "Due date: the plan's" : "Start: the plan's")
                                  : std::string(due ? "Due on " : "Starts on ") + date);
}

void Intents::use_plan_dates(const std::string& item_id) {
  if (!s_.catalogue.find_item(item_id)) return;
  request_frames(3);
  for (const char* key : {"/start", "/due"})
    if (s_.plan_input_error && s_.plan_input_error->key == "items/" + item_id + key) s_.plan_input_error.reset();
  set_item_field(item_id, "start", "");
  set_item_field(item_id, "due", "");
  platform_.announce("The plan's dates are used again");
}

//-----------------------------------------------------------------------------
// [SECTION] Sessions from outside
//-----------------------------------------------------------------------------

void Intents::offer_session(caf::Session incoming, std::string source, std::vector<std::string> notes) {
  if (s_.has_work()) {
    s_.pending_replace = PendingReplace{std::move(incoming), std::move(source), std::move(notes)};
    request_frames(3);
    return;
  }
  adopt_session(std::move(incoming), source, notes);
}

void Intents::accept_pending() {
  if (!s_.pending_replace) return;
  PendingReplace p = std::move(*s_.pending_replace);
  s_.pending_replace.reset();
  adopt_session(std::move(p.session), p.source, p.notes);
}

void Intents::reject_pending() {
  if (!s_.pending_replace) return;
  show_notice(Notice::Kind::Info, "Kept your current answers", "Nothing from " + s_.pending_replace->source + " was used.");
  s_.pending_replace.reset();
}

void Intents::adopt_session(caf::Session incoming, const std::string& source, const std::vector<std::string>& notes) {
  replace_session(std::move(incoming));
  s_.what_if.reset();
  changed();
  std::string text = std::to_string(int(std::lround(caf::answered_share(s_.model, s_.session) * 100))) +
                     "% of the questions are answered.";
  for (const std::string& n : notes) text += " " + n;
  show_notice(Notice::Kind::Success, "Opened " + source, text);
  go(s_.session.profile.empty() ? caf::Step::Profile : caf::Step::Results);
}

void Intents::start_over() {
  s_.confirm_start_over = false;
  replace_session(caf::new_session(s_.model));
  s_.question = 0;
  s_.what_if.reset();
  s_.restored = false;
  changed();
  go(caf::Step::Profile);
}

std::string Intents::load_session_now(std::string_view json) {
  auto parsed = caf::parse_session(json, "automation", s_.model, s_.catalogue);
  if (!parsed.ok()) return caf::errors_to_string(parsed.errors);
  replace_session(std::move(*parsed.value));
  changed();
  return {};
}

//-----------------------------------------------------------------------------
// [SECTION] Files, links, compare, merge
//-----------------------------------------------------------------------------

static constexpr const char* kSessionFiles = ".json,application/json";

void Intents::open_import() { platform_.open_file_picker(kSessionFiles, int(FilePurpose::Import)); }
void Intents::open_compare() { platform_.open_file_picker(kSessionFiles, int(FilePurpose::Compare)); }
void Intents::open_merge() { platform_.open_file_picker(kSessionFiles, int(FilePurpose::Merge)); }

void Intents::open_link(const std::string& url) { platform_.open_url(url); }

static caf::ExportContext export_context(const AppState& s, const std::string& today) {
  caf::ExportContext c;
  c.date = today;
  c.include_notes = s.export_notes;
  if (s.plan_data_ok) c.plan_data = &s.plan_data;   // the same data the screen's plan is made from
  if (s.baseline) c.comparison = &s.baseline->comparison;
  return c;
}

void Intents::download(ExportFormat format) {
  const std::string now = platform_.now_iso8601();
  caf::ExportContext ctx = export_context(s_, now.substr(0, 10));
  ctx.saved_at = now;   // only the session file records it
  const caf::ExportedFile f = caf::export_file(format, s_.model, s_.catalogue, s_.session, s_.result, ctx);
  platform_.download(f.name, f.mime, f.bytes);
}

void Intents::copy_report_markdown() {
  const caf::ExportContext ctx = export_context(s_, platform_.now_iso8601().substr(0, 10));
  platform_.set_clipboard(caf::export_file(ExportFormat::Markdown, s_.model, s_.catalogue, s_.session, s_.result, ctx).bytes);
  show_notice(Notice::Kind::Success, "Copied the roadmap as Markdown",
              "Paste it into a wiki page, an issue or a backlog item.");
}

void Intents::make_share_link() {
  s_.share_link = platform_.page_address() + "#" + caf::encode_share(s_.model, s_.catalogue, s_.session, s_.export_notes);
  platform_.set_clipboard(s_.share_link);
  std::string text = std::string("The link holds your profile, answers, targets, ticks, plan and use cases") +
                     (s_.export_notes ? " and your notes" : " (not your notes)") +
                     ". It is in the part after '#', which browsers never send to a server: whoever opens it sees "
                     "your assessment in their own browser.";
  // Chat and mail tools may cut long links (about 2,000 characters is the safe size).
  if (s_.share_link.size() > kLongShareLink)
    text += " It is " + caf::format_int(static_cast<long long>(s_.share_link.size())) +
            " characters long, mostly notes: if a tool cuts it, send the session file (JSON) instead.";
  show_notice(Notice::Kind::Success, "Copied a share link", text);
}

void Intents::clear_baseline() {
  s_.baseline.reset();   // the next frame stops drawing it
  request_frames();
}

void Intents::clear_merge() {
  s_.merge_set.reset();
  request_frames();
}

void Intents::use_merged_view() {
  if (!s_.merge_set || s_.merge_set->sessions.empty()) return;
  offer_session(s_.merge_set->merged.session,
                "the merged view of " + std::to_string(s_.merge_set->sessions.size()) + " respondents");
}

//-----------------------------------------------------------------------------
// [SECTION] Display and notices
//-----------------------------------------------------------------------------

void Intents::set_theme(ThemeId theme) {
  s_.prefs.theme = theme;
  s_.prefs.theme_chosen = true;
  autosave();
  request_frames(3);
}

void Intents::set_text_scale(float scale) {
  s_.prefs.text_scale = std::clamp(scale, 0.85f, 1.6f);
  autosave();
  request_frames(3);
}

void Intents::show_notice(Notice::Kind kind, std::string title, std::string text) {
  s_.notice = Notice{kind, std::move(title), std::move(text)};
  platform_.announce(s_.notice->title + ". " + s_.notice->text);
  request_frames(3);
}

//-----------------------------------------------------------------------------
// [SECTION] Recompute, autosave, announcements
//-----------------------------------------------------------------------------

void Intents::refresh() {
  if (!results_stale_) return;
  recompute();
  results_stale_ = false;
}

ViewRequests Intents::take_requests() {
  ViewRequests r = requests_;
  requests_ = {};
  return r;
}

// The questions asked depend on the profile (a quick check for Azure builders is
// not asked of a Copilot-only organization): rebuilt with the results, keeping
// the cursor on the same question.
void Intents::rebuild_sequence() {
  // The current question, then the ones after it: if the current one is no longer
  // asked, the cursor goes to the next one that still is.
  std::vector<std::string> from_here;
  for (size_t i = size_t(std::max(s_.question, 0)); i < s_.sequence.size(); ++i)
    from_here.push_back(s_.sequence[i].question->id);
  s_.sequence = caf::question_sequence(s_.model, s_.session);
  for (const std::string& id : from_here)
    if (auto i = caf::index_of(s_.sequence, id)) {
      s_.question = *i;
      return;
    }
  s_.question = s_.sequence.empty() ? 0 : std::min(s_.question, int(s_.sequence.size()) - 1);
}

void Intents::recompute() {
  rebuild_sequence();
  s_.result = caf::assess(s_.model, s_.catalogue, s_.session);
  recompute_plan();
  if (s_.baseline) {
    s_.baseline->comparison = caf::compare(s_.model, s_.catalogue, s_.baseline->session, s_.session);
    s_.baseline->comparison.before_label = s_.baseline->name;
    s_.baseline->comparison.after_label = "now";
  }
  if (s_.merge_set) s_.merge_set->merged = caf::merge(s_.model, s_.catalogue, s_.merge_set->sessions, s_.merge_set->names);
}

// The plan as the exports make it (core/session_plan.h), from today's date when the user
// set no start: the date the exports print, so a file downloaded now shows these dates.
void Intents::recompute_plan() {
  s_.today = platform_.now_iso8601().substr(0, 10);
  s_.portfolio = {};
  s_.plan = {};
  if (!s_.plan_data_ok) return;
  caf::SessionPlan sp = caf::plan_session(s_.model, s_.plan_data, s_.session, s_.result, {}, s_.today);
  s_.portfolio = std::move(sp.portfolio);
  s_.plan = std::move(sp.plan);
}

void Intents::changed() {
  s_.tab_update.clear();   // the last change is this tab's own now
  results_stale_ = true;
  autosave();
  request_frames(3);
}

// Every change is written to localStorage, merged with what is stored there (another
// tab may have written since). When the browser refuses, the session stays in memory
// and the top bar says autosave is off.
void Intents::autosave() {
  if (!s_.data_ok) return;
  if (s_.step == caf::Step::Welcome && s_.session.answers.empty() && s_.session.profile.empty() && !s_.restored) return;
  merge_stored(true);
  write_autosave();
}

void Intents::write_autosave() {
  caf::Autosave a;
  a.session = s_.session;
  a.session.meta.updated = platform_.now_iso8601();
  a.view = view_state();
  a.saved_at = a.session.meta.updated;
  std::string detail;
  switch (platform_.storage_write(contracts::storage_key::autosave, caf::serialize_autosave(a), &detail)) {
    case platform::StorageStatus::Ok:
      s_.save_status = SaveStatus::Saved;
      s_.save_detail.clear();
      snapshot_if_due();
      break;
    case platform::StorageStatus::Full:
      if (s_.save_status != SaveStatus::Failed)
        show_notice(Notice::Kind::Warning, "Autosave failed: the browser's storage is full",
                    "Your answers are safe in this tab. Free some space for this site or download a session file.");
      s_.save_status = SaveStatus::Failed;
      s_.save_detail = detail;
      break;
    default:
      if (s_.save_status != SaveStatus::Off)
        show_notice(Notice::Kind::Warning, "Autosave is off",
                    "This browser does not let the page keep data (" + detail +
                        "). Your answers stay in this tab until you close it; download a session file to keep them.");
      s_.save_status = SaveStatus::Off;
      s_.save_detail = detail;
      break;
  }
}

void Intents::announce_question() {
  const caf::QuestionRef* r = s_.current_question();
  if (!r) return;
  std::string s = "Question " + std::to_string(s_.question + 1) + " of " + std::to_string(s_.sequence.size()) + ", " +
                  r->section_name() + ". " + r->question->prompt + " Options: ";
  for (size_t i = 0; i < r->question->options.size(); ++i)
    s += std::to_string(i) + ", " + r->question->options[i].label + ". ";
  if (r->question->allow_na) s += "N, not applicable. ";
  s += "D, don't know. ";
  const caf::Answer a = s_.session.answer(r->question->id);
  if (a.has_value()) s += "Current answer: " + r->question->options[size_t(a.value)].label + ".";
  else if (a.is_na()) s += "Current answer: not applicable.";
  else if (a.is_dont_know()) s += "Current answer: don't know.";
  else s += "Not answered yet.";
  platform_.announce(s);
}

//-----------------------------------------------------------------------------
// [SECTION] Other tabs: change times, read-merge-write
//-----------------------------------------------------------------------------

std::int64_t Intents::next_stamp(std::int64_t at_least) {
  last_stamp_ = std::max({platform_.now_ms(), last_stamp_ + 1, at_least});
  return last_stamp_;
}

// The user changed this field now: their change is newer than anything this tab has seen
// of it (even if another tab's clock ran ahead), so it wins every merge that follows.
void Intents::field_changed(const std::string& key) {
  const auto it = s_.session.changed.find(key);
  caf::stamp(s_.session, key, next_stamp(it == s_.session.changed.end() ? 0 : it->second + 1));
  changed();
}

void Intents::replace_session(caf::Session incoming) {
  if (s_.data_ok) merge_stored(false);   // what the other tabs did is replaced too, and kept
  keep_version(s_.session);
  std::int64_t newest = 0;
  for (const auto& [key, t] : s_.session.changed) newest = std::max(newest, t);
  caf::stamp_replacement(incoming, s_.session, next_stamp(newest + 1));
  s_.session = std::move(incoming);
  s_.removed_use_case.reset();   // its Undo belonged to the session replaced
}

bool Intents::merge_stored(bool tell) {
  const platform::StorageRead stored = platform_.storage_read(contracts::storage_key::autosave);
  if (stored.status != platform::StorageStatus::Ok) return stored.status == platform::StorageStatus::Missing;
  auto parsed = caf::parse_autosave(stored.value, s_.model, s_.catalogue);
  if (!parsed.ok()) {
    // Written by something this tab cannot read (a newer version of the app?): kept aside
    // before this tab's copy replaces it, as at start-up.
    platform_.storage_write(contracts::storage_key::autosave_backup, stored.value, nullptr);
    return true;
  }
  const caf::Session& theirs = parsed.value->session;
  caf::Session merged = caf::merge_newest(s_.session, theirs);
  merged.meta.updated = s_.session.meta.updated;   // not a field: the write sets it
  const std::vector<std::string> news = caf::differing_fields(merged, s_.session);
  const bool behind = !caf::differing_fields(merged, theirs).empty() || merged.changed != theirs.changed;
  if (news.empty()) {
    s_.session.changed = std::move(merged.changed);   // newer times for the same values
    return behind;
  }
  s_.session = std::move(merged);
  s_.restored = true;                  // this tab now holds what is stored
  s_.what_if.reset();                  // computed on the session before
  results_stale_ = true;               // recomputed next frame; screen and question stay
  ++s_.tab_updates;
  request_frames(3);
  if (tell) {
    s_.tab_update = news.size() == 1 ? "1 change from another tab" : std::to_string(news.size()) + " changes from another tab";
    const std::string title = "Updated with changes made in another tab";
    std::string text = news.size() == 1 ? "1 change made there is shown here too."
                                        : std::to_string(news.size()) + " changes made there are shown here too.";
    // Answers cleared elsewhere (Start over in another tab) can be brought back from here:
    // that deserves a banner. Anything else is said briefly, in the top bar and to screen
    // readers, so the page does not move while the user reads or clicks.
    const auto fields = caf::session_fields(s_.session);
    const bool cleared = std::any_of(news.begin(), news.end(), [&](const std::string& key) { return fields.count(key) == 0; });
    // A warning or an error on screen stays: it matters more.
    const bool notice_free = !s_.notice || s_.notice->kind == Notice::Kind::Info || s_.notice->kind == Notice::Kind::Success;
    if (cleared && notice_free) {
      show_notice(Notice::Kind::Info, title,
                  text + " Anything cleared there can be brought back with History: Restore an earlier version.");
    } else {
      if (notice_free && s_.notice && s_.notice->title == title) s_.notice.reset();   // an older one is out of date
      platform_.announce(title + ". " + text);
    }
  }
  return behind;
}

void Intents::storage_changed(std::string_view key) {
  request_frames(2);
  if (!s_.data_ok) return;
  if (key == contracts::storage_key::history) {
    s_.versions_kept = platform_.storage_read(contracts::storage_key::history).status == platform::StorageStatus::Ok;
    // An open list stays as it was read: rows must not move under the pointer, and each
    // row holds its own copy of the session it restores.
    return;
  }
  if (!key.empty() && key != contracts::storage_key::autosave) return;
  // This tab may hold something the stored copy lacks (two tabs wrote at once, or this one
  // could not save then): it writes the merge back, and the others merge that in turn.
  if (merge_stored(true) && s_.has_work()) write_autosave();
}

//-----------------------------------------------------------------------------
// [SECTION] Earlier versions
//-----------------------------------------------------------------------------

caf::History Intents::read_history() {
  const platform::StorageRead r = platform_.storage_read(contracts::storage_key::history);
  if (r.status != platform::StorageStatus::Ok) return {};
  return caf::parse_history(r.value, s_.model, s_.catalogue).history;
}

void Intents::keep_version(const caf::Session& session) {
  if (!s_.data_ok || caf::session_fields(session).empty()) return;   // nothing to go back to
  store_version(read_history(), session);
}

void Intents::store_version(caf::History history, const caf::Session& session) {
  const std::int64_t now = platform_.now_ms();
  snapshot_since_start_ = true;
  next_snapshot_check_ms_ = now + caf::HistoryLimits{}.interval_ms;
  if (!caf::add_snapshot(history, caf::make_snapshot(session, now, platform_.now_iso8601()))) return;
  // Best effort: a full storage keeps the answers (autosave says so), not their history.
  if (platform_.storage_write(contracts::storage_key::history, caf::serialize_history(history), nullptr) ==
      platform::StorageStatus::Ok)
    s_.versions_kept = true;
}

// After a save. Reading the history costs more than a save: only when a version may be due.
void Intents::snapshot_if_due() {
  const std::int64_t now = platform_.now_ms();
  if (snapshot_since_start_ && now < next_snapshot_check_ms_) return;
  if (caf::session_fields(s_.session).empty()) return;
  caf::History h = read_history();
  if (caf::snapshot_due(h, now, !snapshot_since_start_)) {
    store_version(std::move(h), s_.session);
    return;
  }
  // Another tab kept one a moment ago: the next is due 10 minutes after it.
  next_snapshot_check_ms_ = h.snapshots.front().saved_ms + caf::HistoryLimits{}.interval_ms;
}

void Intents::open_versions() {
  if (!s_.data_ok) return;
  s_.versions = VersionsList{read_history(), platform_.now_ms(), {}};
  for (const caf::Snapshot& v : s_.versions->history.snapshots)
    s_.versions->when.push_back(caf::snapshot_time_label(v.saved_at, platform_.utc_offset_minutes(v.saved_ms)));
  const size_t n = s_.versions->history.snapshots.size();
  platform_.announce("Restore an earlier version: " +
                     (n == 0 ? std::string("no earlier versions are kept in this browser yet.")
                             : std::to_string(n) + (n == 1 ? " version" : " versions") + ", newest first."));
  request_frames(3);
}

void Intents::restore_version(size_t index) {
  if (!s_.versions || index >= s_.versions->history.snapshots.size()) return;
  caf::Snapshot chosen = std::move(s_.versions->history.snapshots[index]);
  const std::string when = s_.versions->when[index];
  s_.versions.reset();
  adopt_session(std::move(chosen.session), "the version of " + when,
                {"What you had just before is kept as a version too: Restore an earlier version brings it back."});
}

} // namespace app
