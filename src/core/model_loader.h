#pragma once
// Loading and validating the assessment model and the checklist catalogue.
// Structure checks only (types, ranges, ids, cross references); the JSON
// Schemas in data/schema are checked by scripts/validate_data.py.
// Unknown members are ignored here (the schemas reject them).
#include <string>
#include <string_view>

#include "core/load_error.h"
#include "core/model.h"

namespace caf {

// file_name is only used in error messages.
Loaded<Model> load_model(std::string_view text, const std::string& file_name);

// Cross-checks evidence and applies_when ids against `model`.
Loaded<Catalogue> load_catalogue(std::string_view text, const std::string& file_name, const Model& model);

// The model and catalogue embedded at build time (data/*.json). They are
// validated by the tests, but callers still check ok(): a broken build must
// show an error, not crash.
Loaded<Model> builtin_model();
Loaded<Catalogue> builtin_catalogue(const Model& model);

}  // namespace caf
