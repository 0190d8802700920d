#pragma once
// A report document (report_model.h) as one self-contained HTML page: inline
// CSS and SVG, no script, no external resource (the only URLs are the CAF
// guidance links), readable on screen, printable to a clean A4 PDF (@media
// print, @page A4 15 mm; the Answers section starts a new page), and the
// accessible path for screen-reader users: every chart is an <svg role="img">
// labelled by its figcaption next to a <table> with the same numbers, every
// section is a <section> labelled by its heading, every table has a caption
// and row and column headers.
//
// All text goes through html_escape (escape.h): & < > " ' are entities, so no
// note can add markup; hrefs pass html_url (http/https only). Output passes
// `tidy -q -e` with no warnings (tests/exports/check_exports.sh).
#include <string>

#include "core/report_model.h"

namespace caf {

std::string render_html(const Document& document);

}  // namespace caf
