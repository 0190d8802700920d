#pragma once
// What the app keeps in the browser's storage after every change: the session
// and where the user was (step, question, theme, text size), in a versioned
// envelope. A stored value that is unreadable is reported, never half-used.
#include <string>
#include <string_view>
#include <vector>

#include "core/journey.h"
#include "core/load_error.h"
#include "core/model.h"
#include "core/session.h"

namespace caf {

constexpr const char* kAutosaveKey = "caf-ai-assessment/v1";          // localStorage key
constexpr const char* kAutosaveBackupKey = "caf-ai-assessment/v1/unreadable";  // a copy of bad data
constexpr const char* kAutosaveFormat = "caf-ai-autosave";
constexpr int kAutosaveFormatVersion = 1;

struct ViewState {
    Step step = Step::Welcome;
    std::string question;        // the question shown on the assessment step ("" = first)
    std::string theme = "light"; // "light", "dark", "high_contrast"
    double text_scale = 1.0;     // 0.85 … 1.6
};

struct Autosave {
    Session session;
    ViewState view;
    std::string saved_at;        // ISO 8601
    std::vector<std::string> notes;  // what an upgrade from an earlier app version changed (not saved)
};

std::string serialize_autosave(const Autosave& autosave);

// Strict on the envelope and the session (errors name the JSON pointer);
// lenient on the view state, which falls back to defaults when odd.
Loaded<Autosave> parse_autosave(std::string_view text, const Model& model, const Catalogue& catalogue);

}  // namespace caf
