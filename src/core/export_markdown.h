#pragma once
// The Markdown report and roadmap (GitHub-flavoured Markdown; also plain
// CommonMark): the one Markdown writer of the project. Sections, in order:
//
//   # <title>                 respondent, date, model id and version
//   ## Profile                table: profile question -> answer
//   ## Result                 level + name, overall score, the reason, coverage
//   ## Scores                 table per dimension: score, level, target, answered, N/A
//   ## What would move the score most
//   ## Checklist: <name>      recommendation and its reasons, counts
//   ### <CAF phase>           one GFM task list per phase:
//                             - [x] / - [ ] **[item title](CAF link)** — status · **priority**
//                               sub-items: What, Status (why), Priority (why), Your note
//   ## Changes since <label>  (ExportContext::comparison) deltas, changed answers, items
//   ## Respondents            (ExportContext::merged) mean, range, sigma, divergence
//   ## Answers                table per dimension; a Note column with include_notes
//
// User text (title, respondent, notes, file names) goes through
// markdown_escape (escape.h): it renders as literal text and cannot inject
// HTML, links, images, emphasis or table cells. Numbers come from format.h.
#include <string>

#include "core/assessment.h"
#include "core/export.h"
#include "core/report.h"  // report_markdown(model, catalogue, session, assessment): notes on, no date

namespace caf {

std::string report_markdown(const Model& model, const Catalogue& catalogue, const Session& session,
                            const Assessment& assessment, const ExportContext& context);

// A stand-alone comparison document (caf-assess diff): "# Changes: A → B" and
// the same section the report includes.
std::string comparison_markdown(const Comparison& comparison);

}  // namespace caf
