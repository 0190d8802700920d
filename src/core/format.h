#pragma once
// Locale-independent number formatting for everything a user reads.
// Rounding is done with integer arithmetic (llround, half away from zero) and
// digits are written by hand: printf("%f") and iostreams follow the C/C++
// locale (a comma in German), which broke peer tools' reports.
#include <optional>
#include <string>

namespace caf {

// format_fixed(72.456, 1) == "72.5"; format_fixed(-0.04, 1) == "0.0";
// decimals is clamped to 0..9; NaN and infinities give "n/a".
std::string format_fixed(double value, int decimals);

// A score as shown to users: one decimal, without a trailing ".0"
// (format_score(58.0) == "58", format_score(47.916) == "47.9").
std::string format_score(double value);

// Round to one decimal, the precision every displayed score uses; level
// thresholds compare against this value so the rule matches what users see.
double round_score(double value);

// A share 0..1 as a whole percent: format_percent(0.4) == "40%".
std::string format_percent(double share);

// A plain integer: format_int(-12) == "-12".
std::string format_int(long long value);

// What every report shows for a value that does not exist.
constexpr const char* kNoValue = "\xE2\x80\x94";  // —

// A score, or "—" when there is none (nothing answered).
std::string score_or_dash(const std::optional<double>& score);

// A change as users read it: "+4.2", "-3", "±0" (what rounds to 0 is ±0).
std::string signed_score(double delta);
std::string signed_int(long long delta);

}  // namespace caf
