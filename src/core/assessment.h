#pragma once
// One call for everything a view or a report needs: scores, the
// recommendation and the personalised checklist, computed from one session.
#include "core/model.h"
#include "core/recommendation.h"
#include "core/roadmap.h"
#include "core/scoring.h"
#include "core/session.h"

namespace caf {

struct Assessment {
    ScoreResult scores;
    Roadmap roadmap;  // roadmap.recommendation holds the recommendation

    const Recommendation& recommendation() const { return roadmap.recommendation; }
};

// Pointers inside the result refer to model and catalogue (keep them alive).
Assessment assess(const Model& model, const Catalogue& catalogue, const Session& session);

}  // namespace caf
