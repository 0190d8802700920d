#pragma once
// The Markdown report and roadmap in one call: build_report (report_model.h,
// which decides every section) rendered by render_markdown (render_markdown.h,
// GitHub-flavoured Markdown that also reads as plain CommonMark). New code
// calls export_file (export_file.h), which also names the file.
#include <string>

#include "core/assessment.h"
#include "core/export.h"
#include "core/report.h"  // report_markdown(model, catalogue, session, assessment): notes on, no date

namespace caf {

std::string report_markdown(const Model& model, const Catalogue& catalogue, const Session& session,
                            const Assessment& assessment, const ExportContext& context);

// A stand-alone comparison document (caf-assess diff): "# Changes: A → B" and
// the same content as the report's "Changes since" section.
std::string comparison_markdown(const Comparison& comparison);

}  // namespace caf
