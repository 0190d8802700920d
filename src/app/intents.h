// Everything the user (or the browser) can ask the app to do, as plain functions
// on AppState: no ImGui, no emscripten. Each intent changes the state, then
// recomputes, autosaves and announces as needed. What the view layer must do in
// response (reset keyboard focus, scroll to the top, draw more frames) is left
// as a request it takes at the start of the next frame.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/app_state.h"
#include "core/autosave.h"
#include "core/export_file.h"
#include "contracts.h"
#include "platform/platform.h"

namespace app {

using caf::ExportFormat;
using contracts::FilePurpose;
using contracts::TextPurpose;

// What an intent asks of the view layer (taken once per frame).
struct ViewRequests {
  bool reset_focus = false;      // a new screen or question: keyboard focus starts fresh
  bool scroll_to_top = false;
  int frames = 0;                // draw at least this many more frames
};

class Intents {
public:
  Intents(AppState& state, platform::Platform& platform) : s_(state), platform_(platform) {}

  // ---- Start-up and the platform's events ------------------------------------------
  void start() { start_model(); start_data(); start_session(); }
  void start_model();                          // the built-in model
  void start_data();                           // then the catalogue and plan data, a new session scored
  void start_session();                        // then the autosaved session, a share link in the URL
  void file_opened(int purpose, std::string_view name, std::string_view bytes, std::string_view error);
  void text_edited(int purpose, std::string_view text, bool accepted);
  void url_fragment_changed();
  // Another tab (or window) of this page wrote `key` in the browser's storage ("" = look
  // anyway: the tab became visible again). Its changes are merged in at once.
  void storage_changed(std::string_view key);
  void system_preferences_changed(const SystemPreferences& prefs);
  void set_display(const Display& display) { s_.display = display; }

  // ---- Moving around ----------------------------------------------------------------
  void go(caf::Step step);
  void go_question(int index);
  // Opens the questions at `index` (from Results: "Answer it"), not at the first unanswered one.
  void go_to_question(int index);
  void next_question();                        // or on to Results after the last question
  void previous_question();
  void primary_action();                       // Enter with nothing focused: the screen's main button
  void back();                                 // Escape: close what is open, else the previous step
  void answer_by_key(char key);                // '0'…'4', 'n', 'd' on a question

  // ---- Answers and choices ------------------------------------------------------------
  void set_answer(const std::string& question_id, caf::Answer answer);
  void set_profile(const std::string& profile_id, const std::string& option_id);
  void set_target(const std::string& dimension_id, int level);
  void set_checklist_choice(caf::ChecklistChoice choice);
  void toggle_item(const std::string& item_id);
  void set_export_notes(bool on);
  void edit_question_note(const std::string& question_id);
  void edit_item_note(const std::string& item_id);
  void preview_what_if(const std::string& question_id, caf::Answer answer);
  void clear_what_if();
  void dismiss_notice();

  // ---- [SECTION] The use-case portfolio (intents_use_cases.cpp) ------------------------
  // Each edit stamps its field (session_sync.h: use_cases/<id>/<field>), so tabs merge it.
  void add_use_case();                                  // asks for its name (the HTML text dialog)
  void rename_use_case(const std::string& id);          // the same dialog, with the name
  // Names a new use case (id "") or renames one; "" when done, else why the name was
  // refused (also shown, and the dialog opens again with what was typed).
  std::string name_use_case(const std::string& id, std::string_view name);
  void remove_use_case(const std::string& id);          // undoable: undo_remove_use_case()
  void undo_remove_use_case();
  void set_use_case_value(const std::string& id, int value);   // 1..5
  void set_use_case_sensitivity(const std::string& id, const std::string& sensitivity_id);
  void set_use_case_beneficiary(const std::string& id, const std::string& beneficiary_id);
  // The decision tree: a goal clears a need that is not one of its needs.
  void set_use_case_goal(const std::string& id, const std::string& goal_id);
  void set_use_case_need(const std::string& id, const std::string& need_id);
  // ---- [END SECTION] The use-case portfolio --------------------------------------------

  // ---- The plan (Roadmap screen) -------------------------------------------------------
  void set_roadmap_view(RoadmapView view);
  void set_timeline_lanes(TimelineLanes lanes);
  void select_plan_item(const std::string& item_id);   // a bar of the timeline: its details and edits
  void close_plan_item() { s_.plan_item.clear(); request_frames(3); }
  // The start date and the capacity (parallel tracks) the plan is made with.
  void edit_plan_start();                         // the text dialog (TextPurpose::PlanStart)
  // "YYYY-MM-DD", or "" for today. Anything else is refused: the start is unchanged, the
  // text is kept in plan_input_error (the next edit starts from it) and the user is told why.
  void set_plan_start(std::string_view text);
  void set_plan_capacity(int capacity);           // clamped to 1..12
  // Who owns an item: a role id of data/plan.json or free text; "" = plan.json's owner.
  void set_item_owner(const std::string& item_id, std::string_view owner);
  void edit_item_owner(const std::string& item_id);                 // free text in the dialog
  // Pins an item's start (due = false) or due date; "" unpins it. Validated like the start.
  void edit_item_date(const std::string& item_id, bool due);        // the text dialog
  void set_item_date(const std::string& item_id, bool due, std::string_view text);
  void use_plan_dates(const std::string& item_id);                  // both pins cleared

  // ---- Sessions from outside, starting over --------------------------------------------
  // Takes a session from outside: asks first if it would replace answers.
  void offer_session(caf::Session incoming, std::string source, std::vector<std::string> notes = {});
  void accept_pending();
  void reject_pending();
  void ask_start_over() { s_.confirm_start_over = true; request_frames(3); }
  // The glossary, open at a term (any entry's term; the first when unknown), and closed again.
  void show_glossary(const std::string& term);
  void close_glossary() { s_.glossary_term.clear(); request_frames(3); }
  void cancel_start_over() { s_.confirm_start_over = false; request_frames(3); }
  void start_over();
  // "Restore an earlier version": the list, and going back to one of them (undoable:
  // the current state is kept as a version first).
  void open_versions();
  void close_versions() { s_.versions.reset(); request_frames(3); }
  void restore_version(size_t index);
  // Replaces the session at once, without asking (automation); "" or why it was refused.
  std::string load_session_now(std::string_view json);

  // ---- Files, links, compare, merge --------------------------------------------------
  void open_import();
  void open_link(const std::string& url);
  void download(ExportFormat format);
  void copy_report_markdown();
  void make_share_link();
  static constexpr size_t kLongShareLink = 2000;   // longer links get a warning
  void open_compare();
  void clear_baseline();
  void open_merge();
  void clear_merge();
  void use_merged_view();

  // ---- Display ------------------------------------------------------------------------
  void set_theme(ThemeId theme);
  void set_text_scale(float scale);

  void show_notice(Notice::Kind kind, std::string title, std::string text);

  // ---- For the frame ---------------------------------------------------------------------
  // Recomputes the results if something changed since the last frame. Called at the
  // start of a frame, never in the middle: views iterate over `result` while they
  // draw, and a click inside such a loop must not free what the loop is walking.
  void refresh();
  ViewRequests take_requests();
  void request_frames(int n = 2) { if (n > requests_.frames) requests_.frames = n; }

private:
  void restore_autosave();
  void open_share_fragment();
  void recompute();
  void rebuild_sequence();
  void recompute_plan();
  // A plan field's text is a date (or ""); else the refusal is kept and said. True when valid.
  bool accept_date(const std::string& key, std::string_view text, const std::string& what, std::string& out);
  void set_item_field(const std::string& item_id, const std::string& field, std::string value);
  void changed();                             // recompute (next frame) + autosave + redraw
  // Autosave is read, merge, write: what another tab stored is merged in first
  // (newest change per field wins), so no tab ever overwrites newer work.
  void autosave();
  void write_autosave();
  // Reads the stored copy and merges it into this tab's session (adopted when it
  // differs; `tell`: with a notice). True when the stored copy lacks something
  // this tab has, i.e. it should be written.
  bool merge_stored(bool tell);
  // The clock for change times: never earlier than the last stamp + 1 (two edits in one
  // millisecond stay in order) nor than the time the field already carries.
  std::int64_t next_stamp(std::int64_t at_least = 0);
  void field_changed(const std::string& key);   // stamp the field, then changed()
  // Start over, an import, a link, the merged view, a restore: the newest state is kept
  // as a version first, then `incoming` replaces it with every field stamped now.
  void replace_session(caf::Session incoming);
  caf::History read_history();
  void keep_version(const caf::Session& session);   // a snapshot in the history (if worth one)
  void store_version(caf::History history, const caf::Session& session);
  void snapshot_if_due();                           // after a save: first save, every 10 minutes
  void announce_question();
  void new_view();                            // focus and scroll start fresh
  void adopt_session(caf::Session incoming, const std::string& source, const std::vector<std::string>& notes);
  void apply_view_state(const caf::ViewState& view);
  caf::ViewState view_state() const;

  // ---- [SECTION] The use-case portfolio (intents_use_cases.cpp) ------------------------
  void use_case_name_edited(std::string_view text, bool accepted);   // the dialog closed
  void use_case_changed(const std::string& id, const char* field);   // stamp, announce the rank
  std::string new_use_case_id(const std::string& name) const;
  bool editing_use_case_ = false;             // the name dialog is open …
  std::string pending_use_case_;              // … for this use case ("" = a new one)
  // ---- [END SECTION] The use-case portfolio --------------------------------------------

  AppState& s_;
  platform::Platform& platform_;
  ViewRequests requests_;
  bool results_stale_ = false;
  bool model_loaded_ = false;                 // start_model() read the built-in model
  std::string pending_note_id_;               // the question or item whose note is being edited
  std::int64_t last_stamp_ = 0;               // the latest change time this tab gave out
  bool snapshot_since_start_ = false;         // this tab kept a version since it started
  std::int64_t next_snapshot_check_ms_ = 0;   // no version is due before then
};


} // namespace app
