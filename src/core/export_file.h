#pragma once
// Every download in one call: the file's name, its MIME type and its bytes,
// for the app's download buttons and the CLI's `report --format`.
//
//   format          id (CLI)     name (date from ExportContext::date)        MIME
//   Markdown        md           ai-adoption-roadmap-<date>.md               text/markdown;charset=utf-8
//   Html            html         ai-maturity-report-<date>.html              text/html;charset=utf-8
//   CsvAzureBoards  csv          ai-adoption-roadmap-<date>-azure-boards.csv text/csv;charset=utf-8
//   CsvIssues       csv-issues   ai-adoption-roadmap-<date>-issues.csv       text/csv;charset=utf-8
//   JsonReport      json         ai-maturity-report-<date>.json              application/json
//   Session         session      ai-maturity-session-<date>.json             application/json
//   Ics             ics          ai-adoption-plan-<date>.ics                 text/calendar;charset=utf-8
//
// Without a date the name has none ("ai-adoption-roadmap.md"). Markdown and
// HTML render the one report document (report_model.h); the CSVs its task
// items; the JSON report adds every number; the session file is
// serialize_session, stamped with ExportContext::saved_at when set.
#include <optional>
#include <string>
#include <string_view>

#include "core/assessment.h"
#include "core/export.h"

namespace caf {

enum class ExportFormat { Markdown, Html, CsvAzureBoards, CsvIssues, JsonReport, Session, Ics };

struct ExportedFile {
    std::string name;   // a file name without a folder
    std::string mime;   // for the browser's download
    std::string bytes;  // UTF-8 (the CSVs start with a byte order mark unless context.csv.bom is false)
};

ExportedFile export_file(ExportFormat format, const Model& model, const Catalogue& catalogue, const Session& session,
                         const Assessment& assessment, const ExportContext& context);

const char* format_id(ExportFormat format);                          // "md", "html", "csv", …
std::optional<ExportFormat> export_format_from_id(std::string_view id);  // the CLI's --format values

}  // namespace caf
