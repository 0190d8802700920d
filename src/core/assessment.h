#pragma once
// One call for everything a view or a report needs: scores, the CAF level and
// technology fit, the recommendation, the personalised checklist and the
// follow-ups, computed from one session.
#include <string>
#include <vector>

#include "core/model.h"
#include "core/recommendation.h"
#include "core/roadmap.h"
#include "core/scoring.h"
#include "core/session.h"
#include "core/technology_fit.h"

namespace caf {

// A question answered "don't know": something to find out, with what to ask for.
struct FollowUp {
    const Question* question = nullptr;
    std::string where;   // the dimension or quick-check group it belongs to
};

struct Assessment {
    ScoreResult scores;
    TechnologyFit fit;
    Roadmap roadmap;  // roadmap.recommendation holds the recommendation
    std::vector<FollowUp> followups;   // in question order

    const Recommendation& recommendation() const { return roadmap.recommendation; }
};

// The questions answered "don't know" that are asked of this profile, in model order.
std::vector<FollowUp> followups(const Model& model, const Session& session);

// Pointers inside the result refer to model and catalogue (keep them alive).
Assessment assess(const Model& model, const Catalogue& catalogue, const Session& session);

}  // namespace caf
