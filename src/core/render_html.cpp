// HTML rendering of a report document (render_html.h). Layout only: what
// the document says is decided in report_model.cpp.
#include "core/render_html.h"

#include "core/escape.h"
#include "core/format.h"
#include "core/render_svg.h"

namespace caf {

namespace {

// [SECTION] Style

const char* kStyle = R"CSS(
:root { color-scheme: light; --fg: #1b1b1b; --muted: #555; --line: #c8c8c8; --accent: #0b5cad;
  --target: #b35900; --done: #1e7b34; --progress: #0b5cad; --todo: #b35900; --na: #8a8a8a; --now: #a4001d; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: #fff;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.report, main, footer { max-width: 62rem; margin: 0 auto; padding: 0 1.25rem; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 1.5rem 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
a { color: var(--accent); }
.lead { color: var(--muted); margin: 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .75rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.card { border: 1px solid var(--line); border-left: 6px solid var(--accent); border-radius: 6px;
  padding: .75rem 1rem; margin: 1rem 0; }
.card p { margin: .35rem 0; }
.level { font-size: 1.4rem; font-weight: 700; }
.warn { border-left-color: var(--todo); }
.pair { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.pair figure { flex: 1 1 22rem; margin: 0; }
.pair .data { flex: 1 1 24rem; overflow-x: auto; }
figcaption { color: var(--muted); font-size: .9rem; }
svg { max-width: 100%; height: auto; }
svg text:not([fill]) { fill: #1b1b1b; }
svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 13px; }
svg.radar text { font-size: 15px; }
.pair.stack { display: block; }
.pair.stack figure { max-width: 44rem; margin-bottom: 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f0f0f0; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.phase-row th, tr.phase-row td { background: #f7f7f7; font-weight: 600; }
ul.items { list-style: none; padding: 0; margin: 0; }
ul.items > li { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px;
  padding: .5rem .75rem; margin: .5rem 0; }
ul.items > li.st-done { border-left-color: var(--done); }
ul.items > li.st-progress { border-left-color: var(--progress); }
ul.items > li.st-todo { border-left-color: var(--todo); }
ul.items > li.st-na { border-left-color: var(--na); color: var(--muted); }
ul.items > li.st-check { border-left-color: var(--muted); border-left-style: dashed; }
ul.items p { margin: .2rem 0; }
.item-title { font-weight: 600; }
.badge { display: inline-block; border: 1px solid currentColor; border-radius: 999px; padding: 0 .5rem;
  font-size: .8rem; font-weight: 600; margin-left: .35rem; }
.pr-now { color: var(--now); }
.note { white-space: pre-wrap; border-left: 3px solid var(--line); padding-left: .5rem; }
.up { color: var(--done); }
.down { color: var(--now); }
footer { color: var(--muted); font-size: .85rem; margin-top: 2.5rem; margin-bottom: 2rem; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { font-size: 10pt; line-height: 1.35; }
  header.report, main, footer { max-width: none; padding: 0; }
  h1 { margin-top: 0; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  figure, tr, .card, ul.items > li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .pair { display: block; }
  .pair figure { max-width: 150mm; margin: 0 auto; }
  a { color: #000; text-decoration: none; }
  ul.items a[href]::after { content: " (" attr(href) ")"; font-size: 8pt; font-weight: 400; word-break: break-all; }
  section[aria-labelledby="answers-h"] { break-before: page; page-break-before: always; }
}
)CSS";

// [SECTION] Inline

std::string h(const std::string& text) { return html_escape(text); }

const char* tone_class(Tone t) { return t == Tone::Up ? "up" : t == Tone::Down ? "down" : ""; }

std::string inline_html(const Text& text) {
    std::string out;
    for (const auto& s : text) {
        std::string t = h(s.text);
        const std::string href = html_url(s.url);
        if (!href.empty()) t = "<a href=\"" + href + "\" rel=\"noopener\">" + t + "</a>";
        const std::string cls = tone_class(s.tone);
        const std::string attr = cls.empty() ? "" : " class=\"" + cls + "\"";
        if (s.strong)
            t = "<strong" + attr + ">" + t + "</strong>";
        else if (!cls.empty())
            t = "<span" + attr + ">" + t + "</span>";
        out += t;
    }
    return out;
}

// [SECTION] Blocks

void facts(std::string& out, const std::vector<Fact>& list) {
    out += "<dl class=\"facts\">\n";
    for (const auto& f : list) out += "<dt>" + h(f.key) + "</dt><dd>" + inline_html(f.value) + "</dd>\n";
    out += "</dl>\n";
}

void table(std::string& out, const Table& t) {
    out += "<table>\n";
    if (!t.caption.empty()) out += "<caption>" + h(t.caption) + "</caption>\n";
    out += "<thead><tr>";
    for (const auto& c : t.columns)
        out += std::string("<th scope=\"col\"") + (c.kind == ColumnKind::Number ? " class=\"num\"" : "") + ">" +
               inline_html(c.label) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : t.rows) {
        out += row.summary ? "<tr class=\"phase-row\">" : "<tr>";
        for (size_t i = 0; i < row.cells.size(); ++i) {
            const Cell& c = row.cells[i];
            if (i == t.row_header) {
                out += "<th scope=\"row\">" + inline_html(c.text) + "</th>";
                continue;
            }
            const ColumnKind kind = i < t.columns.size() ? t.columns[i].kind : ColumnKind::Plain;
            std::string cls = kind == ColumnKind::Number ? "num" : kind == ColumnKind::Note ? "note" : "";
            if (c.tone != Tone::None) cls += (cls.empty() ? "" : " ") + std::string(tone_class(c.tone));
            out += (cls.empty() ? std::string("<td>") : "<td class=\"" + cls + "\">") + inline_html(c.text) + "</td>";
        }
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
}

const char* status_class(ItemStatus s) {
    switch (s) {
        case ItemStatus::Done: return "st-done";
        case ItemStatus::InProgress: return "st-progress";
        case ItemStatus::ToDo: return "st-todo";
        case ItemStatus::Unverified: return "st-check";   // not covered by the answers: check it
        case ItemStatus::NotApplicable: return "st-na";
    }
    return "st-todo";
}

void task_list(std::string& out, const TaskList& list) {
    out += "<ul class=\"items\">\n";
    for (const auto& i : list.items) {
        out += std::string("<li class=\"") + status_class(i.status) + "\">\n";
        out += "<p class=\"item-title\"><span aria-hidden=\"true\">" +
               std::string(i.status == ItemStatus::Done ? "\xE2\x98\x91" : "\xE2\x98\x90") + "</span> " +
               inline_html({link_text(i.title, i.link)}) + " <span class=\"badge\">" + label(i.status) + "</span>";
        if (i.priority != Priority::None)
            out += std::string(" <span class=\"badge") + (i.priority == Priority::Now ? " pr-now" : "") +
                   "\">Priority: " + label(i.priority) + "</span>";
        out += "</p>\n";
        for (const auto& d : i.details)
            out += std::string(d.note ? "<p class=\"note\">" : "<p>") + "<strong>" + h(d.key) + ":</strong> " +
                   inline_html(d.value) + "</p>\n";
        out += "</li>\n";
    }
    out += "</ul>\n";
}

// A chart above its table (the score table has seven columns: too wide to sit
// beside the radar): the SVG is labelled by its caption, and the table holds
// the same numbers.
void chart(std::string& out, const Chart& c) {
    out += "<div class=\"pair stack\">\n<figure>\n";
    out += c.kind == ChartKind::Radar       ? radar_svg(c)
           : c.kind == ChartKind::Timeline ? timeline_svg(c)
                                           : stacked_bars_svg(c);
    out += "<figcaption id=\"" + h(c.id) + "-caption\">" + h(c.caption) + "</figcaption>\n</figure>\n";
    out += "<div class=\"data\">\n";
    table(out, c.table);
    out += "</div>\n</div>\n";
}

void callout(std::string& out, const Callout& c) {
    out += std::string("<div class=\"card") + (c.warn ? " warn" : "") + "\">\n";
    out += "<p class=\"level\">" + inline_html(c.headline) + "</p>\n";
    for (const auto& line : c.lines) out += "<p>" + inline_html(line) + "</p>\n";
    out += "</div>\n";
}

void block(std::string& out, const Block& b) {
    if (const auto* p = std::get_if<Paragraph>(&b)) {
        out += "<p>" + inline_html(p->text) + "</p>\n";
    } else if (const auto* f = std::get_if<Facts>(&b)) {
        facts(out, f->facts);
    } else if (const auto* t = std::get_if<Table>(&b)) {
        table(out, *t);
    } else if (const auto* l = std::get_if<List>(&b)) {
        out += l->ordered ? "<ol>\n" : "<ul>\n";
        for (const auto& item : l->items) out += "<li>" + inline_html(item) + "</li>\n";
        out += l->ordered ? "</ol>\n" : "</ul>\n";
    } else if (const auto* tl = std::get_if<TaskList>(&b)) {
        task_list(out, *tl);
    } else if (const auto* ch = std::get_if<Chart>(&b)) {
        chart(out, *ch);
    } else if (const auto* co = std::get_if<Callout>(&b)) {
        callout(out, *co);
    }
}

void section(std::string& out, const Section& s, int level) {
    const std::string id = h(s.id) + "-h";
    const std::string tag = "h" + format_int(level);
    out += "<section aria-labelledby=\"" + id + "\">\n<" + tag + " id=\"" + id + "\">" + inline_html(s.heading) + "</" +
           tag + ">\n";
    for (const auto& b : s.blocks) block(out, b);
    for (const auto& sub : s.subsections) section(out, sub, level + 1);
    out += "</section>\n";
}

}  // namespace

std::string render_html(const Document& doc) {
    std::string out;
    out.reserve(65536);
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + h(doc.page_title) + "</title>\n";
    out += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
    out += "<header class=\"report\">\n<h1>" + inline_html(doc.title) + "</h1>\n";
    if (!doc.lead.empty()) out += "<p class=\"lead\">" + h(doc.lead) + "</p>\n";
    if (!doc.facts.empty()) facts(out, doc.facts);
    out += "</header>\n<main>\n";
    for (const auto& b : doc.blocks) block(out, b);
    for (const auto& s : doc.sections) section(out, s, 2);
    out += "</main>\n";
    if (!doc.footer.empty()) out += "<footer>\n<p>" + h(doc.footer) + "</p>\n</footer>\n";
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace caf
