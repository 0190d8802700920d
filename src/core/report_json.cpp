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

ojson roadmap_json(const Roadmap& r, bool include_notes) {
    // The items as every export shows them (report_model.h), grouped by phase.
    const std::vector<TaskItem> tasks = task_items(r, include_notes);
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
                {"ticked", i.ticked},
                {"note", i.note},
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
        {"name", r.checklist ? r.checklist->name : checklist_label(r.recommendation.chosen)},
        {"counts",
         ojson{{"total", c.total},
               {"done", c.done},
               {"in_progress", c.in_progress},
               {"to_do", c.to_do},
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
    root["format_version"] = 1;
    root["model"] = ojson{{"id", model.id}, {"version", model.version}};
    root["catalogue"] = ojson{{"id", catalogue.id}, {"version", catalogue.version}};
    root["meta"] = ojson{
        {"title", session.meta.title}, {"respondent", session.meta.respondent}, {"updated", session.meta.updated}};
    root["overall"] = ojson{
        {"score", optional_number(s.overall)},
        {"level", s.maturity.level},
        {"level_name", s.maturity.info ? ojson(s.maturity.info->name) : ojson(nullptr)},
        {"reason", s.maturity.reason},
        {"skills", s.maturity.skills ? ojson(*s.maturity.skills) : ojson(nullptr)},
        {"data", s.maturity.data ? ojson(*s.maturity.data) : ojson(nullptr)},
        {"score_allows", s.maturity.score_allows},
        {"capped_by",
         [&] {
             ojson c = ojson::array();
             if (s.maturity.capped_by_skills) c.push_back("skills");
             if (s.maturity.capped_by_data) c.push_back("data");
             if (s.maturity.capped_by_score) c.push_back("score");
             return c;
         }()},
    };
    root["coverage"] = ojson{
        {"status", to_string(s.coverage.status)}, {"answered", s.coverage.answered},
        {"not_applicable", s.coverage.not_applicable}, {"unanswered", s.coverage.unanswered},
        {"total", s.coverage.total}, {"share", number(s.coverage.share)}, {"message", s.coverage.message},
    };
    root["phases"] = scores_json(session, s, context.include_notes);
    root["recommendation"] = ojson{
        {"recommended", checklist_id(rec.recommended)},
        {"chosen", checklist_id(rec.chosen)},
        {"overridden", rec.overridden},
        {"summary", rec.summary},
        {"reasons", rec.reasons},
        {"missing", rec.missing},
    };
    root["roadmap"] = roadmap_json(a.roadmap, context.include_notes);
    return root.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

std::string report_json(const Model& model, const Catalogue& catalogue, const Session& session,
                        const Assessment& assessment) {
    ExportContext context;
    context.include_notes = true;  // as it has always been written
    return report_json(model, catalogue, session, assessment, context);
}

}  // namespace caf
