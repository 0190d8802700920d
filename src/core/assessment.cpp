#include "core/assessment.h"

namespace caf {

Assessment assess(const Model& model, const Catalogue& catalogue, const Session& session) {
    Assessment a;
    a.scores = score(model, session);
    a.roadmap = generate_roadmap(model, catalogue, session, a.scores);
    return a;
}

}  // namespace caf
