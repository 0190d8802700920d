// Civil dates (civil_date.h).
#include "core/civil_date.h"

namespace caf {

std::int64_t days_from_civil(const CivilDate& date) {
    const std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;                                        // [0, 399]
    const std::int64_t mp = date.month > 2 ? date.month - 3 : date.month + 9;      // March = 0
    const std::int64_t doy = (153 * mp + 2) / 5 + date.day - 1;                    // [0, 365]
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                // [0, 146096]
    return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return {y, m, d};
}

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return m == 2 && is_leap_year(y) ? 29 : kDays[m - 1];
}

std::optional<std::int64_t> parse_iso_day(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    auto num = [&](size_t from, size_t n) {
        int v = 0;
        for (size_t i = from; i < from + n; ++i) {
            if (t[i] < '0' || t[i] > '9') return -1;
            v = v * 10 + (t[i] - '0');
        }
        return v;
    };
    const int y = num(0, 4), m = num(5, 2), d = num(8, 2);
    if (y < 1900 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
    return days_from_civil({y, m, d});
}

namespace {
std::string two(int v) { return std::string(1, static_cast<char>('0' + v / 10)) + static_cast<char>('0' + v % 10); }
std::string four(int v) { return two(v / 100) + two(v % 100); }
}  // namespace

std::string iso_day(std::int64_t days) {
    const CivilDate c = civil_from_days(days);
    return four(c.year) + "-" + two(c.month) + "-" + two(c.day);
}

std::string ics_day(std::int64_t days) {
    const CivilDate c = civil_from_days(days);
    return four(c.year) + two(c.month) + two(c.day);
}

static const char* const kMonth[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string readable_day(std::int64_t days) {
    static const char* kWeek[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};  // 1970-01-01 was a Thursday
    const CivilDate c = civil_from_days(days);
    const std::int64_t w = ((days % 7) + 7) % 7;
    return std::string(kWeek[w]) + " " + std::to_string(c.day) + " " + kMonth[c.month - 1] + " " + std::to_string(c.year);
}

std::vector<MonthStart> month_starts(std::int64_t from, std::int64_t to) {
    std::vector<MonthStart> out;
    CivilDate c = civil_from_days(from);
    c.day = 1;
    for (;;) {
        if (++c.month > 12) c.month = 1, ++c.year;
        const std::int64_t day = days_from_civil(c);
        if (day > to) break;
        std::string label = kMonth[c.month - 1];
        if (out.empty() || c.month == 1) label += " " + std::to_string(c.year);
        out.push_back({day, std::move(label)});
    }
    return out;
}

}  // namespace caf
