#include "core/export_json.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "core/session_io.h"

namespace caf {

namespace {

using ojson = nlohmann::ordered_json;

ojson number(double v) { return static_cast<double>(std::llround(v * 100.0)) / 100.0; }
ojson optional_number(const std::optional<double>& v) { return v ? number(*v) : ojson(nullptr); }
ojson optional_int(const std::optional<int>& v) { return v ? ojson(*v) : ojson(nullptr); }

ojson answer_json(const Answer& a) {
    if (a.has_value()) return a.value;
    if (a.is_na()) return "na";
    if (a.is_dont_know()) return "unknown";
    return nullptr;
}

ojson status_json(const std::optional<ItemStatus>& s) { return s ? ojson(to_string(*s)) : ojson(nullptr); }

ojson side(const std::string& label, const std::optional<double>& practices, const std::optional<int>& level,
           const Level* info, const ChecklistDef* checklist, double answered) {
    return ojson{{"label", label},
                 {"practices_score", optional_number(practices)},
                 {"level", optional_int(level)},
                 {"level_name", info ? ojson(info->name) : ojson(nullptr)},
                 {"checklist", checklist ? ojson(checklist->id) : ojson(nullptr)},
                 {"answered", number(answered)}};
}

std::string dump(const ojson& j) { return j.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n"; }

}  // namespace

std::string comparison_json(const Model& model, const Comparison& c) {
    ojson root;
    root["format"] = "caf-ai-comparison";
    root["format_version"] = 1;
    root["model"] = ojson{{"id", model.id}, {"version", model.version}};
    root["before"] = side(c.before_label, c.practices_before, c.level_before, c.level_info_before, c.checklist_before,
                          c.coverage_before);
    root["after"] = side(c.after_label, c.practices_after, c.level_after, c.level_info_after, c.checklist_after,
                         c.coverage_after);
    root["practices_delta"] = optional_number(c.practices_delta());
    root["level_delta"] = c.level_before && c.level_after ? ojson(*c.level_after - *c.level_before) : ojson(nullptr);
    ojson dims = ojson::array();
    for (const auto& d : c.dimensions)
        dims.push_back(ojson{{"id", d.dimension->id},
                             {"name", d.dimension->name},
                             {"phase", d.phase->id},
                             {"before", optional_number(d.before)},
                             {"after", optional_number(d.after)},
                             {"delta", optional_number(d.delta())},
                             {"level_before", optional_int(d.level_before)},
                             {"level_after", optional_int(d.level_after)}});
    root["dimensions"] = std::move(dims);
    ojson profile = ojson::array();
    for (const auto& p : c.profile)
        profile.push_back(ojson{{"id", p.question->id},
                                {"before", p.before.empty() ? ojson(nullptr) : ojson(p.before)},
                                {"after", p.after.empty() ? ojson(nullptr) : ojson(p.after)}});
    root["profile"] = std::move(profile);
    ojson answers = ojson::array();
    for (const auto& a : c.answers)
        answers.push_back(ojson{{"id", a.question->id},
                                {"dimension", a.dimension->id},
                                {"before", answer_json(a.before)},
                                {"after", answer_json(a.after)},
                                {"direction", a.direction}});
    root["answers"] = std::move(answers);
    ojson items = ojson::array();
    for (const auto& i : c.items)
        items.push_back(ojson{{"id", i.item->id},
                              {"title", i.item->title},
                              {"phase", i.phase->id},
                              {"change", to_string(i.kind)},
                              {"before", status_json(i.before)},
                              {"after", status_json(i.after)},
                              {"priority", i.priority_after ? ojson(to_string(*i.priority_after)) : ojson(nullptr)}});
    root["items"] = std::move(items);
    root["counts"] = ojson{{"answers_changed", c.answers.size()},
                           {"answers_up", c.answers_up},
                           {"answers_down", c.answers_down},
                           {"newly_done", c.newly_done},
                           {"regressed", c.regressed}};
    return dump(root);
}

std::string merge_json(const Model& model, const Merged& m) {
    ojson root;
    root["format"] = "caf-ai-merge";
    root["format_version"] = 1;
    root["model"] = ojson{{"id", model.id}, {"version", model.version}};
    root["respondents"] = m.respondents;
    ojson dims = ojson::array();
    for (const auto& d : m.dimensions) {
        ojson scores = ojson::array(), levels = ojson::array();
        for (const auto& s : d.scores) scores.push_back(optional_number(s));
        for (const auto& l : d.levels) levels.push_back(optional_int(l));
        dims.push_back(ojson{{"id", d.dimension->id},
                             {"name", d.dimension->name},
                             {"phase", d.phase->id},
                             {"scored", d.scored},
                             {"scores", std::move(scores)},
                             {"levels", std::move(levels)},
                             {"mean", optional_number(d.mean)},
                             {"min", optional_number(d.min)},
                             {"max", optional_number(d.max)},
                             {"sigma_levels", number(d.sigma_levels)},
                             {"level_range", d.level_range},
                             {"merged_score", optional_number(d.merged_score)},
                             {"divergent", d.divergent},
                             {"why", d.why}});
    }
    root["dimensions"] = std::move(dims);
    ojson questions = ojson::array();
    for (const auto& q : m.questions) {
        ojson answers = ojson::array();
        for (const auto& a : q.answers) answers.push_back(answer_json(a));
        questions.push_back(ojson{{"id", q.question->id},
                                  {"dimension", q.dimension->id},
                                  {"answers", std::move(answers)},
                                  {"mean", optional_number(q.mean)},
                                  {"min", q.values ? ojson(q.min) : ojson(nullptr)},
                                  {"max", q.values ? ojson(q.max) : ojson(nullptr)},
                                  {"stddev", q.values ? number(q.stddev) : ojson(nullptr)},
                                  {"merged", answer_json(q.merged)},
                                  {"divergent", q.divergent}});
    }
    root["questions"] = std::move(questions);
    root["notes"] = m.notes;
    root["session"] = ojson::parse(serialize_session(m.session), nullptr, false);
    return dump(root);
}

}  // namespace caf
