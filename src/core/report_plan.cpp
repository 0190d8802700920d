// The plan's part of the report (report_sections.h: plan_sections): the
// executive summary, the first 90 days, the timeline and the use-case
// portfolio, built once for every format from plan.h and use_cases.h.
#include <algorithm>
#include <memory>
#include <tuple>

#include "core/civil_date.h"
#include "core/format.h"
#include "core/plan.h"
#include "core/plan_data.h"
#include "core/report_sections.h"
#include "core/session_plan.h"
#include "core/use_cases.h"

namespace caf {

namespace {

constexpr const char* kDash = " \xE2\x80\x94 ";  // " — "

Column text_column(std::string label) { return {{data_text(std::move(label))}, ColumnKind::Plain}; }
Column number_column(std::string label) { return {{data_text(std::move(label))}, ColumnKind::Number}; }
Cell cell(std::string text) { return {{data_text(std::move(text))}, Tone::None}; }
Cell cell(Text text) { return {std::move(text), Tone::None}; }
Cell user_cell(std::string text) { return {{user_text(std::move(text))}, Tone::None}; }

// [SECTION] What the sections are built from

struct PlanInputs {
    std::unique_ptr<PlanData> owned;  // data/plan.json when the context brings none
    const PlanData* data = nullptr;
    Portfolio portfolio;
    Plan plan;
};

void prepare(PlanInputs& in, const Model& model, const Catalogue& catalogue, const Session& session,
             const Assessment& a, const ExportContext& context) {
    in.data = context.plan_data;
    if (!in.data) {
        auto loaded = builtin_plan_data(model, catalogue);
        if (!loaded.ok()) return;  // data for another catalogue (test fixtures): no plan
        in.owned = std::make_unique<PlanData>(std::move(*loaded.value));
        in.data = in.owned.get();
    }
    // The app's Roadmap screen computes it the same way (session_plan.h).
    SessionPlan sp = plan_session(model, *in.data, session, a, context.plan, context.date);
    in.portfolio = std::move(sp.portfolio);
    in.plan = std::move(sp.plan);
}

std::string role_name(const PlanData& d, const std::string& id) {
    const Role* r = d.find_role(id);
    return r ? r->name : id;
}

std::string joined(const std::vector<std::string>& parts, const char* sep = ", ") {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : sep) + p;
    return out;
}

// Every task gets its effort, owner, RACI and dependencies; planned ones their dates.
void fill_tasks(const PlanInputs& in, const Catalogue& catalogue, const Session& session, Report& report) {
    const PlanData& d = *in.data;
    for (size_t k = 0; k < report.tasks.size(); ++k) {
        TaskItem& t = report.tasks[k];
        const ItemPlan* ip = d.find_item(t.id);
        if (!ip) continue;
        t.effort = ip->effort;
        if (const Effort* e = d.find_effort(ip->effort)) t.effort_text = effort_text(*e);
        t.owner_role = ip->owner;
        t.owner = role_name(d, ip->owner);
        const auto st = session.items.find(t.id);
        if (st != session.items.end() && !st->second.owner.empty()) {
            const Role* r = d.find_role(st->second.owner);
            t.owner_role = r ? r->id : "";
            t.owner = r ? r->name : st->second.owner;
        }
        t.accountable = ip->raci.accountable;
        t.responsible = ip->raci.responsible;
        t.consulted = ip->raci.consulted;
        t.informed = ip->raci.informed;
        t.depends_on = ip->depends_on;
        std::vector<std::string> titles;
        for (const auto& dep : ip->depends_on)
            if (const ChecklistItem* c = catalogue.find_item(dep)) titles.push_back(c->title);
        // The plan's lines go before the user's note, which stays last.
        std::vector<Fact> lines;
        if (const ScheduledItem* s = in.plan.ok ? in.plan.find(t.id) : nullptr) {
            t.start = s->start;
            t.due = s->due;
            t.offset = s->offset;
            t.wave = d.waves[s->wave].name;
            t.schedule_reason = s->reason;
            t.pinned = s->pinned;
            t.check = s->check;
            if (s->check) t.schedule_reason = "Check whether it is already done (planned as a small item). " + t.schedule_reason;
            if (!s->poc_use_case.empty()) t.schedule_reason += " Proof-of-concept candidate: " + s->poc_use_case + ".";
            lines.push_back({"Plan", {data_text(t.wave + ": " + t.start + " to " + t.due + ". " + t.schedule_reason)}});
        }
        lines.push_back({"Owner and effort", {t.owner_role.empty() ? user_text(t.owner) : data_text(t.owner),
                                              data_text(" (accountable); effort " + t.effort_text + ".")}});
        if (!titles.empty()) lines.push_back({"Depends on", {data_text(joined(titles, "; ") + ". " + ip->why_depends)}});
        const bool noted = !t.details.empty() && t.details.back().key == "Your note";
        t.details.insert(noted ? t.details.end() - 1 : t.details.end(), lines.begin(), lines.end());
    }
    if (!in.plan.ok) return;
    ReportPlan& rp = report.plan;
    rp.ok = true;
    rp.start = in.plan.start;
    rp.end = iso_day(in.plan.end_day);
    rp.capacity = in.plan.capacity;
    rp.poc_use_case = in.plan.poc_use_case;
    auto task_index = [&](const std::string& id) {
        for (size_t k = 0; k < report.tasks.size(); ++k)
            if (report.tasks[k].id == id) return k;
        return report.tasks.size();
    };
    for (const auto& s : in.plan.items) {
        const size_t k = task_index(s.item->item->id);
        if (k < report.tasks.size()) rp.scheduled.push_back(k);
    }
    for (size_t w = 0; w < in.plan.waves.size(); ++w) {
        const PlanWave& pw = in.plan.waves[w];
        ReportWave out{pw.wave->id, pw.wave->name, iso_day(pw.from_day),
                       w + 1 < in.plan.waves.size() ? iso_day(in.plan.waves[w + 1].from_day - 1)
                                                    : iso_day(std::max(in.plan.end_day, pw.from_day)),
                       {}};
        for (size_t i : pw.items) out.items.push_back(task_index(in.plan.items[i].item->item->id));
        rp.waves.push_back(std::move(out));
    }
}

void fill_use_cases(const PlanInputs& in, Report& report) {
    const Portfolio& p = in.portfolio;
    for (size_t k = 0; k < p.ranked.size(); ++k) {
        const UseCaseResult& r = p.ranked[k];
        ReportUseCase u;
        u.id = r.use_case->id;
        u.name = r.use_case->name;
        u.approach = r.approach ? r.approach->id : "";
        u.approach_name = r.approach ? r.approach->name : "";
        u.sensitivity = r.use_case->sensitivity;
        u.beneficiary = r.use_case->beneficiary;
        u.goal = r.use_case->goal;
        u.need = r.use_case->need;
        u.value = r.use_case->value;
        u.feasibility = r.feasibility;
        u.score = r.score;
        u.rank = r.rank;
        u.poc = static_cast<int>(k) == p.poc;
        u.reasons = r.reasons;
        report.use_cases.push_back(std::move(u));
    }
    report.poc_reason = p.poc_reason;
}

// [SECTION] Sections

// The three dimensions furthest below their targets (score ÷ 25 against the target level).
List biggest_gaps(const Assessment& a) {
    std::vector<std::tuple<double, const DimensionScore*>> gaps;
    for (const auto& p : a.scores.phases)
        for (const auto& d : p.dimensions)
            if (d.score && d.target - *d.score / 25.0 > 0.0) gaps.emplace_back(d.target - *d.score / 25.0, &d);
    std::stable_sort(gaps.begin(), gaps.end(), [](const auto& x, const auto& y) { return std::get<0>(x) > std::get<0>(y); });
    List list;
    list.ordered = true;
    for (size_t k = 0; k < gaps.size() && k < 3; ++k) {
        const DimensionScore& d = *std::get<1>(gaps[k]);
        list.items.push_back({link_text(d.dimension->name, d.dimension->link),
                              data_text(" (" + d.phase->name + ")" + kDash + "score " + score_or_dash(d.score) +
                                        ", level " + format_int(d.level_or_zero()) + ", target " + format_int(d.target) +
                                        ": " + format_fixed(std::get<0>(gaps[k]), 1) + " levels to go.")});
    }
    return list;
}

Table now_table(const Report& report, const std::vector<size_t>& which, const std::string& caption, bool with_reason) {
    Table t;
    t.caption = caption;
    t.columns = {text_column("Item"), text_column("Phase"), text_column("Owner"), text_column("Start"),
                 text_column("Due"), text_column("Effort")};
    if (with_reason) t.columns.push_back(text_column("Why then"));
    for (size_t k : which) {
        const TaskItem& i = report.tasks[k];
        Row row{{cell({link_text(i.title, i.link)}), cell(i.phase_name), i.owner_role.empty() ? user_cell(i.owner) : cell(i.owner),
                 cell(i.start.empty() ? std::string(kNoValue) : i.start), cell(i.due.empty() ? std::string(kNoValue) : i.due),
                 cell(i.effort.empty() ? std::string(kNoValue) : i.check ? "S (check)" : i.effort)}};
        if (with_reason) row.cells.push_back(cell(i.schedule_reason));
        t.rows.push_back(std::move(row));
    }
    return t;
}

Section summary_section(const Model& model, const Assessment& a, const Report& report, const PlanInputs& in) {
    const MaturityLevel& m = a.scores.maturity;
    Section s{"summary", {data_text("Executive summary")}, {}, {}};
    Callout c;
    c.warn = a.scores.coverage.status != CoverageStatus::Ok;
    c.headline = {data_text("CAF AI maturity: " + level_name(m))};
    c.lines.push_back({strong_text("Basis:"), data_text(" " + m.basis + ". " + m.reason)});
    c.lines.push_back({strong_text(model.practices.name + ":"), data_text(" " + score_or_dash(a.scores.practices) + " of 100.")});
    if (in.plan.ok)
        c.lines.push_back({strong_text("Plan:"), data_text(" from " + in.plan.start + " to " + iso_day(in.plan.end_day) + ", " +
                                                        format_int(in.plan.capacity) + " items at a time, " +
                                                        format_int(static_cast<long long>(in.plan.items.size())) +
                                                        " items planned.")});
    s.blocks.push_back(std::move(c));
    List gaps = biggest_gaps(a);
    s.blocks.push_back(Paragraph{{strong_text("The three biggest gaps")}});
    if (gaps.items.empty())
        s.blocks.push_back(Paragraph{{data_text("No scored dimension is below its target.")}});
    else
        s.blocks.push_back(std::move(gaps));
    std::vector<size_t> now;
    for (size_t k : report.open_by_priority)
        if (report.tasks[k].priority == Priority::Now) now.push_back(k);
    if (in.plan.ok)
        std::stable_sort(now.begin(), now.end(), [&](size_t x, size_t y) { return report.tasks[x].start < report.tasks[y].start; });
    s.blocks.push_back(Paragraph{{strong_text("Start now")}});
    if (now.empty())
        s.blocks.push_back(Paragraph{{data_text("No item has the priority Now.")}});
    else
        s.blocks.push_back(now_table(report, now, "The Now items, with owners and dates", false));
    if (!in.plan.ok && !in.plan.error.empty()) s.blocks.push_back(Paragraph{{data_text(in.plan.error)}});
    if (const UseCaseResult* poc = in.portfolio.poc_candidate())
        s.blocks.push_back(Paragraph{{strong_text("Proof-of-concept candidate:"), user_text(" " + poc->use_case->name),
                                      data_text(" (" + (poc->approach ? poc->approach->name : std::string()) + ").")}});
    return s;
}

Section first90_section(const Report& report) {
    Section s{"first-90-days", {data_text("First 90 days")}, {}, {}};
    std::vector<size_t> soon;
    for (size_t k : report.plan.scheduled)
        if (report.tasks[k].offset >= 0 && report.tasks[k].offset <= 90) soon.push_back(k);
    s.blocks.push_back(Paragraph{{data_text("What starts in the first 90 days from " + report.plan.start + ", by start date. " +
                                            "Each item runs on one of " + format_int(report.plan.capacity) +
                                            " parallel tracks and starts only after the items it depends on are due.")}});
    if (soon.empty())
        s.blocks.push_back(Paragraph{{data_text("Nothing is planned in the first 90 days.")}});
    else
        s.blocks.push_back(now_table(report, soon, "Items starting in the first 90 days", true));
    return s;
}

Section timeline_section(const Report& report, const PlanInputs& in) {
    Section s{"timeline", {data_text("Timeline")}, {}, {}};
    Chart chart;
    chart.kind = ChartKind::Timeline;
    chart.id = "timeline";
    chart.title = "Timeline of the plan";
    chart.caption = "Every planned item as a bar from its start to its due date, in days from " + report.plan.start +
                    "; the lines mark the waves (days 31, 91 and 181). The table has the same dates.";
    Series start{"Start (days from the plan's start)", {}}, length{"Length (days)", {}}, wave{"Wave", {}};
    Table& t = chart.table;
    t.caption = "Planned items by start date";
    t.columns = {text_column("Item"), text_column("Phase"), text_column("Owner"), text_column("Start"),
                 text_column("Due"), text_column("Wave")};
    for (const auto& si : in.plan.items) {
        const TaskItem* ti = nullptr;
        for (const auto& task : report.tasks)
            if (task.id == si.item->item->id) ti = &task;
        if (!ti) continue;
        chart.labels.push_back(ti->title);
        start.values.push_back(static_cast<double>(si.offset));
        length.values.push_back(static_cast<double>(si.due_day - si.start_day + 1));
        wave.values.push_back(static_cast<double>(si.wave));
        t.rows.push_back({{cell(ti->title), cell(ti->phase_name), ti->owner_role.empty() ? user_cell(ti->owner) : cell(ti->owner),
                           cell(ti->start), cell(ti->due), cell(ti->wave)}});
    }
    chart.series = {std::move(start), std::move(length), std::move(wave)};
    for (size_t w = 1; w < in.data->waves.size(); ++w)
        chart.marks.emplace_back(static_cast<double>(in.data->waves[w].from_day), in.data->waves[w].name);
    if (chart.labels.empty()) {
        s.blocks.push_back(Paragraph{{data_text("Nothing to plan: every item is done or not applicable.")}});
        return s;
    }
    s.blocks.push_back(std::move(chart));
    return s;
}

Section use_cases_section(const Report& report, const PlanInputs& in) {
    Section s{"use-cases", {data_text("Use cases")}, {}, {}};
    s.blocks.push_back(Paragraph{{data_text("Your candidate use cases, ranked by business value \xC3\x97 feasibility. The approach "
                                            "follows CAF's AI decision tree; feasibility (1\xE2\x80\x93" "5) starts at 5 and loses "
                                            "2 per CAF level the approach needs beyond yours, 1 when it needs more data than you "
                                            "have, and 1 or 2 for confidential or regulated data.")},
                                  });
    Table t;
    t.caption = "Use-case portfolio";
    t.columns = {number_column("Rank"), text_column("Use case"), text_column("Approach"), number_column("Value"),
                 number_column("Feasibility"), number_column("Score"), text_column("Why")};
    t.row_header = 1;
    for (const auto& u : report.use_cases) {
        std::string why = joined(u.reasons, " ");
        if (u.poc) why = "Proof-of-concept candidate. " + why;
        t.rows.push_back({{cell(format_int(u.rank)), user_cell(u.name), cell(u.approach_name.empty() ? std::string(kNoValue) : u.approach_name),
                           cell(format_int(u.value)), cell(u.feasibility ? format_int(u.feasibility) : std::string(kNoValue)),
                           cell(format_int(u.score)), cell(why)}});
    }
    s.blocks.push_back(std::move(t));
    if (!report.poc_reason.empty()) s.blocks.push_back(Paragraph{{data_text(report.poc_reason)}});
    if (!in.data->use_case_tree.link.empty())
        s.blocks.push_back(Paragraph{{link_text("CAF's AI decision tree", in.data->use_case_tree.link)}});
    return s;
}

}  // namespace

std::vector<Section> plan_sections(const Model& model, const Catalogue& catalogue, const Session& session,
                                   const Assessment& assessment, const ExportContext& context, Report& report) {
    PlanInputs in;
    prepare(in, model, catalogue, session, assessment, context);
    if (!in.data) return {};
    fill_tasks(in, catalogue, session, report);
    fill_use_cases(in, report);
    report.plan.error = in.plan.ok ? "" : in.plan.error;
    std::vector<Section> out;
    out.push_back(summary_section(model, assessment, report, in));
    if (in.plan.ok) {
        out.push_back(first90_section(report));
        out.push_back(timeline_section(report, in));
    }
    if (!report.use_cases.empty()) out.push_back(use_cases_section(report, in));
    return out;
}

}  // namespace caf
