#pragma once
// The roadmap as CSV for work-item trackers. Both files follow RFC 4180:
// comma-separated, CRLF line ends (also inside the file's last line), a
// header row, fields quoted when they hold , ; " CR or LF (quotes doubled),
// and every field starting with = + - @ (or a tab/CR) prefixed with ' so no
// spreadsheet evaluates it (csv_field, escape.h). Numbers are plain digits.
// UTF-8 with a byte order mark by default: Excel needs it to read UTF-8, and
// Excel's own "CSV UTF-8" files (the format Azure Boards' import docs edit)
// carry one; CsvOptions::bom = false leaves it out.
//
// csv_azure_boards: Azure Boards "Import work items" (Boards > Queries >
// Import work items). Columns:
//     Work Item Type, Title, Description, Priority, Tags[, Start Date, Finish Date]
//   - Work Item Type: the project's process (CsvOptions::process) decides it:
//     Basic: Issue, Agile: User Story (default), Scrum: Product Backlog Item,
//     CMMI: Requirement. Azure's importer refuses a field the type lacks, so
//     the date columns are there only for User Story and Requirement, which
//     have Start Date and Finish Date (Azure's date-field reference: Target
//     Date belongs to Epic and Feature only); for Issue and Product Backlog
//     Item the start and due dates go into the description.
//   - Planned items carry their owner role and wave as tags ("Owner: Security
//     lead; Wave: First 30 days"), and owner, effort and why-then in the
//     description.
//   - Only open items (in progress and to do), Now first: Azure's CSV import
//     creates every item in the New state and documents that ID, State,
//     Assigned To and Area Path must not be in a file of new items.
//   - Title: the CAF activity ("Assess AI security risks").
//   - Description: Azure's Description is an HTML field, so it is HTML on one
//     line (no raw line breaks, which Azure's importer handles badly): what to
//     do, status and why, why this priority, the CAF link as <a href>, and the
//     user's note with include_notes, all text HTML-escaped.
//   - Priority: 1 Now, 2 Next, 3 Later (Azure's 1–4 scale).
//   - Tags: "CAF AI; Phase: Ready; Priority: Now; Status: To do; Checklist:
//     Enterprise" (Azure separates tags with ";").
//
// csv_issues: GitHub- and Jira-friendly (Jira's CSV importer maps columns by
// name; GitHub CSV tools such as github-csv-tools take title/body/labels).
// Columns:
//     Summary, Description, Priority, Labels, Status, Phase, Link, Item ID, Note,
//     Start date, Due date, Owner
//   - Start date / Due date: the plan's ISO dates (Jira's field names; empty
//     for done and not applicable items); Owner: the role or the user's name;
//   - every applicable item, done ones too (Status carries it), Now first,
//     then Next, Later, then done items in phase order;
//   - Description: plain text lines (What / Status / Priority / CAF
//     guidance), joined with LF inside the quoted field;
//   - Note: the user's note on the item with include_notes, else empty (a
//     column of its own, so a tracker can map it to a comment);
//   - Priority: Jira's names: High (Now), Medium (Next), Low (Later), Lowest (done);
//   - Labels: space-separated, no spaces inside (Jira labels cannot have
//     any): "caf-ai phase-ready priority-now owner-security-lead wave-first-30-days";
//   - Status: "To Do", "In Progress", "Done" (Jira's default workflow names).
#include <string>

#include "core/assessment.h"
#include "core/export.h"
#include "core/report_model.h"

namespace caf {

// From a built report (report_model.h): its task items, open_by_priority and
// checklist_tag. Notes are in the items only when the report was built with
// include_notes.
std::string csv_azure_boards(const Report& report, const CsvOptions& options = {});
std::string csv_issues(const Report& report, const CsvOptions& options = {});

// Build the report and write the file in one call (export_file.h does the same
// with context.csv).
std::string csv_azure_boards(const Model& model, const Catalogue& catalogue, const Session& session,
                             const Assessment& assessment, const ExportContext& context,
                             const CsvOptions& options = {});

std::string csv_issues(const Model& model, const Catalogue& catalogue, const Session& session,
                       const Assessment& assessment, const ExportContext& context, const CsvOptions& options = {});

}  // namespace caf
