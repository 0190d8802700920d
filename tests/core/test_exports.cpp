// The exports (export_markdown.h, export_html.h, export_csv.h): content,
// escaping of user text, notes only on request, RFC 4180 CSV, locale-proof
// numbers. The real tools (cmark, tidy, Python's csv, jsonschema) check the
// same outputs in tests/exports/check_exports.sh.
#include <catch2/catch.hpp>


#include "core/export_csv.h"
#include "core/export_html.h"
#include "core/export_markdown.h"
#include "core/import.h"
#include "test_util.h"

namespace {

struct Exports {
    std::string md, html, azure, issues;
};

caf::Session injection() {
    auto r = caf::import_session(test::read_file(std::string(CAF_SOURCE_DIR) + "/tests/exports/injection_session.json"),
                                 "injection_session.json", test::real_model(), test::real_catalogue());
    if (!r.ok()) FAIL(caf::errors_to_string(r.session.errors));
    return *r.session.value;
}

Exports all(const caf::Session& s, bool notes, const std::string& date = "2026-01-02") {
    const auto& m = test::real_model();
    const auto& c = test::real_catalogue();
    const auto a = caf::assess(m, c, s);
    caf::ExportContext ctx;
    ctx.date = date;
    ctx.include_notes = notes;
    return {caf::report_markdown(m, c, s, a, ctx), caf::report_html(m, c, s, a, ctx),
            caf::csv_azure_boards(m, c, s, a, ctx), caf::csv_issues(m, c, s, a, ctx)};
}

// RFC 4180 records (a small reader for the unit tests; Python's csv module
// reads the same files in tests/exports).
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    size_t i = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.push_back(field);
            field.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(field.empty());
    REQUIRE(row.empty());  // the last record ends with CRLF
    return rows;
}

}  // namespace

TEST_CASE("the HTML report is one self-contained, printable file", "[export][html]") {
    const auto e = all(test::real_session("sessions/persona_regulated_enterprise.json"), false);
    const std::string& h = e.html;
    CHECK(h.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">", 0) == 0);
    CHECK(test::contains(h, "@media print {\n  @page { size: A4; margin: 15mm; }"));
    CHECK(test::contains(h, "<dt>Date</dt><dd>2026-01-02</dd>"));
    CHECK(test::contains(h, "(caf-ai-maturity version 2.0.0)"));
    CHECK(test::contains(h, "<h2 id=\"profile-h\">Profile</h2>"));
    CHECK(test::contains(h, "<p class=\"level\">Level 2 \xE2\x80\x94 Customize (our label)</p>"));
    CHECK(test::contains(h, "<strong>Basis:</strong> skills level 2, data level 3 \xE2\x86\x92 level 2"));
    CHECK(test::contains(h, "Strategy &amp; Plan practices score</h3>"));
    CHECK(test::contains(h, "Technology fit</h3>"));
    CHECK(test::contains(h, "<h2 id=\"glossary-h\">Glossary</h2>"));
    CHECK(test::contains(h, "role=\"img\" aria-labelledby=\"radar-caption\""));
    CHECK(test::contains(h, "<figcaption id=\"radar-caption\">"));
    CHECK(test::contains(h, "role=\"img\" aria-labelledby=\"bars-caption\""));
    CHECK(test::contains(h, "<caption>Dimension scores (0\xE2\x80\x93" "100), levels (0\xE2\x80\x93" "4) and targets</caption>"));
    CHECK(test::contains(h, "<caption>Checklist items per phase</caption>"));
    CHECK(test::contains(h, "<a href=\"https://learn.microsoft.com/azure/cloud-adoption-framework/ai/secure#discover-ai-security-risks\" rel=\"noopener\">Discover AI security risks</a>"));
    CHECK(test::contains(h, "Priority: Now</span>"));
    for (const char* banned : {"<script", "<img", "<link", "<iframe", " src=", "url(", "@import", "http://"})
        CHECK_FALSE(test::contains(h, banned));
    CHECK_FALSE(test::contains(h, "changes-h"));  // no comparison without one
    CHECK_FALSE(test::contains(h, "merge-h"));
}

TEST_CASE("in the HTML report, items to check are marked apart from the open ones", "[export][html]") {
    // The IaaS lab leaves most Ready → Manage quick checks unanswered: those items are "Check it".
    const auto e = all(test::real_session("sessions/path_iaas_lab.json"), false);
    CHECK(test::contains(e.html, "ul.items > li.st-check {"));
    CHECK(test::contains(e.html, "<li class=\"st-check\">"));
    CHECK(test::contains(e.html, "<li class=\"st-progress\">"));
}

TEST_CASE("notes are escaped everywhere and left out unless asked for", "[export][injection]") {
    const caf::Session s = injection();
    const auto with = all(s, true);
    CHECK(test::contains(with.html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK_FALSE(test::contains(with.html, "<script"));
    CHECK_FALSE(test::contains(with.html, "<b onmouseover"));
    CHECK(test::contains(with.html, "<h1>Injection &lt;b&gt;test&lt;/b&gt; | =1+1 [x](javascript:alert(1))</h1>"));
    CHECK(test::contains(with.md, "| &lt;script&gt;alert(1)&lt;/script&gt; |"));
    CHECK(test::contains(with.md, "\\[x\\](javascript:alert(1)) and !\\[img\\](http://x.example/i.png)"));
    CHECK(test::contains(with.md, "\\| table \\| cell \\| \\|---\\|---\\| \\# heading - list"));
    CHECK(test::contains(with.md, "  - Your note: &lt;b onmouseover=alert(1)&gt;x&lt;/b&gt;\n"));
    CHECK_FALSE(test::contains(with.md, "<script"));
    CHECK_FALSE(test::contains(with.md, "<b"));
    const auto issues = read_csv(with.issues);
    bool neutralised = false;
    for (const auto& row : issues)
        for (const auto& cell : row) {
            CHECK_FALSE((!cell.empty() && std::string("=+-@\t\r").find(cell[0]) != std::string::npos));
            if (cell == "'=1+1") neutralised = true;
        }
    CHECK(neutralised);
    CHECK(test::contains(with.azure, "<b>Note:</b> &lt;b onmouseover=alert(1)&gt;x&lt;/b&gt;"));

    const auto without = all(s, false);
    for (const std::string* out : {&without.md, &without.html, &without.azure, &without.issues}) {
        CHECK_FALSE(test::contains(*out, "alert(1)&lt;/script"));
        CHECK_FALSE(test::contains(*out, "onmouseover"));
        CHECK_FALSE(test::contains(*out, "SUM(A1)"));
    }
    CHECK_FALSE(test::contains(without.md, "Your note"));
    CHECK_FALSE(test::contains(without.md, "| Note |"));
}

TEST_CASE("the Markdown report has a profile table, the date and task lists", "[export][markdown]") {
    const auto e = all(test::real_session("sessions/persona_copilot_startup.json"), false, "2026-05-06");
    const std::string& md = e.md;
    CHECK(md.rfind("# Persona: startup that only buys Copilots\n\nRespondent: Test persona \xC2\xB7 Date: 2026-05-06 \xC2\xB7 ", 0) == 0);
    CHECK(test::contains(md, "## Profile\n\n| Question | Answer |\n|---|---|\n"));
    CHECK(test::contains(md, "| How do you use, or plan to use, AI? | "));
    CHECK(test::contains(md, "\n- [ ] **["));
    CHECK(test::contains(md, "### [Strategy](https://learn.microsoft.com/"));
    // The 4-argument report (the app's download) keeps notes and has no date line.
    const auto& m = test::real_model();
    const auto& c = test::real_catalogue();
    const caf::Session s = injection();
    const std::string app = caf::report_markdown(m, c, s, caf::assess(m, c, s));
    CHECK(test::contains(app, "Your note: "));
    CHECK_FALSE(test::contains(app, "Date: "));
}

TEST_CASE("the Azure Boards CSV lists open items by priority, then the items to check", "[export][csv]") {
    const caf::Session s = test::real_session("sessions/persona_regulated_enterprise.json");
    const auto e = all(s, false);
    // Agile (the default): User Story has Start Date and Finish Date.
    CHECK(e.azure.rfind("\xEF\xBB\xBFWork Item Type,Title,Description,Priority,Tags,Start Date,Finish Date\r\n", 0) == 0);
    const auto rows = read_csv(e.azure);
    const auto a = caf::assess(test::real_model(), test::real_catalogue(), s);
    REQUIRE(rows.size() ==
            1 + static_cast<size_t>(a.roadmap.counts.in_progress + a.roadmap.counts.to_do + a.roadmap.counts.unverified));
    int last = 1;
    for (size_t i = 1; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == 7);
        CHECK(rows[i][0] == "User Story");
        CHECK(rows[i][5].size() == 10);  // the plan's ISO dates (the report's date starts the plan)
        CHECK(rows[i][5] <= rows[i][6]);
        CHECK(test::contains(rows[i][4], "; Owner: "));
        CHECK(test::contains(rows[i][4], "; Wave: "));
        const int p = std::stoi(rows[i][3]);
        CHECK(p >= last);  // Now (1) first; the items to check (no priority: 4) last
        last = p;
        CHECK((p == 4) == test::contains(rows[i][4], "; Status: Check it; "));
        CHECK(test::contains(rows[i][2], "<p><b>CAF guidance:</b> <a href=\"https://learn.microsoft.com/"));
        CHECK(rows[i][2].find('\n') == std::string::npos);
        CHECK(rows[i][4].rfind("CAF AI; Phase: ", 0) == 0);
    }
    CHECK(rows[1][3] == "1");
    CHECK(test::contains(rows[1][4], "; Priority: Now; "));
    caf::CsvOptions o;
    o.bom = false;
    o.work_item_type = "Product Backlog Item";
    const std::string scrum = caf::csv_azure_boards(test::real_model(), test::real_catalogue(), s, a, {}, o);
    CHECK(scrum.rfind("Work Item Type,Title,Description,Priority,Tags\r\n", 0) == 0);  // a PBI has no date fields
    CHECK(read_csv(scrum)[1][0] == "Product Backlog Item");
    caf::ExportContext dated;
    dated.date = "2027-01-04";
    caf::CsvOptions basic;
    basic.process = caf::AzureProcess::Basic;
    const auto issue = read_csv(caf::csv_azure_boards(test::real_model(), test::real_catalogue(), s, a, dated, basic));
    REQUIRE(issue[0].size() == 5);
    CHECK(issue[1][0] == "Issue");
    CHECK(test::contains(issue[1][2], "<p><b>Start:</b> 2027-"));  // the first row is Now, not the plan's first item
    bool first_day = false;
    for (const auto& r : issue) first_day = first_day || test::contains(r[2], "<p><b>Start:</b> 2027-01-04 <b>Due:</b> ");
    CHECK(first_day);
    caf::CsvOptions cmmi;
    cmmi.process = caf::AzureProcess::Cmmi;
    const auto req = read_csv(caf::csv_azure_boards(test::real_model(), test::real_catalogue(), s, a, dated, cmmi));
    CHECK(req[0] == std::vector<std::string>{"Work Item Type", "Title", "Description", "Priority", "Tags", "Start Date",
                                             "Finish Date"});
    CHECK(req[1][0] == "Requirement");
    std::string earliest = "9999";
    for (size_t i = 1; i < req.size(); ++i) earliest = std::min(earliest, req[i][5]);
    CHECK(earliest == "2027-01-04");
    CHECK_FALSE(test::contains(req[1][2], "<b>Start:</b>"));
}

TEST_CASE("the issues CSV lists every applicable item with Jira-style fields", "[export][csv]") {
    const caf::Session s = test::real_session("sessions/persona_mature_enterprise.json");
    const auto e = all(s, false);
    const auto rows = read_csv(e.issues);
    const auto a = caf::assess(test::real_model(), test::real_catalogue(), s);
    REQUIRE(rows[0] == std::vector<std::string>{"Summary", "Description", "Priority", "Labels", "Status", "Phase",
                                                "Link", "Item ID", "Note", "Start date", "Due date", "Owner"});
    CHECK(rows.size() == 1 + static_cast<size_t>(a.roadmap.counts.total - a.roadmap.counts.not_applicable));
    int done = 0;
    for (size_t i = 1; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == 12);
        CHECK((rows[i][4] == "Done") == rows[i][9].empty());  // dates on planned items only
        CHECK_FALSE(rows[i][11].empty());
        CHECK(rows[i][3].rfind("caf-ai phase-", 0) == 0);
        CHECK(rows[i][3].find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ_") == std::string::npos);
        done += rows[i][4] == "Done";
        CHECK(test::contains(rows[i][1], "\nCAF guidance: https://learn.microsoft.com/"));
    }
    CHECK(done == a.roadmap.counts.done);
}

TEST_CASE("exports are identical under any C locale", "[export]") {
    const caf::Session s = test::real_session("sessions/persona_regulated_enterprise.json");
    const auto a = all(s, true);
    const auto b = [&] {
        const test::GermanLocale german;  // a comma decimal separator, checked to be active
        return all(s, true);
    }();
    CHECK(a.md == b.md);
    CHECK(a.html == b.html);
    CHECK(a.azure == b.azure);
    CHECK(a.issues == b.issues);
    CHECK_FALSE(test::contains(a.html, "points=\"320,"));  // coordinates carry one decimal: 320.0
    CHECK(test::contains(a.html, "<line x1=\"320.0\" y1=\"240.0\""));
}
