#include "core/export_html.h"

#include <algorithm>
#include <cmath>

#include "core/escape.h"
#include "core/format.h"

namespace caf {

namespace {

constexpr const char* kDash = "\xE2\x80\x94";     // —
constexpr const char* kArrow = " \xE2\x86\x92 ";  // →
constexpr double kPi = 3.14159265358979323846;

// [SECTION] Helpers

std::string h(const std::string& text) { return html_escape(text); }

std::string a_href(const std::string& text, const std::string& url) {
    const std::string href = html_url(url);
    if (href.empty()) return h(text);
    return "<a href=\"" + href + "\" rel=\"noopener\">" + h(text) + "</a>";
}

std::string num(double v) { return format_fixed(v, 1); }  // SVG coordinates, locale-proof

std::string score_or_dash(const std::optional<double>& s) { return s ? format_score(*s) : kDash; }

std::string signed_score(double delta) {
    const std::string s = format_score(delta);
    if (s == "0") return "\xC2\xB1" "0";
    return delta > 0 ? "+" + s : s;
}

std::string answer_text(const Question& q, const Answer& a) {
    if (a.is_na()) return "N/A";
    if (!a.has_value()) return "not answered";
    const size_t v = static_cast<size_t>(a.value);
    return format_int(a.value) + " " + kDash + " " + (v < q.options.size() ? q.options[v].label : "");
}

std::string level_name(std::optional<int> level_opt, const Level* info) {
    const int level = level_opt.value_or(0);
    return "Level " + format_int(level) + (info ? " " + std::string(kDash) + " " + info->name : std::string());
}

const char* status_class(ItemStatus s) {
    switch (s) {
        case ItemStatus::Done: return "st-done";
        case ItemStatus::InProgress: return "st-progress";
        case ItemStatus::ToDo: return "st-todo";
        case ItemStatus::NotApplicable: return "st-na";
    }
    return "st-todo";
}

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
  section.answers { break-before: page; page-break-before: always; }
}
)CSS";

// [SECTION] Charts

void radar(std::string& out, const Model& model, const Assessment& a) {
    std::vector<const DimensionScore*> dims;
    for (const auto& p : a.scores.phases)
        for (const auto& d : p.dimensions) dims.push_back(&d);
    const size_t n = dims.size();
    if (n < 3) return;  // a radar needs three axes; the table says it all
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
    out += "<svg viewBox=\"0 0 640 500\" width=\"640\" height=\"500\" "
           "role=\"img\" aria-labelledby=\"radar-caption\" class=\"radar\">\n";
    out += "<title>Radar: current and target level per dimension</title>\n";
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
    out += "<polygon points=\"" + polygon([&](size_t i) { return double(dims[i]->target); }) +
           "\" fill=\"none\" stroke=\"#b35900\" stroke-width=\"2.5\" stroke-dasharray=\"7 5\"/>\n";
    out += "<polygon points=\"" + polygon([&](size_t i) { return dims[i]->score.value_or(0.0) / 25.0; }) +
           "\" fill=\"#0b5cad\" fill-opacity=\"0.22\" stroke=\"#0b5cad\" stroke-width=\"2.5\"/>\n";
    for (size_t i = 0; i < n; ++i) {
        const auto [x, y] = point(i, dims[i]->score.value_or(0.0) / 25.0);
        out += "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"3.5\" fill=\"#0b5cad\"/>\n";
    }
    for (size_t i = 0; i < n; ++i) {
        const double angle = -kPi / 2 + 2 * kPi * static_cast<double>(i) / static_cast<double>(n);
        const double lx = cx + (radius + 14) * std::cos(angle), ly = cy + (radius + 14) * std::sin(angle);
        const double c = std::cos(angle), s = std::sin(angle);
        const char* anchor = c > 0.2 ? "start" : c < -0.2 ? "end" : "middle";
        const auto lines = wrap(dims[i]->dimension->name, 14);
        const double line_h = 16;
        double top = ly - line_h * static_cast<double>(lines.size() - 1) / 2 + 4;
        if (s < -0.5) top = ly - line_h * static_cast<double>(lines.size() - 1);  // above the top
        if (s > 0.5) top = ly + 10;                                              // below the bottom
        out += "<text text-anchor=\"" + std::string(anchor) + "\">";
        for (size_t k = 0; k < lines.size(); ++k)
            out += "<tspan x=\"" + num(lx) + "\" y=\"" + num(top + line_h * static_cast<double>(k)) + "\">" +
                   h(lines[k]) + "</tspan>";
        out += "</text>\n";
    }
    // Legend.
    out += "<line x1=\"150\" y1=\"486\" x2=\"180\" y2=\"486\" stroke=\"#0b5cad\" stroke-width=\"3\"/>"
           "<text x=\"186\" y=\"491\">Current (score \xC3\xB7 25)</text>\n";
    out += "<line x1=\"380\" y1=\"486\" x2=\"410\" y2=\"486\" stroke=\"#b35900\" stroke-width=\"3\" "
           "stroke-dasharray=\"7 5\"/><text x=\"416\" y=\"491\">Target level</text>\n";
    out += "</svg>\n";
    (void)model;
}

void phase_bars(std::string& out, const Roadmap& r) {
    struct Row {
        std::string name;
        int done = 0, progress = 0, todo = 0, na = 0;
        int total() const { return done + progress + todo + na; }
    };
    std::vector<Row> rows;
    int most = 1;
    for (const auto& p : r.phases) {
        if (p.items.empty()) continue;
        Row row;
        row.name = p.phase->name;
        for (const auto& i : p.items) {
            switch (i.status) {
                case ItemStatus::Done: ++row.done; break;
                case ItemStatus::InProgress: ++row.progress; break;
                case ItemStatus::ToDo: ++row.todo; break;
                case ItemStatus::NotApplicable: ++row.na; break;
            }
        }
        most = std::max(most, row.total());
        rows.push_back(row);
    }
    const double left = 90, width = 520, row_h = 30, bar_h = 20;
    const int rows_n = static_cast<int>(rows.size());
    const double height = 40 + row_h * rows_n + 30;
    const std::string height_text = format_int(70 + 30 * rows_n);  // integer: tidy wants a whole number
    out += "<svg viewBox=\"0 0 640 " + height_text + "\" width=\"640\" height=\"" +
           height_text + "\" role=\"img\" aria-labelledby=\"bars-caption\" class=\"bars\">\n";
    out += "<title>Checklist items per CAF phase by status</title>\n";
    struct Seg {
        int Row::*count;
        const char* colour;
        const char* text_colour;
        const char* name;
    };
    const Seg segs[] = {{&Row::done, "#1e7b34", "#ffffff", "Done"},
                        {&Row::progress, "#0b5cad", "#ffffff", "In progress"},
                        {&Row::todo, "#b35900", "#ffffff", "To do"},
                        {&Row::na, "#d9d9d9", "#1b1b1b", "Not applicable"}};
    for (size_t k = 0; k < rows.size(); ++k) {
        const Row& row = rows[k];
        const double y = 20 + row_h * static_cast<double>(k);
        out += "<text x=\"" + num(left - 8) + "\" y=\"" + num(y + bar_h / 2 + 4) + "\" text-anchor=\"end\">" +
               h(row.name) + "</text>\n";
        double x = left;
        for (const auto& seg : segs) {
            const int count = row.*seg.count;
            if (count == 0) continue;
            const double w = width * count / most;
            out += "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(bar_h) +
                   "\" fill=\"" + seg.colour + "\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n";
            if (w >= 16)
                out += "<text x=\"" + num(x + w / 2) + "\" y=\"" + num(y + bar_h / 2 + 4) +
                       "\" text-anchor=\"middle\" fill=\"" + seg.text_colour + "\">" + format_int(count) + "</text>\n";
            x += w;
        }
    }
    double lx = left;
    const double ly = height - 16;
    for (const auto& seg : segs) {
        out += "<rect x=\"" + num(lx) + "\" y=\"" + num(ly - 10) + "\" width=\"12\" height=\"12\" fill=\"" + seg.colour +
               "\" stroke=\"#555\" stroke-width=\"0.5\"/><text x=\"" + num(lx + 16) + "\" y=\"" + num(ly) + "\">" +
               seg.name + "</text>\n";
        lx += 16 + 8.0 * static_cast<double>(std::char_traits<char>::length(seg.name)) + 22;
    }
    out += "</svg>\n";
}

// [SECTION] Sections

void header(std::string& out, const Model& model, const Catalogue& catalogue, const Session& session,
            const Assessment& a, const ExportContext& ctx) {
    const std::string title = session.meta.title.empty() ? "AI maturity assessment" : session.meta.title;
    out += "<header class=\"report\">\n<h1>" + h(title) + "</h1>\n";
    out += "<p class=\"lead\">AI maturity self-assessment report, based on the AI adoption guidance of the Microsoft "
           "Cloud Adoption Framework (CAF).</p>\n";
    out += "<dl class=\"facts\">\n";
    if (!ctx.date.empty()) out += "<dt>Date</dt><dd>" + h(ctx.date) + "</dd>\n";
    if (!session.meta.respondent.empty()) out += "<dt>Respondent</dt><dd>" + h(session.meta.respondent) + "</dd>\n";
    if (!session.meta.updated.empty()) out += "<dt>Answers saved</dt><dd>" + h(session.meta.updated) + "</dd>\n";
    out += "<dt>Model</dt><dd>" + h(model.title) + " (" + h(model.id) + " version " + h(model.version) + ")</dd>\n";
    out += "<dt>Checklist</dt><dd>" +
           h(a.roadmap.checklist ? a.roadmap.checklist->name : checklist_label(a.recommendation().chosen)) + " (" +
           h(catalogue.id) + " version " + h(catalogue.version) + ")</dd>\n";
    out += "</dl>\n</header>\n";
}

void profile(std::string& out, const Model& model, const Session& session) {
    out += "<section aria-labelledby=\"profile-h\">\n<h2 id=\"profile-h\">Profile</h2>\n";
    out += "<table>\n<caption>Your organization (not scored; it picks the checklist)</caption>\n"
           "<thead><tr><th scope=\"col\">Question</th><th scope=\"col\">Answer</th></tr></thead>\n<tbody>\n";
    for (const auto& q : model.profile) {
        const ProfileOption* o = q.find_option(session.profile_answer(q.id));
        out += "<tr><th scope=\"row\">" + h(q.prompt) + "</th><td>" + (o ? h(o->label) : "not answered") + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
}

void level_card(std::string& out, const Assessment& a) {
    const ScoreResult& s = a.scores;
    out += "<section aria-labelledby=\"level-h\">\n<h2 id=\"level-h\">Maturity level</h2>\n";
    out += std::string("<div class=\"card") + (s.coverage.status == CoverageStatus::Ok ? "" : " warn") + "\">\n";
    out += "<p class=\"level\">" + h(level_name(s.maturity.level, s.maturity.info)) + "</p>\n";
    out += "<p>Overall score <strong>" + score_or_dash(s.practices) + "</strong> of 100</p>\n";
    out += "<p>" + h(s.maturity.reason) + "</p>\n";
    if (s.maturity.info && !s.maturity.info->fits.empty())
        out += "<p>Use cases that fit this level: " + h(s.maturity.info->fits) + "</p>\n";
    const char* tag = s.coverage.status == CoverageStatus::Ok     ? "Coverage"
                      : s.coverage.status == CoverageStatus::Warn ? "Warning \xE2\x80\x94 coverage"
                                                                  : "Not enough answers";
    out += "<p><strong>" + std::string(tag) + ":</strong> " + h(s.coverage.message) + "</p>\n";
    out += "</div>\n</section>\n";
}

void dimensions(std::string& out, const Model& model, const Assessment& a) {
    out += "<section aria-labelledby=\"dims-h\">\n<h2 id=\"dims-h\">Scores by dimension</h2>\n<div class=\"pair\">\n";
    out += "<figure>\n";
    radar(out, model, a);
    out += "<figcaption id=\"radar-caption\">Radar of the dimensions: current level (solid, score \xC3\xB7 25) and "
           "target level (dashed), from 0 at the centre to 4 at the edge. The table has the same numbers."
           "</figcaption>\n</figure>\n";
    out += "<div class=\"data\">\n<table>\n<caption>Dimension scores (0\xE2\x80\x93" "100), levels (0\xE2\x80\x93" "4) and "
           "targets</caption>\n<thead><tr><th scope=\"col\">Dimension</th><th scope=\"col\" class=\"num\">Score</th>"
           "<th scope=\"col\" class=\"num\">Level</th><th scope=\"col\" class=\"num\">Target</th>"
           "<th scope=\"col\" class=\"num\">Answered</th></tr></thead>\n<tbody>\n";
    for (const auto& p : a.scores.phases) {
        out += "<tr class=\"phase-row\"><th scope=\"row\">" + h(p.phase->name) + " (phase)</th><td class=\"num\">" +
               score_or_dash(p.score) + "</td><td></td><td></td><td></td></tr>\n";
        for (const auto& d : p.dimensions) {
            const int total = d.answered + d.not_applicable + d.unanswered;
            out += "<tr><th scope=\"row\">" + a_href(d.dimension->name, d.dimension->link) + "</th><td class=\"num\">" +
                   score_or_dash(d.score) + "</td><td class=\"num\">" + (d.level ? format_int(*d.level) : kDash) +
                   "</td><td class=\"num\">" + format_int(d.target) + (d.target_is_default ? "" : " (set)") +
                   "</td><td class=\"num\">" + format_int(d.answered + d.not_applicable) + " of " + format_int(total) +
                   "</td></tr>\n";
        }
    }
    out += "<tr class=\"phase-row\"><th scope=\"row\">Overall</th><td class=\"num\">" + score_or_dash(a.scores.practices) +
           "</td><td></td><td></td><td></td></tr>\n";
    out += "</tbody>\n</table>\n</div>\n</div>\n";
    out += "<p>An answer a (0\xE2\x80\x93" "4) to a question of weight w earns w\xC3\x97" "a of w\xC3\x97" "4 points; N/A and "
           "unanswered questions are left out. A dimension's level is its score \xC3\xB7 25, rounded down.</p>\n";
    out += "</section>\n";
}

void movers(std::string& out, const Assessment& a) {
    const auto top = a.scores.top_movers(5);
    if (top.empty()) return;
    out += "<section aria-labelledby=\"movers-h\">\n<h2 id=\"movers-h\">What would move the score most</h2>\n<ol>\n";
    for (const auto* q : top)
        out += "<li>" + a_href(q->question->prompt, q->question->link) + " " + kDash + " now " +
               h(answer_text(*q->question, q->answer)) + "; one step up adds " + format_fixed(*q->overall_gain, 1) +
               " to the overall score (" + format_fixed(*q->dimension_gain, 1) + " to its dimension).</li>\n";
    out += "</ol>\n</section>\n";
}

void roadmap(std::string& out, const Assessment& a, const ExportContext& ctx) {
    const Roadmap& r = a.roadmap;
    const Recommendation& rec = r.recommendation;
    out += "<section aria-labelledby=\"roadmap-h\">\n<h2 id=\"roadmap-h\">Roadmap: " +
           h(r.checklist ? r.checklist->name : checklist_label(rec.chosen)) + "</h2>\n";
    out += "<p>" + h(rec.summary) + "</p>\n";
    out += "<p>Why the " + h(checklist_label(rec.recommended)) + " is recommended:</p>\n<ul>\n";
    for (const auto& reason : rec.reasons) out += "<li>" + h(reason) + "</li>\n";
    out += "</ul>\n";
    if (!rec.missing.empty()) {
        out += "<p>Still open (could change the recommendation):</p>\n<ul>\n";
        for (const auto& m : rec.missing) out += "<li>" + h(m) + "</li>\n";
        out += "</ul>\n";
    }
    const RoadmapCounts& c = r.counts;
    out += "<p>" + format_int(c.total) + " items: " + format_int(c.done) + " done, " + format_int(c.in_progress) +
           " in progress, " + format_int(c.to_do) + " to do, " + format_int(c.not_applicable) +
           " not applicable. Priorities: " + format_int(c.now) + " now, " + format_int(c.next) + " next, " +
           format_int(c.later) + " later.</p>\n";

    out += "<div class=\"pair stack\">\n<figure>\n";
    phase_bars(out, r);
    out += "<figcaption id=\"bars-caption\">Checklist items per CAF phase: done, in progress, to do and not "
           "applicable. The table has the same numbers.</figcaption>\n</figure>\n";
    out += "<div class=\"data\">\n<table>\n<caption>Checklist items per phase</caption>\n<thead><tr>"
           "<th scope=\"col\">Phase</th><th scope=\"col\" class=\"num\">Done</th><th scope=\"col\" class=\"num\">In "
           "progress</th><th scope=\"col\" class=\"num\">To do</th><th scope=\"col\" class=\"num\">Not applicable</th>"
           "<th scope=\"col\" class=\"num\">Now</th></tr></thead>\n<tbody>\n";
    for (const auto& p : r.phases) {
        if (p.items.empty()) continue;
        int done = 0, progress = 0, todo = 0, na = 0, now = 0;
        for (const auto& i : p.items) {
            done += i.status == ItemStatus::Done;
            progress += i.status == ItemStatus::InProgress;
            todo += i.status == ItemStatus::ToDo;
            na += i.status == ItemStatus::NotApplicable;
            now += i.priority == Priority::Now;
        }
        out += "<tr><th scope=\"row\">" + h(p.phase->name) + "</th><td class=\"num\">" + format_int(done) +
               "</td><td class=\"num\">" + format_int(progress) + "</td><td class=\"num\">" + format_int(todo) +
               "</td><td class=\"num\">" + format_int(na) + "</td><td class=\"num\">" + format_int(now) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</div>\n</div>\n";

    for (const auto& p : r.phases) {
        if (p.items.empty()) continue;
        const std::string id = "phase-" + p.phase->id;
        out += "<section aria-labelledby=\"" + h(id) + "\">\n<h3 id=\"" + h(id) + "\">" +
               a_href(p.phase->name, p.phase->link) + "</h3>\n";
        if (!p.phase->summary.empty()) out += "<p>" + h(p.phase->summary) + "</p>\n";
        out += "<ul class=\"items\">\n";
        for (const auto& i : p.items) {
            out += std::string("<li class=\"") + status_class(i.status) + "\">\n";
            out += "<p class=\"item-title\"><span aria-hidden=\"true\">" +
                   std::string(i.status == ItemStatus::Done ? "\xE2\x98\x91" : "\xE2\x98\x90") + "</span> " +
                   a_href(i.item->title, i.item->link) + " <span class=\"badge\">" + label(i.status) + "</span>";
            if (i.priority != Priority::None)
                out += std::string(" <span class=\"badge") + (i.priority == Priority::Now ? " pr-now" : "") +
                       "\">Priority: " + label(i.priority) + "</span>";
            out += "</p>\n";
            if (!i.what.empty()) out += "<p>" + h(i.what) + "</p>\n";
            out += "<p><strong>Status:</strong> " + h(i.status_reason) + "</p>\n";
            if (!i.priority_reason.empty()) out += "<p><strong>Priority:</strong> " + h(i.priority_reason) + "</p>\n";
            out += "<p><strong>CAF guidance:</strong> " + a_href(i.item->title, i.item->link) + "</p>\n";
            if (ctx.include_notes && !i.note.empty())
                out += "<p class=\"note\"><strong>Your note:</strong> " + h(i.note) + "</p>\n";
            out += "</li>\n";
        }
        out += "</ul>\n</section>\n";
    }
    out += "</section>\n";
}

void comparison(std::string& out, const Comparison& c) {
    out += "<section aria-labelledby=\"changes-h\">\n<h2 id=\"changes-h\">Changes since " + h(c.before_label) +
           "</h2>\n";
    out += "<table>\n<caption>Summary: " + h(c.before_label) + kArrow + h(c.after_label) +
           "</caption>\n<thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">" + h(c.before_label) +
           "</th><th scope=\"col\">" + h(c.after_label) + "</th><th scope=\"col\" class=\"num\">Change</th></tr></thead>\n<tbody>\n";
    const int dl = c.level_after.value_or(0) - c.level_before.value_or(0);
    out += "<tr><th scope=\"row\">Maturity level</th><td>" + h(level_name(c.level_before, c.level_info_before)) +
           "</td><td>" + h(level_name(c.level_after, c.level_info_after)) + "</td><td class=\"num\">" +
           (dl == 0 ? std::string("\xC2\xB1" "0") : (dl > 0 ? "+" : "") + format_int(dl)) + "</td></tr>\n";
    const auto od = c.practices_delta();
    out += "<tr><th scope=\"row\">Overall score</th><td class=\"num\">" + score_or_dash(c.practices_before) +
           "</td><td class=\"num\">" + score_or_dash(c.practices_after) + "</td><td class=\"num\">" +
           (od ? signed_score(*od) : kDash) + "</td></tr>\n";
    out += "<tr><th scope=\"row\">Answered</th><td class=\"num\">" + format_percent(c.coverage_before) +
           "</td><td class=\"num\">" + format_percent(c.coverage_after) + "</td><td></td></tr>\n";
    out += "<tr><th scope=\"row\">Checklist</th><td>" + (c.checklist_before ? h(c.checklist_before->name) : kDash) +
           "</td><td>" + (c.checklist_after ? h(c.checklist_after->name) : kDash) + "</td><td></td></tr>\n";
    out += "</tbody>\n</table>\n";

    out += "<table>\n<caption>Score per dimension</caption>\n<thead><tr><th scope=\"col\">Dimension</th>"
           "<th scope=\"col\" class=\"num\">" + h(c.before_label) + "</th><th scope=\"col\" class=\"num\">" +
           h(c.after_label) + "</th><th scope=\"col\" class=\"num\">Change</th><th scope=\"col\">Level</th></tr></thead>\n<tbody>\n";
    for (const auto& d : c.dimensions) {
        const auto delta = d.delta();
        const std::string lb = d.level_before ? format_int(*d.level_before) : kDash;
        const std::string la = d.level_after ? format_int(*d.level_after) : kDash;
        const char* cls = delta && *delta > 0.05 ? " up" : delta && *delta < -0.05 ? " down" : "";
        out += "<tr><th scope=\"row\">" + h(d.dimension->name) + "</th><td class=\"num\">" + score_or_dash(d.before) +
               "</td><td class=\"num\">" + score_or_dash(d.after) + "</td><td class=\"num" + cls + "\">" +
               (delta ? signed_score(*delta) : kDash) + "</td><td>" + (lb == la ? lb : lb + kArrow + la) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";

    out += "<h3>Checklist items</h3>\n";
    if (c.items.empty()) {
        out += "<p>No checklist item changed status.</p>\n";
    } else {
        out += "<p>" + format_int(c.newly_done) + " newly done, " + format_int(c.regressed) + " regressed.</p>\n<ul>\n";
        for (const auto& i : c.items) {
            const char* cls = i.kind == ItemChangeKind::NewlyDone ? " class=\"up\""
                              : i.kind == ItemChangeKind::Regressed ? " class=\"down\""
                                                                    : "";
            out += "<li><strong" + std::string(cls) + ">" + label(i.kind) + ":</strong> " +
                   a_href(i.item->title, i.item->link) + " (" + h(i.phase->name) + ") " + kDash + " " +
                   (i.before ? label(*i.before) : "not in the checklist") + kArrow +
                   (i.after ? label(*i.after) : "not in the checklist");
            if (i.priority_after) out += ", priority now " + std::string(label(*i.priority_after));
            out += "</li>\n";
        }
        out += "</ul>\n";
    }

    out += "<h3>Answers</h3>\n";
    if (c.profile.empty() && c.answers.empty()) {
        out += "<p>No answer changed.</p>\n</section>\n";
        return;
    }
    out += "<table>\n<caption>" + format_int(static_cast<long long>(c.answers.size())) + " answers changed: " +
           format_int(c.answers_up) + " up, " + format_int(c.answers_down) +
           " down</caption>\n<thead><tr><th scope=\"col\">Question</th><th scope=\"col\">Dimension</th><th scope=\"col\">" +
           h(c.before_label) + "</th><th scope=\"col\">" + h(c.after_label) + "</th></tr></thead>\n<tbody>\n";
    for (const auto& p : c.profile) {
        const ProfileOption* x = p.question->find_option(p.before);
        const ProfileOption* y = p.question->find_option(p.after);
        out += "<tr><th scope=\"row\">" + h(p.question->prompt) + "</th><td>Profile</td><td>" +
               (x ? h(x->label) : "not answered") + "</td><td>" + (y ? h(y->label) : "not answered") + "</td></tr>\n";
    }
    for (const auto& a : c.answers) {
        const char* cls = a.direction > 0 ? " class=\"up\"" : a.direction < 0 ? " class=\"down\"" : "";
        const char* word = a.direction > 0 ? " (up)" : a.direction < 0 ? " (down)" : "";
        out += "<tr><th scope=\"row\">" + h(a.question->prompt) + "</th><td>" + h(a.dimension ? a.dimension->name : a.group->name) + "</td><td>" +
               h(answer_text(*a.question, a.before)) + "</td><td" + cls + ">" + h(answer_text(*a.question, a.after)) +
               word + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
}

void merged(std::string& out, const Merged& m) {
    out += "<section aria-labelledby=\"merge-h\">\n<h2 id=\"merge-h\">Respondents and divergence</h2>\n";
    out += "<p>This view merges " + format_int(static_cast<long long>(m.respondents.size())) + " respondents: ";
    for (size_t i = 0; i < m.respondents.size(); ++i) out += (i ? ", " : "") + h(m.respondents[i]);
    out += ". Each merged answer is the respondents' mean, rounded to the nearest answer (halves down). A dimension "
           "is <strong>divergent</strong> when the respondents' levels differ by 2 or more, or (with 3 or more "
           "respondents) their standard deviation is 1 level or more: talk about it before acting on it.</p>\n";
    out += "<table>\n<caption>Scores per dimension across respondents (" + format_int(m.divergent_dimensions) +
           " divergent)</caption>\n<thead><tr><th scope=\"col\">Dimension</th><th scope=\"col\" class=\"num\">"
           "Respondents</th><th scope=\"col\" class=\"num\">Mean</th><th scope=\"col\" class=\"num\">Min</th>"
           "<th scope=\"col\" class=\"num\">Max</th><th scope=\"col\" class=\"num\">Std dev (levels)</th>"
           "<th scope=\"col\" class=\"num\">Merged</th><th scope=\"col\">Divergent</th></tr></thead>\n<tbody>\n";
    for (const auto& d : m.dimensions) {
        out += "<tr><th scope=\"row\">" + h(d.dimension->name) + "</th><td class=\"num\">" + format_int(d.scored) +
               "</td><td class=\"num\">" + score_or_dash(d.mean) + "</td><td class=\"num\">" + score_or_dash(d.min) +
               "</td><td class=\"num\">" + score_or_dash(d.max) + "</td><td class=\"num\">" +
               (d.scored > 0 ? format_fixed(d.sigma_levels, 2) : kDash) + "</td><td class=\"num\">" +
               score_or_dash(d.merged_score) + "</td><td>" +
               (d.divergent ? "<strong class=\"down\">Yes</strong>: " + h(d.why) : std::string("No")) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
    bool any = false;
    for (const auto& q : m.questions) {
        if (!q.divergent) continue;
        if (!any) out += "<h3>Questions to discuss</h3>\n<ul>\n";
        any = true;
        out += "<li>" + h(q.question->prompt) + " " + kDash + " answers from " + format_int(q.min) + " to " +
               format_int(q.max) + " (mean " + format_fixed(*q.mean, 1) + ", merged " +
               h(answer_text(*q.question, q.merged)) + ")</li>\n";
    }
    if (any) out += "</ul>\n";
    if (!m.notes.empty()) {
        out += "<h3>How the merge decided</h3>\n<ul>\n";
        for (const auto& n : m.notes) out += "<li>" + h(n) + "</li>\n";
        out += "</ul>\n";
    }
    out += "</section>\n";
}

void answers(std::string& out, const Session& session, const Assessment& a, const ExportContext& ctx) {
    out += "<section class=\"answers\" aria-labelledby=\"answers-h\">\n<h2 id=\"answers-h\">Answers</h2>\n";
    for (const auto& p : a.scores.phases)
        for (const auto& d : p.dimensions) {
            out += "<table>\n<caption>" + h(p.phase->name) + ": " + h(d.dimension->name) + " " + kDash + " score " +
                   score_or_dash(d.score) + "</caption>\n<thead><tr><th scope=\"col\">Question</th><th scope=\"col\">"
                   "Answer</th><th scope=\"col\" class=\"num\">Points</th><th scope=\"col\" class=\"num\">+1 step</th>";
            if (ctx.include_notes) out += "<th scope=\"col\">Note</th>";
            out += "</tr></thead>\n<tbody>\n";
            for (const auto& q : d.questions) {
                out += "<tr><th scope=\"row\">" + a_href(q.question->prompt, q.question->link) + "</th><td>" +
                       h(answer_text(*q.question, q.answer)) + "</td><td class=\"num\">" +
                       (q.answer.has_value() ? format_score(q.points) + " of " + format_score(q.max) : kDash) +
                       "</td><td class=\"num\">" + (q.overall_gain ? "+" + format_fixed(*q.overall_gain, 1) : kDash) +
                       "</td>";
                if (ctx.include_notes) {
                    const auto note = session.notes.find(q.question->id);
                    out += "<td class=\"note\">" + (note != session.notes.end() ? h(note->second) : std::string()) +
                           "</td>";
                }
                out += "</tr>\n";
            }
            out += "</tbody>\n</table>\n";
        }
    out += "</section>\n";
}

}  // namespace

std::string report_html(const Model& model, const Catalogue& catalogue, const Session& session,
                        const Assessment& assessment, const ExportContext& context) {
    std::string out;
    out.reserve(65536);
    const std::string title = session.meta.title.empty() ? "AI maturity assessment" : session.meta.title;
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + h(title) + " " + kDash + " AI maturity report</title>\n";
    out += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
    header(out, model, catalogue, session, assessment, context);
    out += "<main>\n";
    profile(out, model, session);
    level_card(out, assessment);
    dimensions(out, model, assessment);
    movers(out, assessment);
    roadmap(out, assessment, context);
    if (context.comparison) comparison(out, *context.comparison);
    if (context.merged) merged(out, *context.merged);
    answers(out, session, assessment, context);
    out += "</main>\n<footer>\n<p>Computed on the device that made this file; nothing was sent anywhere. Scores, "
           "the level rule and the priorities are explained in the project's README. Links go to the CAF guidance on "
           "learn.microsoft.com.</p>\n</footer>\n</body>\n</html>\n";
    return out;
}

}  // namespace caf
