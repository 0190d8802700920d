#pragma once
// Calendar arithmetic on civil (proleptic Gregorian) dates: a date is a day
// number counted from 1970-01-01, so adding days crosses month and year ends
// and leap days without special cases. No clock, no locale, no time zone.
// The conversions are Howard Hinnant's days_from_civil / civil_from_days.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caf {

struct CivilDate {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31
};

std::int64_t days_from_civil(const CivilDate& date);
CivilDate civil_from_days(std::int64_t days);

bool is_leap_year(int year);
int days_in_month(int year, int month);

// "YYYY-MM-DD" with a real day (2027-02-29 is rejected) and a year 1900..9999.
std::optional<std::int64_t> parse_iso_day(std::string_view text);
std::string iso_day(std::int64_t days);      // "2027-03-01"
std::string ics_day(std::int64_t days);      // "20270301" (iCalendar DATE)
// "Mon 1 Mar 2027": English, fixed, for reports (no locale).
std::string readable_day(std::int64_t days);

// The first day of each month after `from` up to `to` (both day numbers), for a time
// axis: "Jan 2027" where a year begins (and at the first tick), else "Feb".
struct MonthStart {
    std::int64_t day = 0;
    std::string label;
};
std::vector<MonthStart> month_starts(std::int64_t from, std::int64_t to);

}  // namespace caf
