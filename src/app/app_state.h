// The one state the views read: plain data, no ImGui, no emscripten. Views get
// it as `const AppState&` and change it only through the intents (intents.h),
// which recompute the results, autosave and announce what changed.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/assessment.h"
#include "core/compare.h"
#include "core/history.h"
#include "core/journey.h"
#include "core/merge.h"
#include "core/model.h"
#include "core/plan.h"
#include "core/plan_data.h"
#include "core/session.h"
#include "core/use_cases.h"

namespace app {

enum class ThemeId { Light = 0, Dark = 1, HighContrast = 2 };
const char* theme_id(ThemeId t);               // "light", "dark", "high_contrast" (autosave)
ThemeId theme_from_id(const std::string& id);  // unknown: Light

struct Display {
  float dpr = 1.0f;
  float css_width = 0.0f, css_height = 0.0f;   // window size in CSS pixels
};

// What the browser says about the user's settings (media queries).
struct SystemPreferences {
  bool dark = false;            // prefers-color-scheme: dark
  bool forced_colors = false;   // forced-colors: active (Windows high contrast)
  bool reduced_motion = false;  // prefers-reduced-motion: reduce
};

struct Preferences {
  ThemeId theme = ThemeId::Light;
  float text_scale = 1.0f;                     // the user's text size, 0.85 … 1.6
  bool theme_chosen = false;                   // set by the user or restored (else the system's scheme decides)
};

// An earlier session loaded to compare with the current one.
struct Baseline {
  caf::Session session;
  std::string name;              // the file name
  caf::Comparison comparison;    // recomputed after every change
};

// Several respondents' sessions loaded to see where they agree.
struct MergeSet {
  std::vector<caf::Session> sessions;
  std::vector<std::string> names;
  caf::Merged merged;
};

enum class SaveStatus { NotYet, Saved, Off, Failed };

struct Notice {
  enum class Kind { Info, Success, Warning, Error } kind = Kind::Info;
  std::string title, text;
};

// An incoming session (imported file, share link) waiting for the user's OK
// because it would replace answers they already gave.
struct PendingReplace {
  caf::Session session;
  std::string source;            // "the file x.json", "the shared link"
  std::vector<std::string> notes;  // e.g. what a migration changed
};

// A what-if preview: one answer changed, its result computed on a copy.
struct WhatIf {
  std::string question_id;
  caf::Answer answer;
  caf::ScoreResult scores;
};

// The use case removed last, kept so "Undo" puts it back where it was.
struct RemovedUseCase {
  caf::UseCase use_case;
  size_t index = 0;              // its place in the user's order
};

// Which dialog is open (drawn by view_dialogs.cpp, answered through intents).
enum class Dialog { None, ReplaceAnswers, StartOver, Versions, Glossary, PlanItem };

// "Restore an earlier version": the versions kept in this browser, as read when it opened.
struct VersionsList {
  caf::History history;            // newest first
  std::int64_t now_ms = 0;         // when it was read ("12 minutes ago")
  std::vector<std::string> when;   // per version, its time in the user's time zone
};

// The Roadmap screen's views; the checklist is the one it always had (the default).
enum class RoadmapView { Timeline = 0, First90Days = 1, Checklist = 2 };
// The timeline's lanes: one per CAF phase or one per owner.
enum class TimelineLanes { Phase = 0, Owner = 1 };

// A plan field the user typed that was refused (not a date): the text is kept, so
// the next edit starts from it, and the screen says why next to the field.
struct PlanInputError {
  std::string key;       // the session field: "plan/start", "items/<id>/start", "items/<id>/due"
  std::string text;      // what was typed
  std::string message;   // why it was refused, in plain words
};

struct AppState {
  caf::Step step = caf::Step::Welcome;
  Preferences prefs;
  SystemPreferences system;
  Display display;

  bool data_ok = false;
  std::string data_error;                     // the built-in model failed to load (a broken build)
  caf::Model model;
  caf::Catalogue catalogue;
  caf::Session session;
  caf::Assessment result;                     // recomputed after every change
  // The dated plan and the use-case portfolio it names the PoC from, recomputed with
  // `result` the way the exports compute them (core/session_plan.h), so the screen and
  // the files agree. Pointers refer into result.roadmap, plan_data and session.use_cases.
  bool plan_data_ok = false;
  caf::PlanData plan_data;                    // data/plan.json: roles, efforts, waves, the use-case decision tree
  caf::Portfolio portfolio;
  caf::Plan plan;
  std::string today;                          // the browser's date when the plan was made (its start if none is set)
  RoadmapView roadmap_view = RoadmapView::Checklist;
  TimelineLanes timeline_lanes = TimelineLanes::Phase;
  std::string plan_item;                      // the timeline's bar chosen: its details and edits in a dialog
  std::optional<PlanInputError> plan_input_error;
  std::vector<caf::QuestionRef> sequence;     // all scored questions in order
  int question = 0;                           // the assessment cursor (index in sequence)
  std::optional<WhatIf> what_if;

  SaveStatus save_status = SaveStatus::NotYet;
  std::string save_detail;                    // why autosave is off or failed
  bool restored = false;                      // this session came from the browser's storage
  std::string restored_at;
  std::optional<Notice> notice;               // a banner under the top bar
  std::optional<PendingReplace> pending_replace;
  bool confirm_start_over = false;            // "Start over?" is asked
  std::string glossary_term;                  // the glossary is open at this term ("" = closed)
  std::optional<VersionsList> versions;       // "Restore an earlier version" is open
  bool versions_kept = false;                 // earlier versions are stored in this browser
  int tab_updates = 0;                        // times another tab's changes were merged in
  // The last merge from another tab, in a few words ("2 changes from another tab"): the top
  // bar says so beside the save status (no banner: nothing moves under the reader) until
  // this tab changes something itself.
  std::string tab_update;
  std::optional<Baseline> baseline;           // compare: an earlier assessment
  std::optional<MergeSet> merge_set;          // merge: several respondents
  bool export_notes = false;                  // put the user's notes into exports and share links
  std::string share_link;                     // the last link made (shown so it can be copied by hand)
  std::optional<RemovedUseCase> removed_use_case;   // Undo on the portfolio brings it back

  // Work in this browser worth continuing, and where "continue" leads.
  bool has_work() const {
    return !session.answers.empty() || !session.profile.empty() || !session.items.empty() || !session.use_cases.empty();
  }
  caf::Step resume_step() const { return session.profile.empty() ? caf::Step::Profile : caf::Step::Assessment; }
  // The theme drawn: forced colors (Windows high contrast) win over the user's choice.
  ThemeId theme() const { return system.forced_colors ? ThemeId::HighContrast : prefs.theme; }
  Dialog dialog() const {
    return pending_replace           ? Dialog::ReplaceAnswers
           : confirm_start_over      ? Dialog::StartOver
           : versions                ? Dialog::Versions
           : !glossary_term.empty()  ? Dialog::Glossary
           : !plan_item.empty() && step == caf::Step::Roadmap ? Dialog::PlanItem
                                     : Dialog::None;
  }
  const caf::QuestionRef* current_question() const {
    return question >= 0 && question < int(sequence.size()) ? &sequence[size_t(question)] : nullptr;
  }
};

// Narrow (phone layout) when the window holds less than 760 CSS px of text at the
// user's text size: larger text on a small laptop gets the one-column layout too.
inline bool layout_is_narrow(const AppState& s) { return s.display.css_width / s.prefs.text_scale < 760.0f; }

} // namespace app
