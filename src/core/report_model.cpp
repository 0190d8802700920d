// Building the report (report_model.h): every section's content, once, for
// every format. Writers never decide what a section says.
#include "core/report_model.h"

#include <optional>
#include <utility>

#include "core/format.h"
#include "core/report_sections.h"

namespace caf {

namespace {

constexpr const char* kDash = " \xE2\x80\x94 ";  // " — "

// [SECTION] Small builders

Column text_column(std::string label) { return {{data_text(std::move(label))}, ColumnKind::Plain}; }
Column number_column(std::string label) { return {{data_text(std::move(label))}, ColumnKind::Number}; }
Cell cell(std::string text) { return {{data_text(std::move(text))}, Tone::None}; }
Cell cell(Text text) { return {std::move(text), Tone::None}; }

std::string checklist_name(const Roadmap& r) {
    return r.checklist ? r.checklist->name : checklist_label(r.recommendation.chosen);
}

// [SECTION] Sections

Section profile_section(const Model& model, const Session& session) {
    Table t;
    t.caption = "Your organization (not scored; it picks the checklist)";
    t.columns = {text_column("Question"), text_column("Answer")};
    for (const auto& q : model.profile) {
        const ProfileOption* o = q.find_option(session.profile_answer(q.id));
        t.rows.push_back({{cell(q.prompt), cell(o ? o->label : "not answered")}});
    }
    return {"profile", {data_text("Profile")}, {std::move(t)}, {}};
}

// The CAF level and its basis, the practices score beside it, technology fit and
// the follow-ups: what a consultant reads first.
Section level_section(const Model& model, const Assessment& a) {
    const ScoreResult& s = a.scores;
    const MaturityLevel& m = s.maturity;
    Section section{"level", {data_text("CAF AI maturity")}, {}, {}};
    Callout c;
    c.warn = s.coverage.status != CoverageStatus::Ok;
    c.headline = {data_text(level_name(m))};
    c.lines.push_back({strong_text("Basis:"), data_text(" " + m.basis)});
    c.lines.push_back({data_text(m.reason)});
    if (m.info && !m.info->summary.empty()) c.lines.push_back({data_text(m.info->summary)});
    if (m.info && !m.info->fits.empty())
        c.lines.push_back({strong_text("What fits at this level:"), data_text(" " + m.info->fits)});
    const char* tag = s.coverage.status == CoverageStatus::Ok     ? "Coverage:"
                      : s.coverage.status == CoverageStatus::Warn ? "Warning \xE2\x80\x94 coverage:"
                                                                  : "Not enough answers:";
    c.lines.push_back({strong_text(tag), data_text(" " + s.coverage.message)});
    section.blocks.push_back(std::move(c));
    section.blocks.push_back(Paragraph{{strong_text("How the level is set."), data_text(" " + model.level_rule.explanation)}});

    // The practices score: a different thing from the level, named and explained as such.
    Section practices{"practices", {data_text(model.practices.name)}, {}, {}};
    practices.blocks.push_back(
        Paragraph{{strong_text(score_or_dash(s.practices)), data_text(" of 100. " + model.practices.summary)}});
    if (!s.comparison.sentence.empty()) practices.blocks.push_back(Paragraph{{data_text(s.comparison.sentence)}});
    section.subsections.push_back(std::move(practices));

    // Technology fit (CAF's AI decision tree and maturity table).
    const TechnologyFit& fit = a.fit;
    Section tech{"fit", {data_text("Technology fit")}, {}, {}};
    tech.blocks.push_back(Paragraph{{data_text(fit.summary)}});
    if (!fit.fits_now.empty()) {
        List list;
        for (const Approach* ap : fit.fits_now)
            list.items.push_back({link_text(ap->name, ap->link), data_text(kDash + ap->summary)});
        tech.blocks.push_back(Paragraph{{data_text("Fits at your level:")}});
        tech.blocks.push_back(std::move(list));
    }
    if (fit.declared)
        tech.blocks.push_back(Paragraph{{strong_text("Your approach:"), data_text(" "), link_text(fit.declared->name, fit.declared->link),
                                         data_text(fit.declared->min_level <= m.level.value_or(-1) && fit.warning.empty()
                                                       ? " (fits)." : ".")}});
    if (!fit.warning.empty()) {
        Callout w;
        w.warn = true;
        w.headline = {data_text("Your approach is beyond your level")};
        w.lines.push_back({data_text(fit.warning)});
        tech.blocks.push_back(std::move(w));
    }
    if (!fit.unlocks.empty()) tech.blocks.push_back(Paragraph{{strong_text("Next:"), data_text(" " + fit.unlocks)}});
    section.subsections.push_back(std::move(tech));

    // "Don't know" answers: what to find out, and what to ask for.
    if (!a.followups.empty()) {
        Section follow{"followups", {data_text("Follow-ups")}, {}, {}};
        follow.blocks.push_back(Paragraph{{data_text(
            "Answered \xE2\x80\x9C" "don't know\xE2\x80\x9D: find out, then answer them. They are left out of the score, "
            "and the checklist items that rest on them are marked \xE2\x80\x9C" "check it\xE2\x80\x9D.")}});
        Table t;
        t.caption = "Questions to follow up";
        t.columns = {text_column("Question"), text_column("Where"), text_column("Evidence to ask for")};
        for (const FollowUp& f : a.followups)
            t.rows.push_back({{cell({link_text(f.question->prompt, f.question->link)}), cell(f.where),
                               cell(f.question->evidence_to_ask)}});
        follow.blocks.push_back(std::move(t));
        section.subsections.push_back(std::move(follow));
    }
    return section;
}

// The radar's numbers and the score table are made from the same loop, so
// the chart and its table cannot disagree.
Section scores_section(const Assessment& a) {
    Chart chart;
    chart.kind = ChartKind::Radar;
    chart.id = "radar";
    chart.title = "Radar: current and target level per dimension";
    chart.caption = "Radar of the dimensions: current level (solid, score \xC3\xB7 25) and target level (dashed), from 0 "
                    "at the centre to 4 at the edge. The table has the same numbers.";
    Series current{"Current (score \xC3\xB7 25)", {}}, target{"Target level", {}};
    Table& t = chart.table;
    t.caption = "Dimension scores (0\xE2\x80\x93" "100), levels (0\xE2\x80\x93" "4) and targets";
    t.columns = {text_column("Phase"),   text_column("Dimension"), number_column("Score"),
                 number_column("Level"), number_column("Target"),  number_column("Answered"),
                 number_column("N/A"),   number_column("Don't know")};
    t.row_header = 1;
    for (const auto& p : a.scores.phases) {
        for (const auto& d : p.dimensions) {
            chart.labels.push_back(d.dimension->name);
            current.values.push_back(d.score.value_or(0.0) / 25.0);
            target.values.push_back(static_cast<double>(d.target));
            // Practice questions only: the level questions are the CAF level's basis.
            int practice = 0;
            for (const auto& q : d.questions) practice += q.question->role == QuestionRole::Practice;
            t.rows.push_back({{cell(p.phase->name), cell({link_text(d.dimension->name, d.dimension->link)}),
                               cell(score_or_dash(d.score)), cell(d.level ? format_int(*d.level) : kNoValue),
                               cell(format_int(d.target) + (d.target_is_default ? "" : " (set)")),
                               cell(format_int(d.answered + d.not_applicable) + " of " + format_int(practice)),
                               cell(format_int(d.not_applicable)), cell(format_int(d.dont_know))}});
        }
        t.rows.push_back({{cell(p.phase->name), cell("phase score"), cell(score_or_dash(p.score)), cell(""), cell(""),
                           cell(""), cell(""), cell("")},
                          true});
    }
    chart.series = {std::move(current), std::move(target)};
    Paragraph how{{data_text("Scores are 0\xE2\x80\x93" "100 and measure the Strategy and Plan practices: an answer a "
                             "(0\xE2\x80\x93" "4) to a practice question of weight w earns w\xC3\x97" "a of "
                             "w\xC3\x97" "4 points; N/A, \xE2\x80\x9C" "don't know\xE2\x80\x9D and unanswered "
                             "questions are left out. A dimension's level is its score \xC3\xB7 25 (its weighted mean "
                             "answer), rounded down. The skills and data answers set the CAF level and are not "
                             "scored; the readiness quick checks inform the checklist only.")}};
    return {"scores", {data_text("Scores")}, {std::move(chart), std::move(how)}, {}};
}

// Nothing to gain when nothing is answered (or everything is at 4): no section.
std::optional<Section> movers_section(const Assessment& a) {
    List list;
    list.ordered = true;
    for (const auto* q : a.scores.top_movers(5))
        list.items.push_back({link_text(q->question->prompt, q->question->link),
                              data_text(kDash + std::string("now ") + answer_text(*q->question, q->answer) +
                                        "; one step up adds " + format_fixed(*q->overall_gain, 1) +
                                        " to the practices score (" + format_fixed(*q->dimension_gain, 1) +
                                        " to its dimension).")});
    if (list.items.empty()) return std::nullopt;
    return Section{"movers", {data_text("What would move the practices score most")}, {std::move(list)}, {}};
}

// Items per phase by status: the stacked bars and their table.
Chart phase_chart(const Roadmap& r) {
    Chart chart;
    chart.kind = ChartKind::StackedBars;
    chart.id = "bars";
    chart.title = "Checklist items per CAF phase by status";
    chart.caption = "Checklist items per CAF phase: done, in progress, to do, to check (not covered by your answers) "
                    "and not applicable. The table has the same numbers.";
    const ItemStatus order[] = {ItemStatus::Done, ItemStatus::InProgress, ItemStatus::ToDo, ItemStatus::Unverified,
                                ItemStatus::NotApplicable};
    for (ItemStatus s : order) chart.series.push_back({label(s), {}});
    Table& t = chart.table;
    t.caption = "Checklist items per phase";
    t.columns = {text_column("Phase"),    number_column("Done"),     number_column("In progress"),
                 number_column("To do"),    number_column("Check it"), number_column("Not applicable"),
                 number_column("Now")};
    for (const auto& p : r.phases) {
        if (p.items.empty()) continue;
        int counts[5] = {0, 0, 0, 0, 0}, now = 0;
        for (const auto& i : p.items) {
            for (int k = 0; k < 5; ++k) counts[k] += i.status == order[k];
            now += i.priority == Priority::Now;
        }
        chart.labels.push_back(p.phase->name);
        Row row{{cell(p.phase->name)}};
        for (int k = 0; k < 5; ++k) {
            chart.series[static_cast<size_t>(k)].values.push_back(counts[k]);
            row.cells.push_back(cell(format_int(counts[k])));
        }
        row.cells.push_back(cell(format_int(now)));
        t.rows.push_back(std::move(row));
    }
    return chart;
}

Section checklist_section(const Roadmap& r, const std::vector<TaskItem>& tasks) {
    const Recommendation& rec = r.recommendation;
    Section s{"roadmap", {data_text("Checklist: " + checklist_name(r))}, {}, {}};
    s.blocks.push_back(Paragraph{{data_text(rec.summary)}});
    s.blocks.push_back(Paragraph{{data_text("Why the " + std::string(checklist_label(rec.recommended)) +
                                            " is recommended:")}});
    List reasons;
    for (const auto& reason : rec.reasons) reasons.items.push_back({data_text(reason)});
    s.blocks.push_back(std::move(reasons));
    if (!rec.missing.empty()) {
        s.blocks.push_back(Paragraph{{data_text("Still open (could change the recommendation):")}});
        List missing;
        for (const auto& m : rec.missing) missing.items.push_back({data_text(m)});
        s.blocks.push_back(std::move(missing));
    }
    const std::string paths = paths_sentence(r);
    if (!paths.empty()) s.blocks.push_back(Paragraph{{data_text(paths)}});
    s.blocks.push_back(Paragraph{{data_text(counts_sentence(r.counts))}});
    s.blocks.push_back(phase_chart(r));
    for (const auto& p : r.phases) {
        if (p.items.empty()) continue;
        Section phase{"phase-" + p.phase->id, {link_text(p.phase->name, p.phase->link)}, {}, {}};
        if (!p.phase->summary.empty()) phase.blocks.push_back(Paragraph{{data_text(p.phase->summary)}});
        TaskList list;
        for (const auto& t : tasks)
            if (t.phase_id == p.phase->id) list.items.push_back(t);
        phase.blocks.push_back(std::move(list));
        s.subsections.push_back(std::move(phase));
    }
    return s;
}

Section answers_section(const Model& model, const Session& session, const Assessment& a, bool include_notes) {
    Section s{"answers", {data_text("Answers")}, {}, {}};
    for (const auto& p : a.scores.phases)
        for (const auto& d : p.dimensions) {
            const std::string title = d.dimension->name + kDash + "score " + score_or_dash(d.score);
            Table t;  // no caption: the subsection's heading names it
            t.columns = {text_column("Question"), text_column("Answer"), number_column("Points"),
                         number_column("Adds to overall"), number_column("+1 step")};
            if (include_notes) t.columns.push_back({{data_text("Note")}, ColumnKind::Note});
            for (const auto& q : d.questions) {
                Row row{{cell({link_text(q.question->prompt, q.question->link)}),
                         cell(answer_text(*q.question, q.answer)),
                         cell(q.answer.has_value() ? format_score(q.points) + " of " + format_score(q.max) : kNoValue),
                         cell(q.answer.has_value() ? format_fixed(q.overall_points, 1) : kNoValue),
                         cell(q.overall_gain ? "+" + format_fixed(*q.overall_gain, 1) : kNoValue)}};
                if (include_notes) {
                    const auto note = session.notes.find(q.question->id);
                    row.cells.push_back({note != session.notes.end() ? Text{user_text(note->second)} : Text{}});
                }
                t.rows.push_back(std::move(row));
            }
            s.subsections.push_back({"answers-" + d.dimension->id, {data_text(title)}, {std::move(t)}, {}});
        }
    // The readiness quick checks: answers only (they are not scored).
    for (const auto& g : model.readiness.groups) {
        Table t;
        t.columns = {text_column("Question"), text_column("Answer")};
        if (include_notes) t.columns.push_back({{data_text("Note")}, ColumnKind::Note});
        for (const auto& q : g.questions) {
            if (!question_applies(q, session)) continue;
            Row row{{cell({link_text(q.prompt, q.link)}), cell(answer_text(q, session.answer(q.id)))}};
            if (include_notes) {
                const auto note = session.notes.find(q.id);
                row.cells.push_back({note != session.notes.end() ? Text{user_text(note->second)} : Text{}});
            }
            t.rows.push_back(std::move(row));
        }
        if (t.rows.empty()) continue;
        s.subsections.push_back({"answers-" + g.phase, {data_text(model.readiness.name + kDash + g.name)},
                                 {Paragraph{{data_text(g.summary.empty() ? model.readiness.summary : g.summary)}},
                                  std::move(t)},
                                 {}});
    }
    return s;
}

// The terms the texts use, in our words, with CAF's or Microsoft's page.
Section glossary_section(const Model& model) {
    Table t;
    t.caption = "Terms used in this report";
    t.columns = {text_column("Term"), text_column("Meaning")};
    for (const auto& g : model.glossary) {
        std::string term = g.term;
        if (!g.aliases.empty()) {
            term += " (";
            for (size_t k = 0; k < g.aliases.size(); ++k) term += (k ? ", " : "") + g.aliases[k];
            term += ")";
        }
        t.rows.push_back({{cell(g.link.empty() ? Text{data_text(term)} : Text{link_text(term, g.link)}),
                           cell(g.definition)}});
    }
    return {"glossary", {data_text("Glossary")}, {std::move(t)}, {}};
}

}  // namespace

// [SECTION] Inline text

Span data_text(std::string text) { return {std::move(text), {}, false, false, Tone::None}; }
Span user_text(std::string text) { return {std::move(text), {}, false, true, Tone::None}; }
Span strong_text(std::string text, Tone tone) { return {std::move(text), {}, true, false, tone}; }
Span link_text(std::string text, std::string url) { return {std::move(text), std::move(url), false, false, Tone::None}; }

std::string plain(const Text& text) {
    std::string out;
    for (const auto& s : text) out += s.text;
    return out;
}

const Section* Document::find_section(const std::string& id) const {
    for (const auto& s : sections) {
        if (s.id == id) return &s;
        for (const auto& sub : s.subsections)
            if (sub.id == id) return &sub;
    }
    return nullptr;
}

// [SECTION] Shared texts

std::string answer_text(const Question& q, const Answer& a) {
    if (a.is_na()) return "N/A";
    if (a.is_dont_know()) return "don't know";
    if (!a.has_value()) return "not answered";
    const size_t v = static_cast<size_t>(a.value);
    return format_int(a.value) + kDash + (v < q.options.size() ? q.options[v].label : "");
}

std::string level_name(std::optional<int> level, const Level* info) {
    if (!level) return "No level yet";
    if (*level == 0) return "Not yet at level 1";
    std::string s = "Level " + format_int(*level);
    if (info && !info->name.empty()) s += kDash + info->name + (info->app_label ? " (our label)" : "");
    return s;
}

std::string level_name(const MaturityLevel& m) {
    const std::string name = level_name(m.level, m.info);
    if (!m.provisional || !m.level) return name;
    return "At most " + (name.rfind("Level", 0) == 0 ? "level" + name.substr(5) : name);
}

// [SECTION] Task items

std::vector<TaskItem> task_items(const Roadmap& r, bool include_notes) {
    std::vector<TaskItem> out;
    for (const auto& p : r.phases)
        for (const auto& i : p.items) {
            TaskItem t;
            t.id = i.item->id;
            t.title = i.item->title;
            t.link = i.item->link;
            t.what = i.what;
            t.phase_id = p.phase->id;
            t.phase_name = p.phase->name;
            t.status = i.status;
            t.priority = i.priority;
            t.priority_score = i.priority_score;
            t.ticked = i.ticked;
            t.status_reason = i.status_reason;
            t.priority_reason = i.priority_reason;
            t.priority_detail = i.priority_detail;
            t.edition_from = i.item->edition.from;
            t.edition_note = i.item->edition.note;
            for (const auto& e : i.evidence) t.evidence.emplace_back(e.question->id, e.answer);
            if (include_notes) t.note = i.note;
            if (!t.what.empty()) t.details.push_back({"What", {data_text(t.what)}});
            t.details.push_back({"Status", {data_text(t.status_reason)}});
            if (!t.priority_reason.empty()) t.details.push_back({"Priority", {data_text(t.priority_reason)}});
            if (!t.priority_detail.empty()) t.details.push_back({"How it was ranked", {data_text(t.priority_detail)}});
            if (!t.edition_from.empty())
                t.details.push_back({"CAF edition", {data_text("From CAF's " + t.edition_from + " edition. " + t.edition_note)}});
            if (!t.note.empty()) t.details.push_back({"Your note", {user_text(t.note)}, true});
            out.push_back(std::move(t));
        }
    return out;
}

// [SECTION] The report

Report build_report(const Model& model, const Catalogue& catalogue, const Session& session,
                    const Assessment& assessment, const ExportContext& context) {
    const Roadmap& r = assessment.roadmap;
    Report report;
    report.tasks = task_items(r, context.include_notes);
    for (const RoadmapItem* open : r.by_priority())
        for (size_t k = 0; k < report.tasks.size(); ++k)
            if (report.tasks[k].id == open->item->id) report.open_by_priority.push_back(k);
    report.checklist_tag = r.recommendation.chosen == ChecklistKind::Enterprise ? "Enterprise" : "Startup";
    // The plan first: it adds owners, dates and dependencies to the task items the checklist shows.
    std::vector<Section> plan = plan_sections(model, catalogue, session, assessment, context, report);

    Document& doc = report.document;
    const std::string title = session.meta.title.empty() ? "AI maturity assessment" : session.meta.title;
    doc.title = {user_text(title)};
    doc.page_title = title + kDash + "AI maturity report";
    doc.lead = "AI maturity self-assessment report, based on the AI adoption guidance of the Microsoft Cloud "
               "Adoption Framework (CAF).";
    if (!session.meta.respondent.empty()) doc.facts.push_back({"Respondent", {user_text(session.meta.respondent)}});
    if (!context.date.empty()) doc.facts.push_back({"Date", {user_text(context.date)}});
    if (!session.meta.updated.empty()) doc.facts.push_back({"Answers saved", {user_text(session.meta.updated)}});
    doc.facts.push_back({"Model", {data_text(model.title + " (" + model.id + " version " + model.version + ")")}});
    doc.facts.push_back(
        {"Checklist", {data_text(checklist_name(r) + " (" + catalogue.id + " version " + catalogue.version + ")")}});

    for (auto& section : plan) doc.sections.push_back(std::move(section));
    doc.sections.push_back(profile_section(model, session));
    doc.sections.push_back(level_section(model, assessment));
    doc.sections.push_back(scores_section(assessment));
    if (auto movers = movers_section(assessment)) doc.sections.push_back(std::move(*movers));
    doc.sections.push_back(checklist_section(r, report.tasks));
    if (context.comparison) doc.sections.push_back(comparison_section(*context.comparison));
    if (context.merged) doc.sections.push_back(merge_section(*context.merged));
    doc.sections.push_back(answers_section(model, session, assessment, context.include_notes));
    doc.sections.push_back(glossary_section(model));
    doc.footer = "Computed on the device that made this file; nothing was sent anywhere. Follows the " +
                 model.caf_edition.summary + " (pages as of " + model.caf_edition.pages_as_of + "). " +
                 model.caf_edition.note + " Scores, the level rule and the priorities are explained in the project's "
                 "README. Links go to the CAF guidance on learn.microsoft.com.";
    return report;
}

}  // namespace caf
