#pragma once
// Technology fit: which AI approaches the organization's CAF level supports
// now, the one it declared in its profile, a warning when the declared one is
// beyond the level, and what the next level unlocks. Follows CAF's AI
// decision tree and maturity table (model.approaches, in ladder order).
//
//   fits_now   approaches with min_level <= the CAF level (none at level 0 or
//              while the level is unknown).
//   declared   the approach whose declared_by names the profile's ai_approach.
//   warning    when declared.min_level > the level (also for a provisional
//              "at most" level); "" otherwise.
//   next       the approaches of the lowest min_level above the level, with
//              the skills and data CAF expects at that level (model.levels).
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/scoring.h"
#include "core/session.h"

namespace caf {

struct TechnologyFit {
    const Approach* declared = nullptr;      // nullptr while ai_approach is unanswered
    std::string declared_option;             // the ai_approach option id ("" if none)
    std::vector<const Approach*> fits_now;
    std::string warning;                     // "" = no warning
    std::optional<int> next_level;           // the level that unlocks `next`
    std::vector<const Approach*> next;
    std::string unlocks;                     // what the next level unlocks and needs, one sentence
    std::string summary;                     // one or two sentences, naming what fits (for reports)
    std::string headline;                    // the same without the names, for a view that lists them
};

TechnologyFit technology_fit(const Model& model, const Session& session, const MaturityLevel& maturity);

}  // namespace caf
