#include "core/history.h"

#include <nlohmann/json.hpp>

#include "core/civil_date.h"
#include "core/session_io.h"
#include "core/session_migrate.h"
#include "core/session_sync.h"

namespace caf {

using json = nlohmann::json;

namespace {

constexpr const char* kFile = "earlier versions (browser storage)";

json snapshot_json(const Snapshot& s) {
    json session = json::parse(serialize_session(s.session), nullptr, false);
    return json{{"saved_ms", s.saved_ms}, {"saved_at", s.saved_at}, {"answers", s.answers}, {"session", std::move(session)}};
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// The bytes one snapshot adds to serialize_history's output (its JSON and a comma).
std::size_t snapshot_bytes(const Snapshot& s) { return dump(snapshot_json(s)).size() + 1; }

}  // namespace

int answer_count(const Session& s) {
    int n = 0;
    for (const auto& [id, a] : s.answers)
        if (a.is_answered()) ++n;
    return n;
}

Snapshot make_snapshot(const Session& s, std::int64_t now_ms, const std::string& now_iso) {
    Snapshot out;
    out.saved_ms = now_ms;
    out.saved_at = now_iso;
    out.answers = answer_count(s);
    out.session = s;
    return out;
}

std::string snapshot_time_label(const std::string& iso, int utc_offset_minutes) {
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    auto digits = [&](size_t at, size_t n) {
        for (size_t i = at; i < at + n; ++i)
            if (i >= iso.size() || iso[i] < '0' || iso[i] > '9') return false;
        return true;
    };
    if (iso.size() < 16 || !digits(0, 4) || iso[4] != '-' || !digits(5, 2) || iso[7] != '-' || !digits(8, 2) ||
        iso[10] != 'T' || !digits(11, 2) || iso[13] != ':' || !digits(14, 2))
        return iso;
    const std::optional<std::int64_t> day = parse_iso_day(iso.substr(0, 10));
    const int hour = std::stoi(iso.substr(11, 2)), minute = std::stoi(iso.substr(14, 2));
    if (!day || hour > 23 || minute > 59) return iso;
    const bool has_seconds = iso.size() >= 19 && iso[16] == ':' && digits(17, 2);
    // Shift by whole minutes: the seconds stay as written.
    std::int64_t minutes = *day * 1440 + hour * 60 + minute + utc_offset_minutes;
    const std::int64_t local_day = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440;
    minutes -= local_day * 1440;
    const CivilDate d = civil_from_days(local_day);
    auto two = [](std::int64_t n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
    std::string label = std::to_string(d.day) + " " + months[d.month - 1] + " " + std::to_string(d.year) + ", " +
                        two(minutes / 60) + ":" + two(minutes % 60);
    if (has_seconds) label += ":" + iso.substr(17, 2);
    return utc_offset_minutes == 0 ? label + " UTC" : label;
}

std::string snapshot_age_label(std::int64_t now_ms, std::int64_t saved_ms) {
    const std::int64_t minutes = (now_ms - saved_ms) / 60000;
    auto ago = [](std::int64_t n, const char* unit) {
        return std::to_string(n) + " " + unit + (n == 1 ? "" : "s") + " ago";
    };
    if (minutes < 1) return "just now";
    if (minutes < 60) return ago(minutes, "minute");
    if (minutes < 48 * 60) return ago(minutes / 60, "hour");
    return ago(minutes / (24 * 60), "day");
}

bool add_snapshot(History& history, Snapshot snapshot, const HistoryLimits& limits) {
    const auto fields = session_fields(snapshot.session);
    if (fields.empty()) return false;   // nothing to go back to
    if (!history.snapshots.empty() && session_fields(history.snapshots.front().session) == fields) return false;
    history.snapshots.insert(history.snapshots.begin(), std::move(snapshot));
    if (history.snapshots.size() > limits.max_count) history.snapshots.resize(limits.max_count);
    // The envelope plus every snapshot; drop the oldest while too large, never the newest.
    std::size_t total = dump(json{{"format", kHistoryFormat}, {"format_version", kHistoryFormatVersion},
                                  {"snapshots", json::array()}}).size();
    std::vector<std::size_t> sizes;
    for (const Snapshot& s : history.snapshots) total += sizes.emplace_back(snapshot_bytes(s));
    while (total > limits.max_bytes && history.snapshots.size() > 1) {
        total -= sizes.back();
        sizes.pop_back();
        history.snapshots.pop_back();
    }
    return true;
}

bool snapshot_due(const History& history, std::int64_t now_ms, bool first_save_since_start,
                  const HistoryLimits& limits) {
    if (first_save_since_start || history.snapshots.empty()) return true;
    return now_ms - history.snapshots.front().saved_ms >= limits.interval_ms;
}

std::string serialize_history(const History& history) {
    json list = json::array();
    for (const Snapshot& s : history.snapshots) list.push_back(snapshot_json(s));
    return dump(json{{"format", kHistoryFormat}, {"format_version", kHistoryFormatVersion}, {"snapshots", std::move(list)}});
}

ParsedHistory parse_history(std::string_view text, const Model& model, const Catalogue& catalogue) {
    ParsedHistory out;
    const json root = json::parse(text.begin(), text.end(), nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        out.error = "is not valid JSON";
        return out;
    }
    const auto format = root.find("format");
    const auto version = root.find("format_version");
    if (format == root.end() || *format != kHistoryFormat || version == root.end() || *version != kHistoryFormatVersion) {
        out.error = std::string("is not a \"") + kHistoryFormat + "\" version " + std::to_string(kHistoryFormatVersion);
        return out;
    }
    const auto list = root.find("snapshots");
    if (list == root.end() || !list->is_array()) {
        out.error = "has no list of snapshots";
        return out;
    }
    for (const json& item : *list) {
        const auto ms = item.is_object() ? item.find("saved_ms") : item.end();
        const auto session = item.is_object() ? item.find("session") : item.end();
        if (!item.is_object() || ms == item.end() || !ms->is_number_integer() || session == item.end() ||
            !session->is_object()) {
            ++out.skipped;
            continue;
        }
        json inner = *session;
        upgrade_session_json(inner, model, catalogue);
        auto parsed = parse_session(dump(inner), kFile, model, catalogue);
        if (!parsed.ok()) {
            ++out.skipped;
            continue;
        }
        Snapshot s;
        s.saved_ms = ms->get<std::int64_t>();
        if (auto at = item.find("saved_at"); at != item.end() && at->is_string()) s.saved_at = at->get<std::string>();
        s.session = std::move(*parsed.value);
        s.answers = answer_count(s.session);   // recounted: the stored number is only for other readers
        out.history.snapshots.push_back(std::move(s));
    }
    return out;
}

}  // namespace caf
