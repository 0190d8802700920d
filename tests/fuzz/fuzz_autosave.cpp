// The autosave envelope (core/autosave.h): whatever the browser's storage
// holds after a crash, another version of the app (the 1.x app's envelopes
// hold format 1 sessions of model 1.0.0, upgraded on the way in) or a hand
// edit. Accepted envelopes round-trip (serialise -> parse gives the same
// session and view) and their session goes through every check of
// fuzz_checks.h.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/autosave.h"
#include "fuzz_checks.h"
#include "fuzz_data.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const fuzz::Data& d = fuzz::builtin();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const caf::Loaded<caf::Autosave> a = caf::parse_autosave(text, d.model, d.catalogue);
    if (!a.ok()) {
        FUZZ_CHECK(!a.errors.empty(), "refused without an error");
        return 0;
    }
    const caf::Autosave& saved = *a.value;
    const caf::ViewState& view = saved.view;
    FUZZ_CHECK(view.text_scale >= 0.85 && view.text_scale <= 1.6, caf::serialize_autosave(saved));
    FUZZ_CHECK(view.question.empty() || d.model.find_question(view.question), caf::serialize_autosave(saved));
    FUZZ_CHECK(saved.session.model_version == d.model.version, caf::serialize_autosave(saved));  // upgraded

    const std::string again = caf::serialize_autosave(saved);
    const caf::Loaded<caf::Autosave> b = caf::parse_autosave(again, d.model, d.catalogue);
    FUZZ_CHECK(b.ok(), again + "\n" + caf::errors_to_string(b.errors));
    const caf::Autosave& back = *b.value;
    FUZZ_CHECK(fuzz::same_session(back.session, saved.session), fuzz::both(saved.session, back.session));
    FUZZ_CHECK(back.view.step == view.step && back.view.question == view.question &&
                   back.view.theme == view.theme && back.view.text_scale == view.text_scale,
               again);
    FUZZ_CHECK(back.saved_at == saved.saved_at, again);
    FUZZ_CHECK(caf::serialize_autosave(back) == again, again);

    fuzz::check_accepted_once(saved.session);
    return 0;
}
