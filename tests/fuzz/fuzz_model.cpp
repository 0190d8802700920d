// A custom model and checklist (core/model_loader.h), as a team adapting the
// assessment would write them. Input: model JSON, a NUL byte, checklist
// JSON, a NUL byte, then bytes that choose two respondents' answers. When
// both files load, sessions made from those bytes (every profile choice,
// answer, N/A, don't know, quick check, target, tick, note and change time
// the model allows) go through every check of fuzz_checks.h, against the
// custom model.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <fuzzer/FuzzedDataProvider.h>

#include "core/model_loader.h"
#include "core/session_io.h"
#include "core/session_sync.h"
#include "fuzz_checks.h"

namespace {

std::string_view next_part(std::string_view& rest) {
    const size_t nul = rest.find('\0');
    const std::string_view part = rest.substr(0, nul);
    rest = nul == std::string_view::npos ? std::string_view() : rest.substr(nul + 1);
    return part;
}

caf::Answer make_answer(const caf::Question& q, FuzzedDataProvider& in) {
    const int a = in.ConsumeIntegralInRange<int>(-3, caf::kMaxAnswer);
    if (a >= 0) return caf::Answer::of(a);
    if (a == -2 && q.allow_na) return caf::Answer::not_applicable();
    if (a == -3) return caf::Answer::dont_know();
    return caf::Answer::unanswered();
}

caf::Session make_session(const caf::Model& model, const caf::Catalogue& catalogue, FuzzedDataProvider& in) {
    caf::Session s = caf::new_session(model);
    for (const auto& pq : model.profile) {
        const size_t k = in.ConsumeIntegralInRange<size_t>(0, pq.options.size());
        if (k > 0) s.profile[pq.id] = pq.options[k - 1].id;
    }
    auto answer = [&](const caf::Question& q) {
        s.set_answer(q.id, make_answer(q, in));
        if (in.ConsumeBool()) s.notes[q.id] = in.ConsumeRandomLengthString(64);
        if (s.notes.count(q.id) && s.notes[q.id].empty()) s.notes.erase(q.id);
    };
    for (const auto& ph : model.phases)
        for (const auto& d : ph.dimensions) {
            const int target = in.ConsumeIntegralInRange<int>(-1, caf::kMaxAnswer);
            if (target >= 0) s.targets[d.id] = target;
            for (const auto& q : d.questions) answer(q);
        }
    for (const auto& g : model.readiness.groups)
        for (const auto& q : g.questions) answer(q);
    s.checklist_choice = static_cast<caf::ChecklistChoice>(in.ConsumeIntegralInRange<int>(0, 2));
    for (const auto& item : catalogue.items) {
        caf::ItemState st;
        st.done = in.ConsumeBool();
        if (in.ConsumeBool()) st.note = in.ConsumeRandomLengthString(64);
        if (st.done || !st.note.empty()) s.items[item.id] = st;
    }
    s.meta.title = in.ConsumeRandomLengthString(32);
    s.meta.respondent = in.ConsumeRandomLengthString(32);
    // Change times (session_sync.h) on some fields, as the app stamps edits;
    // a time on a field that is not set records a clearing.
    for (const auto& [key, value] : caf::session_fields(s))
        if (in.ConsumeBool()) caf::stamp(s, key, in.ConsumeIntegralInRange<std::int64_t>(0, caf::kMaxStampMs));
    for (const auto& pq : model.profile)
        if (!s.profile.count(pq.id) && in.ConsumeBool())
            caf::stamp(s, "profile/" + pq.id, in.ConsumeIntegralInRange<std::int64_t>(0, caf::kMaxStampMs));
    return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    const std::string_view model_text = next_part(rest);
    const std::string_view checklist_text = next_part(rest);

    const caf::Loaded<caf::Model> model = caf::load_model(model_text, "model.json");
    if (!model.ok()) {
        FUZZ_CHECK(!model.errors.empty(), "model refused without an error");
        return 0;
    }
    const caf::Loaded<caf::Catalogue> catalogue = caf::load_catalogue(checklist_text, "checklist.json", *model.value);
    if (!catalogue.ok()) {
        FUZZ_CHECK(!catalogue.errors.empty(), "checklist refused without an error");
        return 0;
    }
    fuzz::Counts& counts = fuzz::Counts::get();
    ++counts.accepted;  // here: a model and checklist that load
    const caf::Model& m = *model.value;
    const caf::Catalogue& c = *catalogue.value;

    FuzzedDataProvider in(reinterpret_cast<const uint8_t*>(rest.data()), rest.size());
    // Sessions a user of this model could make, saved as a file and imported
    // (notes hold whatever bytes came; the file holds them as valid UTF-8).
    for (int respondent = 0; respondent < 2; ++respondent) {
        const std::string text = caf::serialize_session(make_session(m, c, in));
        const caf::ImportResult r = caf::import_session(text, "fuzz.json", m, c);
        FUZZ_CHECK(r.ok(), text + caf::errors_to_string(r.session.errors));
        fuzz::check_accepted(m, c, *r.session.value);
    }
    fuzz::check_accepted(m, c, caf::new_session(m));
    counts.checked += 3;
    counts.written += 3;
    return 0;
}
