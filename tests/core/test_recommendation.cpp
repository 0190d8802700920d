// The startup/enterprise recommendation rules (recommendation.h).
#include <catch2/catch.hpp>

#include "core/recommendation.h"
#include "test_util.h"

using caf::ChecklistChoice;
using caf::ChecklistKind;

namespace {

caf::Recommendation with(std::initializer_list<std::pair<const char*, const char*>> profile,
                         ChecklistChoice choice = ChecklistChoice::Auto) {
    caf::Session s = caf::new_session(test::mini_model());
    for (const auto& [k, v] : profile) s.profile[k] = v;
    s.checklist_choice = choice;
    return caf::recommend(test::mini_model(), s);
}

bool any_reason(const caf::Recommendation& r, const std::string& text) {
    for (const auto& reason : r.reasons)
        if (test::contains(reason, text)) return true;
    return false;
}

}  // namespace

TEST_CASE("a small unregulated startup gets the startup checklist", "[recommendation]") {
    const auto r = with({{"org_type", "startup"}, {"org_size", "s1_50"}, {"regulated", "no"}, {"workloads", "w1"}});
    CHECK(r.recommended == ChecklistKind::Startup);
    CHECK(r.chosen == ChecklistKind::Startup);
    CHECK_FALSE(r.overridden);
    CHECK(r.reasons.size() == 4);  // every answered fact kept it small
    CHECK(any_reason(r, "Organization type: \xE2\x80\x9CStartup\xE2\x80\x9D"));
    CHECK(any_reason(r, "Size: \xE2\x80\x9C" "1-50\xE2\x80\x9D"));
    CHECK(any_reason(r, "Regulation: \xE2\x80\x9CNot regulated\xE2\x80\x9D"));
    CHECK(r.missing.empty());
    CHECK(test::contains(r.summary, "nothing in your profile calls for the enterprise one"));
}

TEST_CASE("each enterprise signal alone picks the enterprise checklist", "[recommendation]") {
    const std::pair<const char*, const char*> startupish[] = {
        {"org_type", "scaleup"}, {"org_size", "s51_250"}, {"regulated", "no"}, {"workloads", "w2_5"}};
    struct Signal {
        const char* key;
        const char* value;
        const char* reason;
    };
    const Signal signals[] = {
        {"org_type", "enterprise", "Organization type: \xE2\x80\x9C" "Enterprise"},
        {"org_type", "public_sector", "Organization type: \xE2\x80\x9CPublic sector"},
        {"org_size", "s251_1000", "Size: \xE2\x80\x9C" "251-1000"},
        {"org_size", "s1001_5000", "Size: \xE2\x80\x9C" "1001-5000"},
        {"org_size", "s5000_plus", "Size: \xE2\x80\x9C" "5000+"},
        {"regulated", "regulated", "Regulation: \xE2\x80\x9CRegulated industry"},
        {"regulated", "public", "Regulation: \xE2\x80\x9CPublic sector"},
        {"workloads", "w6_plus", "AI workloads: \xE2\x80\x9C" "6 or more"},
    };
    for (const Signal& sig : signals) {
        DYNAMIC_SECTION(sig.key << "=" << sig.value) {
            caf::Session s = caf::new_session(test::mini_model());
            for (const auto& [k, v] : startupish) s.profile[k] = v;
            s.profile[sig.key] = sig.value;
            const auto r = caf::recommend(test::mini_model(), s);
            CHECK(r.recommended == ChecklistKind::Enterprise);
            REQUIRE(r.reasons.size() == 1);  // only the deciding fact
            CHECK(test::contains(r.reasons[0], sig.reason));
            CHECK(test::contains(r.summary, "one answer calls for enterprise-level governance"));
        }
    }
}

TEST_CASE("several enterprise signals are all listed", "[recommendation]") {
    const auto r = with({{"org_type", "enterprise"}, {"org_size", "s5000_plus"}, {"regulated", "regulated"},
                         {"workloads", "w1"}});
    CHECK(r.recommended == ChecklistKind::Enterprise);
    CHECK(r.reasons.size() == 3);
    CHECK(test::contains(r.summary, "several answers call"));
    CHECK(r.missing.empty());
}

TEST_CASE("a partial profile decides from what is there and says what is missing", "[recommendation]") {
    const auto r = with({{"org_type", "startup"}});
    CHECK(r.recommended == ChecklistKind::Startup);
    CHECK(r.reasons.size() == 1);
    REQUIRE(r.missing.size() == 3);  // size, regulation, workloads (ai_approach does not decide)
    CHECK(r.missing[0] == "How many people?");
    CHECK(test::contains(r.summary, "some profile questions are still open"));

    // An enterprise signal is enough even with gaps, and nothing is "missing" then.
    const auto e = with({{"regulated", "public"}});
    CHECK(e.recommended == ChecklistKind::Enterprise);
    CHECK(e.missing.empty());
}

TEST_CASE("no profile at all defaults to startup and says so", "[recommendation]") {
    const auto r = with({});
    CHECK(r.recommended == ChecklistKind::Startup);
    REQUIRE(r.reasons.size() == 1);
    CHECK(test::contains(r.reasons[0], "No profile answers yet"));
    CHECK(r.missing.size() == 4);
}

TEST_CASE("the user's choice overrides the recommendation", "[recommendation]") {
    const auto r = with({{"org_type", "enterprise"}}, ChecklistChoice::Startup);
    CHECK(r.recommended == ChecklistKind::Enterprise);
    CHECK(r.chosen == ChecklistKind::Startup);
    CHECK(r.overridden);
    CHECK(r.summary == "You chose the startup checklist; the recommendation was the enterprise checklist.");
    CHECK_FALSE(r.reasons.empty());  // the recommendation's reasons are still shown

    const auto same = with({{"org_type", "startup"}}, ChecklistChoice::Startup);
    CHECK(same.chosen == ChecklistKind::Startup);
    CHECK(same.summary == "You chose the startup checklist, which is also the recommendation.");
    CHECK(std::string(caf::checklist_id(ChecklistKind::Enterprise)) == "enterprise");
}
