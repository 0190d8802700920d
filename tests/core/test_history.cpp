// Earlier versions (history.h): what is kept, what is dropped first, when a
// snapshot is due, and that the stored form reads back (leniently).
#include <catch2/catch.hpp>

#include "core/history.h"
#include "core/session_sync.h"
#include "test_util.h"

using caf::Answer;
using caf::History;
using caf::Session;

namespace {

Session with_answers(int a1, int a2 = -1) {
    Session s = caf::new_session(test::mini_model());
    s.profile["org_type"] = "startup";
    s.set_answer("alpha_one", Answer::of(a1));
    if (a2 >= 0) s.set_answer("alpha_two", Answer::of(a2));
    return s;
}

caf::Snapshot snap(const Session& s, std::int64_t ms) { return caf::make_snapshot(s, ms, "2026-12-01T10:00:00Z"); }

}  // namespace

TEST_CASE("history: newest first, no identical neighbours, nothing empty", "[history]") {
    History h;
    CHECK(caf::add_snapshot(h, snap(with_answers(1), 1000)));
    CHECK(caf::add_snapshot(h, snap(with_answers(2, 3), 2000)));
    REQUIRE(h.snapshots.size() == 2);
    CHECK(h.snapshots[0].saved_ms == 2000);
    CHECK(h.snapshots[0].answers == 2);
    CHECK(h.snapshots[1].answers == 1);

    // The same fields as the newest (only the change times differ): not stored twice.
    Session same = with_answers(2, 3);
    caf::stamp(same, "answers/alpha_one", 5000);
    CHECK_FALSE(caf::add_snapshot(h, snap(same, 3000)));
    CHECK(h.snapshots.size() == 2);
    // Equal to an older one but not to the newest: a real step back, kept.
    CHECK(caf::add_snapshot(h, snap(with_answers(1), 4000)));
    CHECK(h.snapshots.size() == 3);
    // An empty session is nothing to go back to.
    CHECK_FALSE(caf::add_snapshot(h, snap(caf::new_session(test::mini_model()), 5000)));
    CHECK(h.snapshots.size() == 3);
}

TEST_CASE("history: at most max_count snapshots, the oldest dropped", "[history]") {
    History h;
    for (int i = 0; i < 25; ++i) {
        Session s = with_answers(i % 5, (i / 5) % 5);
        s.notes["alpha_one"] = "version " + std::to_string(i);   // every one different
        REQUIRE(caf::add_snapshot(h, snap(s, 1000 * i)));
    }
    REQUIRE(h.snapshots.size() == 20);
    CHECK(h.snapshots.front().session.notes.at("alpha_one") == "version 24");
    CHECK(h.snapshots.back().session.notes.at("alpha_one") == "version 5");
}

TEST_CASE("history: bounded in bytes, the oldest dropped first, the newest always kept", "[history]") {
    caf::HistoryLimits limits;
    limits.max_bytes = 6000;
    History h;
    for (int i = 0; i < 10; ++i) {
        Session s = with_answers(1);
        s.notes["alpha_one"] = std::string(1000, char('a' + i));   // about 1 KB each
        REQUIRE(caf::add_snapshot(h, snap(s, i), limits));
        CHECK(caf::serialize_history(h).size() <= limits.max_bytes);
    }
    CHECK(h.snapshots.size() >= 4);
    CHECK(h.snapshots.size() <= 5);
    CHECK(h.snapshots.front().session.notes.at("alpha_one")[0] == 'j');   // the newest
    // Dropping one more would have fitted one more: the bound is used, not undercut.
    History plus = h;
    Session s = with_answers(1);
    s.notes["alpha_one"] = std::string(1000, 'z');
    plus.snapshots.insert(plus.snapshots.begin(), snap(s, 99));
    CHECK(caf::serialize_history(plus).size() > limits.max_bytes);

    // A single snapshot larger than the bound is still kept: the newest is never dropped.
    limits.max_bytes = 100;
    History tiny;
    REQUIRE(caf::add_snapshot(tiny, snap(with_answers(3), 1), limits));
    REQUIRE(caf::add_snapshot(tiny, snap(with_answers(4), 2), limits));
    REQUIRE(tiny.snapshots.size() == 1);
    CHECK(tiny.snapshots[0].session.answer("alpha_one") == Answer::of(4));
}

TEST_CASE("history: a snapshot is due at the first save and after 10 minutes", "[history]") {
    History h;
    CHECK(caf::snapshot_due(h, 0, false));   // none yet
    REQUIRE(caf::add_snapshot(h, snap(with_answers(1), 1'000'000)));
    CHECK(caf::snapshot_due(h, 1'000'001, true));   // the first save of a tab that just started
    CHECK_FALSE(caf::snapshot_due(h, 1'000'000 + 9 * 60 * 1000, false));
    CHECK(caf::snapshot_due(h, 1'000'000 + 10 * 60 * 1000, false));
}

TEST_CASE("history: serialised and read back, unreadable parts are left out", "[history]") {
    History h;
    Session a = with_answers(2, 3);
    a.notes["alpha_one"] = "déjà vu";
    caf::stamp(a, "answers/alpha_one", 1764619925123);
    REQUIRE(caf::add_snapshot(h, snap(with_answers(1), 1000)));
    REQUIRE(caf::add_snapshot(h, snap(a, 2000)));
    const std::string text = caf::serialize_history(h);
    const caf::ParsedHistory back = caf::parse_history(text, test::mini_model(), test::mini_catalogue());
    CHECK(back.error.empty());
    CHECK(back.skipped == 0);
    REQUIRE(back.history.snapshots.size() == 2);
    CHECK(back.history.snapshots[0].saved_ms == 2000);
    CHECK(back.history.snapshots[0].saved_at == "2026-12-01T10:00:00Z");
    CHECK(back.history.snapshots[0].answers == 2);
    CHECK(caf::session_fields(back.history.snapshots[0].session) == caf::session_fields(a));
    CHECK(back.history.snapshots[0].session.changed == a.changed);
    CHECK(caf::serialize_history(back.history) == text);

    // One snapshot of another model among good ones: skipped, the rest kept.
    const std::string bad = R"({"format":"caf-ai-history","format_version":1,"snapshots":[
        {"saved_ms":5,"session":{"format":"caf-ai-session","format_version":2,"model":{"id":"other","version":"1.0.0"},"profile":{},"answers":{}}},
        {"saved_ms":"soon","session":{}}, 7,)" +
                            text.substr(text.find("\"snapshots\":[") + 13);
    const caf::ParsedHistory mixed = caf::parse_history(bad, test::mini_model(), test::mini_catalogue());
    CHECK(mixed.error.empty());
    CHECK(mixed.skipped == 3);
    CHECK(mixed.history.snapshots.size() == 2);

    for (const char* broken : {"", "[]", "{\"format\":\"caf-ai-history\",\"format_version\":2,\"snapshots\":[]}",
                               "{\"format\":\"caf-ai-history\",\"format_version\":1}", "{\"format\":\"caf-ai-hist"}) {
        const caf::ParsedHistory p = caf::parse_history(broken, test::mini_model(), test::mini_catalogue());
        CHECK_FALSE(p.error.empty());
        CHECK(p.history.snapshots.empty());
    }
}

TEST_CASE("history: times as the list shows them", "[history]") {
    CHECK(caf::snapshot_time_label("2026-12-01T10:05:09Z") == "1 Dec 2026, 10:05:09 UTC");
    CHECK(caf::snapshot_time_label("2025-07-31T23:59:00.123Z") == "31 Jul 2025, 23:59:00 UTC");
    CHECK(caf::snapshot_time_label("2025-07-31T23:59Z") == "31 Jul 2025, 23:59 UTC");
    CHECK(caf::snapshot_time_label("yesterday") == "yesterday");
    CHECK(caf::snapshot_time_label("2026-13-01T10:05:09Z") == "2026-13-01T10:05:09Z");
    CHECK(caf::snapshot_time_label("2026-12-01T24:05:09Z") == "2026-12-01T24:05:09Z");
    // In the user's time zone (the offset the browser gives for that moment): local, no suffix.
    CHECK(caf::snapshot_time_label("2026-12-01T10:05:09Z", 60) == "1 Dec 2026, 11:05:09");
    CHECK(caf::snapshot_time_label("2026-07-01T10:05Z", -240) == "1 Jul 2026, 06:05");
    CHECK(caf::snapshot_time_label("2026-12-31T23:30:00Z", 330) == "1 Jan 2027, 05:00:00");    // India, new year
    CHECK(caf::snapshot_time_label("2028-03-01T02:00:00Z", -300) == "29 Feb 2028, 21:00:00");  // back to a leap day
    CHECK(caf::snapshot_time_label("2026-01-01T00:15:00Z", -60) == "31 Dec 2025, 23:15:00");
    const std::int64_t t = 1764619925123;
    CHECK(caf::snapshot_age_label(t + 59'000, t) == "just now");
    CHECK(caf::snapshot_age_label(t - 5000, t) == "just now");   // a clock that went back
    CHECK(caf::snapshot_age_label(t + 60'000, t) == "1 minute ago");
    CHECK(caf::snapshot_age_label(t + 12 * 60'000, t) == "12 minutes ago");
    CHECK(caf::snapshot_age_label(t + 3 * 3600'000, t) == "3 hours ago");
    CHECK(caf::snapshot_age_label(t + 47 * 3600'000, t) == "47 hours ago");
    CHECK(caf::snapshot_age_label(t + 5 * 86400'000LL, t) == "5 days ago");
}
