#pragma once
// The optional sections of the report (report_compare_merge.cpp), for
// build_report in report_model.cpp. Internal to the core.
#include <vector>

#include "core/report_model.h"

namespace caf {

Section comparison_section(const Comparison& comparison);  // "Changes since …"

// The plan's part of the report (report_plan.cpp): fills report.tasks' plan
// fields, report.plan and report.use_cases, and returns the sections that come
// first (summary, first 90 days, timeline, use cases).
std::vector<Section> plan_sections(const Model& model, const Catalogue& catalogue, const Session& session,
                                   const Assessment& assessment, const ExportContext& context, Report& report);
Section merge_section(const Merged& merged);               // "Respondents and divergence"

}  // namespace caf
