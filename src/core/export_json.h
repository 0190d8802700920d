#pragma once
// Machine-readable comparison and merge results (caf-assess diff / merge
// --format json). Stable member order, numbers rounded to 2 decimals, null
// where a value does not exist. The session itself is serialize_session
// (session_io.h); the report is report_json (report.h).
//
//   comparison_json: "format": "caf-ai-comparison", "format_version": 1,
//     model {id, version}, before/after {label, overall, level, level_name,
//     checklist, answered}, overall_delta, level_delta, dimensions[] {id,
//     name, phase, before, after, delta, level_before, level_after},
//     profile[] {id, before, after}, answers[] {id, dimension, before, after,
//     direction}, items[] {id, title, phase, change, before, after,
//     priority}, counts {answers_changed, answers_up, answers_down,
//     newly_done, regressed}
//   merge_json: "format": "caf-ai-merge", "format_version": 1, model,
//     respondents[], dimensions[] {id, name, phase, scored, scores[],
//     levels[], mean, min, max, sigma_levels, level_range, merged_score,
//     divergent, why}, questions[] {id, dimension, answers[], mean, min, max,
//     stddev, merged, divergent}, notes[], session (the merged session, as
//     serialize_session writes it)
#include <string>

#include "core/compare.h"
#include "core/merge.h"

namespace caf {

std::string comparison_json(const Model& model, const Comparison& comparison);
std::string merge_json(const Model& model, const Merged& merged);

}  // namespace caf
