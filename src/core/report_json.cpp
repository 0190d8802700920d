#include <cmath>

#include <nlohmann/json.hpp>

#include "core/report.h"
#include "core/report_model.h"

namespace caf {

namespace {

using ojson = nlohmann::ordered_json;

// Two decimals are plenty and keep the output free of 66.66666666666667.
ojson number(double v) { return static_cast<double>(std::llround(v * 100.0)) / 100.0; }

ojson optional_number(const std::optional<double>& v) { return v ? number(*v) : ojson(nullptr); }

ojson answer_json(const Answer& a) {
    if (a.has_value()) return a.value;
    if (a.is_na()) return "na";
    if (a.is_dont_know()) return "unknown";
    return nullptr;
}

ojson scores_json(const Session& session, const ScoreResult& s, bool include_notes) {
    ojson phases = ojson::array();
    for (const auto& p : s.phases) {
        ojson dims = ojson::array();
        for (const auto& d : p.dimensions) {
            ojson questions = ojson::array();
            for (const auto& q : d.questions) {
                const auto note = include_notes ? session.notes.find(q.question->id) : session.notes.end();
                questions.push_back(ojson{
                    {"id", q.question->id},
                    {"prompt", q.question->prompt},
                    {"role", q.question->role == QuestionRole::Level ? "level" : "practice"},
                    {"answer", answer_json(q.answer)},
                    {"weight", number(q.question->weight)},
                    {"points", number(q.points)},
                    {"max", number(q.max)},
                    {"overall_points", number(q.overall_points)},
                    {"overall_gain", optional_number(q.overall_gain)},
                    {"dimension_gain", optional_number(q.dimension_gain)},
                    {"note", note != session.notes.end() ? ojson(note->second) : ojson(nullptr)},
                });
            }
            dims.push_back(ojson{
                {"id", d.dimension->id},
                {"name", d.dimension->name},
                {"weight", number(d.dimension->weight)},
                {"score", optional_number(d.score)},
                {"level", d.level ? ojson(*d.level) : ojson(nullptr)},
                {"target", d.target},
                {"target_is_default", d.target_is_default},
                {"answered", d.answered},
                {"not_applicable", d.not_applicable},
                {"dont_know", d.dont_know},
                {"unanswered", d.unanswered},
                {"link", d.dimension->link},
                {"questions", std::move(questions)},
            });
        }
        phases.push_back(ojson{{"id", p.phase->id},
                               {"name", p.phase->name},
                               {"score", optional_number(p.score)},
                               {"dimensions", std::move(dims)}});
    }
    return phases;
}

ojson strings(const std::vector<std::string>& v) {
    ojson a = ojson::array();
    for (const auto& x : v) a.push_back(x);
    return a;
}

ojson or_null(const std::string& s) { return s.empty() ? ojson(nullptr) : ojson(s); }

ojson roadmap_json(const Roadmap& r, const std::vector<TaskItem>& tasks) {
    // The items as every export shows them (report_model.h), grouped by phase.
    ojson phases = ojson::array();
    for (const auto& p : r.phases) {
        ojson items = ojson::array();
        for (const auto& i : tasks) {
            if (i.phase_id != p.phase->id) continue;
            items.push_back(ojson{
                {"id", i.id},
                {"title", i.title},
                {"what", i.what},
                {"link", i.link},
                {"status", to_string(i.status)},
                {"priority", i.priority == Priority::None ? ojson(nullptr) : ojson(to_string(i.priority))},
                {"priority_score", i.priority == Priority::None ? ojson(nullptr) : number(i.priority_score)},
                {"status_reason", i.status_reason},
                {"priority_reason", i.priority_reason},
                {"priority_detail", i.priority_detail},
                {"evidence", [&] {
                     ojson e = ojson::array();
                     for (const auto& [question, answer] : i.evidence)
                         e.push_back(ojson{{"question", question}, {"answer", answer_json(answer)}});
                     return e;
                 }()},
                {"edition", i.edition_from.empty() ? ojson(nullptr)
                                                   : ojson{{"from", i.edition_from}, {"note", i.edition_note}}},
                {"ticked", i.ticked},
                {"note", i.note},
                {"effort", or_null(i.effort)},
                {"owner", or_null(i.owner)},
                {"owner_role", or_null(i.owner_role)},
                {"raci", i.accountable.empty() ? ojson(nullptr)
                                               : ojson{{"responsible", strings(i.responsible)},
                                                       {"accountable", i.accountable},
                                                       {"consulted", strings(i.consulted)},
                                                       {"informed", strings(i.informed)}}},
                {"depends_on", strings(i.depends_on)},
                {"start", or_null(i.start)},
                {"due", or_null(i.due)},
                {"wave", or_null(i.wave)},
                {"schedule_reason", or_null(i.schedule_reason)},
            });
        }
        phases.push_back(ojson{{"id", p.phase->id},
                               {"name", p.phase->name},
                               {"link", p.phase->link},
                               {"items", std::move(items)}});
    }
    const RoadmapCounts& c = r.counts;
    return ojson{
        {"checklist", r.checklist ? r.checklist->id : checklist_id(r.recommendation.chosen)},
        {"paths", [&] {
             ojson p = ojson::array();
             for (const GuidancePath* gp : r.paths) p.push_back(gp->id);
             return p;
         }()},
        {"name", r.checklist ? r.checklist->name : checklist_label(r.recommendation.chosen)},
        {"counts",
         ojson{{"total", c.total},
               {"done", c.done},
               {"in_progress", c.in_progress},
               {"to_do", c.to_do},
               {"unverified", c.unverified},
               {"not_applicable", c.not_applicable},
               {"now", c.now},
               {"next", c.next},
               {"later", c.later}}},
        {"phases", std::move(phases)},
    };
}

}  // namespace

std::string report_json(const Model& model, const Catalogue& catalogue, const Session& session,
                        const Assessment& a, const ExportContext& context) {
    const ScoreResult& s = a.scores;
    const Recommendation& rec = a.recommendation();
    ojson root;
    root["format"] = "caf-ai-report";
    root["format_version"] = 2;
    root["model"] = ojson{{"id", model.id}, {"version", model.version}};
    root["catalogue"] = ojson{{"id", catalogue.id}, {"version", catalogue.version}};
    root["meta"] = ojson{
        {"title", session.meta.title}, {"respondent", session.meta.respondent}, {"updated", session.meta.updated}};
    const MaturityLevel& m = s.maturity;
    auto optional_int = [](const std::optional<int>& v) { return v ? ojson(*v) : ojson(nullptr); };
    root["overall"] = ojson{
        {"caf_level",
         ojson{{"level", optional_int(m.level)},
               {"provisional", m.provisional},
               {"name", m.info ? ojson(m.info->name) : ojson(nullptr)},
               {"name_is_app_label", m.info ? ojson(m.info->app_label) : ojson(nullptr)},
               {"skills", optional_int(m.skills)},
               {"data", optional_int(m.data)},
               {"basis", m.basis},
               {"reason", m.reason},
               {"rule", model.level_rule.explanation}}},
        {"practices_score", optional_number(s.practices)},
        {"practices",
         ojson{{"name", model.practices.name},
               {"summary", model.practices.summary},
               {"relation", to_string(s.comparison.relation)},
               {"sentence", s.comparison.sentence.empty() ? ojson(nullptr) : ojson(s.comparison.sentence)}}},
    };
    const TechnologyFit& fit = a.fit;
    root["technology_fit"] = ojson{
        {"declared", fit.declared ? ojson(fit.declared->id) : ojson(nullptr)},
        {"declared_name", fit.declared ? ojson(fit.declared->name) : ojson(nullptr)},
        {"fits_now", [&] {
             ojson list = ojson::array();
             for (const Approach* ap : fit.fits_now) list.push_back(ap->id);
             return list;
         }()},
        {"warning", fit.warning.empty() ? ojson(nullptr) : ojson(fit.warning)},
        {"unlocks", fit.unlocks.empty() ? ojson(nullptr) : ojson(fit.unlocks)},
        {"next_level", optional_int(fit.next_level)},
        {"summary", fit.summary},
    };
    root["followups"] = [&] {
        ojson list = ojson::array();
        for (const FollowUp& f : a.followups)
            list.push_back(ojson{{"question", f.question->id},
                                 {"prompt", f.question->prompt},
                                 {"where", f.where},
                                 {"evidence_to_ask", f.question->evidence_to_ask}});
        return list;
    }();
    root["coverage"] = ojson{
        {"status", to_string(s.coverage.status)}, {"answered", s.coverage.answered},
        {"not_applicable", s.coverage.not_applicable}, {"dont_know", s.coverage.dont_know},
        {"unanswered", s.coverage.unanswered},
        {"total", s.coverage.total}, {"share", number(s.coverage.share)}, {"message", s.coverage.message},
    };
    root["phases"] = scores_json(session, s, context.include_notes);
    root["readiness"] = [&] {
        ojson groups = ojson::array();
        for (const auto& g : model.readiness.groups) {
            ojson questions = ojson::array();
            for (const auto& q : g.questions) {
                if (!question_applies(q, session)) continue;
                const auto note = context.include_notes ? session.notes.find(q.id) : session.notes.end();
                questions.push_back(ojson{{"id", q.id},
                                          {"prompt", q.prompt},
                                          {"answer", answer_json(session.answer(q.id))},
                                          {"note", note != session.notes.end() ? ojson(note->second) : ojson(nullptr)}});
            }
            groups.push_back(ojson{{"phase", g.phase}, {"name", g.name}, {"questions", std::move(questions)}});
        }
        return groups;
    }();
    root["recommendation"] = ojson{
        {"recommended", checklist_id(rec.recommended)},
        {"chosen", checklist_id(rec.chosen)},
        {"overridden", rec.overridden},
        {"summary", rec.summary},
        {"reasons", rec.reasons},
        {"missing", rec.missing},
    };
    const Report report = build_report(model, catalogue, session, a, context);
    root["roadmap"] = roadmap_json(a.roadmap, report.tasks);
    const ReportPlan& plan = report.plan;
    root["plan"] = plan.ok ? ojson{{"start", plan.start},
                                   {"end", plan.end},
                                   {"capacity", plan.capacity},
                                   {"waves", [&] {
                                        ojson w = ojson::array();
                                        for (const auto& wave : plan.waves) {
                                            ojson ids = ojson::array();
                                            for (size_t k : wave.items) ids.push_back(report.tasks[k].id);
                                            w.push_back(ojson{{"id", wave.id}, {"name", wave.name}, {"from", wave.from},
                                                              {"to", wave.to}, {"items", std::move(ids)}});
                                        }
                                        return w;
                                    }()},
                                   {"poc_use_case", or_null(plan.poc_use_case)}}
                           : ojson(nullptr);
    root["use_cases"] = [&] {
        ojson list = ojson::array();
        for (const auto& u : report.use_cases)
            list.push_back(ojson{{"id", u.id},
                                 {"name", u.name},
                                 {"value", u.value},
                                 {"sensitivity", or_null(u.sensitivity)},
                                 {"beneficiary", or_null(u.beneficiary)},
                                 {"approach", or_null(u.approach)},
                                 {"feasibility", u.feasibility},
                                 {"score", u.score},
                                 {"rank", u.rank},
                                 {"poc", u.poc},
                                 {"reasons", strings(u.reasons)}});
        return list;
    }();
    return root.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

std::string report_json(const Model& model, const Catalogue& catalogue, const Session& session,
                        const Assessment& assessment) {
    ExportContext context;
    context.include_notes = true;  // as it has always been written
    return report_json(model, catalogue, session, assessment, context);
}

}  // namespace caf
