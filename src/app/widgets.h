// Small building blocks shared by the screens: buttons with a clear hierarchy,
// headings, cards, wrapped text. Sizes are in multiples of the font size (em)
// so they follow the device pixel ratio and the user's text size.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "app/fonts.h"
#include "app/theme.h"
#include "imgui.h"

namespace app {
class Focus;
class Radar;
struct RadarAxis;
}

namespace app::ui {

struct Context {                 // what every widget needs, set once per frame
  const Fonts* fonts = nullptr;
  const Palette* palette = nullptr;
  const Focus* focus = nullptr;
  Radar* radar = nullptr;
  float px = 1.0f;               // device pixels per CSS pixel × the user's text size
};
void set_context(const Context& context);
const Fonts& fonts();
const Palette& colors();

// Whether the last control drawn was activated with Enter (not a click or Space).
bool activated_by_enter();

// The results radar (shaders/radar.*): a square of `size` at the cursor.
void radar_chart(const std::vector<RadarAxis>& axes, float size);

inline float em() { return ImGui::GetFontSize(); }

bool primary_button(const char* label, ImVec2 size = ImVec2(0, 0));
bool secondary_button(const char* label, ImVec2 size = ImVec2(0, 0));
bool link_button(const char* label);                 // looks like a link; returns true on click
void heading(ImFont* font, std::string_view text);
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

// A rounded panel as tall as its content (at least `min_height`), `width` wide.
// Text inside wraps at the panel's inner edge. Cards can sit side by side with
// SameLine(); they do not nest.
void begin_card(float width, float min_height = 0.0f, const ImVec4* fill = nullptr);
void end_card();

// A horizontal progress bar with rounded ends (value 0..1).
void progress_bar(float value, ImVec2 size, const ImVec4& fill, const char* overlay = nullptr);

// Width available to a centred column of at most `max_em` ems.
float column_width(float max_em);
// Indents the cursor so a column of `width` is centred in the window.
void center_column(float width);

} // namespace app::ui

namespace app::ui {

// A small rounded label (status, priority) in `color` on a tinted background.
void badge(std::string_view text, const ImVec4& color);

// A radio-like choice button; selected ones are filled. Returns true on click.
// Without a width it is as wide as choice_button_width(label), selected or not.
bool choice_button(const char* label, bool selected, ImVec2 size = ImVec2(0, 0));
// The width that fits `label` in the regular and in the bold (selected) font, so
// choosing never widens a button and pushes its neighbours along.
float choice_button_width(const char* label);

// A full-width answer row: a round badge with `key`, a bold label and a wrapped
// detail line. Returns true on click (or keyboard activation).
bool option_row(const char* key, std::string_view label, std::string_view detail, bool selected, float width);

// A check box drawn in the app's style with its label; returns true on toggle.
bool check_row(const char* label, bool checked);

// Vertical space of `ems` font heights.
void space(float ems);

}  // namespace app::ui

namespace app::ui {
// Puts the next button on the same line if a button labelled `next_label` still
// fits before `right` (a screen x), else starts a new line: button rows wrap on phones.
void flow_next(const char* next_label, float right);
}  // namespace app::ui
