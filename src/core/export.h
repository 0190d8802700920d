#pragma once
// What every export (Markdown, HTML, CSV, JSON report, session file) is given
// besides the assessment. The core never reads the clock or the environment:
// the caller passes the date (and the save time), and decides whether the
// user's notes go into the file.
#include <string>

#include "core/compare.h"
#include "core/merge.h"

namespace caf {

struct PlanData;

// The Azure Boards process of the project the CSV is imported into: it decides
// the work item type and which date fields that type has (export_csv.h).
enum class AzureProcess { Basic, Agile, Scrum, Cmmi };
const char* to_string(AzureProcess process);        // "basic", "agile", "scrum", "cmmi"
const char* work_item_type(AzureProcess process);   // "Issue", "User Story", "Product Backlog Item", "Requirement"

// The two CSV files only.
struct CsvOptions {
    bool bom = true;                             // Excel needs it to read UTF-8 (export_csv.h)
    AzureProcess process = AzureProcess::Agile;  // Azure Boards only
    // Azure Boards only: "" = the process's type. One of the four types above
    // also picks that process (so its date fields follow).
    std::string work_item_type;
};

// The dated plan (plan.h). "" / 0 = the session's choice, else the report's
// date and a capacity of 2.
struct PlanOptions {
    std::string start;
    int capacity = 0;
};

struct ExportContext {
    // The report's date as the caller wants it shown, e.g. "2026-11-23"
    // (the app passes the browser's local date, the CLI today's UTC date or
    // --date). "" leaves the line out. File names carry it (export_file.h).
    std::string date;
    // The user's notes on questions and checklist items (free text that may
    // be confidential). Off by default: the user opts in. The session file
    // always keeps them: it is the user's own saved work.
    bool include_notes = false;
    // Optional extra sections (not owned; must outlive the call).
    const Comparison* comparison = nullptr;  // "Changes since …" (compare.h)
    const Merged* merged = nullptr;          // "Respondents and divergence" (merge.h)
    CsvOptions csv;
    PlanOptions plan;
    // The plan data (data/plan.json); nullptr = the embedded one. Not owned.
    const PlanData* plan_data = nullptr;
    // When set, the session file records it as meta.updated: the app stamps
    // the time of the download; the CLI writes the session as it read it.
    std::string saved_at;
};

}  // namespace caf
