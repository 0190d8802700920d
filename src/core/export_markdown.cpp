// The Markdown report (export_markdown.h; report.h's report_markdown is the
// same writer with the user's notes included).
#include "core/export_markdown.h"

#include <string>

#include "core/escape.h"
#include "core/format.h"
#include "core/report.h"

namespace caf {

namespace {

constexpr const char* kDash = "\xE2\x80\x94";  // —
constexpr const char* kDot = " \xC2\xB7 ";     // ·
constexpr const char* kArrow = " \xE2\x86\x92 ";  // →

// [SECTION] Escaping

// Trusted text from data/ (model and checklist).
std::string md(const std::string& text) { return markdown_text(text); }
// Text from the user or the file system.
std::string user(const std::string& text) { return markdown_escape(text); }

std::string link(const std::string& text, const std::string& url) {
    if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return md(text);
    return "[" + md(text) + "](" + markdown_url(url) + ")";
}

std::string score_or_dash(const std::optional<double>& s) { return s ? format_score(*s) : kDash; }

std::string signed_score(double delta) {
    const std::string s = format_score(delta);
    if (s == "0") return "\xC2\xB1" "0";  // ±0
    return delta > 0 ? "+" + s : s;        // format_score writes the minus sign
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

// [SECTION] Report sections

void header(std::string& out, const Model& model, const Session& session, const ExportContext& ctx) {
    out += "# " + user(session.meta.title.empty() ? "AI maturity assessment" : session.meta.title) + "\n\n";
    std::string line;
    if (!session.meta.respondent.empty()) line += "Respondent: " + user(session.meta.respondent) + kDot;
    if (!ctx.date.empty()) line += "Date: " + user(ctx.date) + kDot;
    if (!session.meta.updated.empty()) line += "Updated: " + user(session.meta.updated) + kDot;
    line += "Model: " + md(model.title) + " (" + md(model.id) + " " + md(model.version) + ")";
    out += line + "\n\n";
}

void profile(std::string& out, const Model& model, const Session& session) {
    out += "## Profile\n\n| Question | Answer |\n|---|---|\n";
    for (const auto& q : model.profile) {
        const ProfileOption* o = q.find_option(session.profile_answer(q.id));
        out += "| " + md(q.prompt) + " | " + (o ? md(o->label) : std::string("not answered")) + " |\n";
    }
    out += "\n";
}

void result(std::string& out, const Assessment& a) {
    const ScoreResult& s = a.scores;
    out += "## Result\n\n";
    out += "**Level " + format_int(s.maturity.level.value_or(0)) +
           (s.maturity.info ? std::string(" ") + kDash + " " + md(s.maturity.info->name) : std::string()) + "**" + kDot +
           "overall score " + score_or_dash(s.practices) + " of 100\n\n";
    out += md(s.maturity.reason) + "\n\n";
    if (s.maturity.info && !s.maturity.info->fits.empty())
        out += "Use cases that fit this level: " + md(s.maturity.info->fits) + "\n\n";
    const char* tag = s.coverage.status == CoverageStatus::Ok     ? "Coverage"
                      : s.coverage.status == CoverageStatus::Warn ? "Warning \xE2\x80\x94 coverage"
                                                                  : "Not enough answers";
    out += "**" + std::string(tag) + ":** " + md(s.coverage.message) + "\n\n";
}

void scores_table(std::string& out, const Assessment& a) {
    out += "## Scores\n\n";
    out += "| Phase | Dimension | Score | Level | Target | Answered | N/A |\n";
    out += "|---|---|---:|---:|---:|---:|---:|\n";
    for (const auto& p : a.scores.phases) {
        for (const auto& d : p.dimensions) {
            const int total = d.answered + d.not_applicable + d.unanswered;
            out += "| " + md(p.phase->name) + " | " + md(d.dimension->name) + " | " + score_or_dash(d.score) + " | " +
                   (d.level ? format_int(*d.level) : kDash) + " | " + format_int(d.target) +
                   (d.target_is_default ? "" : " (set)") + " | " + format_int(d.answered + d.not_applicable) +
                   " of " + format_int(total) + " | " + format_int(d.not_applicable) + " |\n";
        }
        out += "| **" + md(p.phase->name) + "** | **phase score** | **" + score_or_dash(p.score) + "** | | | | |\n";
    }
    out += "\nScores are 0\xE2\x80\x93" "100: an answer a (0\xE2\x80\x93" "4) to a question of weight w earns w\xC3\x97" "a of "
           "w\xC3\x97" "4 points; N/A and unanswered questions are left out. A dimension's level is its weighted mean "
           "answer, rounded down.\n\n";
}

void movers(std::string& out, const Assessment& a) {
    const auto top = a.scores.top_movers(5);
    if (top.empty()) return;
    out += "## What would move the score most\n\n";
    int n = 1;
    for (const auto* q : top) {
        out += format_int(n++) + ". " + md(q->question->prompt) + " " + kDash + " now " +
               md(answer_text(*q->question, q->answer)) + "; one step up adds " + format_fixed(*q->overall_gain, 1) +
               " to the overall score (" + format_fixed(*q->dimension_gain, 1) + " to its dimension).\n";
    }
    out += "\n";
}

void recommendation(std::string& out, const Assessment& a) {
    const Roadmap& r = a.roadmap;
    const Recommendation& rec = r.recommendation;
    out += "## Checklist: " + md(r.checklist ? r.checklist->name : checklist_label(rec.chosen)) + "\n\n";
    out += md(rec.summary) + "\n\n";
    out += "Why the " + std::string(checklist_label(rec.recommended)) + " is recommended:\n\n";
    for (const auto& reason : rec.reasons) out += "- " + md(reason) + "\n";
    if (!rec.missing.empty()) {
        out += "\nStill open (could change the recommendation):\n\n";
        for (const auto& m : rec.missing) out += "- " + md(m) + "\n";
    }
    const RoadmapCounts& c = r.counts;
    out += "\n" + format_int(c.total) + " items: " + format_int(c.done) + " done, " + format_int(c.in_progress) +
           " in progress, " + format_int(c.to_do) + " to do, " + format_int(c.not_applicable) +
           " not applicable. Priorities: " + format_int(c.now) + " now, " + format_int(c.next) + " next, " +
           format_int(c.later) + " later.\n\n";
}

void roadmap(std::string& out, const Assessment& a, const ExportContext& ctx) {
    for (const auto& p : a.roadmap.phases) {
        if (p.items.empty()) continue;
        out += "### " + link(p.phase->name, p.phase->link) + "\n\n";
        for (const auto& i : p.items) {
            const char* box = i.status == ItemStatus::Done ? "[x]" : "[ ]";
            out += "- " + std::string(box) + " **" + link(i.item->title, i.item->link) + "** " + kDash + " " +
                   label(i.status);
            if (i.priority != Priority::None) out += std::string(kDot) + "**" + label(i.priority) + "**";
            out += "\n";
            if (!i.what.empty()) out += "  - What: " + md(i.what) + "\n";
            out += "  - Status: " + md(i.status_reason) + "\n";
            if (!i.priority_reason.empty()) out += "  - Priority: " + md(i.priority_reason) + "\n";
            if (ctx.include_notes && !i.note.empty()) out += "  - Your note: " + user(i.note) + "\n";
        }
        out += "\n";
    }
}

// [SECTION] Comparison

void comparison_section(std::string& out, const Comparison& c, const char* h2, const char* h3) {
    out += std::string(h2) + " Changes since " + user(c.before_label) + "\n\n";
    out += "Comparing " + user(c.before_label) + kArrow + user(c.after_label) + ".\n\n";
    out += "| | " + user(c.before_label) + " | " + user(c.after_label) + " | Change |\n|---|---:|---:|---:|\n";
    out += "| Maturity level | " + md(level_name(c.level_before, c.level_info_before)) + " | " +
           md(level_name(c.level_after, c.level_info_after)) + " | " +
           (c.level_after.value_or(0) == c.level_before.value_or(0) ? std::string("\xC2\xB1" "0")
                                            : (c.level_after.value_or(0) > c.level_before.value_or(0) ? "+" : "") +
                                                  format_int(c.level_after.value_or(0) - c.level_before.value_or(0))) +
           " |\n";
    const auto od = c.practices_delta();
    out += "| Overall score | " + score_or_dash(c.practices_before) + " | " + score_or_dash(c.practices_after) + " | " +
           (od ? signed_score(*od) : kDash) + " |\n";
    out += "| Answered | " + format_percent(c.coverage_before) + " | " + format_percent(c.coverage_after) + " | |\n";
    out += "| Checklist | " + (c.checklist_before ? md(c.checklist_before->name) : std::string(kDash)) + " | " +
           (c.checklist_after ? md(c.checklist_after->name) : std::string(kDash)) + " | |\n\n";

    out += std::string(h3) + " Dimensions\n\n| Phase | Dimension | " + user(c.before_label) + " | " +
           user(c.after_label) + " | Change | Level |\n|---|---|---:|---:|---:|---|\n";
    for (const auto& d : c.dimensions) {
        const auto delta = d.delta();
        const std::string lb = d.level_before ? format_int(*d.level_before) : kDash;
        const std::string la = d.level_after ? format_int(*d.level_after) : kDash;
        out += "| " + md(d.phase->name) + " | " + md(d.dimension->name) + " | " + score_or_dash(d.before) + " | " +
               score_or_dash(d.after) + " | " + (delta ? signed_score(*delta) : kDash) + " | " +
               (lb == la ? lb : lb + kArrow + la) + " |\n";
    }
    out += "\n";

    out += std::string(h3) + " Checklist items\n\n";
    if (c.items.empty()) {
        out += "No checklist item changed status.\n\n";
    } else {
        out += format_int(c.newly_done) + " newly done, " + format_int(c.regressed) + " regressed.\n\n";
        for (const auto& i : c.items) {
            out += "- **" + std::string(label(i.kind)) + ":** " + link(i.item->title, i.item->link) + " (" +
                   md(i.phase->name) + ") " + kDash + " " + (i.before ? label(*i.before) : "not in the checklist") +
                   kArrow + (i.after ? label(*i.after) : "not in the checklist");
            if (i.priority_after) out += std::string(kDot) + "now **" + label(*i.priority_after) + "**";
            out += "\n";
        }
        out += "\n";
    }

    out += std::string(h3) + " Answers\n\n";
    if (c.profile.empty() && c.answers.empty()) {
        out += "No answer changed.\n\n";
        return;
    }
    out += format_int(static_cast<long long>(c.answers.size())) + " answers changed: " + format_int(c.answers_up) +
           " up, " + format_int(c.answers_down) + " down.\n\n";
    out += "| Dimension | Question | " + user(c.before_label) + " | " + user(c.after_label) + " |\n|---|---|---|---|\n";
    for (const auto& p : c.profile) {
        const ProfileOption* x = p.question->find_option(p.before);
        const ProfileOption* y = p.question->find_option(p.after);
        out += "| Profile | " + md(p.question->prompt) + " | " + (x ? md(x->label) : "not answered") + " | " +
               (y ? md(y->label) : "not answered") + " |\n";
    }
    for (const auto& a : c.answers) {
        const char* arrow = a.direction > 0 ? " \xE2\x96\xB2" : a.direction < 0 ? " \xE2\x96\xBC" : "";  // ▲ ▼
        out += "| " + md(a.dimension ? a.dimension->name : a.group->name) + " | " + md(a.question->prompt) + " | " +
               md(answer_text(*a.question, a.before)) + " | " + md(answer_text(*a.question, a.after)) + arrow + " |\n";
    }
    out += "\n";
}

// [SECTION] Merge

void merge_section(std::string& out, const Merged& m) {
    out += "## Respondents\n\n";
    out += "This view merges " + format_int(static_cast<long long>(m.respondents.size())) + " respondents: ";
    for (size_t i = 0; i < m.respondents.size(); ++i) out += (i ? ", " : "") + user(m.respondents[i]);
    out += ". Each merged answer is the respondents' mean, rounded to the nearest answer (halves down); a "
           "dimension is **divergent** when the respondents' levels differ by 2 or more, or (with 3 or more "
           "respondents) their standard deviation is 1 level or more.\n\n";
    out += format_int(m.divergent_dimensions) + " divergent dimensions, " + format_int(m.divergent_questions) +
           " questions where answers differ by 2 or more.\n\n";
    out += "| Dimension | Respondents | Mean | Min | Max | Std dev (levels) | Merged | Divergent |\n"
           "|---|---:|---:|---:|---:|---:|---:|---|\n";
    for (const auto& d : m.dimensions) {
        out += "| " + md(d.dimension->name) + " | " + format_int(d.scored) + " | " + score_or_dash(d.mean) + " | " +
               score_or_dash(d.min) + " | " + score_or_dash(d.max) + " | " +
               (d.scored > 0 ? format_fixed(d.sigma_levels, 2) : kDash) + " | " + score_or_dash(d.merged_score) +
               " | " + (d.divergent ? "**yes** (" + md(d.why) + ")" : "no") + " |\n";
    }
    out += "\n";
    bool any = false;
    for (const auto& q : m.questions) {
        if (!q.divergent) continue;
        if (!any) out += "### Questions to discuss\n\n";
        any = true;
        out += "- " + md(q.question->prompt) + " " + kDash + " answers from " + format_int(q.min) + " to " +
               format_int(q.max) + " (mean " + format_fixed(*q.mean, 1) + ", merged " +
               md(answer_text(*q.question, q.merged)) + ")\n";
    }
    if (any) out += "\n";
    if (!m.notes.empty()) {
        out += "### How the merge decided\n\n";
        for (const auto& n : m.notes) out += "- " + md(n) + "\n";
        out += "\n";
    }
}

void answers(std::string& out, const Session& session, const Assessment& a, const ExportContext& ctx) {
    out += "## Answers\n\n";
    for (const auto& p : a.scores.phases)
        for (const auto& d : p.dimensions) {
            out += "### " + md(d.dimension->name) + " " + kDash + " " + score_or_dash(d.score) + "\n\n";
            out += ctx.include_notes ? "| Question | Answer | Points | Adds to overall | +1 step | Note |\n"
                                       "|---|---|---:|---:|---:|---|\n"
                                     : "| Question | Answer | Points | Adds to overall | +1 step |\n"
                                       "|---|---|---:|---:|---:|\n";
            for (const auto& q : d.questions) {
                out += "| " + md(q.question->prompt) + " | " + md(answer_text(*q.question, q.answer)) + " | " +
                       (q.answer.has_value() ? format_score(q.points) + " of " + format_score(q.max) : kDash) +
                       " | " + (q.answer.has_value() ? format_fixed(q.overall_points, 1) : kDash) + " | " +
                       (q.overall_gain ? "+" + format_fixed(*q.overall_gain, 1) : kDash) + " |";
                if (ctx.include_notes) {
                    const auto note = session.notes.find(q.question->id);
                    out += " " + (note != session.notes.end() ? user(note->second) : std::string()) + " |";
                }
                out += "\n";
            }
            out += "\n";
        }
}

}  // namespace

std::string report_markdown(const Model& model, const Catalogue& catalogue, const Session& session,
                            const Assessment& assessment, const ExportContext& context) {
    (void)catalogue;  // the roadmap already points into it
    std::string out;
    out.reserve(24576);
    header(out, model, session, context);
    profile(out, model, session);
    result(out, assessment);
    scores_table(out, assessment);
    movers(out, assessment);
    recommendation(out, assessment);
    roadmap(out, assessment, context);
    if (context.comparison) comparison_section(out, *context.comparison, "##", "###");
    if (context.merged) merge_section(out, *context.merged);
    answers(out, session, assessment, context);
    return out;
}

std::string report_markdown(const Model& model, const Catalogue& catalogue, const Session& session,
                            const Assessment& assessment) {
    ExportContext context;
    context.include_notes = true;  // the user's own download, as the app has always written it
    return report_markdown(model, catalogue, session, assessment, context);
}

std::string comparison_markdown(const Comparison& comparison) {
    std::string out = "# Changes: " + user(comparison.before_label) + kArrow + user(comparison.after_label) + "\n\n";
    std::string body;
    comparison_section(body, comparison, "##", "##");
    // Drop the section's own heading line: the document title says it.
    const size_t first_break = body.find("\n\n");
    out += first_break == std::string::npos ? body : body.substr(first_break + 2);
    return out;
}

}  // namespace caf
