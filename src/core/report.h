#pragma once
// Reports of one assessment: Markdown (readable, printable, the accessible
// text path for the canvas UI) and JSON (machine-readable). Both contain the
// scores, the level and its reason, coverage, the recommendation with its
// reasons, and the checklist per phase with status, priority, why and link.
// Numbers are formatted locale-independently (format.h).
#include <string>

#include "core/assessment.h"
#include "core/export.h"

namespace caf {

// The Markdown report with the user's notes and no date line: the same
// writer as export_markdown.h's report_markdown(…, ExportContext), which adds
// the date, notes on/off, and the comparison and merge sections.
std::string report_markdown(const Model& model, const Catalogue& catalogue, const Session& session,
                            const Assessment& assessment);

// Stable member order; scores rounded to 2 decimals; report "format":
// "caf-ai-report", "format_version": 1. Its roadmap items are the report's
// task items (report_model.h). Notes (questions' "note", items' "note") only
// with context.include_notes (null and "" otherwise); the 4-argument form
// includes them.
std::string report_json(const Model& model, const Catalogue& catalogue, const Session& session,
                        const Assessment& assessment, const ExportContext& context);
std::string report_json(const Model& model, const Catalogue& catalogue, const Session& session,
                        const Assessment& assessment);

}  // namespace caf
