#pragma once
// The HTML report: one self-contained file (inline CSS and SVG, no script, no
// external resource; the only URLs are the CAF guidance links), readable on
// screen, printable to a clean A4 PDF (@media print, @page A4 15 mm), and the
// accessible path for screen-reader users: every chart is an <svg role="img">
// labelled by its caption and sits next to a <table> with the same numbers.
//
// Sections: header (title, date, respondent, model id and version, checklist)
// · Profile table · Maturity level card (level, overall score, reason,
// coverage) · Scores by dimension (radar: current = score / 25 solid,
// target dashed; + table) · What would move the score most · Roadmap (the
// recommendation, a stacked bar per CAF phase by status + table, then per
// phase a list of items with status, priority, why, the CAF link and the
// user's note) · Changes since … (ExportContext::comparison) · Respondents
// and divergence (ExportContext::merged) · Answers (a table per dimension).
//
// All text goes through html_escape (escape.h): & < > " ' are entities, so no
// note can add markup; hrefs pass html_url (http/https only). Output passes
// `tidy -q -e` with no warnings (tests/exports/check_exports.sh).
#include <string>

#include "core/assessment.h"
#include "core/export.h"

namespace caf {

std::string report_html(const Model& model, const Catalogue& catalogue, const Session& session,
                        const Assessment& assessment, const ExportContext& context);

}  // namespace caf
