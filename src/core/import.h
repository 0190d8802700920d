#pragma once
// Importing a session file a user picked, dropped or passed to the CLI: the
// one entry point for untrusted session bytes (the app's import, the CLI's
// report/diff/merge/validate). Every problem gives a clear error that names
// it; nothing half-loaded is ever returned, so the caller's current session
// stays untouched.
//
// Checks, in order (first failure wins; messages are "file: …"):
//   1. bytes          empty (0 bytes or only whitespace); larger than
//                     kMaxImportBytes (5 MB); UTF-32/UTF-16 (BOM or NUL
//                     pattern: "save it as UTF-8"); a known binary format
//                     (PNG, JPEG, GIF, PDF, ZIP/Office, gzip, SQLite); other
//                     NUL bytes ("not a text file"); invalid UTF-8 (with line
//                     and column). A UTF-8 byte order mark is skipped.
//   2. JSON           syntax errors keep nlohmann's line and column, plus a
//                     plain hint: "the file ends too early (cut off?)" or
//                     "there is more text after the end of the JSON data".
//                     Nesting deeper than 64 levels is refused.
//   3. kind           not an object; a model or a checklist file instead of
//                     a session: said so. A JSON report ("caf-ai-report"): the
//                     /format error says it is a report. The app's autosave
//                     envelope ("caf-ai-autosave"): its session is imported,
//                     with a note.
//   4. model version  same model id and major version but another version
//                     (e.g. a file from 1.2.0 in an app with 1.0.0): the file
//                     is migrated. Profile answers, answers, notes, targets and
//                     item ticks this model does not have (or no longer
//                     allows, e.g. N/A) are left out, and `notes` says which.
//                     The same id and version: strict (an unknown id is an
//                     error, a sign of a damaged or hand-edited file).
//                     Another model id or major version: an error that says
//                     which model and version the file is for.
//   5. session        parse_session (session_io.h): types, ranges, ids,
//                     lengths, each error with its JSON pointer; the format,
//                     version and model errors first; at most
//                     kMaxImportErrors, then "has N more problems".
#include <string>
#include <string_view>
#include <vector>

#include "core/load_error.h"
#include "core/model.h"
#include "core/session.h"

namespace caf {

constexpr size_t kMaxImportBytes = 5u * 1024u * 1024u;  // 5 MB; a real session is a few KB
constexpr size_t kMaxImportErrors = 50;  // listed; then one "has N more problems" line

// What an import produced: the session (or errors) and, on success, plain
// sentences for the user about what was changed on the way (migration).
struct ImportResult {
    Loaded<Session> session;
    std::vector<std::string> notes;

    bool ok() const { return session.ok(); }
};

// Step 1 alone, for any file (the CLI's validate uses it for models and
// checklists too): an error, or none and `text` set to the bytes without a
// UTF-8 byte order mark.
std::vector<LoadError> check_text_bytes(std::string_view bytes, const std::string& file_name,
                                        std::string_view& text);

// Steps 1–5. file_name is only used in messages (e.g. "assessment.json").
ImportResult import_session(std::string_view bytes, const std::string& file_name, const Model& model,
                            const Catalogue& catalogue);

}  // namespace caf
