// Session import (core/import.h): any bytes a user could pick, drop or pass
// to the CLI: files of this app (session format 2), of the 1.x app (format
// 1, model 1.0.0, upgraded on the way in by session_migrate.h) and autosave
// envelopes. Refused input must say why; accepted input is this model's
// version and goes through every check of fuzz_checks.h.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/import.h"
#include "fuzz_checks.h"
#include "fuzz_data.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const fuzz::Data& d = fuzz::builtin();
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const caf::ImportResult r = caf::import_session(bytes, "fuzz.json", d.model, d.catalogue);
    if (!r.ok()) {
        FUZZ_CHECK(!r.session.errors.empty(), "refused without an error");
        FUZZ_CHECK(r.session.errors.size() <= caf::kMaxImportErrors + 1, caf::errors_to_string(r.session.errors));
        for (const caf::LoadError& e : r.session.errors) FUZZ_CHECK(!e.message.empty(), e.to_string());
        return 0;
    }
    FUZZ_CHECK(r.session.value->model_id == d.model.id && r.session.value->model_version == d.model.version,
               caf::serialize_session(*r.session.value));
    fuzz::check_accepted_once(*r.session.value);
    return 0;
}
