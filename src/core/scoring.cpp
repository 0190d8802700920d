#include "core/scoring.h"

#include <algorithm>
#include <cmath>

#include "core/format.h"

namespace caf {

namespace {

// [SECTION] Dimensions

DimensionScore score_dimension(const Phase& phase, const Dimension& dim, const Session& session) {
    DimensionScore ds;
    ds.dimension = &dim;
    ds.phase = &phase;
    ds.questions.reserve(dim.questions.size());
    for (const auto& q : dim.questions) {
        QuestionScore qs;
        qs.question = &q;
        qs.answer = session.answer(q.id);
        // Sessions from parse_session are in range; one built in code may not be.
        qs.answer.value = std::clamp(qs.answer.value, 0, kMaxAnswer);
        switch (qs.answer.kind) {
            case Answer::Kind::Value:
                qs.points = q.weight * qs.answer.value;
                qs.max = q.weight * kMaxAnswer;
                ds.points += qs.points;
                ds.max += qs.max;
                ++ds.answered;
                break;
            case Answer::Kind::NotApplicable: ++ds.not_applicable; break;
            case Answer::Kind::Unanswered: ++ds.unanswered; break;
        }
        ds.questions.push_back(qs);
    }
    if (ds.answered > 0 && ds.max > 0.0) {
        ds.score = 100.0 * ds.points / ds.max;
        // floor of the weighted mean answer; the epsilon absorbs 2.9999999 from division.
        const int level = static_cast<int>(std::floor(kMaxAnswer * ds.points / ds.max + 1e-9));
        ds.level = std::clamp(level, 0, kMaxAnswer);
    }
    const auto t = session.targets.find(dim.id);
    if (t != session.targets.end()) {
        ds.target = std::clamp(t->second, 0, kMaxAnswer);
        ds.target_is_default = false;
    } else {
        ds.target = default_target(ds.level);
    }
    return ds;
}

// [SECTION] Maturity level

std::optional<int> level_answer(const Session& session, const std::string& question_id) {
    const Answer a = session.answer(question_id);
    if (!a.has_value()) return std::nullopt;
    return a.value;
}

std::string join_and(const std::vector<std::string>& parts) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += (i + 1 == parts.size()) ? " and " : ", ";
        out += parts[i];
    }
    return out;
}

MaturityLevel maturity_level(const Model& model, const Session& session, std::optional<double> overall) {
    MaturityLevel m;
    m.skills = level_answer(session, model.level_rule.skill_question);
    m.data = level_answer(session, model.level_rule.data_question);

    const double shown = overall ? round_score(*overall) : 0.0;
    for (int l = 0; l < kLevelCount; ++l)
        if (overall && model.level_rule.score_floor[static_cast<size_t>(l)] <= shown) m.score_allows = l;

    m.level = m.score_allows;
    if (m.skills) m.level = std::min(m.level, *m.skills);
    if (m.data) m.level = std::min(m.level, *m.data);
    m.info = model.find_level(m.level);

    const std::string head =
        "Level " + format_int(m.level) + (m.info ? " \xE2\x80\x94 " + m.info->name : std::string()) + ": ";
    if (!overall) {
        m.capped_by_score = true;
        m.reason = head + "nothing is answered with a value yet.";
        return m;
    }
    m.capped_by_score = m.score_allows == m.level;
    m.capped_by_skills = m.skills && *m.skills == m.level;
    m.capped_by_data = m.data && *m.data == m.level;

    const std::string score_text = "overall score " + format_score(shown);
    std::vector<std::string> cappers;
    if (m.capped_by_skills) cappers.push_back("skills answer (" + format_int(*m.skills) + ")");
    if (m.capped_by_data) cappers.push_back("data readiness answer (" + format_int(*m.data) + ")");
    if (m.capped_by_score) {
        std::string s = score_text;
        if (m.level + 1 < kLevelCount)
            s += " (level " + format_int(m.level + 1) + " needs " +
                 format_score(model.level_rule.score_floor[static_cast<size_t>(m.level + 1)]) + ")";
        cappers.push_back(s);
    }

    // Those that would allow more, grouped by the level they allow.
    struct Other {
        std::string text;
        int allows;
    };
    std::vector<Other> others;
    if (m.skills && !m.capped_by_skills) others.push_back({"skills (" + format_int(*m.skills) + ")", *m.skills});
    if (m.data && !m.capped_by_data) others.push_back({"data readiness (" + format_int(*m.data) + ")", *m.data});
    if (!m.capped_by_score) others.push_back({score_text, m.score_allows});
    std::stable_sort(others.begin(), others.end(), [](const Other& a, const Other& b) { return a.allows < b.allows; });

    std::string reason = head + "your " + join_and(cappers);
    if (cappers.size() == 3)
        reason += " all point to this level";
    else
        reason += cappers.size() == 1 ? " caps the level" : " cap the level";
    if (!others.empty()) {
        std::vector<std::string> groups;
        for (size_t i = 0; i < others.size(); ++i) {
            bool merged = false;
            for (size_t j = 0; j < i; ++j) merged = merged || others[j].allows == others[i].allows;
            if (merged) continue;
            std::vector<std::string> same;
            for (size_t j = i; j < others.size(); ++j)
                if (others[j].allows == others[i].allows) same.push_back(others[j].text);
            groups.push_back(join_and(same) + " would allow " + format_int(others[i].allows));
        }
        reason += "; " + join_and(groups);
    }
    reason += ".";
    if (!m.skills) reason += " The skills question is not answered yet, so skills do not cap the level.";
    if (!m.data) reason += " The data readiness question is not answered yet, so data does not cap the level.";
    m.reason = reason;
    return m;
}

// [SECTION] Coverage

int at_least(double share, int total) {
    return static_cast<int>(std::ceil(share * total - 1e-9));
}

Coverage coverage(const Model& model, const std::vector<PhaseScore>& phases) {
    Coverage c;
    for (const auto& p : phases)
        for (const auto& d : p.dimensions) {
            c.answered += d.answered;
            c.not_applicable += d.not_applicable;
            c.unanswered += d.unanswered;
        }
    c.total = c.answered + c.not_applicable + c.unanswered;
    const int done = c.answered + c.not_applicable;
    c.share = c.total > 0 ? static_cast<double>(done) / c.total : 0.0;
    const int need_warn = at_least(model.coverage.warn_below, c.total);
    const int need_block = at_least(model.coverage.block_below, c.total);

    std::string said = "You answered " + format_int(done) + " of " + format_int(c.total) + " questions (" +
                       format_percent(c.share);
    if (c.not_applicable > 0) said += ", " + format_int(c.not_applicable) + " of them N/A";
    said += ").";
    if (done < need_block || done == 0) {
        c.status = CoverageStatus::Blocked;
        c.message = said + " That is too little to trust the result: answer at least " + format_int(need_block) +
                    " for a first view and " + format_int(need_warn) + " (" +
                    format_percent(model.coverage.warn_below) + ") to rely on it.";
    } else if (done < need_warn) {
        c.status = CoverageStatus::Warn;
        c.message = said + " The result is indicative; answer at least " + format_int(need_warn) + " (" +
                    format_percent(model.coverage.warn_below) + ") to rely on it.";
    } else {
        c.status = CoverageStatus::Ok;
        c.message = said;
    }
    return c;
}

}  // namespace

// [SECTION] Public API

int default_target(std::optional<int> level) {
    const int current = level.value_or(0);
    return std::min(std::max(current + 1, 2), kMaxAnswer);
}

const char* to_string(CoverageStatus status) {
    switch (status) {
        case CoverageStatus::Ok: return "ok";
        case CoverageStatus::Warn: return "warn";
        case CoverageStatus::Blocked: return "blocked";
    }
    return "blocked";
}

ScoreResult score(const Model& model, const Session& session) {
    ScoreResult r;
    r.phases.reserve(model.phases.size());
    double all_sum = 0.0, all_weight = 0.0;
    for (const auto& phase : model.phases) {
        PhaseScore ps;
        ps.phase = &phase;
        double sum = 0.0, weight = 0.0;
        for (const auto& dim : phase.dimensions) {
            ps.dimensions.push_back(score_dimension(phase, dim, session));
            const DimensionScore& ds = ps.dimensions.back();
            if (!ds.score) continue;
            sum += dim.weight * *ds.score;
            weight += dim.weight;
        }
        if (weight > 0.0) ps.score = sum / weight;
        all_sum += sum;
        all_weight += weight;
        r.phases.push_back(std::move(ps));
    }
    if (all_weight > 0.0) r.overall = all_sum / all_weight;

    // Contributions and movers need the overall denominator.
    for (auto& ps : r.phases)
        for (auto& ds : ps.dimensions) {
            if (!ds.score) continue;
            const double share = ds.dimension->weight / all_weight;  // dimension's share of overall
            for (auto& qs : ds.questions) {
                if (!qs.answer.has_value()) continue;
                qs.overall_points = share * 100.0 * qs.points / ds.max;
                if (qs.answer.value < kMaxAnswer) {
                    qs.dimension_gain = 100.0 * qs.question->weight / ds.max;
                    qs.overall_gain = share * *qs.dimension_gain;
                }
            }
        }

    r.maturity = maturity_level(model, session, r.overall);
    r.coverage = coverage(model, r.phases);
    return r;
}

ScoreResult what_if(const Model& model, const Session& session, const std::string& question_id, Answer answer) {
    Session copy = session;
    copy.set_answer(question_id, answer);
    return score(model, copy);
}

const DimensionScore* ScoreResult::find_dimension(const std::string& dimension_id) const {
    for (const auto& p : phases)
        for (const auto& d : p.dimensions)
            if (d.dimension->id == dimension_id) return &d;
    return nullptr;
}

const QuestionScore* ScoreResult::find_question(const std::string& question_id) const {
    for (const auto& p : phases)
        for (const auto& d : p.dimensions)
            for (const auto& q : d.questions)
                if (q.question->id == question_id) return &q;
    return nullptr;
}

std::vector<const QuestionScore*> ScoreResult::top_movers(size_t count) const {
    std::vector<const QuestionScore*> movers;
    for (const auto& p : phases)
        for (const auto& d : p.dimensions)
            for (const auto& q : d.questions)
                if (q.overall_gain) movers.push_back(&q);
    std::stable_sort(movers.begin(), movers.end(), [](const QuestionScore* a, const QuestionScore* b) {
        return *a->overall_gain > *b->overall_gain;
    });
    if (movers.size() > count) movers.resize(count);
    return movers;
}

}  // namespace caf
