#pragma once
// Telling a model, a checklist catalogue and a session file apart by
// content (used by `caf-assess validate` and by the app's file import).
#include <string>
#include <string_view>

#include "core/load_error.h"

namespace caf {

enum class DocumentKind { Model, Catalogue, Session };

// A session has "format"; a catalogue has "items" or "checklists"; a model
// has "levels", "level_rule" or "profile". Errors: invalid JSON, not an
// object, or none of these.
Loaded<DocumentKind> detect_document_kind(std::string_view text, const std::string& file_name);

const char* describe(DocumentKind kind);  // "model", "checklist catalogue", "session"

}  // namespace caf
