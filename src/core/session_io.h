#pragma once
// Reading and writing session files (data/README.md, "A saved session").
// Parsing is strict: every problem is reported with its JSON pointer, and a
// session with any error is not returned at all.
#include <string>
#include <string_view>

#include "core/load_error.h"
#include "core/model.h"
#include "core/session.h"

namespace caf {

constexpr const char* kSessionFormat = "caf-ai-session";
constexpr int kSessionFormatVersion = 2;  // 2 adds "unknown" answers; 1 is upgraded on import
constexpr size_t kMaxNoteLength = 4000;  // characters, per note (schema maxLength)
constexpr size_t kMaxNameLength = 200;   // meta.title and meta.respondent
constexpr size_t kMaxUseCases = 200;     // the portfolio's length
constexpr size_t kMaxPlanCapacity = 12;  // plan.capacity (plan.h's kMaxCapacity)
constexpr long long kMaxStampMs = 9007199254740991LL;   // change times: at most 2^53 - 1 (exact in JavaScript)

// Checks format/format_version, the model id (and major version), every
// profile/question/dimension/item id against `model` and `catalogue`, value
// ranges and types, note lengths and the meta.updated timestamp. "profile"
// and "answers" are required (may be {}), as in session.schema.json; `null`
// values mean "not set" (unanswered, no target…).
// On success the session carries model.version (it now matches that model).
Loaded<Session> parse_session(std::string_view text, const std::string& file_name, const Model& model,
                              const Catalogue& catalogue);

// Pretty JSON (2-space indent) in a stable order: format, format_version,
// model, profile, answers, notes, targets, checklist, meta, changed (only when
// there are change times, session_sync.h); keys inside each
// map sorted; empty notes, unticked items without a note and empty meta
// fields are left out. Invalid UTF-8 in free text is replaced, never thrown on.
std::string serialize_session(const Session& session);

}  // namespace caf
