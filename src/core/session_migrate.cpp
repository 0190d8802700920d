#include "core/session_migrate.h"

#include <algorithm>
#include <map>

#include "core/format.h"
#include "core/session_io.h"

namespace caf {

using json = nlohmann::json;

namespace {

std::string major_of(const std::string& version) { return version.substr(0, version.find('.')); }

std::string join_ids(const std::vector<std::string>& ids) {
    std::string out;
    const size_t shown = ids.size() < 5 ? ids.size() : 5;
    for (size_t i = 0; i < shown; ++i) out += (i ? ", " : "") + ids[i];
    if (ids.size() > shown) out += " and " + format_int(static_cast<long long>(ids.size() - shown)) + " more";
    return out;
}

std::string count_of(size_t n, const char* one, const char* many) {
    return format_int(static_cast<long long>(n)) + " " + (n == 1 ? one : many);
}

// Removes members of `obj` for which `drop(key, value)` says so; returns their keys.
template <class Pred>
std::vector<std::string> drop_members(json& obj, Pred drop) {
    std::vector<std::string> dropped;
    if (!obj.is_object()) return dropped;
    for (auto it = obj.begin(); it != obj.end();) {
        if (drop(it.key(), *it)) {
            dropped.push_back(it.key());
            it = obj.erase(it);
        } else {
            ++it;
        }
    }
    return dropped;
}

json* member(json& obj, const char* key) {
    if (!obj.is_object()) return nullptr;
    auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
}

// The change times (session_sync.h) follow their fields: keys are renamed with the ids and
// dropped with them. `rename(prefix, id)` gives the id now, or "" when the field is gone.
template <class Rename>
void rewrite_changed(json& root, Rename rename) {
    json* changed = member(root, "changed");
    if (!changed || !changed->is_object()) return;
    json out = json::object();
    for (auto it = changed->begin(); it != changed->end(); ++it) {
        const std::string& key = it.key();
        const size_t slash = key.find('/');
        if (slash == std::string::npos) continue;
        const std::string prefix = key.substr(0, slash);
        std::string id = key.substr(slash + 1), suffix;
        if (prefix == "items") {
            const size_t last = id.rfind('/');
            if (last == std::string::npos) continue;
            suffix = id.substr(last);
            id = id.substr(0, last);
        }
        const std::string now = prefix == "checklist" || prefix == "meta" ? id : rename(prefix, id);
        if (now.empty()) continue;
        out[prefix + "/" + now + suffix] = *it;
    }
    *changed = std::move(out);
}

// Leaves out what this model version does not have; returns what was left
// out, e.g. "2 answers (a, b)".
std::vector<std::string> drop_unknown(json& root, const Model& model, const Catalogue& catalogue) {
    std::vector<std::string> changes;
    if (json* profile = member(root, "profile")) {
        const auto dropped = drop_members(*profile, [&](const std::string& k, const json& v) {
            const ProfileQuestion* q = model.find_profile(k);
            if (!q) return true;
            return v.is_string() && !q->find_option(v.get_ref<const std::string&>());
        });
        if (!dropped.empty())
            changes.push_back(count_of(dropped.size(), "profile answer", "profile answers") + " (" +
                              join_ids(dropped) + ")");
    }
    if (json* answers = member(root, "answers")) {
        const auto dropped = drop_members(*answers, [&](const std::string& k, const json& v) {
            const Question* q = model.find_question(k);
            if (!q) return true;
            return v.is_string() && v.get_ref<const std::string&>() == "na" && !q->allow_na;
        });
        if (!dropped.empty())
            changes.push_back(count_of(dropped.size(), "answer", "answers") + " (" + join_ids(dropped) + ")");
    }
    if (json* n = member(root, "notes")) {
        const auto dropped =
            drop_members(*n, [&](const std::string& k, const json&) { return model.find_question(k) == nullptr; });
        if (!dropped.empty())
            changes.push_back(count_of(dropped.size(), "note", "notes") + " (" + join_ids(dropped) + ")");
    }
    if (json* targets = member(root, "targets")) {
        const auto dropped = drop_members(
            *targets, [&](const std::string& k, const json&) { return model.find_dimension(k) == nullptr; });
        if (!dropped.empty())
            changes.push_back(count_of(dropped.size(), "target", "targets") + " (" + join_ids(dropped) + ")");
    }
    if (json* checklist = member(root, "checklist")) {
        if (json* items = member(*checklist, "items")) {
            const auto dropped = drop_members(
                *items, [&](const std::string& k, const json&) { return catalogue.find_item(k) == nullptr; });
            if (!dropped.empty())
                changes.push_back(count_of(dropped.size(), "checklist tick or note", "checklist ticks or notes") +
                                  " (" + join_ids(dropped) + ")");
        }
    }
    // Change times of fields this model does not have go with them (not worth a note).
    rewrite_changed(root, [&](const std::string& prefix, const std::string& id) -> std::string {
        const bool known = prefix == "profile"                        ? model.find_profile(id) != nullptr
                           : prefix == "answers" || prefix == "notes" ? model.find_question(id) != nullptr
                           : prefix == "targets"                      ? model.find_dimension(id) != nullptr
                           : prefix == "items"                        ? catalogue.find_item(id) != nullptr
                                                                      : true;
        return known ? id : std::string();
    });
    return changes;
}

std::string join_changes(const std::vector<std::string>& changes) {
    std::string list;
    for (size_t i = 0; i < changes.size(); ++i)
        list += (i == 0 ? "" : i + 1 == changes.size() ? " and " : ", ") + changes[i];
    return list;
}

// Renames the members of `obj` through `map` (old id -> new id); keys listed in
// `dropped` are removed and returned. Later keys never overwrite a value that
// was already there under the new id.
std::vector<std::string> rename_members(json& obj, const std::map<std::string, std::string>& map,
                                        const std::vector<std::string>& dropped) {
    std::vector<std::string> gone;
    if (!obj.is_object()) return gone;
    json out = json::object();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (std::find(dropped.begin(), dropped.end(), it.key()) != dropped.end()) {
            gone.push_back(it.key());
            continue;
        }
        const auto m = map.find(it.key());
        const std::string key = m == map.end() ? it.key() : m->second;
        if (!out.contains(key)) out[key] = *it;
    }
    obj = std::move(out);
    return gone;
}

// Maps ids of an earlier major model version; returns a note, or "" when no
// migration exists for that version (the strict parse then explains).
bool migrate_major(json& root, const std::string& from_version, const Model& model, const Catalogue& catalogue,
                   std::vector<std::string>& notes) {
    const Migration* mg = model.find_migration(major_of(from_version));
    if (!mg) return false;
    std::vector<std::string> gone;
    if (json* answers = member(root, "answers")) gone = rename_members(*answers, mg->questions, mg->dropped_questions);
    if (json* n = member(root, "notes")) {
        const auto dropped_notes = rename_members(*n, mg->questions, mg->dropped_questions);
        for (const auto& id : dropped_notes)
            if (std::find(gone.begin(), gone.end(), id) == gone.end()) gone.push_back(id);
    }
    if (json* targets = member(root, "targets")) rename_members(*targets, mg->dimensions, {});
    if (json* checklist = member(root, "checklist"))
        if (json* items = member(*checklist, "items")) rename_members(*items, catalogue.item_migrations, {});
    rewrite_changed(root, [&](const std::string& prefix, const std::string& id) -> std::string {
        const std::map<std::string, std::string>* map = prefix == "answers" || prefix == "notes" ? &mg->questions
                                                      : prefix == "targets"                      ? &mg->dimensions
                                                      : prefix == "items"                        ? &catalogue.item_migrations
                                                                                                 : nullptr;
        if (prefix == "answers" || prefix == "notes")
            if (std::find(mg->dropped_questions.begin(), mg->dropped_questions.end(), id) != mg->dropped_questions.end())
                return {};
        if (!map) return id;
        const auto it = map->find(id);
        return it == map->end() ? id : it->second;
    });
    (*member(root, "model"))["version"] = model.version;   // the ids are this model's now
    std::string note = "This file was saved with version " + from_version + " of the assessment model; this app "
                       "uses version " + model.version + ", which follows the current CAF guidance. Your answers, "
                       "notes, targets and ticks were carried over to the matching questions and activities.";
    if (!gone.empty())
        note += " " + count_of(gone.size(), "answer or note", "answers or notes") + " to questions this version "
                "no longer asks " + (gone.size() == 1 ? "was" : "were") + " left out (" + join_ids(gone) + ").";
    const auto changes = drop_unknown(root, model, catalogue);
    if (!changes.empty()) note += " Also left out: " + join_changes(changes) + ".";
    notes.push_back(note);
    return true;
}

}  // namespace

Upgrade upgrade_session_json(json& root, const Model& model, const Catalogue& catalogue) {
    Upgrade up;
    if (!root.is_object()) return up;
    const json* format = member(root, "format");
    if (!format || !format->is_string() || format->get_ref<const std::string&>() != kSessionFormat) return up;
    json* fv = member(root, "format_version");
    if (fv && fv->is_number_integer() && fv->get<long long>() == 1) {
        *fv = kSessionFormatVersion;
        up.changed = true;
    }
    json* m = member(root, "model");
    if (!m || !m->is_object()) return up;
    const json* id = member(*m, "id");
    json* version = member(*m, "version");
    if (!id || !id->is_string() || id->get_ref<const std::string&>() != model.id) return up;
    if (!version || !version->is_string()) return up;
    const std::string from = version->get<std::string>();
    if (from == model.version) return up;
    if (major_of(from) != major_of(model.version)) {
        up.changed = migrate_major(root, from, model, catalogue, up.notes) || up.changed;
        return up;
    }
    const auto changes = drop_unknown(root, model, catalogue);
    const std::string head = "This file was saved with version " + from +
                             " of the assessment model; this app uses version " + model.version + ".";
    up.notes.push_back(changes.empty() ? head + " Everything in it carried over."
                                       : head + " Left out what this version does not have: " +
                                             join_changes(changes) + ". Everything else carried over.");
    up.changed = true;
    return up;
}

}  // namespace caf
