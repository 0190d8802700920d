// The dated plan (plan.h) and civil dates (civil_date.h): schedules worked out
// by hand on a small hand-made roadmap, then properties of plans of the real
// data (every open item planned, prerequisites due first, capacity kept).
#include <catch2/catch.hpp>

#include <deque>
#include <set>

#include "core/assessment.h"
#include "core/civil_date.h"
#include "core/plan.h"
#include "core/plan_data.h"
#include "test_util.h"

using namespace caf;

namespace {

// [SECTION] A hand-made roadmap: items A, B, C, … in one phase

struct Fixture {
    std::deque<ChecklistItem> defs;  // stable addresses
    Roadmap roadmap;
    PlanData data;

    Fixture() {
        roadmap.phases.emplace_back();
        data.efforts = {{"S", "Small", "", {1, 2}, 2}, {"M", "Medium", "", {3, 6}, 4}, {"L", "Large", "", {8, 16}, 8}};
        data.roles = {{"ai_coe_lead", "AI CoE lead", ""}, {"data_owner", "Data owner", ""}};
        data.waves = {{"w30", "First 30 days", 0}, {"w90", "Days 31-90", 31}, {"w180", "Days 91-180", 91}, {"later", "Later", 181}};
    }
    // An item with a priority (score decides within a priority), effort and prerequisites.
    void add(const std::string& id, Priority p, double score, const std::string& effort,
             std::vector<std::string> deps = {}, ItemStatus status = ItemStatus::ToDo) {
        ChecklistItem def;
        def.id = id;
        def.title = "Item " + id;
        def.order = static_cast<int>(defs.size()) + 1;
        defs.push_back(def);
        RoadmapItem ri;
        ri.item = &defs.back();
        ri.status = status;
        ri.priority = status == ItemStatus::ToDo || status == ItemStatus::InProgress ? p : Priority::None;
        ri.priority_score = score;
        roadmap.phases[0].items.push_back(ri);
        ItemPlan ip;
        ip.effort = effort;
        ip.owner = "ai_coe_lead";
        ip.depends_on = std::move(deps);
        data.items[id] = ip;
    }
    Plan plan(const std::string& start, int capacity = 2, const std::map<std::string, ItemOverride>& ov = {}) const {
        return make_plan(roadmap, data, {start, capacity}, ov);
    }
};

const ScheduledItem& at(const Plan& p, const std::string& id) {
    const ScheduledItem* s = p.find(id);
    if (!s) FAIL("not planned: " << id);
    return *s;
}

}  // namespace

// [SECTION] Civil dates

TEST_CASE("civil dates count days from 1970-01-01 across month, year and leap days", "[plan][date]") {
    CHECK(days_from_civil({1970, 1, 1}) == 0);
    CHECK(days_from_civil({1970, 1, 2}) == 1);
    CHECK(days_from_civil({1969, 12, 31}) == -1);
    CHECK(days_from_civil({2000, 3, 1}) == 11017);  // 30 years incl. 7 leap days, plus Jan and 29-day Feb 2000
    CHECK(*parse_iso_day("2027-01-01") - *parse_iso_day("2026-12-31") == 1);
    CHECK(*parse_iso_day("2028-03-01") - *parse_iso_day("2028-02-28") == 2);  // 2028 is a leap year
    CHECK(*parse_iso_day("2027-03-01") - *parse_iso_day("2027-02-28") == 1);
    CHECK(*parse_iso_day("2100-03-01") - *parse_iso_day("2100-02-28") == 1);  // centuries are not, unless /400
    CHECK(*parse_iso_day("2000-03-01") - *parse_iso_day("2000-02-28") == 2);
    CHECK(iso_day(*parse_iso_day("2028-02-29")) == "2028-02-29");
    CHECK(ics_day(*parse_iso_day("2027-03-01")) == "20270301");
    CHECK(readable_day(*parse_iso_day("2027-01-04")) == "Mon 4 Jan 2027");
    CHECK(readable_day(0) == "Thu 1 Jan 1970");
    for (std::int64_t d = -800; d < 200000; d += 37) CHECK(days_from_civil(civil_from_days(d)) == d);
}

TEST_CASE("ISO dates that are not real days are refused", "[plan][date]") {
    CHECK_FALSE(parse_iso_day("2027-02-29"));
    CHECK_FALSE(parse_iso_day("2027-13-01"));
    CHECK_FALSE(parse_iso_day("2027-04-31"));
    CHECK_FALSE(parse_iso_day("2027-4-01"));
    CHECK_FALSE(parse_iso_day("27-04-01"));
    CHECK_FALSE(parse_iso_day("2027/04/01"));
    CHECK_FALSE(parse_iso_day(""));
    CHECK(parse_iso_day("2028-02-29"));
}

TEST_CASE("a time axis has a tick on the first of each month, the year where it turns", "[plan][date]") {
    const auto day = [](const char* iso) { return *parse_iso_day(iso); };
    const std::vector<MonthStart> m = month_starts(day("2026-12-02"), day("2027-03-09"));
    REQUIRE(m.size() == 3);
    CHECK(m[0].day == day("2027-01-01"));
    CHECK(m[0].label == "Jan 2027");
    CHECK(m[1].day == day("2027-02-01"));
    CHECK(m[1].label == "Feb");
    CHECK(m[2].day == day("2027-03-01"));
    CHECK(m[2].label == "Mar");
    // The first tick names its year; a start on the first of a month has no tick of its own;
    // the last day counts.
    const std::vector<MonthStart> n = month_starts(day("2027-02-01"), day("2027-04-01"));
    REQUIRE(n.size() == 2);
    CHECK(n[0].label == "Mar 2027");
    CHECK(n[1].day == day("2027-04-01"));
    CHECK(month_starts(day("2027-02-02"), day("2027-02-28")).empty());
    // Across a year end mid-range: January says its year again.
    const std::vector<MonthStart> y = month_starts(day("2027-10-15"), day("2028-02-01"));
    REQUIRE(y.size() == 4);
    CHECK(y[0].label == "Nov 2027");
    CHECK(y[1].label == "Dec");
    CHECK(y[2].label == "Jan 2028");
    CHECK(y[3].label == "Feb");
}

// [SECTION] Hand-checked schedules

TEST_CASE("a prerequisite is due before its dependent starts", "[plan]") {
    Fixture f;
    f.add("a", Priority::Now, 5, "S");
    f.add("b", Priority::Now, 4, "M", {"a"});
    const Plan p = f.plan("2027-01-04");  // a Monday
    REQUIRE(p.ok);
    // a: 14 days from Jan 4 -> due Sun Jan 17. b starts the next day, 28 days -> due Feb 14.
    CHECK(at(p, "a").start == "2027-01-04");
    CHECK(at(p, "a").due == "2027-01-17");
    CHECK(at(p, "a").reason == "Starts right away.");
    CHECK(at(p, "b").start == "2027-01-18");
    CHECK(at(p, "b").due == "2027-02-14");
    CHECK(at(p, "b").reason_kind == StartReason::Dependency);
    CHECK(at(p, "b").reason == "After Item a (due 2027-01-17).");
    CHECK(at(p, "b").waits_for == std::vector<std::string>{"a"});
    CHECK(p.end_day == *parse_iso_day("2027-02-14"));
}

TEST_CASE("at most `capacity` items run at once", "[plan]") {
    Fixture f;
    f.add("a", Priority::Now, 9, "S");
    f.add("b", Priority::Now, 8, "S");
    f.add("c", Priority::Now, 7, "S");
    const Plan two = f.plan("2027-01-04", 2);
    CHECK(at(two, "a").start == "2027-01-04");
    CHECK(at(two, "b").start == "2027-01-04");
    CHECK(at(two, "c").start == "2027-01-18");
    CHECK(at(two, "c").reason == "When a track frees up (capacity 2).");
    const Plan three = f.plan("2027-01-04", 3);
    CHECK(at(three, "c").start == "2027-01-04");
    const Plan one = f.plan("2027-01-04", 1);
    CHECK(at(one, "b").start == "2027-01-18");
    CHECK(at(one, "c").start == "2027-02-01");
    CHECK(at(one, "c").reason == "When a track frees up (capacity 1).");
    // Capacity outside 1..12 is clamped, not an error.
    CHECK(f.plan("2027-01-04", 0).capacity == 1);
    CHECK(f.plan("2027-01-04", 99).capacity == kMaxCapacity);
}

TEST_CASE("an item can wait for a prerequisite and then for a track", "[plan]") {
    Fixture f;
    f.add("a", Priority::Now, 9, "S");        // track 0: Jan 4-17
    f.add("x", Priority::Now, 8, "L");        // track 1: Jan 4 - Feb 28
    f.add("y", Priority::Now, 7, "M");        // track 0: Jan 18 - Feb 14
    f.add("b", Priority::Next, 5, "S", {"a"});  // ready Jan 18, both tracks busy until Feb 14
    const Plan p = f.plan("2027-01-04", 2);
    CHECK(at(p, "y").start == "2027-01-18");
    CHECK(at(p, "b").start == "2027-02-15");
    CHECK(at(p, "b").reason_kind == StartReason::DependencyAndCapacity);
    CHECK(at(p, "b").reason == "After Item a (due 2027-01-17), then when a track frees up (capacity 2).");
}

TEST_CASE("Now comes first, and a prerequisite of a Now item is planned as Now", "[plan]") {
    Fixture f;
    f.add("later_prereq", Priority::Later, 1, "S");
    f.add("next_item", Priority::Next, 2, "S");
    f.add("now_item", Priority::Now, 4, "S", {"later_prereq"});
    const Plan p = f.plan("2027-01-04", 1);
    // One track: the Later prerequisite goes first because a Now item waits for it, then the
    // Now item, then the Next item.
    CHECK(at(p, "later_prereq").start == "2027-01-04");
    CHECK(at(p, "now_item").start == "2027-01-18");
    CHECK(at(p, "next_item").start == "2027-02-01");
    REQUIRE(p.items.size() == 3);
    CHECK(p.items[0].item->item->id == "later_prereq");
}

TEST_CASE("waves are counted from the plan's start: 0-30, 31-90, 91-180, later", "[plan]") {
    Fixture f;
    for (const char* id : {"d30", "d31", "d90", "d91", "d180", "d181"}) f.add(id, Priority::Later, 1, "S");
    std::map<std::string, ItemOverride> pins;
    const std::int64_t s = *parse_iso_day("2027-01-04");
    for (int d : {30, 31, 90, 91, 180, 181}) pins["d" + std::to_string(d)].start = iso_day(s + d);
    const Plan p = f.plan("2027-01-04", 12, pins);
    CHECK(at(p, "d30").wave == 0);
    CHECK(at(p, "d31").wave == 1);
    CHECK(at(p, "d90").wave == 1);
    CHECK(at(p, "d91").wave == 2);
    CHECK(at(p, "d180").wave == 2);
    CHECK(at(p, "d181").wave == 3);
    CHECK(at(p, "d31").offset == 31);
    REQUIRE(p.waves.size() == 4);
    CHECK(iso_day(p.waves[1].from_day) == "2027-02-04");  // Jan 4 + 31 days
    CHECK(p.waves[3].items.size() == 1);
}

TEST_CASE("dates cross month and year ends and the leap day", "[plan]") {
    Fixture f;
    f.add("a", Priority::Now, 5, "S");
    f.add("b", Priority::Now, 4, "S", {"a"});
    const Plan year = f.plan("2026-12-21");
    CHECK(at(year, "a").due == "2027-01-03");
    CHECK(at(year, "b").start == "2027-01-04");
    const Plan leap = f.plan("2028-02-16");
    CHECK(at(leap, "a").due == "2028-02-29");
    CHECK(at(leap, "b").start == "2028-03-01");
    const Plan plain = f.plan("2027-02-16");
    CHECK(at(plain, "a").due == "2027-03-01");
    CHECK(at(plain, "b").start == "2027-03-02");
}

TEST_CASE("done and not-applicable items are not planned and never block", "[plan]") {
    Fixture f;
    f.add("done", Priority::None, 0, "L", {}, ItemStatus::Done);
    f.add("na", Priority::None, 0, "L", {}, ItemStatus::NotApplicable);
    f.add("b", Priority::Now, 4, "S", {"done", "na"});
    const Plan p = f.plan("2027-01-04");
    CHECK(p.items.size() == 1);
    CHECK_FALSE(p.find("done"));
    CHECK(at(p, "b").start == "2027-01-04");
    CHECK(at(p, "b").waits_for.empty());
}

TEST_CASE("items to check are planned last, as small items, and block nothing", "[plan]") {
    Fixture f;
    f.add("check", Priority::None, 0, "L", {}, ItemStatus::Unverified);
    f.add("a", Priority::Later, 1, "M", {"check"});
    f.add("b", Priority::Later, 1, "M");
    const Plan p = f.plan("2027-01-04", 2);
    CHECK(at(p, "check").check);
    CHECK(at(p, "check").effort->id == "S");
    CHECK(at(p, "a").start == "2027-01-04");
    CHECK(at(p, "b").start == "2027-01-04");
    CHECK(at(p, "check").start == "2027-02-01");  // after both open items, capacity 2
    CHECK(at(p, "a").waits_for.empty());
}

TEST_CASE("the user's owner and dates override the plan", "[plan]") {
    Fixture f;
    f.add("a", Priority::Now, 5, "S");
    f.add("b", Priority::Now, 4, "M", {"a"});
    f.add("c", Priority::Now, 3, "S");
    std::map<std::string, ItemOverride> ov;
    ov["a"].owner = "data_owner";
    ov["c"].owner = "Ana (CISO)";
    ov["b"].start = "2027-01-11";  // before a is due
    SECTION("owners") {
        const Plan p = f.plan("2027-01-04", 2, ov);
        CHECK(at(p, "a").owner == "Data owner");
        CHECK(at(p, "a").owner_id == "data_owner");
        CHECK(at(p, "a").owner_edited);
        CHECK(at(p, "c").owner == "Ana (CISO)");
        CHECK(at(p, "c").owner_id.empty());
        CHECK(at(p, "b").owner == "AI CoE lead");
        CHECK_FALSE(at(p, "b").owner_edited);
    }
    SECTION("a pinned start keeps the effort's length and counts against capacity") {
        const Plan p = f.plan("2027-01-04", 2, ov);
        CHECK(at(p, "b").pinned);
        CHECK(at(p, "b").start == "2027-01-11");
        CHECK(at(p, "b").due == "2027-02-07");
        CHECK(at(p, "b").reason == "Pinned by you. It starts before Item a is due (2027-01-17).");
        // Tracks: b holds one from Jan 11; a takes the other Jan 4-17; c fits nowhere before Jan 18.
        CHECK(at(p, "a").start == "2027-01-04");
        CHECK(at(p, "c").start == "2027-01-18");
    }
    SECTION("a pinned due date alone ends the item there") {
        std::map<std::string, ItemOverride> due;
        due["c"].due = "2027-03-31";
        const Plan p = f.plan("2027-01-04", 2, due);
        CHECK(at(p, "c").due == "2027-03-31");
        CHECK(at(p, "c").start == "2027-03-18");  // 14 days ending Mar 31
        CHECK(at(p, "c").reason == "Pinned by you.");
    }
    SECTION("a pin while every track is busy runs beyond the capacity") {
        std::map<std::string, ItemOverride> pins;
        pins["a"].start = pins["b"].start = pins["c"].start = "2027-01-04";
        const Plan p = f.plan("2027-01-04", 2, pins);
        CHECK(at(p, "c").over_capacity);
        CHECK(test::contains(at(p, "c").reason, "beyond the capacity"));
        CHECK_FALSE(at(p, "a").over_capacity);
    }
    SECTION("a date that is not a day is ignored") {
        std::map<std::string, ItemOverride> bad;
        bad["c"].start = "2027-02-30";
        CHECK_FALSE(at(f.plan("2027-01-04", 2, bad), "c").pinned);
    }
}

TEST_CASE("a plan without a valid start date says so", "[plan]") {
    Fixture f;
    f.add("a", Priority::Now, 5, "S");
    const Plan p = f.plan("next monday");
    CHECK_FALSE(p.ok);
    CHECK(test::contains(p.error, "YYYY-MM-DD"));
    CHECK(p.items.empty());
}

TEST_CASE("effort texts give the person-week range and the calendar weeks", "[plan]") {
    CHECK(effort_text({"M", "Medium", "", {3, 6}, 4}) == "Medium (3\xE2\x80\x93" "6 person-weeks, 4 weeks)");
    CHECK(effort_text({"S", "Small", "", {1, 1}, 1}) == "Small (1 person-weeks, 1 week)");
}

// [SECTION] The real data

namespace {
const PlanData& real_plan_data() {
    static const PlanData data = [] {
        auto loaded = builtin_plan_data(test::real_model(), test::real_catalogue());
        if (!loaded.ok()) FAIL(errors_to_string(loaded.errors));
        return *loaded.value;
    }();
    return data;
}
}  // namespace

TEST_CASE("data/plan.json covers every checklist item with ids that exist and no cycle", "[plan][data]") {
    const PlanData& d = real_plan_data();
    const Catalogue& c = test::real_catalogue();
    CHECK(d.items.size() == c.items.size());
    for (const auto& item : c.items) {
        INFO(item.id);
        const ItemPlan* ip = d.find_item(item.id);
        REQUIRE(ip);
        CHECK(d.find_effort(ip->effort));
        CHECK(d.find_role(ip->owner));
        CHECK(ip->raci.accountable == ip->owner);
        for (const auto& r : ip->raci.responsible) CHECK(d.find_role(r));
        for (const auto& dep : ip->depends_on) CHECK(c.find_item(dep));
        CHECK_FALSE(ip->why_depends.empty());
    }
    // No cycle: Kahn's algorithm removes every item.
    std::map<std::string, int> waiting;
    for (const auto& [id, ip] : d.items) waiting[id] = static_cast<int>(ip.depends_on.size());
    std::vector<std::string> ready;
    for (const auto& [id, n] : waiting)
        if (n == 0) ready.push_back(id);
    size_t removed = 0;
    while (!ready.empty()) {
        const std::string id = ready.back();
        ready.pop_back();
        ++removed;
        for (const auto& [other, ip] : d.items)
            for (const auto& dep : ip.depends_on)
                if (dep == id && --waiting[other] == 0) ready.push_back(other);
    }
    CHECK(removed == d.items.size());
    CHECK(d.roles.size() == 7);
    // CAF's order, spot checks: the technology strategy before the PoC, the Ready foundation
    // before Adopt, responsible AI before production.
    auto deps = [&](const char* id) { return d.find_item(id)->depends_on; };
    auto has = [](const std::vector<std::string>& v, const char* x) { return std::find(v.begin(), v.end(), x) != v.end(); };
    CHECK(has(deps("enterprise_create_an_ai_proof_of_concept"), "startup_define_ai_technology_strategy"));
    CHECK(has(deps("startup_adopt_azure_ai_platforms_paas"), "enterprise_establish_an_ai_foundation"));
    CHECK(has(deps("startup_adopt_azure_ai_platforms_paas"), "enterprise_implement_responsible_ai"));
    CHECK(has(deps("enterprise_adopt_azure_ai_infrastructure_iaas"), "enterprise_implement_responsible_ai"));
}

TEST_CASE("a broken plan file is refused with the place and the problem", "[plan][data]") {
    const std::string good = test::read_file(std::string(CAF_SOURCE_DIR) + "/data/plan.json");
    auto with = [&](const std::string& from, const std::string& to) {
        std::string t = good;
        const size_t at_ = t.find(from);
        REQUIRE(at_ != std::string::npos);
        t.replace(at_, from.size(), to);
        return load_plan_data(t, "plan.json", test::real_model(), test::real_catalogue());
    };
    const auto cycle = with("\"depends_on\": [],", "\"depends_on\": [\"startup_manage_ai_costs\"],");
    REQUIRE_FALSE(cycle.ok());
    CHECK(test::contains(errors_to_string(cycle.errors), "dependency cycle"));
    const auto unknown = with("\"owner\": \"data_owner\"", "\"owner\": \"cfo\"");
    REQUIRE_FALSE(unknown.ok());
    CHECK(test::contains(errors_to_string(unknown.errors), "unknown role \"cfo\""));
    const auto missing = with("\"enterprise_manage_ai_data\": {", "\"enterprise_manage_ai_dat\": {");
    REQUIRE_FALSE(missing.ok());
    CHECK(test::contains(errors_to_string(missing.errors), "no plan entry for checklist item \"enterprise_manage_ai_data\""));
}

TEST_CASE("a persona's plan holds every open item, prerequisites first, within capacity", "[plan]") {
    for (const char* file : {"sessions/persona_regulated_enterprise.json", "sessions/persona_copilot_startup.json",
                             "sessions/path_iaas_lab.json"}) {
        INFO(file);
        const Session s = test::real_session(file);
        const Assessment a = assess(test::real_model(), test::real_catalogue(), s);
        for (int capacity : {1, 2, 3}) {
            const Plan p = make_plan(a.roadmap, real_plan_data(), {"2027-01-04", capacity}, {});
            REQUIRE(p.ok);
            size_t open = 0;
            for (const auto& ph : a.roadmap.phases)
                for (const auto& i : ph.items)
                    open += i.status == ItemStatus::ToDo || i.status == ItemStatus::InProgress ||
                            i.status == ItemStatus::Unverified;
            CHECK(p.items.size() == open);
            for (const auto& it : p.items) {
                for (const auto& w : it.waits_for) CHECK(p.find(w)->due_day < it.start_day);
                CHECK(it.due_day - it.start_day + 1 == 7 * it.effort->weeks);
            }
            for (std::int64_t day = p.start_day; day <= p.end_day; ++day) {
                int running = 0;
                for (const auto& it : p.items) running += it.start_day <= day && day <= it.due_day;
                CHECK(running <= capacity);
            }
            // Now items come first: none starts after an item of lower urgency that waits for nothing.
            if (!p.items.empty()) CHECK(p.items.front().start_day == p.start_day);
        }
    }
}
