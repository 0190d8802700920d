#pragma once
// Which CAF checklist fits: startup or enterprise.
//
// Enterprise if any of these holds (each one is listed as a reason):
//   org_type is enterprise or public_sector; org_size is 251 people or more
//   (s251_1000, s1001_5000, s5000_plus); regulated is not "no";
//   workloads is w6_plus.
// Startup otherwise; the reasons then list the profile answers that kept it
// small, and `missing` names the unanswered profile questions that could
// still change it. No profile answer at all -> startup, saying so.
// The session's choice (startup/enterprise) overrides the recommendation.
#include <string>
#include <vector>

#include "core/model.h"
#include "core/session.h"

namespace caf {

enum class ChecklistKind { Startup, Enterprise };

const char* checklist_id(ChecklistKind kind);    // "startup" / "enterprise" (catalogue ids)
const char* checklist_label(ChecklistKind kind); // "startup checklist" / "enterprise checklist"

struct Recommendation {
    ChecklistKind recommended = ChecklistKind::Startup;  // from the profile
    ChecklistKind chosen = ChecklistKind::Startup;       // what the roadmap uses
    bool overridden = false;            // the user picked a checklist (even the same one)
    std::vector<std::string> reasons;   // plain sentences, one deciding fact each
    std::vector<std::string> missing;   // prompts of unanswered profile questions that could change it
    std::string summary;                // one sentence for the headline
};

Recommendation recommend(const Model& model, const Session& session);

}  // namespace caf
