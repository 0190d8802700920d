#pragma once
// The report as plain data, built once from an assessment: what every section
// says, in what order, with which tables, lists and chart data. The writers
// only render it (render_markdown.h: GitHub Markdown; render_html.h: one
// self-contained page with inline SVG; export_csv.h: the two tracker CSVs from
// its task items), so a section added here appears in every format.
//
// A Document is a title, facts and sections; a Section is a heading, blocks
// and subsections (two levels: ## and ###). Blocks:
//   Paragraph   one run of inline text
//   Facts       key/value pairs (the header's Date, Model, …)
//   Table       columns + rows, with a caption (HTML <caption>; Markdown has
//               none, so whatever a reader needs is in a heading or paragraph)
//   List        bullet or numbered items
//   TaskList    checklist items with status, priority, why, link and details
//   Chart       the data of a chart (labels × series) and the Table with the
//               same numbers: HTML draws the SVG next to the table, Markdown
//               shows the table
//   Callout     a highlighted headline with lines (the maturity level card)
// Inline text is a list of Spans. A span says where its text comes from:
// text from data/ and our own words, or text the user typed (title,
// respondent, notes, file names), which Markdown escapes completely
// (escape.h). Renderers escape everything; the model holds raw text.
//
// Numbers are already text here (format.h: locale-independent), except chart
// values, which the SVG needs as numbers.
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/assessment.h"
#include "core/export.h"

namespace caf {

// [SECTION] Inline text

enum class Tone { None, Up, Down };  // a change for the better / worse (HTML colours it)

struct Span {
    std::string text;
    std::string url;    // a link when it is an http(s) URL; anything else renders as plain text
    bool strong = false;
    bool user = false;  // typed by the user: Markdown escapes every markup character
    Tone tone = Tone::None;
};
using Text = std::vector<Span>;

Span data_text(std::string text);  // our words and data/ texts
Span user_text(std::string text);  // the user's words
Span strong_text(std::string text, Tone tone = Tone::None);
Span link_text(std::string text, std::string url);
std::string plain(const Text& text);  // the characters without markup (tests, titles)

// [SECTION] Blocks

struct Paragraph {
    Text text;
};

struct Fact {
    std::string key;
    Text value;
    bool note = false;  // the user's free text: HTML keeps its line breaks
};

struct Facts {
    std::vector<Fact> facts;
};

enum class ColumnKind { Plain, Number, Note };  // Number: right-aligned; Note: the user's free text

struct Column {
    Text label;
    ColumnKind kind = ColumnKind::Plain;
};

struct Cell {
    Text text;
    Tone tone = Tone::None;
};

struct Row {
    std::vector<Cell> cells;  // one per column
    bool summary = false;     // a phase total between the dimension rows (bold)
};

struct Table {
    std::string caption;  // "" only when the table is alone in a section whose heading names it
    std::vector<Column> columns;
    std::vector<Row> rows;
    size_t row_header = 0;  // the column that names each row (HTML <th scope="row">)
};

struct List {
    bool ordered = false;
    std::vector<Text> items;
};

// One checklist item as every export shows it: the Markdown task list, the
// HTML item card, both CSVs and the JSON report's roadmap items.
struct TaskItem {
    std::string id, title, link;
    std::string what;            // the guidance for the organization's path (roadmap.h)
    std::string phase_id, phase_name;
    ItemStatus status = ItemStatus::ToDo;
    Priority priority = Priority::None;
    double priority_score = 0.0;
    bool ticked = false;
    std::string status_reason, priority_reason;
    std::string priority_detail;             // the arithmetic behind the priority
    std::string edition_from, edition_note;  // an activity of an earlier CAF edition ("" otherwise)
    std::vector<std::pair<std::string, Answer>> evidence;   // question id, answer
    std::string note;            // the user's note; "" unless the export includes notes
    std::vector<Fact> details;   // the lines under the title in Markdown and HTML (What, Status, …)
    // The plan (data/plan.json, plan.h); empty without plan data.
    std::string effort;          // "S", "M", "L"
    std::string effort_text;     // "Medium (3–6 person-weeks, 4 weeks)"
    std::string owner;           // the role's name or the user's text
    std::string owner_role;      // the role id ("" when the user typed a name)
    std::string accountable;     // RACI, role ids
    std::vector<std::string> responsible, consulted, informed;
    std::vector<std::string> depends_on;  // item ids, CAF's order
    // The schedule: only for planned items (open and to check), "" otherwise.
    std::string start, due;      // ISO dates
    std::string wave;            // "First 30 days", …
    int offset = -1;             // days from the plan's start
    std::string schedule_reason; // "After … (due …).", …
    bool pinned = false;
    bool check = false;          // planned as a small "check whether it is done" item (plan.h)
};

struct TaskList {
    std::vector<TaskItem> items;
};

enum class ChartKind { Radar, StackedBars, Timeline };

struct Series {
    std::string name;            // the legend
    std::vector<double> values;  // one per label
};

struct Chart {
    ChartKind kind = ChartKind::Radar;
    std::string id;       // unique in the document; HTML labels the SVG by "<id>-caption"
    std::string title;    // the SVG's <title>
    std::string caption;  // what the chart shows, in words (HTML figcaption)
    std::vector<std::string> labels;  // Radar: the axes; StackedBars: the bars; Timeline: the items
    // Radar: 0..4 per axis; StackedBars: the segments, in order; Timeline: start day
    // (from the plan's start), length in days, wave index; `marks` the waves' first days.
    std::vector<Series> series;
    std::vector<std::pair<double, std::string>> marks;
    Table table;                      // the same numbers, for readers who cannot see the chart
};

struct Callout {
    Text headline;
    std::vector<Text> lines;
    bool warn = false;  // e.g. too few answers to trust the result
};

using Block = std::variant<Paragraph, Facts, Table, List, TaskList, Chart, Callout>;

// [SECTION] Document

struct Section {
    std::string id;  // unique in the document (HTML anchors)
    Text heading;
    std::vector<Block> blocks;
    std::vector<Section> subsections;  // after the blocks; one level deep
};

struct Document {
    Text title;
    std::string page_title;     // the HTML <title>
    std::string lead;           // one line under the title saying what this is
    std::vector<Fact> facts;    // date, respondent, model, checklist
    std::vector<Block> blocks;  // before the sections (a stand-alone comparison has some)
    std::vector<Section> sections;
    std::string footer;

    const Section* find_section(const std::string& id) const;  // also among subsections
};

// The report of one assessment: the document, and its checklist as records
// for the formats that are not documents (CSV).
// The plan as records (JSON report, ICS).
struct ReportWave {
    std::string id, name;
    std::string from, to;        // ISO; the last wave's `to` is the plan's end
    std::vector<size_t> items;   // indices into Report::tasks, by start
};

struct ReportPlan {
    bool ok = false;
    std::string error;           // why there is no plan ("" when ok, or when there is no plan data)
    std::string start, end;      // ISO
    int capacity = 0;
    std::vector<ReportWave> waves;
    std::vector<size_t> scheduled;  // indices into Report::tasks, by start
    std::string poc_use_case;
};

struct ReportUseCase {
    std::string id, name, approach, approach_name, sensitivity, beneficiary, goal, need;
    int value = 0, feasibility = 0, score = 0, rank = 0;
    bool poc = false;
    std::vector<std::string> reasons;
};

struct Report {
    Document document;
    std::vector<TaskItem> tasks;           // every item of the chosen checklist, phase order
    std::vector<size_t> open_by_priority;  // indices into tasks: in progress and to do, Now first
    std::string checklist_tag;             // "Enterprise" or "Startup"
    ReportPlan plan;
    std::vector<ReportUseCase> use_cases;  // rank order
    std::string poc_reason;
};

// [SECTION] Building

// Sections, in order: Executive summary (level and basis, the three biggest
// gaps, the Now items with owners and dates) · First 90 days · Timeline
// (chart + table) · Use cases (when the session has some) · Profile · CAF AI maturity (the level and its basis,
// the practices score, technology fit, follow-ups) · Scores (radar + table)
// · What would move the practices score most · Checklist (recommendation,
// paths, items per phase chart + table, one subsection per phase with its
// task list) · Changes since … (context.comparison) · Respondents and
// divergence (context.merged) · Answers (one subsection per dimension and per
// readiness quick-check group) · Glossary.
// Notes appear only with context.include_notes. Results copy every text, so
// the report does not point into the model.
Report build_report(const Model& model, const Catalogue& catalogue, const Session& session,
                    const Assessment& assessment, const ExportContext& context);

// The stand-alone comparison (caf-assess diff): "Changes: A → B" with the
// same content as the report's "Changes since" section.
Document comparison_document(const Comparison& comparison);

// The checklist items of a roadmap as TaskItems (phase order).
std::vector<TaskItem> task_items(const Roadmap& roadmap, bool include_notes);

// Texts shared by every view of an answer and a level.
std::string answer_text(const Question& question, const Answer& answer);  // "3 — Defined", "N/A", "don't know", "not answered"
// "Level 2 — Customize (our label)", "Not yet at level 1", "No level yet"; "At most level 3 …" when provisional.
std::string level_name(const MaturityLevel& maturity);
std::string level_name(std::optional<int> level, const Level* info);

}  // namespace caf
