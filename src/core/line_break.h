// Line breaking for text shown on screen: breaks only at spaces (and at the
// line breaks already in the text), so "59.4", "e.g." or "v1.0.0" never split
// across lines. ImGui's own wrapping also breaks after '.', ',' and ';'.
// The renderer supplies the width of a piece of text; nothing here draws.
#pragma once
#include <functional>
#include <string>
#include <string_view>

namespace caf {

// Width of a run of text, in whatever unit `max_width` uses. Widths must add
// up (width("ab") == width("a") + width("b")), as they do for ImGui's fonts.
using MeasureText = std::function<float(std::string_view)>;

// `text` with '\n' where a line would pass `max_width`; the space at each such
// break is dropped. A word wider than a whole line is cut between characters
// (never inside a UTF-8 sequence). max_width <= 0 returns the text unchanged.
std::string break_lines(std::string_view text, float max_width, const MeasureText& measure);

} // namespace caf
