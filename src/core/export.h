#pragma once
// What every export (Markdown, HTML, CSV) is given besides the assessment.
// The core never reads the clock or the environment: the caller passes the
// date, and decides whether the user's notes go into the file.
#include <string>

#include "core/compare.h"
#include "core/merge.h"

namespace caf {

struct ExportContext {
    // The report's date as the caller wants it shown, e.g. "2026-11-23"
    // (the app passes the browser's local date, the CLI today's UTC date or
    // --date). "" leaves the line out.
    std::string date;
    // The user's notes on questions and checklist items (free text that may
    // be confidential). Off by default: the user opts in.
    bool include_notes = false;
    // Optional extra sections (not owned; must outlive the call).
    const Comparison* comparison = nullptr;  // "Changes since …" (compare.h)
    const Merged* merged = nullptr;          // "Respondents and divergence" (merge.h)
};

}  // namespace caf
