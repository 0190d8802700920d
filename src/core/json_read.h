#pragma once
// Internal: reading untrusted JSON without exceptions, collecting LoadErrors.
// Only nlohmann's non-throwing API is used on input (parse(..., false),
// is_*(), find()); get<>() is called only after the type was checked.
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "core/load_error.h"

namespace caf::detail {

using json = nlohmann::json;

// RFC 6901: "~" -> "~0", "/" -> "~1".
std::string pointer_append(const std::string& base, std::string_view key);
std::string pointer_append(const std::string& base, size_t index);

// "a string", "a number", "an object", … for messages.
const char* type_name(const json& value);

// Lowercase [a-z0-9_]+ (the id rule of data/README.md).
bool is_valid_id(std::string_view id);

enum class Need { Required, Optional };

struct JsonReader {
    std::string file;
    std::vector<LoadError> errors;

    explicit JsonReader(std::string file_name) : file(std::move(file_name)) {}

    void fail(const std::string& pointer, std::string message);
    bool failed() const { return !errors.empty(); }

    // Parses text; on failure records one error (with nlohmann's line/column
    // message) and returns a discarded value. Rejects absurd nesting first.
    json parse(std::string_view text);

    // Type checks that record "must be …, not …".
    bool expect_object(const json& value, const std::string& pointer);
    bool expect_array(const json& value, const std::string& pointer);

    // obj[key] or nullptr; records "is missing" when required.
    const json* member(const json& obj, const std::string& pointer, const char* key, Need need);

    // Typed members. Return false (and record an error) when present but wrong,
    // or missing but required. `out` is left untouched on failure.
    bool read_string(const json& obj, const std::string& pointer, const char* key, std::string& out,
                     Need need, bool allow_empty = false);
    bool read_id(const json& obj, const std::string& pointer, const char* key, std::string& out);
    bool read_number(const json& obj, const std::string& pointer, const char* key, double& out,
                     double lo, double hi, Need need);
    bool read_int(const json& obj, const std::string& pointer, const char* key, int& out, int lo, int hi,
                  Need need);
    bool read_bool(const json& obj, const std::string& pointer, const char* key, bool& out, Need need);
    // An array of strings (each non-empty).
    bool read_string_array(const json& obj, const std::string& pointer, const char* key,
                           std::vector<std::string>& out, Need need, bool allow_empty_array);

    // Records an error for every member not in `known` (keys starting with "$"
    // such as "$schema" are allowed).
    void reject_unknown(const json& obj, const std::string& pointer, std::initializer_list<const char*> known);
};

}  // namespace caf::detail
