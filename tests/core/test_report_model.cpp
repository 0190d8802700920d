// The report model (report_model.h): which sections a report has, that its
// tables and chart data are the assessment's numbers, that its task lists are
// the roadmap, and that both writers render every part of it
// (render_markdown.h, render_html.h). export_file (export_file.h): names,
// types and the bytes of every format.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "core/export_csv.h"
#include "core/export_file.h"
#include "core/export_html.h"
#include "core/export_markdown.h"
#include "core/format.h"
#include "core/render_html.h"
#include "core/render_markdown.h"
#include "core/render_svg.h"
#include "core/report.h"
#include "core/report_model.h"
#include "core/session_io.h"
#include "test_util.h"

namespace {

struct Fixture {
    caf::Session session;
    caf::Assessment assessment;
};

Fixture fixture(const std::string& name) {
    Fixture f{test::real_session("sessions/" + name), {}};
    f.assessment = caf::assess(test::real_model(), test::real_catalogue(), f.session);
    return f;
}

caf::Report report_of(const Fixture& f, const caf::ExportContext& ctx = {}) {
    return caf::build_report(test::real_model(), test::real_catalogue(), f.session, f.assessment, ctx);
}

std::vector<std::string> section_ids(const caf::Document& d) {
    std::vector<std::string> ids;
    for (const auto& s : d.sections) ids.push_back(s.id);
    return ids;
}

const caf::Section& section(const caf::Document& d, const std::string& id) {
    const caf::Section* s = d.find_section(id);
    if (!s) FAIL("no section " << id);
    return *s;
}

template <typename T>
std::vector<const T*> blocks_of(const caf::Section& s) {
    std::vector<const T*> out;
    for (const auto& b : s.blocks)
        if (const auto* x = std::get_if<T>(&b)) out.push_back(x);
    return out;
}

// What a document holds, counted the way its renderings can be counted.
struct Census {
    size_t sections = 0, subsections = 0, table_rows = 0, tables = 0, task_items = 0, done_items = 0;
    size_t bullets = 0, numbered = 0, charts = 0, callouts = 0;
};

void count(Census& c, const caf::Block& b) {
    if (const auto* t = std::get_if<caf::Table>(&b)) {
        ++c.tables;
        c.table_rows += t->rows.size();
    } else if (const auto* ch = std::get_if<caf::Chart>(&b)) {
        ++c.charts;
        ++c.tables;
        c.table_rows += ch->table.rows.size();
    } else if (const auto* l = std::get_if<caf::List>(&b)) {
        (l->ordered ? c.numbered : c.bullets) += l->items.size();
    } else if (const auto* tl = std::get_if<caf::TaskList>(&b)) {
        c.task_items += tl->items.size();
        for (const auto& i : tl->items) c.done_items += i.status == caf::ItemStatus::Done;
    } else if (std::holds_alternative<caf::Callout>(b)) {
        ++c.callouts;
    }
}

Census census(const caf::Document& d) {
    Census c;
    for (const auto& b : d.blocks) count(c, b);
    for (const auto& s : d.sections) {
        ++c.sections;
        for (const auto& b : s.blocks) count(c, b);
        for (const auto& sub : s.subsections) {
            ++c.subsections;
            for (const auto& b : sub.blocks) count(c, b);
        }
    }
    return c;
}

size_t lines_starting(const std::string& text, const std::string& prefix) {
    size_t n = 0, pos = 0;
    while (pos < text.size()) {
        if (text.compare(pos, prefix.size(), prefix) == 0) ++n;
        const size_t end = text.find('\n', pos);
        if (end == std::string::npos) break;
        pos = end + 1;
    }
    return n;
}

size_t occurrences(const std::string& text, const std::string& needle) {
    size_t n = 0;
    for (size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + needle.size())) ++n;
    return n;
}

size_t numbered_lines(const std::string& md) {
    size_t n = 0;
    for (int i = 1; i <= 9; ++i) n += lines_starting(md, caf::format_int(i) + ". ");
    return n;
}

// Every part of the document is in both renderings: a section, table row,
// task item, list item or chart a writer skipped changes a count.
void check_both_writers_render_everything(const caf::Document& d) {
    const Census c = census(d);
    const std::string md = caf::render_markdown(d);
    const std::string html = caf::render_html(d);
    INFO("sections " << c.sections << ", tables " << c.tables << ", rows " << c.table_rows << ", tasks "
                     << c.task_items);
    CHECK(lines_starting(md, "## ") == c.sections);
    CHECK(lines_starting(md, "### ") == c.subsections);
    CHECK(occurrences(html, "<h2 id=\"") == c.sections);
    CHECK(occurrences(html, "<h3 id=\"") == c.subsections);
    for (const auto& s : d.sections) {
        CHECK(test::contains(html, "<section aria-labelledby=\"" + s.id + "-h\">"));
        for (const auto& sub : s.subsections) CHECK(test::contains(html, "<h3 id=\"" + sub.id + "-h\">"));
    }
    // Markdown: a header line, an alignment line and one line per row.
    CHECK(lines_starting(md, "|") == 2 * c.tables + c.table_rows);
    CHECK(occurrences(html, "<table>") == c.tables);
    CHECK(occurrences(html, "<tr") == c.tables + c.table_rows);
    CHECK(lines_starting(md, "- [ ] ") + lines_starting(md, "- [x] ") == c.task_items);
    CHECK(lines_starting(md, "- [x] ") == c.done_items);
    CHECK(occurrences(html, "<li class=\"st-") == c.task_items);
    CHECK(lines_starting(md, "- ") == c.bullets + c.task_items);
    CHECK(numbered_lines(md) == c.numbered);
    CHECK(occurrences(html, "<li>") == c.bullets + c.numbered);
    CHECK(occurrences(html, "<figure>") == c.charts);
    CHECK(occurrences(html, "<div class=\"card") == c.callouts);
    for (const auto& f : d.facts) {
        CHECK(test::contains(md, f.key + ": "));
        CHECK(test::contains(html, "<dt>" + f.key + "</dt>"));
    }
}

}  // namespace

TEST_CASE("a report has its sections in order, the optional ones only when given", "[report-model]") {
    const Fixture f = fixture("persona_regulated_enterprise.json");
    const caf::Report r = report_of(f);
    CHECK(section_ids(r.document) ==
          std::vector<std::string>{"summary", "profile", "level", "scores", "movers", "roadmap", "answers", "glossary"});
    CHECK(caf::plain(r.document.title) == "Persona: regulated enterprise");
    // With a date the plan starts then: the first 90 days and the timeline follow the summary.
    caf::ExportContext dated;
    dated.date = "2027-01-04";
    CHECK(section_ids(report_of(f, dated).document) ==
          std::vector<std::string>{"summary", "first-90-days", "timeline", "profile", "level", "scores", "movers",
                                   "roadmap", "answers", "glossary"});
    CHECK(caf::plain(section(r.document, "roadmap").heading) == "Checklist: Enterprise AI adoption checklist");

    const Fixture earlier = fixture("persona_mature_enterprise.json");
    const caf::Comparison cmp =
        caf::compare(test::real_model(), test::real_catalogue(), earlier.session, f.session);
    const caf::Merged merged =
        caf::merge(test::real_model(), test::real_catalogue(), {earlier.session, f.session}, {"A", "B"});
    caf::ExportContext ctx;
    ctx.comparison = &cmp;
    ctx.merged = &merged;
    const caf::Report both = report_of(f, ctx);
    CHECK(section_ids(both.document) ==
          std::vector<std::string>{"summary", "profile", "level", "scores", "movers", "roadmap", "changes", "merge",
                                   "answers", "glossary"});
    std::vector<std::string> changes;
    for (const auto& s : section(both.document, "changes").subsections) changes.push_back(caf::plain(s.heading));
    CHECK(changes == std::vector<std::string>{"Dimensions", "Checklist items", "Answers"});

    // Nothing answered: nothing would move the score, so that section is left out.
    const caf::Session empty = caf::new_session(test::real_model());
    const caf::Report blank = caf::build_report(test::real_model(), test::real_catalogue(), empty,
                                                caf::assess(test::real_model(), test::real_catalogue(), empty), {});
    CHECK(blank.document.find_section("movers") == nullptr);
    CHECK(blank.document.find_section("answers") != nullptr);
}

TEST_CASE("both writers render every section, table row, list and task item", "[report-model]") {
    for (const char* name : {"persona_regulated_enterprise.json", "persona_copilot_startup.json",
                             "example_startup_paas.json"}) {
        SECTION(name) {
            const Fixture f = fixture(name);
            caf::ExportContext ctx;
            ctx.include_notes = true;
            ctx.date = "2026-01-02";
            const Fixture earlier = fixture("persona_mature_enterprise.json");
            const caf::Comparison cmp =
                caf::compare(test::real_model(), test::real_catalogue(), earlier.session, f.session);
            const caf::Merged merged =
                caf::merge(test::real_model(), test::real_catalogue(), {earlier.session, f.session}, {});
            ctx.comparison = &cmp;
            ctx.merged = &merged;
            check_both_writers_render_everything(report_of(f, ctx).document);
            check_both_writers_render_everything(caf::comparison_document(cmp));
        }
    }
}

TEST_CASE("the score table and the radar hold the assessment's numbers", "[report-model]") {
    const Fixture f = fixture("persona_regulated_enterprise.json");
    const caf::Report r = report_of(f);
    const auto charts = blocks_of<caf::Chart>(section(r.document, "scores"));
    REQUIRE(charts.size() == 1);
    const caf::Chart& radar = *charts[0];
    CHECK(radar.kind == caf::ChartKind::Radar);
    REQUIRE(radar.series.size() == 2);
    size_t row = 0, axis = 0;
    for (const auto& p : f.assessment.scores.phases) {
        for (const auto& d : p.dimensions) {
            const auto& cells = radar.table.rows.at(row++).cells;
            CHECK(caf::plain(cells.at(0).text) == p.phase->name);
            CHECK(caf::plain(cells.at(1).text) == d.dimension->name);
            CHECK(cells.at(1).text.at(0).url == d.dimension->link);
            CHECK(caf::plain(cells.at(2).text) == caf::score_or_dash(d.score));
            CHECK(caf::plain(cells.at(3).text) == caf::format_int(d.level_or_zero()));
            CHECK(caf::plain(cells.at(4).text) == caf::format_int(d.target));
            CHECK(radar.labels.at(axis) == d.dimension->name);
            CHECK(radar.series[0].values.at(axis) == Approx(d.score.value_or(0.0) / 25.0));
            CHECK(radar.series[1].values.at(axis) == Approx(d.target));
            ++axis;
        }
        const auto& total = radar.table.rows.at(row++);
        CHECK(total.summary);
        CHECK(caf::plain(total.cells.at(2).text) == caf::score_or_dash(p.score));
    }
    CHECK(row == radar.table.rows.size());
    CHECK(axis == radar.labels.size());

    // The CAF level with its basis; the practices score in a section of its own beside it.
    const auto& level = blocks_of<caf::Callout>(section(r.document, "level"));
    REQUIRE(level.size() == 1);
    const caf::MaturityLevel& m = f.assessment.scores.maturity;
    REQUIRE(m.level);
    CHECK(caf::plain(level[0]->headline) ==
          "Level " + caf::format_int(*m.level) + " \xE2\x80\x94 " + m.info->name + " (our label)");
    CHECK(caf::plain(level[0]->lines.at(0)) == "Basis: " + m.basis);
    const auto practices = blocks_of<caf::Paragraph>(section(r.document, "practices"));
    REQUIRE_FALSE(practices.empty());
    CHECK(caf::plain(practices[0]->text).rfind(caf::score_or_dash(f.assessment.scores.practices) + " of 100. ", 0) == 0);
    const auto fit = blocks_of<caf::Paragraph>(section(r.document, "fit"));
    REQUIRE_FALSE(fit.empty());
    CHECK(caf::plain(fit[0]->text) == f.assessment.fit.summary);
}

TEST_CASE("the checklist's task lists and phase chart are the roadmap", "[report-model]") {
    const Fixture f = fixture("persona_copilot_startup.json");
    const caf::Report r = report_of(f);
    const caf::Roadmap& roadmap = f.assessment.roadmap;
    const caf::Section& checklist = section(r.document, "roadmap");

    std::vector<const caf::RoadmapItem*> expected;
    for (const auto& p : roadmap.phases)
        for (const auto& i : p.items) expected.push_back(&i);
    std::vector<caf::TaskItem> listed;
    for (const auto& sub : checklist.subsections) {
        const caf::ChecklistPhase* phase = test::real_catalogue().find_phase(sub.id.substr(6));  // "phase-…"
        REQUIRE(phase);
        CHECK(caf::plain(sub.heading) == phase->name);
        for (const auto* list : blocks_of<caf::TaskList>(sub))
            for (const auto& t : list->items) {
                CHECK(t.phase_id == phase->id);
                listed.push_back(t);
            }
    }
    REQUIRE(listed.size() == expected.size());
    REQUIRE(r.tasks.size() == expected.size());
    for (size_t k = 0; k < expected.size(); ++k) {
        CHECK(listed[k].id == expected[k]->item->id);
        CHECK(listed[k].status == expected[k]->status);
        CHECK(listed[k].priority == expected[k]->priority);
        CHECK(listed[k].link == expected[k]->item->link);
        CHECK(r.tasks[k].id == expected[k]->item->id);
        CHECK(listed[k].details.at(listed[k].what.empty() ? 0 : 1).key == "Status");
    }
    // The CSVs' order: open items, Now first.
    const auto open = roadmap.by_priority();
    REQUIRE(r.open_by_priority.size() == open.size());
    for (size_t k = 0; k < open.size(); ++k) CHECK(r.tasks.at(r.open_by_priority[k]).id == open[k]->item->id);

    // The phase chart counts what the task lists hold.
    const auto charts = blocks_of<caf::Chart>(checklist);
    REQUIRE(charts.size() == 1);
    const caf::Chart& bars = *charts[0];
    CHECK(bars.kind == caf::ChartKind::StackedBars);
    REQUIRE(bars.labels.size() == checklist.subsections.size());
    for (size_t p = 0; p < bars.labels.size(); ++p) {
        int done = 0, progress = 0, todo = 0, check = 0, na = 0;
        for (const auto& t : listed) {
            if (t.phase_name != bars.labels[p]) continue;
            done += t.status == caf::ItemStatus::Done;
            progress += t.status == caf::ItemStatus::InProgress;
            todo += t.status == caf::ItemStatus::ToDo;
            check += t.status == caf::ItemStatus::Unverified;
            na += t.status == caf::ItemStatus::NotApplicable;
        }
        CHECK(bars.series.at(0).values.at(p) == done);
        CHECK(bars.series.at(1).values.at(p) == progress);
        CHECK(bars.series.at(2).values.at(p) == todo);
        CHECK(bars.series.at(3).values.at(p) == check);
        CHECK(bars.series.at(4).values.at(p) == na);
        CHECK(caf::plain(bars.table.rows.at(p).cells.at(1).text) == caf::format_int(done));
    }
}

TEST_CASE("notes are in the model only when asked for, and always as the user's text", "[report-model]") {
    caf::Session s = test::real_session("sessions/persona_regulated_enterprise.json");
    const std::string item = caf::assess(test::real_model(), test::real_catalogue(), s).roadmap.phases.at(0).items.at(0).item->id;
    s.items[item].note = "item <note>";
    s.notes["strategy_ai_leadership"] = "question *note*";   // the first question of the first activity
    const caf::Assessment a = caf::assess(test::real_model(), test::real_catalogue(), s);
    caf::ExportContext ctx;
    const caf::Report without = caf::build_report(test::real_model(), test::real_catalogue(), s, a, ctx);
    for (const auto& t : without.tasks) {
        CHECK(t.note.empty());
        for (const auto& d : t.details) CHECK(d.key != "Your note");
    }
    const auto& answers = section(without.document, "answers");
    CHECK(blocks_of<caf::Table>(answers.subsections.at(0)).at(0)->columns.size() == 5);

    ctx.include_notes = true;
    const caf::Report with = caf::build_report(test::real_model(), test::real_catalogue(), s, a, ctx);
    const auto t = std::find_if(with.tasks.begin(), with.tasks.end(), [&](const auto& x) { return x.id == item; });
    REQUIRE(t != with.tasks.end());
    CHECK(t->note == "item <note>");
    REQUIRE(t->details.back().key == "Your note");
    CHECK(t->details.back().note);
    CHECK(t->details.back().value.at(0).user);
    const auto& table = *blocks_of<caf::Table>(section(with.document, "answers").subsections.at(0)).at(0);
    REQUIRE(table.columns.size() == 6);
    CHECK(table.columns.back().kind == caf::ColumnKind::Note);
    CHECK(table.rows.at(0).cells.back().text.at(0).text == "question *note*");
    CHECK(table.rows.at(0).cells.back().text.at(0).user);
    // The renderers escape what the model holds raw.
    CHECK(test::contains(caf::render_markdown(with.document), "question \\*note\\*"));
    CHECK(test::contains(caf::render_html(with.document), "<strong>Your note:</strong> item &lt;note&gt;</p>"));
}

TEST_CASE("inline text renders by origin: data stays readable, user text is escaped", "[report-model]") {
    caf::Document d;
    d.title = {caf::user_text("A *title* [x](javascript:y)")};
    caf::Section s{"s", {caf::data_text("Heading")}, {}, {}};
    s.blocks.push_back(caf::Paragraph{{caf::data_text("plan_ai_hiring "), caf::strong_text("bold", caf::Tone::Up),
                                       caf::data_text(" "), caf::link_text("CAF", "https://learn.microsoft.com/x"),
                                       caf::data_text(" "), caf::link_text("bad", "javascript:alert(1)")}});
    s.blocks.push_back(caf::Facts{{{"Owner", {caf::user_text("Ann | B")}}, {"Due", {caf::data_text("2026-05-01")}}}});
    d.sections.push_back(std::move(s));
    const std::string md = caf::render_markdown(d);
    CHECK(md.rfind("# A \\*title\\* \\[x\\](javascript:y)\n\n## Heading\n\n", 0) == 0);
    CHECK(test::contains(md, "\n\nOwner: Ann \\| B \xC2\xB7 Due: 2026-05-01\n\n"));
    CHECK(test::contains(md, "plan_ai_hiring **bold** [CAF](https://learn.microsoft.com/x) bad\n"));
    const std::string html = caf::render_html(d);
    CHECK(test::contains(html, "<h1>A *title* [x](javascript:y)</h1>"));
    CHECK(test::contains(html, "<p>plan_ai_hiring <strong class=\"up\">bold</strong> <a "
                               "href=\"https://learn.microsoft.com/x\" rel=\"noopener\">CAF</a> bad</p>"));
    CHECK_FALSE(test::contains(html, "javascript:alert"));
    CHECK(test::contains(html, "<dl class=\"facts\">\n<dt>Owner</dt><dd>Ann | B</dd>\n<dt>Due</dt><dd>2026-05-01</dd>\n</dl>\n"));
}

TEST_CASE("charts: a radar needs three axes, bars scale to the longest", "[report-model]") {
    caf::Chart c;
    c.id = "radar";
    c.labels = {"A", "B"};
    c.series = {{"Current", {1, 2}}, {"Target", {2, 2}}};
    CHECK(caf::radar_svg(c).empty());
    c.labels.push_back("C & D");
    c.series[0].values.push_back(4);
    c.series[1].values.push_back(4);
    const std::string radar = caf::radar_svg(c);
    CHECK(test::contains(radar, "aria-labelledby=\"radar-caption\""));
    CHECK(test::contains(radar, ">C &amp; D</tspan>"));
    CHECK(test::contains(radar, ">Current</text>"));

    caf::Chart bars;
    bars.kind = caf::ChartKind::StackedBars;
    bars.id = "bars";
    bars.labels = {"Strategy", "Plan"};
    bars.series = {{"Done", {2, 0}}, {"In progress", {2, 1}}, {"To do", {0, 0}}, {"Not applicable", {0, 0}}};
    const std::string svg = caf::stacked_bars_svg(bars);
    CHECK(test::contains(svg, "viewBox=\"0 0 640 130\""));                 // 70 + 30 per bar
    CHECK(test::contains(svg, "<rect x=\"90.0\" y=\"20.0\" width=\"260.0\""));  // 2 of the longest bar's 4
    CHECK(test::contains(svg, "<rect x=\"90.0\" y=\"50.0\" width=\"130.0\""));  // Plan: 1 of 4
    CHECK(occurrences(svg, "<rect ") == 3 + 4);                            // segments + legend
}

TEST_CASE("export_file names every format after the date and gives its type and bytes", "[report-model][export]") {
    const Fixture f = fixture("persona_regulated_enterprise.json");
    const auto& m = test::real_model();
    const auto& c = test::real_catalogue();
    caf::ExportContext ctx;
    ctx.date = "2026-03-04";
    struct Expect {
        caf::ExportFormat format;
        const char* id;
        const char* name;
        const char* mime;
    };
    const Expect expected[] = {
        {caf::ExportFormat::Markdown, "md", "ai-adoption-roadmap-2026-03-04.md", "text/markdown;charset=utf-8"},
        {caf::ExportFormat::Html, "html", "ai-maturity-report-2026-03-04.html", "text/html;charset=utf-8"},
        {caf::ExportFormat::CsvAzureBoards, "csv", "ai-adoption-roadmap-2026-03-04-azure-boards.csv",
         "text/csv;charset=utf-8"},
        {caf::ExportFormat::CsvIssues, "csv-issues", "ai-adoption-roadmap-2026-03-04-issues.csv",
         "text/csv;charset=utf-8"},
        {caf::ExportFormat::JsonReport, "json", "ai-maturity-report-2026-03-04.json", "application/json"},
        {caf::ExportFormat::Session, "session", "ai-maturity-session-2026-03-04.json", "application/json"},
    };
    for (const auto& e : expected) {
        const caf::ExportedFile file = caf::export_file(e.format, m, c, f.session, f.assessment, ctx);
        CHECK(file.name == e.name);
        CHECK(file.mime == e.mime);
        CHECK_FALSE(file.bytes.empty());
        CHECK(std::string(caf::format_id(e.format)) == e.id);
        CHECK(caf::export_format_from_id(e.id) == e.format);
    }
    CHECK_FALSE(caf::export_format_from_id("pdf"));
    // The bytes are the per-format writers' (the app and the CLI call export_file).
    CHECK(caf::export_file(caf::ExportFormat::Markdown, m, c, f.session, f.assessment, ctx).bytes ==
          caf::report_markdown(m, c, f.session, f.assessment, ctx));
    CHECK(caf::export_file(caf::ExportFormat::Html, m, c, f.session, f.assessment, ctx).bytes ==
          caf::report_html(m, c, f.session, f.assessment, ctx));
    CHECK(caf::export_file(caf::ExportFormat::CsvAzureBoards, m, c, f.session, f.assessment, ctx).bytes ==
          caf::csv_azure_boards(m, c, f.session, f.assessment, ctx));
    CHECK(caf::export_file(caf::ExportFormat::CsvIssues, m, c, f.session, f.assessment, ctx).bytes ==
          caf::csv_issues(m, c, f.session, f.assessment, ctx));
    CHECK(caf::export_file(caf::ExportFormat::Session, m, c, f.session, f.assessment, ctx).bytes ==
          caf::serialize_session(f.session));
    // CSV options travel in the context.
    ctx.csv.bom = false;
    ctx.csv.work_item_type = "Issue";
    CHECK(caf::export_file(caf::ExportFormat::CsvAzureBoards, m, c, f.session, f.assessment, ctx)
              .bytes.rfind("Work Item Type,Title,Description,Priority,Tags\r\nIssue,", 0) == 0);
    // No date, no date in the name.
    CHECK(caf::export_file(caf::ExportFormat::Markdown, m, c, f.session, f.assessment, {}).name ==
          "ai-adoption-roadmap.md");
}

TEST_CASE("export_file stamps the session file and keeps notes out of the JSON report unless asked", "[report-model][export]") {
    const Fixture f = fixture("example_startup_paas.json");
    REQUIRE_FALSE(f.session.notes.empty());
    const auto& m = test::real_model();
    const auto& c = test::real_catalogue();
    caf::ExportContext ctx;
    ctx.saved_at = "2026-03-04T05:06:07Z";
    const auto saved = nlohmann::json::parse(
        caf::export_file(caf::ExportFormat::Session, m, c, f.session, f.assessment, ctx).bytes);
    CHECK(saved.at("meta").at("updated") == "2026-03-04T05:06:07Z");
    CHECK(saved.at("notes").size() == f.session.notes.size());  // the user's own file keeps them

    const std::string note = f.session.notes.begin()->second;
    const std::string without = caf::export_file(caf::ExportFormat::JsonReport, m, c, f.session, f.assessment, ctx).bytes;
    CHECK_FALSE(test::contains(without, note));
    ctx.include_notes = true;
    const std::string with = caf::export_file(caf::ExportFormat::JsonReport, m, c, f.session, f.assessment, ctx).bytes;
    CHECK(test::contains(with, nlohmann::json(note).dump()));
    CHECK(with == caf::report_json(m, c, f.session, f.assessment));  // the 4-argument form keeps notes
}
