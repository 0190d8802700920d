// The app: the one state object the UI reads, and the intents that change it.
// Screens live in screen_*.cpp, one function per screen; they draw this state
// and change it only through the intents below, which recompute the results,
// autosave and announce the change for screen readers.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/background.h"
#include "app/fonts.h"
#include "app/item_registry.h"
#include "app/radar.h"
#include "app/renderer.h"
#include "app/theme.h"
#include "core/assessment.h"
#include "core/autosave.h"
#include "core/compare.h"
#include "core/merge.h"
#include "core/journey.h"
#include "core/model.h"
#include "core/session.h"
#include "platform/platform.h"

namespace app {

struct Display {
  float dpr = 1.0f;
  float css_width = 0.0f, css_height = 0.0f;   // window size in CSS pixels
};

struct Preferences {
  ThemeId theme = ThemeId::Light;
  float text_scale = 1.0f;                     // the user's text size, 0.85 … 1.6
};

// What the file picker was opened for (passed through JS and back).
enum class FilePurpose { Import = 1, Compare = 2, Merge = 3 };

enum class ExportFormat { Markdown, Html, CsvAzureBoards, CsvIssues, Session };

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

class App {
public:
  // ---- Shell-facing -----------------------------------------------------------
  bool init(platform::Platform& platform);     // false: the GPU side failed, see gpu_error()
  const std::string& gpu_error() const { return renderer_.error(); }
  void set_display(float dpr, float css_width, float css_height);
  bool fonts_need_rebuild() const;
  void rebuild_fonts();
  void recreate_gpu_resources();
  void draw_frame();
  void render(const ImDrawData& data, int width, int height);   // backdrop, then the UI
  bool wants_more_frames() const { return frames_requested_ > 0; }
  void on_key_pressed(int key, int mods);
  void on_touch(float x, float y, float dx, float dy);
  void on_file_opened(int purpose, std::string_view name, std::string_view bytes, std::string_view error);
  void on_text_edited(int purpose, std::string_view text, bool accepted);
  void on_url_fragment_changed();
  std::string automation(std::string_view command, std::string_view arg);

  // ---- State the screens read ------------------------------------------------------
  caf::Step step = caf::Step::Welcome;
  Preferences prefs;
  Display display;
  Fonts fonts;
  ItemRegistry items;
  Radar radar;

  bool data_ok = false;
  std::string data_error;                     // the built-in model failed to load (a broken build)
  caf::Model model;
  caf::Catalogue catalogue;
  caf::Session session;
  caf::Assessment result;                     // recomputed after every change
  std::vector<caf::QuestionRef> sequence;     // all scored questions in order
  int question = 0;                           // the assessment cursor (index in sequence)
  struct Column { float x = 0, width = 0; };
  Column question_column;                     // where the question is drawn (the footer aligns to it)
  std::optional<WhatIf> what_if;
  unsigned enter_activation_id = 0;           // the control Enter activated (options: choose and move on)

  SaveStatus save_status = SaveStatus::NotYet;
  std::string save_detail;                    // why autosave is off or failed
  bool restored = false;                      // this session came from the browser's storage
  std::string restored_at;
  std::optional<Notice> notice;               // a banner under the top bar
  std::optional<PendingReplace> pending_replace;
  std::optional<Baseline> baseline;           // compare: an earlier assessment
  std::optional<MergeSet> merge_set;          // merge: several respondents
  bool export_notes = false;                  // put the user's notes into exports and share links
  std::string share_link;                     // the last link made (shown so it can be copied by hand)

  // ---- Intents ---------------------------------------------------------------------
  void go(caf::Step s);
  void go_question(int index);
  void next_question();                       // or on to Results after the last question
  void previous_question();
  void set_answer(const std::string& question_id, caf::Answer answer);
  void set_profile(const std::string& profile_id, const std::string& option_id);
  void set_target(const std::string& dimension_id, int level);
  void set_checklist_choice(caf::ChecklistChoice choice);
  void toggle_item(const std::string& item_id);
  void edit_question_note(const std::string& question_id);
  void edit_item_note(const std::string& item_id);
  void preview_what_if(const std::string& question_id, caf::Answer answer);
  void clear_what_if() { what_if.reset(); request_frames(); }
  void start_over();
  // Takes a session from outside: asks first if it would replace answers.
  void offer_session(caf::Session incoming, std::string source, std::vector<std::string> notes = {});
  void accept_pending();
  void reject_pending();
  void open_import();
  void open_link(const std::string& url);
  void download(ExportFormat format);
  void copy_report_markdown();
  void download_session() { download(ExportFormat::Session); }
  // Work in this browser worth continuing, and where "continue" leads.
  bool has_work() const { return !session.answers.empty() || !session.profile.empty() || !session.items.empty(); }
  caf::Step resume_step() const { return session.profile.empty() ? caf::Step::Profile : caf::Step::Assessment; }
  void make_share_link();
  static constexpr size_t kLongShareLink = 2000;   // longer links get a warning
  void open_compare();
  void clear_baseline() { baseline.reset(); request_frames(); }   // next frame stops drawing it
  void open_merge();
  void clear_merge() { merge_set.reset(); request_frames(); }
  void use_merged_view();
  void set_theme(ThemeId t);
  void set_text_scale(float s);
  void show_notice(Notice::Kind kind, std::string title, std::string text);
  void request_frames(int n = 2) { if (n > frames_requested_) frames_requested_ = n; }

  // Keyboard: Enter activates the focused item if one is highlighted.
  bool nav_item_focused() const;

private:
  void load_builtin_data();
  void restore_autosave();
  void open_share_fragment();
  void recompute();
  void changed();                             // recompute + autosave + redraw
  void autosave();
  void announce_question();
  void apply_view_state(const caf::ViewState& view);
  caf::ViewState view_state() const;
  void handle_tab(bool backwards, bool may_scroll = true);
  bool on_screen(const DrawnItem& item) const;
  void focus_item(const DrawnItem& item);
  void resume_tab();
  void handle_enter();
  void handle_escape();
  void draw_top_bar();
  void draw_notice();
  void draw_replace_dialog();
  void adopt_session(caf::Session incoming, const std::string& source, const std::vector<std::string>& notes);

  platform::Platform* platform_ = nullptr;
  Background background_;
  Renderer renderer_;
  int frames_requested_ = 0;
  bool scroll_to_top_ = false;
  bool popup_open_ = false;                   // a popup (the display menu) was open last frame
  bool results_stale_ = false;                // recompute `result` before the next frame
  void* screen_window_ = nullptr;             // the scrolling ImGuiWindow of the current screen
  struct TabResume { bool backwards; float item_y, item_h; float scroll_y; int frames; };   // the item as drawn at scroll_y
  std::optional<TabResume> tab_resume_;       // a Tab that scrolled the screen, finished later
  std::string pending_note_id_;               // the question or item whose note is being edited
  bool pending_note_is_item_ = false;
  struct KeyPress { int key; int mods; };
  std::vector<KeyPress> pending_keys_;        // app shortcuts seen by the shell this frame
};

// Screens (screen_*.cpp), one function each.
void draw_welcome(App& app);
void draw_profile(App& app);
void draw_assessment(App& app);
void draw_assessment_footer(App& app);   // Back / Next, below the scrolling screen
float assessment_footer_height();
void draw_results(App& app);
void draw_roadmap(App& app);

// Shared by screens: the footer row with Back / primary action.
bool layout_is_narrow(const App& app);

} // namespace app
