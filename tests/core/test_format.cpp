#include <catch2/catch.hpp>

#include <limits>

#include "core/format.h"
#include "test_util.h"

using caf::format_fixed;

TEST_CASE("format_fixed rounds half away from zero with integer arithmetic", "[format]") {
    CHECK(format_fixed(72.456, 1) == "72.5");
    CHECK(format_fixed(72.44, 1) == "72.4");
    CHECK(format_fixed(0.0, 2) == "0.00");
    CHECK(format_fixed(100.0, 0) == "100");
    CHECK(format_fixed(2.5, 0) == "3");
    CHECK(format_fixed(-2.5, 0) == "-3");
    CHECK(format_fixed(-0.04, 1) == "0.0");  // no "-0.0"
    CHECK(format_fixed(-0.06, 1) == "-0.1");
    CHECK(format_fixed(1.005, 3) == "1.005");
    CHECK(format_fixed(12345678.9, 1) == "12345678.9");
    CHECK(format_fixed(0.07, 2) == "0.07");  // leading zeros of the fraction
}

TEST_CASE("format_fixed handles odd input", "[format]") {
    CHECK(format_fixed(std::numeric_limits<double>::infinity(), 1) == "n/a");
    CHECK(format_fixed(std::numeric_limits<double>::quiet_NaN(), 1) == "n/a");
    CHECK(format_fixed(1e300, 1) == "n/a");
    CHECK(format_fixed(3.14159, -2) == "3");
    CHECK(format_fixed(3.14159, 20) == "3.141590000");
}

TEST_CASE("format_score drops a trailing .0 and format_percent rounds", "[format]") {
    CHECK(caf::format_score(58.0) == "58");
    CHECK(caf::format_score(47.916666) == "47.9");
    CHECK(caf::format_score(99.96) == "100");
    CHECK(caf::format_score(-0.01) == "0");
    CHECK(caf::format_percent(0.4) == "40%");
    CHECK(caf::format_percent(2.0 / 7.0) == "29%");
    CHECK(caf::format_int(-12) == "-12");
    CHECK(caf::format_int(0) == "0");
    CHECK(caf::round_score(47.9166) == Approx(47.9));
    CHECK(caf::round_score(54.96) == Approx(55.0));
}

TEST_CASE("formatting ignores the C locale", "[format]") {
    const test::GermanLocale german;  // a comma decimal separator, checked to be active
    CHECK(format_fixed(1234.5, 1) == "1234.5");
    CHECK(caf::format_score(72.25) == "72.3");
}

TEST_CASE("scores that may be missing and signed changes", "[format]") {
    CHECK(caf::score_or_dash(std::nullopt) == "\xE2\x80\x94");
    CHECK(caf::score_or_dash(47.916) == "47.9");
    CHECK(caf::signed_score(4.25) == "+4.3");
    CHECK(caf::signed_score(-3.0) == "-3");
    CHECK(caf::signed_score(0.04) == "\xC2\xB1" "0");   // rounds to 0: no "+0"
    CHECK(caf::signed_score(-0.04) == "\xC2\xB1" "0");  // and no "-0"
    CHECK(caf::signed_int(2) == "+2");
    CHECK(caf::signed_int(-1) == "-1");
    CHECK(caf::signed_int(0) == "\xC2\xB1" "0");
}
