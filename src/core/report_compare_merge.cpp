// The report's optional sections: a comparison with an earlier session and a
// merge of several respondents (report_sections.h), and the stand-alone
// comparison document of `caf-assess diff`.
#include <utility>

#include "core/format.h"
#include "core/report_sections.h"

namespace caf {

namespace {

constexpr const char* kDash = " \xE2\x80\x94 ";   // " — "
constexpr const char* kArrow = " \xE2\x86\x92 ";  // " → "

Column column(Text label, ColumnKind kind = ColumnKind::Plain) { return {std::move(label), kind}; }
Column column(std::string label, ColumnKind kind = ColumnKind::Plain) { return {{data_text(std::move(label))}, kind}; }
Cell cell(std::string text, Tone tone = Tone::None) { return {{data_text(std::move(text))}, tone}; }

std::string checklist_or_dash(const ChecklistDef* c) { return c ? c->name : kNoValue; }

// A score change worth colouring: more than rounding noise.
Tone tone_of(const std::optional<double>& delta) {
    if (delta && *delta > 0.05) return Tone::Up;
    if (delta && *delta < -0.05) return Tone::Down;
    return Tone::None;
}

// [SECTION] Comparison

Table comparison_summary(const Comparison& c) {
    Table t;
    t.caption = "Summary: " + c.before_label + kArrow + c.after_label;
    t.columns = {column("Measure"), column({user_text(c.before_label)}, ColumnKind::Number),
                 column({user_text(c.after_label)}, ColumnKind::Number), column("Change", ColumnKind::Number)};
    const auto od = c.practices_delta();
    t.rows = {
        {{cell("CAF level"), cell(level_name(c.level_before, c.level_info_before)),
          cell(level_name(c.level_after, c.level_info_after)),
          cell(c.level_before && c.level_after ? signed_int(*c.level_after - *c.level_before) : kNoValue)}},
        {{cell("Practices score"), cell(score_or_dash(c.practices_before)), cell(score_or_dash(c.practices_after)),
          cell(od ? signed_score(*od) : kNoValue, tone_of(od))}},
        {{cell("Answered"), cell(format_percent(c.coverage_before)), cell(format_percent(c.coverage_after)),
          cell("")}},
        {{cell("Checklist"), cell(checklist_or_dash(c.checklist_before)), cell(checklist_or_dash(c.checklist_after)),
          cell("")}},
    };
    return t;
}

Section comparison_dimensions(const Comparison& c) {
    Table t;
    t.caption = "Score per dimension";
    t.columns = {column("Phase"),
                 column("Dimension"),
                 column({user_text(c.before_label)}, ColumnKind::Number),
                 column({user_text(c.after_label)}, ColumnKind::Number),
                 column("Change", ColumnKind::Number),
                 column("Level")};
    t.row_header = 1;
    for (const auto& d : c.dimensions) {
        const auto delta = d.delta();
        const std::string lb = d.level_before ? format_int(*d.level_before) : kNoValue;
        const std::string la = d.level_after ? format_int(*d.level_after) : kNoValue;
        t.rows.push_back({{cell(d.phase->name), cell(d.dimension->name), cell(score_or_dash(d.before)),
                           cell(score_or_dash(d.after)), cell(delta ? signed_score(*delta) : kNoValue, tone_of(delta)),
                           cell(lb == la ? lb : lb + kArrow + la)}});
    }
    return {"changes-dimensions", {data_text("Dimensions")}, {std::move(t)}, {}};
}

Section comparison_items(const Comparison& c) {
    Section s{"changes-items", {data_text("Checklist items")}, {}, {}};
    if (c.items.empty()) {
        s.blocks.push_back(Paragraph{{data_text("No checklist item changed status.")}});
        return s;
    }
    s.blocks.push_back(Paragraph{{data_text(format_int(c.newly_done) + " newly done, " + format_int(c.regressed) +
                                            " regressed.")}});
    List list;
    for (const auto& i : c.items) {
        const Tone tone = i.kind == ItemChangeKind::NewlyDone   ? Tone::Up
                          : i.kind == ItemChangeKind::Regressed ? Tone::Down
                                                                : Tone::None;
        std::string rest = " (" + i.phase->name + ")" + kDash + (i.before ? label(*i.before) : "not in the checklist") +
                           kArrow + (i.after ? label(*i.after) : "not in the checklist");
        if (i.priority_after) rest += ", priority now " + std::string(label(*i.priority_after));
        list.items.push_back({strong_text(std::string(label(i.kind)) + ":", tone), data_text(" "),
                              link_text(i.item->title, i.item->link), data_text(rest)});
    }
    s.blocks.push_back(std::move(list));
    return s;
}

Section comparison_answers(const Comparison& c) {
    Section s{"changes-answers", {data_text("Answers")}, {}, {}};
    if (c.profile.empty() && c.answers.empty()) {
        s.blocks.push_back(Paragraph{{data_text("No answer changed.")}});
        return s;
    }
    s.blocks.push_back(Paragraph{{data_text(format_int(static_cast<long long>(c.answers.size())) +
                                            " answers changed: " + format_int(c.answers_up) + " up, " +
                                            format_int(c.answers_down) + " down.")}});
    Table t;
    t.caption = "Changed answers";
    t.columns = {column("Dimension"), column("Question"), column({user_text(c.before_label)}),
                 column({user_text(c.after_label)})};
    t.row_header = 1;
    for (const auto& p : c.profile) {
        const ProfileOption* x = p.question->find_option(p.before);
        const ProfileOption* y = p.question->find_option(p.after);
        t.rows.push_back({{cell("Profile"), cell(p.question->prompt), cell(x ? x->label : "not answered"),
                           cell(y ? y->label : "not answered")}});
    }
    for (const auto& a : c.answers) {
        const Tone tone = a.direction > 0 ? Tone::Up : a.direction < 0 ? Tone::Down : Tone::None;
        const char* word = a.direction > 0 ? " (up)" : a.direction < 0 ? " (down)" : "";
        t.rows.push_back({{cell(a.dimension ? a.dimension->name : a.group->name), cell(a.question->prompt), cell(answer_text(*a.question, a.before)),
                           cell(answer_text(*a.question, a.after) + word, tone)}});
    }
    s.blocks.push_back(std::move(t));
    return s;
}

// [SECTION] Merge

Table merge_table(const Merged& m) {
    Table t;
    t.caption = "Scores per dimension across respondents";
    t.columns = {column("Dimension"),
                 column("Respondents", ColumnKind::Number),
                 column("Mean", ColumnKind::Number),
                 column("Min", ColumnKind::Number),
                 column("Max", ColumnKind::Number),
                 column("Std dev (levels)", ColumnKind::Number),
                 column("Merged", ColumnKind::Number),
                 column("Divergent")};
    for (const auto& d : m.dimensions) {
        Cell divergent = d.divergent ? Cell{{strong_text("yes", Tone::Down), data_text(" (" + d.why + ")")}, Tone::None}
                                     : cell("no");
        t.rows.push_back({{cell(d.dimension->name), cell(format_int(d.scored)), cell(score_or_dash(d.mean)),
                           cell(score_or_dash(d.min)), cell(score_or_dash(d.max)),
                           cell(d.scored > 0 ? format_fixed(d.sigma_levels, 2) : kNoValue),
                           cell(score_or_dash(d.merged_score)), std::move(divergent)}});
    }
    return t;
}

}  // namespace

Section comparison_section(const Comparison& c) {
    Section s{"changes", {data_text("Changes since "), user_text(c.before_label)}, {}, {}};
    s.blocks.push_back(Paragraph{{data_text("Comparing "), user_text(c.before_label), data_text(kArrow),
                                  user_text(c.after_label), data_text(".")}});
    s.blocks.push_back(comparison_summary(c));
    s.subsections.push_back(comparison_dimensions(c));
    s.subsections.push_back(comparison_items(c));
    s.subsections.push_back(comparison_answers(c));
    if (!c.plan.empty()) {  // owners, dates, the plan's settings and use cases
        Table t;
        t.caption = "Plan changes";
        t.columns = {{{data_text("What")}, ColumnKind::Plain},
                     {{data_text(c.before_label)}, ColumnKind::Plain},
                     {{data_text(c.after_label)}, ColumnKind::Plain}};
        for (const auto& ch : c.plan)
            t.rows.push_back({{{{user_text(ch.what)}, Tone::None},
                               {{user_text(ch.before.empty() ? "\xE2\x80\x94" : ch.before)}, Tone::None},
                               {{user_text(ch.after.empty() ? "\xE2\x80\x94" : ch.after)}, Tone::None}}});
        s.subsections.push_back({"changes-plan", {data_text("Plan")}, {std::move(t)}, {}});
    }
    return s;
}

Section merge_section(const Merged& m) {
    Section s{"merge", {data_text("Respondents and divergence")}, {}, {}};
    Text intro{data_text("This view merges " + format_int(static_cast<long long>(m.respondents.size())) +
                         " respondents: ")};
    for (size_t i = 0; i < m.respondents.size(); ++i) {
        if (i) intro.push_back(data_text(", "));
        intro.push_back(user_text(m.respondents[i]));
    }
    intro.push_back(data_text(". Each merged answer is the respondents' mean, rounded to the nearest answer (halves "
                              "down). A dimension is "));
    intro.push_back(strong_text("divergent"));
    intro.push_back(data_text(" when the respondents' levels differ by 2 or more, or (with 3 or more respondents) "
                              "their standard deviation is 1 level or more: talk about it before acting on it."));
    s.blocks.push_back(Paragraph{std::move(intro)});
    s.blocks.push_back(Paragraph{{data_text(format_int(m.divergent_dimensions) + " divergent dimensions, " +
                                            format_int(m.divergent_questions) +
                                            " questions where answers differ by 2 or more.")}});
    s.blocks.push_back(merge_table(m));
    List questions;
    for (const auto& q : m.questions)
        if (q.divergent)
            questions.items.push_back({data_text(q.question->prompt + kDash + "answers from " + format_int(q.min) +
                                                 " to " + format_int(q.max) + " (mean " + format_fixed(*q.mean, 1) +
                                                 ", merged " + answer_text(*q.question, q.merged) + ")")});
    if (!questions.items.empty())
        s.subsections.push_back({"merge-questions", {data_text("Questions to discuss")}, {std::move(questions)}, {}});
    if (!m.notes.empty()) {
        List notes;
        for (const auto& n : m.notes) notes.items.push_back({data_text(n)});
        s.subsections.push_back({"merge-notes", {data_text("How the merge decided")}, {std::move(notes)}, {}});
    }
    return s;
}

Document comparison_document(const Comparison& c) {
    Document doc;
    doc.title = {data_text("Changes: "), user_text(c.before_label), data_text(kArrow), user_text(c.after_label)};
    doc.page_title = "Changes: " + c.before_label + kArrow + c.after_label;
    // The section's content at the top level: the title already says "Changes".
    Section s = comparison_section(c);
    doc.blocks = std::move(s.blocks);
    doc.sections = std::move(s.subsections);
    return doc;
}

}  // namespace caf
