#pragma once
// The HTML report in one call: build_report (report_model.h, which decides
// every section) rendered by render_html (render_html.h: one self-contained,
// printable, accessible page). New code calls export_file (export_file.h),
// which also names the file.
#include <string>

#include "core/assessment.h"
#include "core/export.h"

namespace caf {

std::string report_html(const Model& model, const Catalogue& catalogue, const Session& session,
                        const Assessment& assessment, const ExportContext& context);

}  // namespace caf
