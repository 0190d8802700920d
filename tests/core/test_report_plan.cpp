// The plan in the report (report_plan.cpp), the timeline SVG and the iCalendar
// file (export_ics.h), on the regulated-enterprise persona with a fixed start.
#include <catch2/catch.hpp>

#include "core/assessment.h"
#include "core/export_file.h"
#include "core/export_ics.h"
#include "core/render_svg.h"
#include "core/report_model.h"
#include "test_util.h"

using namespace caf;

namespace {

struct Built {
    Session session;
    Assessment assessment;
    Report report;
};

Built built(const std::string& start = "2027-01-04", int capacity = 2) {
    Built b;
    b.session = test::real_session("sessions/persona_regulated_enterprise.json");
    b.assessment = assess(test::real_model(), test::real_catalogue(), b.session);
    ExportContext ctx;
    ctx.date = "2026-12-01";
    ctx.plan.start = start;
    ctx.plan.capacity = capacity;
    b.report = build_report(test::real_model(), test::real_catalogue(), b.session, b.assessment, ctx);
    return b;
}

const Section& section(const Document& d, const std::string& id) {
    const Section* s = d.find_section(id);
    if (!s) FAIL("no section " << id);
    return *s;
}

template <class T>
std::vector<const T*> blocks(const Section& s) {
    std::vector<const T*> out;
    for (const auto& b : s.blocks)
        if (const T* t = std::get_if<T>(&b)) out.push_back(t);
    return out;
}

}  // namespace

TEST_CASE("every task gets its owner, effort and dependencies, open ones their dates", "[report-plan]") {
    const Built b = built();
    REQUIRE(b.report.plan.ok);
    CHECK(b.report.plan.start == "2027-01-04");
    CHECK(b.report.plan.capacity == 2);
    size_t open = 0;
    for (const auto& t : b.report.tasks) {
        INFO(t.id);
        CHECK_FALSE(t.owner.empty());
        CHECK_FALSE(t.effort.empty());
        CHECK(t.accountable == t.owner_role);
        const bool planned = t.status == ItemStatus::ToDo || t.status == ItemStatus::InProgress ||
                             t.status == ItemStatus::Unverified;
        open += planned;
        CHECK(planned == !t.start.empty());
        if (planned) CHECK(t.start <= t.due);
    }
    CHECK(b.report.plan.scheduled.size() == open);
    CHECK(b.report.plan.waves.size() == 4);
    CHECK(b.report.plan.waves[0].from == "2027-01-04");
    CHECK(b.report.plan.waves[1].from == "2027-02-04");  // day 31
    CHECK(b.report.plan.waves[0].to == "2027-02-03");
}

TEST_CASE("the executive summary has the level, three gaps and the Now items with owners and dates", "[report-plan]") {
    const Built b = built();
    const Section& s = section(b.report.document, "summary");
    CHECK(b.report.document.sections.front().id == "summary");
    const auto callouts = blocks<Callout>(s);
    REQUIRE(callouts.size() == 1);
    CHECK(plain(callouts[0]->headline) == "CAF AI maturity: Level 2 \xE2\x80\x94 Customize (our label)");
    CHECK(test::contains(plain(callouts[0]->lines[0]), "skills level 2, data level 3"));
    const auto lists = blocks<List>(s);
    REQUIRE(lists.size() == 1);
    CHECK(lists[0]->items.size() == 3);
    const auto tables = blocks<Table>(s);
    REQUIRE(tables.size() == 1);
    size_t now = 0;
    for (const auto& t : b.report.tasks) now += t.priority == Priority::Now;
    CHECK(tables[0]->rows.size() == now);
    for (const auto& row : tables[0]->rows) {
        CHECK_FALSE(plain(row.cells[2].text).empty());   // owner
        CHECK(plain(row.cells[3].text).size() == 10);    // start
    }
    // Listed by start date. (A Now item can start later than day 0: its prerequisites come
    // first, planned as Now; here the CoE and the responsible AI strategy precede
    // "Implement responsible AI".)
    for (size_t k = 1; k < tables[0]->rows.size(); ++k)
        CHECK(plain(tables[0]->rows[k - 1].cells[3].text) <= plain(tables[0]->rows[k].cells[3].text));
    CHECK(b.report.tasks[b.report.plan.scheduled.front()].start == "2027-01-04");
    CHECK(b.report.tasks[b.report.plan.scheduled.front()].id == "enterprise_establish_an_ai_center_of_excellence");
}

TEST_CASE("the first 90 days and the timeline hold the same items as the plan", "[report-plan]") {
    const Built b = built();
    const Section& f = section(b.report.document, "first-90-days");
    const auto t90 = blocks<Table>(f);
    REQUIRE(t90.size() == 1);
    size_t within = 0;
    for (size_t k : b.report.plan.scheduled) within += b.report.tasks[k].offset <= 90;
    CHECK(t90[0]->rows.size() == within);
    CHECK(within > 0);
    CHECK(within < b.report.plan.scheduled.size());
    const auto charts = blocks<Chart>(section(b.report.document, "timeline"));
    REQUIRE(charts.size() == 1);
    const Chart& c = *charts[0];
    CHECK(c.kind == ChartKind::Timeline);
    CHECK(c.labels.size() == b.report.plan.scheduled.size());
    CHECK(c.table.rows.size() == c.labels.size());
    REQUIRE(c.series.size() == 3);
    CHECK(c.series[0].values.front() == 0.0);     // the first item starts on day 0
    CHECK(c.marks.size() == 3);                   // days 31, 91, 181
    const std::string svg = timeline_svg(c);
    CHECK(test::contains(svg, "aria-labelledby=\"timeline-caption\""));
    size_t bars = 0;
    for (size_t at = svg.find("<rect"); at != std::string::npos; at = svg.find("<rect", at + 1)) ++bars;
    CHECK(bars == c.labels.size());
    // The HTML report draws it next to its table.
    ExportContext ctx;
    ctx.date = "2027-01-04";
    const auto html = export_file(ExportFormat::Html, test::real_model(), test::real_catalogue(), b.session,
                                  b.assessment, ctx);
    CHECK(test::contains(html.bytes, "class=\"timeline\""));
    CHECK(test::contains(html.bytes, "Planned items by start date"));
}

TEST_CASE("a report without a start date says how to get a plan", "[report-plan]") {
    const Session s = test::real_session("sessions/persona_regulated_enterprise.json");
    const Assessment a = assess(test::real_model(), test::real_catalogue(), s);
    const Report r = build_report(test::real_model(), test::real_catalogue(), s, a, {});
    CHECK_FALSE(r.plan.ok);
    CHECK(test::contains(r.plan.error, "start date"));
    CHECK_FALSE(r.document.find_section("timeline"));
    for (const auto& t : r.tasks) CHECK(t.start.empty());
    CHECK_FALSE(r.tasks.front().owner.empty());  // owners and efforts need no date
}

// [SECTION] iCalendar

TEST_CASE("iCalendar text is escaped and folded at 75 octets without splitting a character", "[ics]") {
    CHECK(ics_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
    const std::string line(100, 'x');
    const std::string folded = ics_fold(line);
    CHECK(folded == std::string(75, 'x') + "\r\n " + std::string(25, 'x') + "\r\n");
    // 74 ASCII octets, then a 2-octet character: it moves to the next line whole.
    const std::string wide = std::string(74, 'y') + "\xC3\xA9" + "z";
    CHECK(ics_fold(wide) == std::string(74, 'y') + "\r\n \xC3\xA9z\r\n");
    CHECK(ics_fold("short") == "short\r\n");
}

TEST_CASE("the plan's calendar has one all-day event per wave that has items", "[ics]") {
    const Built b = built();
    ExportContext ctx;
    ctx.date = "2026-12-01";
    const std::string ics = plan_ics(b.report, ctx, "Contoso");
    CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", 0) == 0);
    CHECK(ics.size() >= 15);
    CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
    size_t events = 0, waves = 0;
    for (const auto& w : b.report.plan.waves) waves += !w.items.empty();
    for (size_t at = ics.find("BEGIN:VEVENT"); at != std::string::npos; at = ics.find("BEGIN:VEVENT", at + 1)) ++events;
    CHECK(events == waves);
    CHECK(test::contains(ics, "\r\nDTSTART;VALUE=DATE:20270104\r\nDTEND;VALUE=DATE:20270105\r\n"));
    CHECK(test::contains(ics, "\r\nDTSTAMP:20261201T000000Z\r\n"));
    CHECK(test::contains(ics, "\r\nUID:caf-ai-plan-2027-01-04-w30-"));
    // Every physical line is at most 75 octets and ends with CRLF.
    size_t from = 0;
    while (from < ics.size()) {
        const size_t end = ics.find("\r\n", from);
        REQUIRE(end != std::string::npos);
        CHECK(end - from <= 75);
        CHECK(ics.substr(from, end - from).find('\n') == std::string::npos);
        from = end + 2;
    }
    // export_file names it and gives its type.
    const auto file = export_file(ExportFormat::Ics, test::real_model(), test::real_catalogue(), b.session,
                                  b.assessment, ctx);
    CHECK(file.name == "ai-adoption-plan-2026-12-01.ics");
    CHECK(file.mime == "text/calendar;charset=utf-8");
    CHECK(export_format_from_id("ics") == ExportFormat::Ics);
}
