#include "core/line_break.h"

#include <algorithm>

#include "core/escape.h"

namespace caf {
namespace {

// Appends `word`, which starts a line and is wider than one, cutting it between
// characters wherever the line would pass `max_width`; returns its last line's width.
float append_cut_word(std::string& out, std::string_view word, float max_width, const MeasureText& measure) {
  float line_width = 0.0f;
  size_t i = 0;
  while (i < word.size()) {
    const size_t n = std::max<size_t>(1, utf8_sequence(word, i));
    const float w = measure(word.substr(i, n));
    if (line_width > 0.0f && line_width + w > max_width) {
      out += '\n';
      line_width = 0.0f;
    }
    out.append(word.substr(i, n));
    line_width += w;
    i += n;
  }
  return line_width;
}

// One paragraph (no '\n'): words are what lies between single spaces, so runs of
// spaces survive as empty words.
void break_paragraph(std::string& out, std::string_view text, float max_width, const MeasureText& measure) {
  const float space = measure(" ");
  auto place = [&](std::string_view word, float w) {   // at the start of a line
    if (w > max_width) return append_cut_word(out, word, max_width, measure);
    out.append(word);
    return w;
  };
  float line = 0.0f;
  bool first = true;
  size_t i = 0;
  while (true) {
    size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(i, end - i);
    const float w = measure(word);
    if (first) {
      line = place(word, w);
      first = false;
    } else if (line + space + w <= max_width) {
      out += ' ';
      out.append(word);
      line += space + w;
    } else {
      out += '\n';
      line = place(word, w);
    }
    if (end == text.size()) break;
    i = end + 1;
  }
}

} // namespace

std::string break_lines(std::string_view text, float max_width, const MeasureText& measure) {
  if (max_width <= 0.0f) return std::string(text);
  std::string out;
  out.reserve(text.size() + text.size() / 32);
  size_t start = 0;
  while (true) {
    const size_t nl = text.find('\n', start);
    break_paragraph(out, text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start), max_width,
                    measure);
    if (nl == std::string_view::npos) break;
    out += '\n';
    start = nl + 1;
  }
  return out;
}

} // namespace caf
