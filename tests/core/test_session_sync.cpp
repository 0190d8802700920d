// Several tabs editing one assessment (session_sync.h): per-field change times,
// the newest-per-field merge, and a property test over random interleavings of
// edits from several writers (nothing is ever lost).
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "core/session_io.h"
#include "core/session_sync.h"
#include "test_util.h"

using caf::Answer;
using caf::Session;

namespace {

Session blank() { return caf::new_session(test::mini_model()); }

// An edit as a tab makes it: set (or clear) a field and stamp it.
void edit(Session& s, const std::string& key, const std::optional<std::string>& value, std::int64_t when) {
    REQUIRE(caf::set_session_field(s, key, value));
    caf::stamp(s, key, when);
}

}  // namespace

TEST_CASE("every field has a key and a canonical value", "[sync]") {
    Session s = blank();
    s.profile["org_type"] = "startup";
    s.set_answer("alpha_one", Answer::of(3));
    s.set_answer("beta_one", Answer::not_applicable());
    s.set_answer("alpha_two", Answer::dont_know());
    s.notes["alpha_one"] = "see wiki";
    s.targets["alpha"] = 4;
    s.checklist_choice = caf::ChecklistChoice::Enterprise;
    s.items["s_tech"] = caf::ItemState{true, "ADR-12"};
    s.items["s_plan"] = caf::ItemState{false, "later"};
    s.meta.title = "Contoso";
    const auto f = caf::session_fields(s);
    const std::map<std::string, std::string> expected = {
        {"profile/org_type", "startup"}, {"answers/alpha_one", "3"},   {"answers/beta_one", "na"},
        {"answers/alpha_two", "unknown"}, {"notes/alpha_one", "see wiki"}, {"targets/alpha", "4"},
        {"checklist/choice", "enterprise"}, {"items/s_tech/done", "1"}, {"items/s_tech/note", "ADR-12"},
        {"items/s_plan/note", "later"}, {"meta/title", "Contoso"}};
    CHECK(f == expected);
    // Setting every field on an empty session rebuilds it.
    Session t = blank();
    for (const auto& [k, v] : f) REQUIRE(caf::set_session_field(t, k, v));
    CHECK(caf::session_fields(t) == expected);
    // Clearing removes; unknown keys are refused.
    REQUIRE(caf::set_session_field(t, "items/s_tech/done", std::nullopt));
    CHECK_FALSE(t.items.at("s_tech").done);
    REQUIRE(caf::set_session_field(t, "items/s_tech/note", std::nullopt));
    CHECK(t.items.count("s_tech") == 0);
    CHECK_FALSE(caf::set_session_field(t, "answers/alpha_one", std::string("5")));
    CHECK_FALSE(caf::is_field_key("scores/alpha"));
    CHECK_FALSE(caf::is_field_key("items/s_tech/owner_x"));
    CHECK(caf::is_field_key("meta/respondent"));
}

TEST_CASE("merge keeps the newer change of each field, clearings included", "[sync]") {
    Session base = blank();
    edit(base, "answers/alpha_one", "1", 100);
    edit(base, "answers/alpha_two", "1", 100);
    edit(base, "notes/alpha_one", "first", 100);
    Session tab_a = base, tab_b = base;
    edit(tab_a, "answers/alpha_one", "3", 200);        // A changes alpha_one
    edit(tab_b, "answers/alpha_two", "4", 250);        // B changes alpha_two
    edit(tab_b, "notes/alpha_one", std::nullopt, 260); // B clears the note
    edit(tab_a, "answers/beta_two", "2", 300);         // A answers a new question
    const Session m = caf::merge_newest(tab_a, tab_b);
    CHECK(m.answer("alpha_one") == Answer::of(3));
    CHECK(m.answer("alpha_two") == Answer::of(4));
    CHECK(m.answer("beta_two") == Answer::of(2));
    CHECK(m.notes.count("alpha_one") == 0);            // the clearing is newer than the note
    CHECK(m.changed.at("notes/alpha_one") == 260);
    CHECK(m.changed.at("answers/alpha_one") == 200);
    // Commutative and idempotent.
    CHECK(caf::session_fields(caf::merge_newest(tab_b, tab_a)) == caf::session_fields(m));
    CHECK(caf::merge_newest(tab_b, tab_a).changed == m.changed);
    CHECK(caf::session_fields(caf::merge_newest(m, m)) == caf::session_fields(m));
    CHECK(caf::differing_fields(m, caf::merge_newest(m, tab_a)).empty());
}

TEST_CASE("a tab that slept for days never overwrites newer work", "[sync]") {
    Session stored = blank();
    edit(stored, "answers/alpha_one", "2", 1000);
    Session old_tab = stored;                           // opened on day 1, then left alone
    edit(stored, "answers/alpha_one", "4", 5000);       // another tab, day 3
    edit(stored, "profile/org_type", "enterprise", 5001);
    edit(old_tab, "answers/beta_two", "1", 9000);       // the old tab wakes on day 5 and answers something else
    const Session m = caf::merge_newest(old_tab, stored);
    CHECK(m.answer("alpha_one") == Answer::of(4));
    CHECK(m.profile_answer("org_type") == "enterprise");
    CHECK(m.answer("beta_two") == Answer::of(1));
    // Fields without a time (a file from an older version) lose to any stamped edit.
    Session unstamped = blank();
    unstamped.set_answer("alpha_one", Answer::of(0));
    CHECK(caf::merge_newest(unstamped, stored).answer("alpha_one") == Answer::of(4));
    CHECK(caf::merge_newest(stored, unstamped).answer("alpha_one") == Answer::of(4));
}

TEST_CASE("a replacement (start over, import) wins over every older field", "[sync]") {
    Session stored = blank();
    edit(stored, "answers/alpha_one", "2", 100);
    edit(stored, "notes/alpha_one", "keep?", 110);
    edit(stored, "items/s_tech/done", "1", 120);
    Session other_tab = stored;
    Session fresh = blank();                            // Start over in this tab
    edit(fresh, "profile/org_type", "startup", 500);
    caf::stamp_replacement(fresh, stored, 500);
    const Session m = caf::merge_newest(other_tab, fresh);
    CHECK(m.answers.empty());
    CHECK(m.notes.empty());
    CHECK(m.items.empty());
    CHECK(m.profile_answer("org_type") == "startup");
    // ...but an edit made after the replacement, elsewhere, still wins.
    edit(other_tab, "answers/beta_two", "3", 600);
    CHECK(caf::merge_newest(fresh, other_tab).answer("beta_two") == Answer::of(3));
}

TEST_CASE("change times travel in the session file and are checked", "[sync][session]") {
    Session s = blank();
    edit(s, "answers/alpha_one", "3", 1764620000123);
    edit(s, "notes/beta_two", std::nullopt, 1764620000456);
    const std::string text = caf::serialize_session(s);
    CHECK(test::contains(text, "\"changed\": {"));
    CHECK(test::contains(text, "\"answers/alpha_one\": 1764620000123"));
    const auto back = caf::parse_session(text, "s.json", test::mini_model(), test::mini_catalogue());
    INFO(caf::errors_to_string(back.errors));
    REQUIRE(back.ok());
    CHECK(back.value->changed == s.changed);
    // A session without edits has no "changed" member.
    CHECK_FALSE(test::contains(caf::serialize_session(blank()), "\"changed\""));
    // Unknown fields and odd times are errors with their pointer.
    std::string bad = text;
    bad.replace(bad.find("\"answers/alpha_one\""), 19, "\"answers/zeta\"");
    CHECK(test::contains(caf::errors_to_string(caf::parse_session(bad, "s.json", test::mini_model(),
                                                                  test::mini_catalogue()).errors),
                         "s.json:/changed/answers~1zeta: is not a field of this model's sessions"));
    std::string negative = text;
    negative.replace(negative.find("1764620000123"), 13, "-5");
    CHECK(test::contains(caf::errors_to_string(caf::parse_session(negative, "s.json", test::mini_model(),
                                                                  test::mini_catalogue()).errors),
                         "must be a time in milliseconds since 1970 (a whole number), not -5"));
}

TEST_CASE("random interleavings of edits from several writers lose nothing", "[sync][property]") {
    // Keys the writers edit, and values each may take (absent = clear).
    const std::vector<std::string> keys = {
        "profile/org_type", "profile/ai_approach", "answers/alpha_one", "answers/alpha_two", "answers/beta_one",
        "answers/r_secure", "notes/alpha_one", "targets/alpha", "targets/beta", "checklist/choice",
        "items/s_tech/done", "items/s_tech/note", "items/s_plan/done", "meta/title",
        "items/s_tech/owner", "items/s_plan/start", "items/s_plan/due", "plan/start", "plan/capacity",
        "use_cases/invoices/name"};
    auto random_value = [](std::mt19937& rng, const std::string& key) -> std::optional<std::string> {
        if (rng() % 5 == 0) return std::nullopt;
        if (key == "profile/org_type") return std::vector<std::string>{"startup", "enterprise", "scaleup"}[rng() % 3];
        if (key == "profile/ai_approach") return std::vector<std::string>{"paas", "copilots"}[rng() % 2];
        if (key.rfind("answers/", 0) == 0) return std::vector<std::string>{"0", "1", "2", "3", "4", "unknown"}[rng() % 6];
        if (key.rfind("targets/", 0) == 0) return std::string(1, static_cast<char>('0' + rng() % 5));
        if (key == "checklist/choice") return std::vector<std::string>{"startup", "enterprise"}[rng() % 2];
        if (key.find("/done") != std::string::npos) return std::string("1");
        if (key == "plan/capacity") return std::to_string(1 + rng() % 12);
        if (key.find("start") != std::string::npos || key.find("/due") != std::string::npos)
            return "2027-0" + std::to_string(1 + rng() % 9) + "-1" + std::to_string(rng() % 10);
        return "text " + std::to_string(rng() % 1000);
    };
    for (unsigned seed = 1; seed <= 300; ++seed) {
        std::mt19937 rng(seed);
        const int writers = 2 + static_cast<int>(rng() % 3);
        std::vector<Session> tabs(static_cast<size_t>(writers), blank());
        Session stored = blank();
        std::map<std::string, std::optional<std::string>> truth;   // the latest edit of each key
        std::int64_t clock = 1000;
        const int steps = 20 + static_cast<int>(rng() % 60);
        for (int step = 0; step < steps; ++step) {
            Session& tab = tabs[rng() % static_cast<size_t>(writers)];
            switch (rng() % 3) {
                case 0:
                case 1: {   // an edit in this tab
                    const std::string& key = keys[rng() % keys.size()];
                    const auto value = random_value(rng, key);
                    // (answers/beta_one allows N/A in the mini model; other answers never get "na" here)
                    edit(tab, key, value, ++clock);
                    truth[key] = value;
                    break;
                }
                default:   // autosave: read the stored copy, merge, write it back, adopt it
                    stored = caf::merge_newest(tab, stored);
                    tab = stored;
                    break;
            }
        }
        // Every tab saves once more, in a random order.
        std::vector<size_t> order(static_cast<size_t>(writers));
        for (size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::shuffle(order.begin(), order.end(), rng);
        for (size_t i : order) stored = caf::merge_newest(tabs[i], stored);
        const auto fields = caf::session_fields(stored);
        for (const auto& [key, value] : truth) {
            INFO("seed " << seed << ", " << key);
            const auto it = fields.find(key);
            if (value) {
                REQUIRE(it != fields.end());
                CHECK(it->second == *value);
            } else {
                CHECK(it == fields.end());
            }
        }
        // Nothing appears that nobody wrote.
        for (const auto& [key, value] : fields) {
            INFO("seed " << seed << ", " << key);
            CHECK(truth.count(key) == 1);
        }
        // The merged result is a valid session file.
        const auto again = caf::parse_session(caf::serialize_session(stored), "merged", test::mini_model(),
                                              test::mini_catalogue());
        INFO(caf::errors_to_string(again.errors));
        CHECK(again.ok());
    }
}
