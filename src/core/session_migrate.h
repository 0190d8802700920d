#pragma once
// Upgrading a session's JSON to what this app reads, before the strict parse
// (session_io.h). One place for every path that brings a session in: file
// import, the browser's autosave and share links.
//
//   format 1 -> 2     session format 2 adds "unknown" answers ("don't know");
//                     format 1 files only need their version raised.
//   model major       another major version of this model with a migration
//                     entry (model.migrations, catalogue item migrations):
//                     question, dimension and item ids are mapped; questions
//                     with no successor are left out and named in the notes.
//   model minor       the same major version: profile answers, answers,
//                     notes, targets and ticks this model does not have (or no
//                     longer allows, e.g. N/A) are left out and named.
// Anything else (another model, an unknown major, a newer format) is left as
// it is: the strict parse then explains it.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model.h"

namespace caf {

struct Upgrade {
    bool changed = false;               // the JSON was rewritten
    std::vector<std::string> notes;     // plain sentences for the user ("" when nothing was lost)
};

Upgrade upgrade_session_json(nlohmann::json& root, const Model& model, const Catalogue& catalogue);

}  // namespace caf
