// The plan's fields in the session (session.h, session_io, session_sync,
// compare, merge): owners and dates per item, the plan's start and capacity,
// and the use cases. Old format-2 files stay valid: every member is optional.
#include <catch2/catch.hpp>

#include "core/compare.h"
#include "core/merge.h"
#include "core/session_io.h"
#include "core/session_sync.h"
#include "test_util.h"

using namespace caf;

namespace {

Session planned() {
    Session s = new_session(test::real_model());
    s.items["enterprise_assess_ai_skills"].owner = "data_owner";
    s.items["enterprise_assess_ai_skills"].start = "2027-02-01";
    s.items["startup_access_ai_resources"].due = "2028-02-29";
    s.plan.start = "2027-01-04";
    s.plan.capacity = 3;
    UseCase u;
    u.id = "invoices";
    u.name = "Invoice triage";
    u.value = 4;
    u.sensitivity = "internal";
    u.beneficiary = "employees";
    u.goal = "business_automation";
    u.need = "grounded";
    s.use_cases.push_back(u);
    return s;
}

std::string errors_of(const std::string& text) {
    return errors_to_string(parse_session(text, "s.json", test::real_model(), test::real_catalogue()).errors);
}

}  // namespace

TEST_CASE("owners, dates, the plan and use cases survive a save and a load", "[session][plan]") {
    const Session s = planned();
    const std::string text = serialize_session(s);
    CHECK(test::contains(text, "\"owner\": \"data_owner\""));
    CHECK(test::contains(text, "\"plan\": {\n    \"start\": \"2027-01-04\",\n    \"capacity\": 3\n  }"));
    const auto back = parse_session(text, "s.json", test::real_model(), test::real_catalogue());
    INFO(errors_to_string(back.errors));
    REQUIRE(back.ok());
    const Session& b = *back.value;
    CHECK(b.items.at("enterprise_assess_ai_skills").owner == "data_owner");
    CHECK(b.items.at("enterprise_assess_ai_skills").start == "2027-02-01");
    CHECK_FALSE(b.items.at("enterprise_assess_ai_skills").done);
    CHECK(b.items.at("startup_access_ai_resources").due == "2028-02-29");
    CHECK(b.plan.start == "2027-01-04");
    CHECK(b.plan.capacity == 3);
    REQUIRE(b.use_cases.size() == 1);
    CHECK(b.use_cases[0].name == "Invoice triage");
    CHECK(b.use_cases[0].need == "grounded");
    CHECK(serialize_session(b) == text);
}

TEST_CASE("a session without a plan writes no plan members", "[session][plan]") {
    const std::string text = serialize_session(new_session(test::real_model()));
    CHECK_FALSE(test::contains(text, "\"plan\""));
    CHECK_FALSE(test::contains(text, "\"use_cases\""));
}

TEST_CASE("bad plan fields are errors with their place", "[session][plan]") {
    const std::string good = serialize_session(planned());
    auto with = [&](const std::string& from, const std::string& to) {
        std::string t = good;
        const size_t at = t.find(from);
        REQUIRE(at != std::string::npos);
        return t.replace(at, from.size(), to);
    };
    CHECK(test::contains(errors_of(with("\"2028-02-29\"", "\"2027-02-29\"")),
                         "s.json:/checklist/items/startup_access_ai_resources/due: must be a date like 2027-01-31 (a real day), not \"2027-02-29\""));
    CHECK(test::contains(errors_of(with("\"capacity\": 3", "\"capacity\": 0")), "s.json:/plan/capacity:"));
    CHECK(test::contains(errors_of(with("\"value\": 4", "\"value\": 6")), "s.json:/use_cases/0/value:"));
    CHECK(test::contains(errors_of(with("\"sensitivity\": \"internal\"", "\"sensitivity\": \"secret\"")),
                         "s.json:/use_cases/0/sensitivity: must be \"public\", \"internal\", \"confidential\" or \"regulated\", not \"secret\""));
    CHECK(test::contains(errors_of(with("\"capacity\": 3", "\"capacity\": 3, \"tracks\": 2")), "s.json:/plan/tracks:"));
    // The user's answers are never touched by a failed load: parse_session returns no value at all.
    CHECK_FALSE(parse_session(with("\"value\": 4", "\"value\": 6"), "s.json", test::real_model(), test::real_catalogue()).value);
}

TEST_CASE("plan fields are session fields with change times", "[sync][plan]") {
    const Session s = planned();
    const auto f = session_fields(s);
    CHECK(f.at("items/enterprise_assess_ai_skills/owner") == "data_owner");
    CHECK(f.at("items/enterprise_assess_ai_skills/start") == "2027-02-01");
    CHECK(f.at("plan/start") == "2027-01-04");
    CHECK(f.at("plan/capacity") == "3");
    CHECK(f.at("use_cases/invoices/name") == "Invoice triage");
    CHECK(f.at("use_cases/invoices/value") == "4");
    CHECK(is_field_key("items/x/due"));
    CHECK(is_field_key("use_cases/x/need"));
    CHECK_FALSE(is_field_key("use_cases/x/colour"));
    CHECK_FALSE(is_field_key("plan/tracks"));
    Session t = s;
    CHECK_FALSE(set_session_field(t, "plan/capacity", std::string("13")));
    CHECK_FALSE(set_session_field(t, "use_cases/invoices/value", std::string("0")));
    // Clearing the name removes the use case; a field of a new id adds one.
    REQUIRE(set_session_field(t, "use_cases/invoices/name", std::nullopt));
    CHECK(t.use_cases.empty());
    REQUIRE(set_session_field(t, "use_cases/chat/value", std::string("2")));
    CHECK(t.use_cases.empty());  // no name, no use case: a removed one is not brought back by a field
    REQUIRE(set_session_field(t, "use_cases/chat/name", std::string("HR chat")));
    REQUIRE(set_session_field(t, "use_cases/chat/value", std::string("2")));
    REQUIRE(t.use_cases.size() == 1);
    CHECK(t.use_cases[0].value == 2);
    // Clearing the owner, start and due of an untouched item removes its entry.
    REQUIRE(set_session_field(t, "items/enterprise_assess_ai_skills/owner", std::nullopt));
    REQUIRE(set_session_field(t, "items/enterprise_assess_ai_skills/start", std::nullopt));
    CHECK_FALSE(t.items.count("enterprise_assess_ai_skills"));
}

TEST_CASE("two tabs editing owners and dates merge field by field", "[sync][plan]") {
    Session a = planned(), b = planned();
    REQUIRE(set_session_field(a, "items/enterprise_assess_ai_skills/owner", std::string("Ana")));
    stamp(a, "items/enterprise_assess_ai_skills/owner", 2000);
    REQUIRE(set_session_field(b, "items/enterprise_assess_ai_skills/start", std::string("2027-03-01")));
    stamp(b, "items/enterprise_assess_ai_skills/start", 3000);
    REQUIRE(set_session_field(b, "plan/capacity", std::string("1")));
    stamp(b, "plan/capacity", 1000);
    REQUIRE(set_session_field(a, "use_cases/invoices/value", std::string("5")));
    stamp(a, "use_cases/invoices/value", 4000);
    const Session m = merge_newest(a, b);
    CHECK(m.items.at("enterprise_assess_ai_skills").owner == "Ana");
    CHECK(m.items.at("enterprise_assess_ai_skills").start == "2027-03-01");
    CHECK(m.plan.capacity == 1);
    CHECK(m.use_cases.at(0).value == 5);
    CHECK(session_fields(merge_newest(b, a)) == session_fields(m));
}

TEST_CASE("a use case added in one tab arrives whole, one removed stays removed", "[sync][plan]") {
    Session a = planned(), b = planned();
    UseCase chat;
    chat.id = "chat";
    chat.name = "HR chat";
    chat.value = 5;
    chat.beneficiary = "employees";
    b.use_cases.push_back(chat);
    for (const char* k : {"use_cases/chat/name", "use_cases/chat/value", "use_cases/chat/beneficiary"}) stamp(b, k, 500);
    const Session m = merge_newest(a, b);
    REQUIRE(m.use_cases.size() == 2);
    CHECK(m.use_cases[1].beneficiary == "employees");  // "beneficiary" sorts before "name": names go first
    CHECK(m.use_cases[1].value == 5);
    // Tab a removes the invoices use case later than tab b edited its value: it stays removed.
    Session removed = planned();
    REQUIRE(set_session_field(removed, "use_cases/invoices/name", std::nullopt));
    stamp(removed, "use_cases/invoices/name", 900);
    Session edited = planned();
    REQUIRE(set_session_field(edited, "use_cases/invoices/sensitivity", std::string("regulated")));
    stamp(edited, "use_cases/invoices/sensitivity", 950);
    CHECK(merge_newest(removed, edited).use_cases.empty());
    CHECK(merge_newest(edited, removed).use_cases.empty());
}

TEST_CASE("compare lists owner, date, plan and use-case changes", "[compare][plan]") {
    const Session before = planned();
    Session after = planned();
    after.items["enterprise_assess_ai_skills"].owner = "security_lead";
    after.plan.capacity = 2;
    after.use_cases[0].value = 5;
    const Comparison c = compare(test::real_model(), test::real_catalogue(), before, after);
    REQUIRE(c.plan.size() == 3);
    CHECK(c.plan[0].what == "Assess AI skills: owner");
    CHECK(c.plan[0].before == "data_owner");
    CHECK(c.plan[0].after == "security_lead");
    CHECK(c.plan[1].what == "Plan capacity (items at once)");
    CHECK(c.plan[2].what == "Use case Invoice triage: value");
    CHECK_FALSE(c.unchanged());
    CHECK(compare(test::real_model(), test::real_catalogue(), before, before).plan.empty());
}

TEST_CASE("merging respondents takes the owner most of them set and every use case", "[merge][plan]") {
    Session a = planned(), b = planned(), c = planned();
    b.items["enterprise_assess_ai_skills"].owner = "ai_coe_lead";
    c.items["enterprise_assess_ai_skills"].owner = "ai_coe_lead";
    c.plan.start = "2027-02-01";
    UseCase extra;
    extra.id = "chat";
    extra.name = "HR chat";
    extra.value = 2;
    c.use_cases.push_back(extra);
    const Merged m = merge(test::real_model(), test::real_catalogue(), {a, b, c}, {"A", "B", "C"});
    CHECK(m.session.items.at("enterprise_assess_ai_skills").owner == "ai_coe_lead");
    CHECK(m.session.plan.start == "2027-01-04");
    CHECK(m.session.plan.capacity == 3);
    REQUIRE(m.session.use_cases.size() == 2);
    CHECK(m.session.use_cases[1].name == "HR chat");
    bool noted = false;
    for (const auto& n : m.notes) noted = noted || test::contains(n, "Assess AI skills: owner");
    CHECK(noted);
}
