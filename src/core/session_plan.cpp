#include "core/session_plan.h"

namespace caf {

PlanSettings plan_settings(const Session& session, const PlanOptions& options, const std::string& today) {
    PlanSettings settings;
    settings.start = !options.start.empty() ? options.start : !session.plan.start.empty() ? session.plan.start : today;
    settings.capacity = options.capacity > 0 ? options.capacity
                        : session.plan.capacity > 0 ? session.plan.capacity : kDefaultCapacity;
    return settings;
}

std::map<std::string, ItemOverride> plan_overrides(const Session& session) {
    std::map<std::string, ItemOverride> overrides;
    for (const auto& [id, st] : session.items)
        if (!st.owner.empty() || !st.start.empty() || !st.due.empty()) overrides[id] = {st.owner, st.start, st.due};
    return overrides;
}

SessionPlan plan_session(const Model& model, const PlanData& data, const Session& session, const Assessment& assessment,
                         const PlanOptions& options, const std::string& today) {
    SessionPlan out;
    out.portfolio = evaluate_portfolio(session.use_cases, data, model, assessment.scores.maturity);
    const UseCaseResult* poc = out.portfolio.poc_candidate();
    out.plan = make_plan(assessment.roadmap, data, plan_settings(session, options, today), plan_overrides(session),
                         poc ? poc->use_case->name : "");
    return out;
}

}  // namespace caf
