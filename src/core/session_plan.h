#pragma once
// The plan of a session, computed one way for every reader: the exports
// (report_plan.cpp) and the app's Roadmap screen call this, so the screen
// shows exactly the dates, owners and reasons the files say.
//
// Settings: the caller's options win (the CLI's --start / --capacity), then
// the session's choice, then `today` and a capacity of 2. Overrides: the
// owner and pinned dates the user set per item (session.items).
#include <map>
#include <string>

#include "core/assessment.h"
#include "core/export.h"
#include "core/plan.h"
#include "core/plan_data.h"
#include "core/use_cases.h"

namespace caf {

struct SessionPlan {
    Portfolio portfolio;  // pointers into session.use_cases, data and model
    Plan plan;            // pointers into assessment.roadmap and data
};

PlanSettings plan_settings(const Session& session, const PlanOptions& options, const std::string& today);
std::map<std::string, ItemOverride> plan_overrides(const Session& session);

SessionPlan plan_session(const Model& model, const PlanData& data, const Session& session, const Assessment& assessment,
                         const PlanOptions& options, const std::string& today);

}  // namespace caf
