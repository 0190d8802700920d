#pragma once
// Earlier versions of the assessment, kept in the browser so that Start over, an
// import, a share link, the merged view or a restore can be undone. Plain data
// and pure functions: the app decides when (snapshot_due, before a replacement),
// this file decides what is kept.
//
// Policy (HistoryLimits): newest first, at most 20 snapshots and about 1 MB of
// JSON (the oldest are dropped first; the newest is always kept); a snapshot equal
// to the newest (same fields) is not stored twice; an empty session is not worth
// a snapshot. While editing, a snapshot is due at the first save after the app
// starts and whenever the newest is older than 10 minutes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/session.h"

namespace caf {

constexpr const char* kHistoryFormat = "caf-ai-history";
constexpr int kHistoryFormatVersion = 1;

struct HistoryLimits {
    std::size_t max_count = 20;
    std::size_t max_bytes = 1000 * 1000;                  // of serialize_history's output
    std::int64_t interval_ms = 10 * 60 * 1000;            // while editing
};

struct Snapshot {
    std::int64_t saved_ms = 0;   // when it was taken, ms since 1970 (UTC)
    std::string saved_at;        // the same as ISO 8601 (shown to the user)
    int answers = 0;             // questions answered (a value, N/A or don't know)
    Session session;
};

struct History {
    std::vector<Snapshot> snapshots;   // newest first
};

// Questions answered in `s` (what the list shows beside the date).
int answer_count(const Session& s);

// A snapshot of `s` taken at `now_ms` / `now_iso`.
Snapshot make_snapshot(const Session& s, std::int64_t now_ms, const std::string& now_iso);

// Adds `snapshot` as the newest and trims to the limits. False (nothing added)
// when it holds no field at all or the same fields as the newest.
bool add_snapshot(History& history, Snapshot snapshot, const HistoryLimits& limits = {});

// Whether a save at `now_ms` should take a snapshot: the first save of this tab
// since it started, or the newest snapshot is older than the interval (or none).
bool snapshot_due(const History& history, std::int64_t now_ms, bool first_save_since_start,
                  const HistoryLimits& limits = {});

// "1 Dec 2026, 10:05:09 UTC" from "2026-12-01T10:05:09Z" (seconds: two versions a minute apart
// stay apart; the text itself when it is not such a time). With the user's offset from UTC at
// that moment (the browser's time zone, daylight saving included) the local time, without a
// suffix: "1 Dec 2026, 11:05:09" at +60; across midnight the date moves too.
std::string snapshot_time_label(const std::string& iso, int utc_offset_minutes = 0);
// "just now", "5 minutes ago", "3 hours ago", "2 days ago".
std::string snapshot_age_label(std::int64_t now_ms, std::int64_t saved_ms);

// Compact JSON: {"format":"caf-ai-history","format_version":1,"snapshots":[{saved_ms,
// saved_at, answers, session}, …]} with each session as in a session file.
std::string serialize_history(const History& history);

struct ParsedHistory {
    History history;
    int skipped = 0;        // snapshots that could not be read (e.g. another model), left out
    std::string error;      // the whole value could not be read ("" when it could)
};

// Lenient: an unreadable value gives an empty history and says why; an unreadable
// snapshot is left out and counted. Sessions go through the same upgrade and strict
// parse as an imported file.
ParsedHistory parse_history(std::string_view text, const Model& model, const Catalogue& catalogue);

}  // namespace caf
