#include "core/autosave.h"

#include <nlohmann/json.hpp>

#include "core/session_io.h"
#include "core/session_migrate.h"

namespace caf {

using json = nlohmann::json;

static const char* kFile = "saved assessment (browser storage)";

std::string serialize_autosave(const Autosave& a) {
    json session = json::parse(serialize_session(a.session), nullptr, false);
    json out = json::object();
    out["format"] = kAutosaveFormat;
    out["format_version"] = kAutosaveFormatVersion;
    out["saved_at"] = a.saved_at;
    out["view"] = {{"step", step_id(a.view.step)},
                   {"question", a.view.question},
                   {"theme", a.view.theme},
                   {"text_scale", a.view.text_scale}};
    out["session"] = std::move(session);
    return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

static ViewState read_view(const json& v, const Model& model) {
    ViewState view;
    if (!v.is_object()) return view;
    if (auto it = v.find("step"); it != v.end() && it->is_string())
        if (auto s = parse_step(it->get<std::string>())) view.step = *s;
    if (auto it = v.find("question"); it != v.end() && it->is_string())
        if (model.find_question(it->get<std::string>())) view.question = it->get<std::string>();
    if (auto it = v.find("theme"); it != v.end() && it->is_string()) {
        const std::string t = it->get<std::string>();
        if (t == "light" || t == "dark" || t == "high_contrast") view.theme = t;
    }
    if (auto it = v.find("text_scale"); it != v.end() && it->is_number()) {
        const double s = it->get<double>();
        if (s >= 0.85 && s <= 1.6) view.text_scale = s;
    }
    return view;
}

Loaded<Autosave> parse_autosave(std::string_view text, const Model& model, const Catalogue& catalogue) {
    auto fail = [](std::string pointer, std::string message) {
        return Loaded<Autosave>::failure({LoadError{kFile, std::move(pointer), std::move(message)}});
    };
    const json root = json::parse(text.begin(), text.end(), nullptr, false);
    if (root.is_discarded()) return fail("", "is not valid JSON (it may have been cut off or edited)");
    if (!root.is_object()) return fail("", "must be a JSON object");
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() || format->get<std::string>() != kAutosaveFormat)
        return fail("/format", std::string("must be \"") + kAutosaveFormat + "\"");
    const auto version = root.find("format_version");
    if (version == root.end() || !version->is_number_integer())
        return fail("/format_version", "is missing or not an integer");
    if (version->get<long long>() != kAutosaveFormatVersion)
        return fail("/format_version", "is " + std::to_string(version->get<long long>()) +
                                           ", but this version of the app reads version " +
                                           std::to_string(kAutosaveFormatVersion));
    const auto session = root.find("session");
    if (session == root.end() || !session->is_object()) return fail("/session", "is missing or not an object");

    // Saved by an earlier version of the app: upgrade it like an imported file.
    json inner = *session;
    const Upgrade up = upgrade_session_json(inner, model, catalogue);
    auto parsed = parse_session(inner.dump(-1, ' ', false, json::error_handler_t::replace), kFile, model, catalogue);
    if (!parsed.ok()) {
        for (LoadError& e : parsed.errors) e.pointer = "/session" + e.pointer;
        return Loaded<Autosave>::failure(std::move(parsed.errors));
    }
    Autosave a;
    a.session = std::move(*parsed.value);
    a.notes = up.notes;
    if (auto it = root.find("view"); it != root.end()) a.view = read_view(*it, model);
    if (auto it = root.find("saved_at"); it != root.end() && it->is_string()) a.saved_at = it->get<std::string>();
    return Loaded<Autosave>::success(std::move(a));
}

}  // namespace caf
