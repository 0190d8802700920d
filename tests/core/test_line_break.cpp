// Line breaking for on-screen text: only at spaces, never inside numbers.
#include <catch2/catch.hpp>

#include "core/line_break.h"

using caf::break_lines;

namespace {
// Every byte is one unit wide (a monospace "font"): widths are easy to check by hand.
const caf::MeasureText mono = [](std::string_view s) { return float(s.size()); };
}

TEST_CASE("lines break at spaces, greedily, dropping the space at the break") {
  CHECK(break_lines("the quick brown fox", 9.0f, mono) == "the quick\nbrown fox");
  CHECK(break_lines("the quick brown fox", 10.0f, mono) == "the quick\nbrown fox");
  CHECK(break_lines("the quick brown fox", 15.0f, mono) == "the quick brown\nfox");
  CHECK(break_lines("the quick brown fox", 19.0f, mono) == "the quick brown fox");
}

TEST_CASE("numbers and abbreviations stay whole (ImGui would break after the dot)") {
  // ImGui 1.86 may break "score 51.9 (level" after "51." at this width.
  CHECK(break_lines("overall score 51.9 (level 3 needs 55)", 17.0f, mono) == "overall score\n51.9 (level 3\nneeds 55)");
  CHECK(break_lines("weight 1.5 x gap 1.00", 12.0f, mono) == "weight 1.5 x\ngap 1.00");
  CHECK(break_lines("e.g. Copilot", 7.0f, mono) == "e.g.\nCopilot");
}

TEST_CASE("existing line breaks are kept and each paragraph is broken on its own") {
  CHECK(break_lines("one two\nthree four five", 10.0f, mono) == "one two\nthree four\nfive");
  CHECK(break_lines("a\n\nb", 10.0f, mono) == "a\n\nb");
}

TEST_CASE("a word longer than a line is cut between characters, never inside UTF-8") {
  CHECK(break_lines("see https://learn.example/x", 10.0f, mono) == "see\nhttps://le\narn.exampl\ne/x");
  // "é" is two bytes (two units wide here): it moves whole to the next line.
  const std::string cut = break_lines("ééééé", 5.0f, mono);
  CHECK(cut == "éé\néé\né");
}

TEST_CASE("no width, an empty text and runs of spaces") {
  CHECK(break_lines("a b c", 0.0f, mono) == "a b c");
  CHECK(break_lines("", 10.0f, mono).empty());
  CHECK(break_lines("a  b", 10.0f, mono) == "a  b");
  CHECK(break_lines("aaaa  bbbb", 5.0f, mono) == "aaaa \nbbbb");   // the extra space stays at the line end
}
