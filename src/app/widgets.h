// Small building blocks shared by the screens: buttons with a clear hierarchy,
// headings, cards, wrapped text, lists and tables. Sizes are in multiples of the
// font size (em) so they follow the device pixel ratio and the user's text size.
//
// Every widget also declares what it is for assistive technology (semantics.h):
// role, name, state, description. A screen built from these widgets gets its
// accessibility tree, its DOM mirror and activation from screen readers for free:
//   - text, text_wrapped, badge …   → text           - heading, title → heading (level)
//   - primary/secondary_button …    → button         - link_button    → link (with a url)
//   - choice_button, option_row     → radio (inside begin_choices … end_choices)
//   - check_row                     → checkbox       - progress_bar   → progress bar
//   - begin_list / begin_list_item  → list / item    - begin_table …  → table, rows, cells
//   - begin_section                 → a named region - data_table     → a table for a chart
//   - tooltip                       → the last control's description
// Drawing with raw ImGui calls still reaches the tree as a button (item hooks),
// but without the right role: add a widget here instead.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "app/fonts.h"
#include "app/semantics.h"
#include "app/theme.h"
#include "imgui.h"

namespace app {
class Focus;
class Radar;
class Timeline;
struct TimelineRect;
struct RadarAxis;
}

namespace app::ui {

struct Context {                 // what every widget needs, set once per frame
  const Fonts* fonts = nullptr;
  const Palette* palette = nullptr;
  Focus* focus = nullptr;
  Radar* radar = nullptr;
  Timeline* timeline = nullptr;
  sem::Tree* semantics = nullptr;
  float px = 1.0f;               // device pixels per CSS pixel × the user's text size
};
void set_context(const Context& context);
const Fonts& fonts();
const Palette& colors();
sem::Tree& semantics();

inline float em() { return ImGui::GetFontSize(); }

// Whether the last control drawn was activated with Enter (not a click or Space).
bool activated_by_enter();

// [SECTION] Controls ----------------------------------------------------------------
bool primary_button(const char* label, ImVec2 size = ImVec2(0, 0));
// `name` for screen readers when the label says too little ("Restore" in a list of versions).
bool secondary_button(const char* label, ImVec2 size = ImVec2(0, 0), std::string_view name = {});
bool plain_button(const char* label, std::string_view name = {});   // ImGui's own style (the top bar); `name` if the label says too little
// A step of the top bar's navigation; `current` is the page shown.
bool step_button(const char* label, bool current);
// A small square button ("−", "+"); `name` says what it does for screen readers.
bool small_button(const char* label, std::string_view name);
ImVec2 small_button_padding();              // its frame padding (to align text on its line)
// Looks like a link; returns true on click. A link for screen readers when it has a `url`, else a button.
bool link_button(const char* label, std::string_view url = {});
// A radio-like choice button; selected ones are filled. Returns true on click.
// Without a width it is as wide as choice_button_width(label), selected or not.
bool choice_button(const char* label, bool selected, ImVec2 size = ImVec2(0, 0));
// The width that fits `label` in the regular and in the bold (selected) font, so
// choosing never widens a button and pushes its neighbours along.
float choice_button_width(const char* label);
// A button that stays pressed while `on` (a preview that can be switched off again).
bool toggle_button(const char* label, bool on, std::string_view name = {}, ImVec2 size = ImVec2(0, 0));
// A full-width answer row: a round badge with `key`, a bold label and a wrapped
// detail line. Returns true on click (or keyboard activation). A radio.
bool option_row(const char* key, std::string_view label, std::string_view detail, bool selected, float width);
// A check box drawn in the app's style with its label; returns true on toggle.
// `description` is read after the name (status, priority, why).
bool check_row(const char* label, bool checked, std::string_view description = {});
// A row of a side list (one per dimension); `current` marks where the user is.
bool nav_row(const char* label, bool current, std::string_view description, ImVec2 size);
// "▼ label": shows what follows while open (returns whether it is); expanded or collapsed for screen readers.
bool disclosure(const char* label);
// Shows `text` while the last control is hovered, and makes it that control's description.
void tooltip(std::string_view text);

// [SECTION] Text ----------------------------------------------------------------------
void heading(ImFont* font, std::string_view text, int level = 0);   // level 0: h1 font 1, h2 font 2, else 3
void title(std::string_view text, int level = 3, const ImVec4* color = nullptr);   // a card's bold title
// `s` with line breaks for `width` pixels in `font` (the current font when null).
std::string wrap_text(std::string_view s, float width, ImFont* font = nullptr);
void text(std::string_view s);
void text_muted(std::string_view s);
void text_colored(const ImVec4& color, std::string_view s);
void text_wrapped(std::string_view s, ImFont* font = nullptr);
void text_wrapped_muted(std::string_view s);
// `shown`, muted and wrapped, in a block as tall as the tallest of `fits` needs: text that
// changes with a choice then never moves what lies below it.
void text_block_muted(std::string_view shown, const std::vector<std::string_view>& fits);
void label_caps(std::string_view s);                 // a small accent-coloured overline
void status_text(const ImVec4& color, std::string_view s);   // a status (autosave)
// A small rounded label (status, priority) in `color` on a tinted background.
void badge(std::string_view text, const ImVec4& color);

// [SECTION] Layout ----------------------------------------------------------------------
// A rounded panel as tall as its content (at least `min_height`), `width` wide.
// Text inside wraps at the panel's inner edge. Cards can sit side by side with
// SameLine(); they do not nest.
void begin_card(float width, float min_height = 0.0f, const ImVec4* fill = nullptr);
void end_card();

// A horizontal progress bar with rounded ends (value 0..1); `name` for screen readers.
void progress_bar(float value, ImVec2 size, const ImVec4& fill, std::string_view name = {});

// Width available to a centred column of at most `max_em` ems.
float column_width(float max_em);
// Indents the cursor so a column of `width` is centred in the window.
void center_column(float width);
// Vertical space of `ems` font heights.
void space(float ems);
// Puts the next button on the same line if a button labelled `next_label` still
// fits before `right` (a screen x), else starts a new line: button rows wrap on phones.
void flow_next(const char* next_label, float right);

// [SECTION] Structure (for assistive technology; nothing is drawn) --------------------
void begin_choices(std::string_view name);    // a radio group: its choice_button / option_row
void end_choices();
void begin_list(std::string_view name = {});
void end_list();
void begin_list_item();
void end_list_item();
void begin_section(std::string_view name);    // a named region (a notice, a card that stands alone)
void end_section();
void begin_landmark(sem::Role role, std::string_view name, ImVec2 min, ImVec2 max);   // header, nav, main
void end_landmark();
void begin_nav(std::string_view name);        // a navigation landmark as large as what it holds
void end_nav();
// While hidden, text and bars are left out of the tree and controls stay (a chart
// whose figures a data_table already gives).
void begin_hidden();
void end_hidden();

// [SECTION] Tables ----------------------------------------------------------------------
// An ImGui table that is a table for screen readers too: headers, rows, cells.
bool begin_table(const char* id, std::string_view name, std::initializer_list<const char*> headers,
                 std::initializer_list<float> weights, float width);
void table_row();
void table_cell();
void end_table();
// A table that only screen readers see, laid over the last item (a chart): its figures.
void data_table(std::string_view name, const std::vector<std::string>& headers,
                const std::vector<std::vector<std::string>>& rows);

// [SECTION] Dialogs ---------------------------------------------------------------------
// A modal dialog open while `open` (the state says so); closes once it no longer does.
bool begin_dialog(const char* title, bool open, float width);
void end_dialog();
// A popup menu opened by the last button (the display menu).
bool begin_menu(const char* id, std::string_view name);
void end_menu();

// [SECTION] Charts ------------------------------------------------------------------------
// The results radar (shaders/radar.*): a square of `size` at the cursor.
void radar_chart(const std::vector<RadarAxis>& axes, float size);
// The plan's rectangles (shaders/timeline.*), queued into the current window's draw list.
void timeline_rects(const std::vector<TimelineRect>& rects);
// A bar of the timeline: an invisible control over `min`..`max` (screen px) that Tab
// reaches and Enter or a click activates; a button named `name` for screen readers.
bool bar_button(const char* id, std::string_view name, ImVec2 min, ImVec2 max, std::string_view description = {});
bool has_focus(ImGuiID id);   // the control `id` has the visible keyboard focus

} // namespace app::ui
