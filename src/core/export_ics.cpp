// The plan as iCalendar (export_ics.h).
#include "core/export_ics.h"

#include <cstdint>

#include "core/civil_date.h"

namespace caf {

namespace {

// "2026-12-01T10:20:30Z" or "2026-12-01" -> "20261201T102030Z"; "" when neither.
std::string utc_stamp(const std::string& t) {
    if (t.size() >= 10 && parse_iso_day(t.substr(0, 10))) {
        std::string out = t.substr(0, 4) + t.substr(5, 2) + t.substr(8, 2) + "T";
        if (t.size() >= 19 && t[10] == 'T' && t.back() == 'Z')
            out += t.substr(11, 2) + t.substr(14, 2) + t.substr(17, 2);
        else
            out += "000000";
        return out + "Z";
    }
    return "";
}

std::string hash_hex(const std::string& text) {
    std::uint64_t h = 1469598103934665603ULL;  // FNV-1a
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    static const char* kHex = "0123456789abcdef";
    std::string out;
    for (int i = 60; i >= 0; i -= 4) out += kHex[(h >> i) & 0xF];
    return out;
}

}  // namespace

std::string ics_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c != '\r') {
            out += c;
        }
    }
    return out;
}

std::string ics_fold(const std::string& line) {
    std::string out;
    size_t used = 0;  // octets on the current physical line
    for (size_t i = 0; i < line.size();) {
        size_t len = 1;  // the UTF-8 sequence starting here
        const unsigned char c = static_cast<unsigned char>(line[i]);
        if (c >= 0xF0) len = 4;
        else if (c >= 0xE0) len = 3;
        else if (c >= 0xC0) len = 2;
        if (i + len > line.size()) len = line.size() - i;
        if (used + len > 75) {
            out += "\r\n ";
            used = 1;  // the leading space counts
        }
        out.append(line, i, len);
        used += len;
        i += len;
    }
    return out + "\r\n";
}

std::string plan_ics(const Report& report, const ExportContext& context, const std::string& title) {
    std::string out;
    auto line = [&](const std::string& l) { out += ics_fold(l); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//CAF AI maturity self-assessment//AI adoption plan//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("X-WR-CALNAME:" + ics_escape("AI adoption plan: " + title));
    const ReportPlan& p = report.plan;
    if (p.ok) {
        std::string stamp = utc_stamp(context.saved_at);
        if (stamp.empty()) stamp = utc_stamp(context.date);
        if (stamp.empty()) stamp = utc_stamp(p.start);
        const std::string who = hash_hex(title);
        for (const auto& w : p.waves) {
            if (w.items.empty()) continue;
            const auto day = parse_iso_day(w.from);
            if (!day) continue;
            std::string d = "Items that start in this wave (" + w.from + " to " + w.to + "):\n";
            for (size_t k : w.items) {
                const TaskItem& t = report.tasks[k];
                d += "- " + t.title + " (" + t.phase_name + "), owner " + t.owner + ", " + t.start + " to " + t.due + "\n";
            }
            d += "Capacity: " + std::to_string(p.capacity) + " items at a time. Made by the CAF AI maturity self-assessment.";
            line("BEGIN:VEVENT");
            line("UID:caf-ai-plan-" + p.start + "-" + w.id + "-" + who + "@caf-ai-maturity.invalid");
            line("DTSTAMP:" + stamp);
            line("DTSTART;VALUE=DATE:" + ics_day(*day));
            line("DTEND;VALUE=DATE:" + ics_day(*day + 1));
            line("SUMMARY:" + ics_escape("AI plan: " + w.name + " (" + std::to_string(w.items.size()) +
                                         (w.items.size() == 1 ? " item starts)" : " items start)")));
            line("DESCRIPTION:" + ics_escape(d));
            line("TRANSP:TRANSPARENT");
            line("END:VEVENT");
        }
    }
    line("END:VCALENDAR");
    return out;
}

}  // namespace caf
