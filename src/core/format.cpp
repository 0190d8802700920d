#include "core/format.h"

#include <cmath>

namespace caf {

std::string format_int(long long value) {
    // Digits by hand: no locale can add grouping or change the sign.
    const bool negative = value < 0;
    unsigned long long magnitude =
        negative ? 0ULL - static_cast<unsigned long long>(value) : static_cast<unsigned long long>(value);
    char buffer[32];
    int pos = 31;
    buffer[pos] = '\0';
    do {
        buffer[--pos] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative) buffer[--pos] = '-';
    return std::string(buffer + pos);
}

std::string format_fixed(double value, int decimals) {
    if (!std::isfinite(value)) return "n/a";
    if (decimals < 0) decimals = 0;
    if (decimals > 9) decimals = 9;
    long long scale = 1;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    const double scaled = value * static_cast<double>(scale);
    if (std::fabs(scaled) > 9.0e18) return "n/a";  // would not fit in a long long
    const long long n = std::llround(scaled);       // half away from zero
    const bool negative = n < 0;
    const long long magnitude = negative ? -n : n;
    std::string out = negative ? "-" : "";
    out += format_int(magnitude / scale);
    if (decimals > 0) {
        std::string fraction = format_int(magnitude % scale);
        out += '.';
        out.append(static_cast<size_t>(decimals) - fraction.size(), '0');
        out += fraction;
    }
    return out;
}

double round_score(double value) {
    if (!std::isfinite(value)) return value;
    return static_cast<double>(std::llround(value * 10.0)) / 10.0;
}

std::string format_score(double value) {
    std::string s = format_fixed(value, 1);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    if (s == "-0") s = "0";
    return s;
}

std::string format_percent(double share) {
    if (!std::isfinite(share)) return "n/a";
    return format_fixed(share * 100.0, 0) + "%";
}

std::string score_or_dash(const std::optional<double>& score) { return score ? format_score(*score) : kNoValue; }

std::string signed_score(double delta) {
    const std::string s = format_score(delta);
    if (s == "0") return "\xC2\xB1" "0";  // ±0
    return delta > 0 ? "+" + s : s;        // format_score writes the minus sign
}

std::string signed_int(long long delta) {
    if (delta == 0) return "\xC2\xB1" "0";
    return delta > 0 ? "+" + format_int(delta) : format_int(delta);
}

}  // namespace caf
