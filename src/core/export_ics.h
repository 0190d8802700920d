#pragma once
// The plan as an iCalendar file (RFC 5545) that Outlook and Google Calendar
// import: one all-day event per wave milestone (the day the wave starts),
// naming the items that start in it with their owners and dates.
//   - CRLF line ends; lines folded at 75 octets (CRLF + space), never inside
//     a UTF-8 sequence; TEXT values escaped (\\ \; \, and \n).
//   - VERSION, PRODID, CALSCALE:GREGORIAN, METHOD:PUBLISH; per event UID
//     (stable: the plan's start, the wave and a hash of the assessment's title,
//     so importing again updates rather than duplicates), DTSTAMP (UTC, from
//     ExportContext::saved_at, else the report's date, else the plan's start),
//     DTSTART;VALUE=DATE and DTEND;VALUE=DATE (the next day: DTEND is
//     exclusive), SUMMARY, DESCRIPTION, TRANSP:TRANSPARENT (a milestone does not
//     block the calendar).
//   - Waves in which nothing starts get no event. Without a plan (no valid
//     start date) the calendar has no events.
#include <string>

#include "core/export.h"
#include "core/report_model.h"

namespace caf {

std::string plan_ics(const Report& report, const ExportContext& context, const std::string& title);

// RFC 5545 helpers (tests use them).
std::string ics_escape(const std::string& text);  // TEXT value escaping
std::string ics_fold(const std::string& line);    // one content line, folded, with its CRLF

}  // namespace caf
