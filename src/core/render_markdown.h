#pragma once
// A report document (report_model.h) as GitHub-flavoured Markdown that also
// reads as plain CommonMark:
//
//   # <title>                  facts as one line "Key: value · Key: value", the lead
//   ## <section>               ### <subsection>
//   paragraphs, "- " lists and "1. " lists
//   tables as GFM pipe tables (numbers right-aligned, phase totals bold; no
//     caption: Markdown has none, the heading names the table)
//   charts as their table
//   callouts as a bold headline and paragraphs
//   task lists: - [x] / - [ ] **[title](link)** — status · **priority**,
//     then one "  - Key: value" line per detail
//
// User text goes through markdown_escape (escape.h): it renders as literal
// text and cannot inject HTML, links, images, emphasis or table cells; our
// own and data/ text through markdown_text. Links only for http(s) URLs.
#include <string>

#include "core/report_model.h"

namespace caf {

std::string render_markdown(const Document& document);

}  // namespace caf
