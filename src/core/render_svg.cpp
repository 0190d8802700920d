// The report's charts as inline SVG (render_svg.h).
#include "core/render_svg.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>
#include <vector>

#include "core/escape.h"
#include "core/format.h"

namespace caf {

namespace {

constexpr double kPi = 3.14159265358979323846;

std::string num(double v) { return format_fixed(v, 1); }  // SVG coordinates, locale-proof

// Splits a label into lines of about `width` characters at spaces.
std::vector<std::string> wrap(const std::string& text, size_t width) {
    std::vector<std::string> lines;
    std::string line;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(start, end - start);
        if (!line.empty() && line.size() + 1 + word.size() > width) {
            lines.push_back(line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
        start = end + 1;
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

double value_at(const Chart& c, size_t series, size_t i) {
    if (series >= c.series.size() || i >= c.series[series].values.size()) return 0.0;
    return c.series[series].values[i];
}

std::string series_name(const Chart& c, size_t series) {
    return series < c.series.size() ? html_escape(c.series[series].name) : std::string();
}

}  // namespace

std::string radar_svg(const Chart& c) {
    const size_t n = c.labels.size();
    if (n < 3) return "";
    const double cx = 320, cy = 240, radius = 145;
    auto point = [&](size_t i, double value) {  // value 0..4
        const double angle = -kPi / 2 + 2 * kPi * static_cast<double>(i) / static_cast<double>(n);
        const double r = radius * std::clamp(value, 0.0, 4.0) / 4.0;
        return std::make_pair(cx + r * std::cos(angle), cy + r * std::sin(angle));
    };
    auto polygon = [&](auto value_of) {
        std::string pts;
        for (size_t i = 0; i < n; ++i) {
            const auto [x, y] = point(i, value_of(i));
            pts += (i ? " " : "") + num(x) + "," + num(y);
        }
        return pts;
    };
    const std::string id = html_escape(c.id);
    std::string out = "<svg viewBox=\"0 0 640 500\" width=\"640\" height=\"500\" role=\"img\" aria-labelledby=\"" +
                      id + "-caption\" class=\"" + id + "\">\n";
    out += "<title>" + html_escape(c.title) + "</title>\n";
    out += "<g fill=\"none\" stroke=\"#c8c8c8\" stroke-width=\"1\">\n";
    for (int ring = 1; ring <= 4; ++ring) out += "<polygon points=\"" + polygon([&](size_t) { return double(ring); }) + "\"/>\n";
    for (size_t i = 0; i < n; ++i) {
        const auto [x, y] = point(i, 4);
        out += "<line x1=\"" + num(cx) + "\" y1=\"" + num(cy) + "\" x2=\"" + num(x) + "\" y2=\"" + num(y) + "\"/>\n";
    }
    out += "</g>\n";
    for (int ring = 1; ring <= 4; ++ring) {
        const auto [x, y] = point(0, ring);
        out += "<text x=\"" + num(x + 4) + "\" y=\"" + num(y + 12) + "\" fill=\"#555\">" + format_int(ring) + "</text>\n";
    }
    out += "<polygon points=\"" + polygon([&](size_t i) { return value_at(c, 1, i); }) +
           "\" fill=\"none\" stroke=\"#b35900\" stroke-width=\"2.5\" stroke-dasharray=\"7 5\"/>\n";
    out += "<polygon points=\"" + polygon([&](size_t i) { return value_at(c, 0, i); }) +
           "\" fill=\"#0b5cad\" fill-opacity=\"0.22\" stroke=\"#0b5cad\" stroke-width=\"2.5\"/>\n";
    for (size_t i = 0; i < n; ++i) {
        const auto [x, y] = point(i, value_at(c, 0, i));
        out += "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"3.5\" fill=\"#0b5cad\"/>\n";
    }
    for (size_t i = 0; i < n; ++i) {
        const double angle = -kPi / 2 + 2 * kPi * static_cast<double>(i) / static_cast<double>(n);
        const double lx = cx + (radius + 14) * std::cos(angle), ly = cy + (radius + 14) * std::sin(angle);
        const double cos_a = std::cos(angle), sin_a = std::sin(angle);
        const char* anchor = cos_a > 0.2 ? "start" : cos_a < -0.2 ? "end" : "middle";
        const auto lines = wrap(c.labels[i], 14);
        const double line_h = 16;
        double top = ly - line_h * static_cast<double>(lines.size() - 1) / 2 + 4;
        if (sin_a < -0.5) top = ly - line_h * static_cast<double>(lines.size() - 1);  // above the top
        if (sin_a > 0.5) top = ly + 10;                                              // below the bottom
        out += "<text text-anchor=\"" + std::string(anchor) + "\">";
        for (size_t k = 0; k < lines.size(); ++k)
            out += "<tspan x=\"" + num(lx) + "\" y=\"" + num(top + line_h * static_cast<double>(k)) + "\">" +
                   html_escape(lines[k]) + "</tspan>";
        out += "</text>\n";
    }
    // Legend.
    out += "<line x1=\"150\" y1=\"486\" x2=\"180\" y2=\"486\" stroke=\"#0b5cad\" stroke-width=\"3\"/>"
           "<text x=\"186\" y=\"491\">" + series_name(c, 0) + "</text>\n";
    out += "<line x1=\"380\" y1=\"486\" x2=\"410\" y2=\"486\" stroke=\"#b35900\" stroke-width=\"3\" "
           "stroke-dasharray=\"7 5\"/><text x=\"416\" y=\"491\">" + series_name(c, 1) + "</text>\n";
    out += "</svg>\n";
    return out;
}

std::string stacked_bars_svg(const Chart& c) {
    struct Colours {
        const char* fill;
        const char* text;
    };
    // Done, in progress, to do, not applicable: the status colours of the HTML items.
    const Colours colours[] = {{"#1e7b34", "#ffffff"}, {"#0b5cad", "#ffffff"}, {"#b35900", "#ffffff"}, {"#d9d9d9", "#1b1b1b"}};
    const size_t segments = std::min(c.series.size(), std::size(colours));
    double most = 1;
    for (size_t i = 0; i < c.labels.size(); ++i) {
        double total = 0;
        for (size_t s = 0; s < segments; ++s) total += value_at(c, s, i);
        most = std::max(most, total);
    }
    const double left = 90, width = 520, row_h = 30, bar_h = 20;
    const int rows_n = static_cast<int>(c.labels.size());
    const double height = 40 + row_h * rows_n + 30;
    const std::string height_text = format_int(70 + 30 * rows_n);  // integer: tidy wants a whole number
    const std::string id = html_escape(c.id);
    std::string out = "<svg viewBox=\"0 0 640 " + height_text + "\" width=\"640\" height=\"" + height_text +
                      "\" role=\"img\" aria-labelledby=\"" + id + "-caption\" class=\"" + id + "\">\n";
    out += "<title>" + html_escape(c.title) + "</title>\n";
    for (size_t k = 0; k < c.labels.size(); ++k) {
        const double y = 20 + row_h * static_cast<double>(k);
        out += "<text x=\"" + num(left - 8) + "\" y=\"" + num(y + bar_h / 2 + 4) + "\" text-anchor=\"end\">" +
               html_escape(c.labels[k]) + "</text>\n";
        double x = left;
        for (size_t s = 0; s < segments; ++s) {
            const double count = value_at(c, s, k);
            if (count <= 0) continue;
            const double w = width * count / most;
            out += "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(bar_h) +
                   "\" fill=\"" + colours[s].fill + "\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n";
            if (w >= 16)
                out += "<text x=\"" + num(x + w / 2) + "\" y=\"" + num(y + bar_h / 2 + 4) +
                       "\" text-anchor=\"middle\" fill=\"" + colours[s].text + "\">" +
                       format_int(std::llround(count)) + "</text>\n";
            x += w;
        }
    }
    double lx = left;
    const double ly = height - 16;
    for (size_t s = 0; s < segments; ++s) {
        out += "<rect x=\"" + num(lx) + "\" y=\"" + num(ly - 10) + "\" width=\"12\" height=\"12\" fill=\"" +
               colours[s].fill + "\" stroke=\"#555\" stroke-width=\"0.5\"/><text x=\"" + num(lx + 16) + "\" y=\"" +
               num(ly) + "\">" + series_name(c, s) + "</text>\n";
        lx += 16 + 8.0 * static_cast<double>(c.series[s].name.size()) + 22;
    }
    out += "</svg>\n";
    return out;
}

std::string timeline_svg(const Chart& c) {
    // One colour per wave (first 30 days, 31-90, 91-180, later): contrast >= 4.5 against white text.
    const char* colours[] = {"#0b5cad", "#1e7b34", "#b35900", "#5c5c5c"};
    const size_t n = c.labels.size();
    double end = 181;
    for (size_t i = 0; i < n; ++i) end = std::max(end, value_at(c, 0, i) + value_at(c, 1, i));
    const double left = 250, width = 370, row_h = 18, top = 56;
    const int height = static_cast<int>(top + row_h * static_cast<double>(n) + 16);
    const std::string h = format_int(height), id = html_escape(c.id);
    std::string out = "<svg viewBox=\"0 0 640 " + h + "\" width=\"640\" height=\"" + h +
                      "\" role=\"img\" aria-labelledby=\"" + id + "-caption\" class=\"" + id + "\">\n";
    out += "<title>" + html_escape(c.title) + "</title>\n";
    auto x_of = [&](double day) { return left + width * day / end; };
    // Wave names on rows of their own: on a long plan the lines are close together.
    size_t row = 0;
    for (const auto& [day, name] : c.marks) {
        const double x = x_of(day), y = top - 36 + 11 * static_cast<double>(row++ % 3);
        out += "<line x1=\"" + num(x) + "\" y1=\"" + num(y + 2) + "\" x2=\"" + num(x) + "\" y2=\"" +
               num(top + row_h * static_cast<double>(n)) + "\" stroke=\"#767676\" stroke-dasharray=\"4 3\"/>\n";
        out += "<text x=\"" + num(x + 3) + "\" y=\"" + num(y) + "\" font-size=\"11\">" + html_escape(name) + "</text>\n";
    }
    out += "<text x=\"" + num(left - 6) + "\" y=\"" + num(top - 36) + "\" text-anchor=\"end\" font-size=\"11\">Day 0 = " +
           html_escape(c.marks.empty() ? std::string() : "plan start") + "</text>\n";
    for (size_t i = 0; i < n; ++i) {
        const double y = top + row_h * static_cast<double>(i);
        std::string label = c.labels[i];
        if (label.size() > 38) label = label.substr(0, 36) + "\xE2\x80\xA6";  // …
        out += "<text x=\"" + num(left - 6) + "\" y=\"" + num(y + 12) + "\" text-anchor=\"end\" font-size=\"12\">" +
               html_escape(label) + "</text>\n";
        const size_t wave = static_cast<size_t>(std::clamp(value_at(c, 2, i), 0.0, 3.0));
        const double x = x_of(value_at(c, 0, i)), w = std::max(2.0, x_of(value_at(c, 0, i) + value_at(c, 1, i)) - x);
        out += "<rect x=\"" + num(x) + "\" y=\"" + num(y + 3) + "\" width=\"" + num(w) + "\" height=\"" + num(row_h - 6) +
               "\" fill=\"" + colours[wave] + "\"/>\n";
    }
    out += "</svg>\n";
    return out;
}

}  // namespace caf
