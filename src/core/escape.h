#pragma once
// Escaping for every export: user text (notes, titles, respondent names) is
// data, never markup, in HTML, Markdown and CSV. One place, tested alone
// (tests/core/test_escape.cpp) and by real tools (tests/exports/).
//
// All functions first make the text valid UTF-8 (an invalid byte becomes
// U+FFFD) and drop C0 control characters other than tab and line breaks, so
// no export can carry bytes a reader chokes on.
#include <string>
#include <string_view>

namespace caf {

// Length (1–4) of the valid UTF-8 sequence starting at text[i], or 0 when the
// bytes there are not valid UTF-8 (overlong, surrogate, > U+10FFFF, cut off).
size_t utf8_sequence(std::string_view text, size_t i);

// Valid UTF-8: invalid sequences (overlong, surrogates, > U+10FFFF, cut
// off) become U+FFFD; NUL and other C0 controls except \t \n \r are dropped.
std::string sanitize_utf8(std::string_view text);

// At most max_chars code points of valid UTF-8 text; when cut, the last one
// is "…" (so the result still fits max_chars).
std::string cut_to_characters(std::string_view text, size_t max_chars);

// HTML text or a double- or single-quoted attribute value: & < > " ' become
// &amp; &lt; &gt; &quot; &#39;. Line breaks are kept (as whitespace).
std::string html_escape(std::string_view text);

// An http(s) URL for href="…": only https:// and http:// URLs pass (anything
// else, e.g. javascript:, gives ""), then html_escape.
std::string html_url(std::string_view url);

// Inline Markdown (CommonMark / GitHub-flavoured) from a user: renders as the
// same literal text and cannot start markup. Backslash-escapes
// \ ` * _ [ ] # | ~ $ @ (emphasis, code, links and images, headings, table
// cells, strikethrough, GitHub math and @mentions; an _ between two ASCII
// letters or digits stays, as it cannot start emphasis), writes & < > as &amp;
// &lt; &gt; (no raw HTML, no <autolinks>, no entity tricks) and collapses
// line breaks and tabs to one space, so the text stays inside its list item
// or table cell (callers never put user text at the start of a line).
std::string markdown_escape(std::string_view text);

// Inline Markdown for trusted text from data/ (model and checklist): only
// what would break the layout is escaped (| < > &, line breaks), so ids such
// as plan_ai_hiring and prompts stay readable in the raw file.
std::string markdown_text(std::string_view text);

// A URL inside Markdown link parentheses: spaces, ( ) < > and control
// characters percent-encoded. Only http(s) URLs are linked by the writers.
std::string markdown_url(std::string_view url);

// One CSV field (RFC 4180): a field that starts with = + - @ (or their
// full-width forms), a tab or a carriage return gets a leading ' so no
// spreadsheet runs it as a formula (OWASP "CSV injection"); then the field
// is quoted when it holds , ; " CR LF or leading/trailing spaces, with " doubled.
std::string csv_field(std::string_view text);

}  // namespace caf
