#include "core/assessment.h"

namespace caf {

std::vector<FollowUp> followups(const Model& model, const Session& session) {
    std::vector<FollowUp> out;
    auto visit = [&](const Question& q, const std::string& where) {
        if (question_applies(q, session) && session.answer(q.id).is_dont_know()) out.push_back({&q, where});
    };
    for (const auto& p : model.phases)
        for (const auto& d : p.dimensions)
            for (const auto& q : d.questions) visit(q, d.name);
    for (const auto& g : model.readiness.groups)
        for (const auto& q : g.questions) visit(q, model.readiness.name + ": " + g.name);
    return out;
}

Assessment assess(const Model& model, const Catalogue& catalogue, const Session& session) {
    Assessment a;
    a.scores = score(model, session);
    a.fit = technology_fit(model, session, a.scores.maturity);
    a.roadmap = generate_roadmap(model, catalogue, session, a.scores);
    a.followups = followups(model, session);
    return a;
}

}  // namespace caf
