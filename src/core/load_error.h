#pragma once
// Errors found while loading a model, a checklist catalogue or a session.
// Every error names the file, the JSON pointer (RFC 6901) of the offending
// value and what is wrong with it, so a user can fix the file by hand.
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace caf {

struct LoadError {
    std::string file;     // e.g. "data/model.json" or the path the user gave
    std::string pointer;  // e.g. "/answers/plan_partners"; "" = the whole document
    std::string message;  // e.g. "must be an integer from 0 to 4 or \"na\", not a string"

    // "file:pointer: message" ("file: message" for the whole document).
    std::string to_string() const {
        return pointer.empty() ? file + ": " + message : file + ":" + pointer + ": " + message;
    }
};

// The result of a load: either a value and no errors, or errors and no value.
// Nothing half-loaded is ever handed out.
template <class T>
struct Loaded {
    std::optional<T> value;
    std::vector<LoadError> errors;

    bool ok() const { return value.has_value() && errors.empty(); }

    static Loaded success(T v) {
        Loaded r;
        r.value = std::move(v);
        return r;
    }
    static Loaded failure(std::vector<LoadError> e) {
        Loaded r;
        r.errors = std::move(e);
        return r;
    }
};

// All errors, one per line, in "file:pointer: message" form.
inline std::string errors_to_string(const std::vector<LoadError>& errors) {
    std::string out;
    for (const auto& e : errors) {
        out += e.to_string();
        out += '\n';
    }
    return out;
}

}  // namespace caf
