#pragma once
// The optional sections of the report (report_compare_merge.cpp), for
// build_report in report_model.cpp. Internal to the core.
#include "core/report_model.h"

namespace caf {

Section comparison_section(const Comparison& comparison);  // "Changes since …"
Section merge_section(const Merged& merged);               // "Respondents and divergence"

}  // namespace caf
