#include <string>

#include "core/format.h"
#include "core/report.h"

namespace caf {

namespace {

// [SECTION] Escaping

// Text inside a Markdown table cell or list: no raw HTML, no line breaks,
// no column separators.
std::string md(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '|': out += "\\|"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '&': out += "&amp;"; break;
            case '\r': break;
            case '\n': out += ' '; break;
            default: out += c;
        }
    }
    return out;
}

std::string link(const std::string& text, const std::string& url) {
    std::string safe_url;
    for (char c : url) {
        switch (c) {
            case ')': safe_url += "%29"; break;
            case ' ': safe_url += "%20"; break;
            case '<': safe_url += "%3C"; break;
            case '>': safe_url += "%3E"; break;
            default: safe_url += c;
        }
    }
    return "[" + md(text) + "](" + safe_url + ")";
}

std::string score_or_dash(const std::optional<double>& s) { return s ? format_score(*s) : "\xE2\x80\x94"; }

std::string answer_text(const Question& q, const Answer& a) {
    if (a.is_na()) return "N/A";
    if (!a.has_value()) return "not answered";
    const size_t v = static_cast<size_t>(a.value);
    return format_int(a.value) + " \xE2\x80\x94 " + (v < q.options.size() ? q.options[v].label : "");
}

// [SECTION] Sections

void header(std::string& out, const Model& model, const Session& session) {
    out += "# " + md(session.meta.title.empty() ? "AI maturity assessment" : session.meta.title) + "\n\n";
    std::string line;
    if (!session.meta.respondent.empty()) line += "Respondent: " + md(session.meta.respondent) + " \xC2\xB7 ";
    if (!session.meta.updated.empty()) line += "Updated: " + md(session.meta.updated) + " \xC2\xB7 ";
    line += "Model: " + md(model.title) + " (" + md(model.id) + " " + md(model.version) + ")";
    out += line + "\n\n";
}

void result(std::string& out, const Assessment& a) {
    const ScoreResult& s = a.scores;
    out += "## Result\n\n";
    out += "**Level " + format_int(s.maturity.level) +
           (s.maturity.info ? " \xE2\x80\x94 " + md(s.maturity.info->name) : std::string()) + "** \xC2\xB7 overall score " +
           score_or_dash(s.overall) + " of 100\n\n";
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
                   (d.level ? format_int(*d.level) : "\xE2\x80\x94") + " | " + format_int(d.target) +
                   (d.target_is_default ? "" : " (set)") + " | " + format_int(d.answered + d.not_applicable) +
                   " of " + format_int(total) + " | " + format_int(d.not_applicable) + " |\n";
        }
        out += "| **" + md(p.phase->name) + "** | **phase score** | **" + score_or_dash(p.score) +
               "** | | | | |\n";
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
        out += format_int(n++) + ". " + md(q->question->prompt) + " \xE2\x80\x94 now " +
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

void roadmap(std::string& out, const Assessment& a) {
    for (const auto& p : a.roadmap.phases) {
        if (p.items.empty()) continue;
        out += "### " + link(p.phase->name, p.phase->link) + "\n\n";
        for (const auto& i : p.items) {
            const char* box = i.status == ItemStatus::Done ? "[x]" : "[ ]";
            out += "- " + std::string(box) + " **" + link(i.item->title, i.item->link) + "** \xE2\x80\x94 " +
                   label(i.status);
            if (i.priority != Priority::None) out += " \xC2\xB7 **" + std::string(label(i.priority)) + "**";
            out += "\n";
            if (!i.item->what.empty()) out += "  - What: " + md(i.item->what) + "\n";
            out += "  - Status: " + md(i.status_reason) + "\n";
            if (!i.priority_reason.empty()) out += "  - Priority: " + md(i.priority_reason) + "\n";
            if (!i.note.empty()) out += "  - Your note: " + md(i.note) + "\n";
        }
        out += "\n";
    }
}

void answers(std::string& out, const Session& session, const Assessment& a) {
    out += "## Answers\n\n";
    for (const auto& p : a.scores.phases)
        for (const auto& d : p.dimensions) {
            out += "### " + md(d.dimension->name) + " \xE2\x80\x94 " + score_or_dash(d.score) + "\n\n";
            out += "| Question | Answer | Points | Adds to overall | +1 step | Note |\n";
            out += "|---|---|---:|---:|---:|---|\n";
            for (const auto& q : d.questions) {
                const auto note = session.notes.find(q.question->id);
                out += "| " + md(q.question->prompt) + " | " + md(answer_text(*q.question, q.answer)) + " | " +
                       (q.answer.has_value() ? format_score(q.points) + " of " + format_score(q.max) : "\xE2\x80\x94") +
                       " | " + (q.answer.has_value() ? format_fixed(q.overall_points, 1) : "\xE2\x80\x94") + " | " +
                       (q.overall_gain ? "+" + format_fixed(*q.overall_gain, 1) : "\xE2\x80\x94") + " | " +
                       (note != session.notes.end() ? md(note->second) : "") + " |\n";
            }
            out += "\n";
        }
}

}  // namespace

std::string report_markdown(const Model& model, const Catalogue& catalogue, const Session& session,
                            const Assessment& assessment) {
    std::string out;
    out.reserve(16384);
    header(out, model, session);
    result(out, assessment);
    scores_table(out, assessment);
    movers(out, assessment);
    recommendation(out, assessment);
    (void)catalogue;  // the roadmap already points into it
    roadmap(out, assessment);
    answers(out, session, assessment);
    return out;
}

}  // namespace caf
