#pragma once
// What every export (Markdown, HTML, CSV, JSON report, session file) is given
// besides the assessment. The core never reads the clock or the environment:
// the caller passes the date (and the save time), and decides whether the
// user's notes go into the file.
#include <string>

#include "core/compare.h"
#include "core/merge.h"

namespace caf {

// The two CSV files only.
struct CsvOptions {
    bool bom = true;                            // Excel needs it to read UTF-8 (export_csv.h)
    std::string work_item_type = "User Story";  // Azure Boards only
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
    // When set, the session file records it as meta.updated: the app stamps
    // the time of the download; the CLI writes the session as it read it.
    std::string saved_at;
};

}  // namespace caf
