#pragma once
// The model and checklist the targets import against: the app's own
// (data/*.json, embedded at build time), loaded once per process.
#include <functional>
#include <string>
#include <unordered_set>

#include "core/model.h"
#include "core/model_loader.h"
#include "fuzz_checks.h"

namespace fuzz {

struct Data {
    caf::Model model;
    caf::Catalogue catalogue;
    caf::PlanData plan;   // data/plan.json, parsed once: each export would parse it again
};

inline const Data& builtin() {
    static const Data data = [] {
        auto model = caf::builtin_model();
        FUZZ_CHECK(model.ok(), caf::errors_to_string(model.errors));
        auto catalogue = caf::builtin_catalogue(*model.value);
        FUZZ_CHECK(catalogue.ok(), caf::errors_to_string(catalogue.errors));
        auto plan = caf::builtin_plan_data(*model.value, *catalogue.value);
        FUZZ_CHECK(plan.ok(), caf::errors_to_string(plan.errors));
        return Data{*model.value, *catalogue.value, *plan.value};
    }();
    return data;
}

// check_accepted for a session of the app's own model, once per distinct
// session: the checks depend on nothing but the session, and many inputs
// (a link and its pasted form, one file with other whitespace) are the same
// session. `writers_every` n > 1 runs the writers (exports…) only for every
// n-th distinct session, chosen by its hash so a finding reproduces alone.
inline void check_accepted_once(const caf::Session& s, size_t writers_every = 1) {
    Counts& counts = Counts::get();
    static std::unordered_set<size_t> seen;
    ++counts.accepted;
    if (seen.size() > 1000000) seen.clear();
    const size_t hash = std::hash<std::string>{}(caf::serialize_session(s));
    if (!seen.insert(hash).second) return;
    ++counts.checked;
    const bool writers = hash % writers_every == 0;
    if (writers) ++counts.written;
    check_accepted(builtin().model, builtin().catalogue, s, writers, &builtin().plan);
}

}  // namespace fuzz
