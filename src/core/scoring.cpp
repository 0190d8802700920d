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
        if (!question_applies(q, session)) continue;
        QuestionScore qs;
        qs.question = &q;
        qs.answer = session.answer(q.id);
        // Sessions from parse_session are in range; one built in code may not be.
        qs.answer.value = std::clamp(qs.answer.value, 0, kMaxAnswer);
        const bool practice = q.role == QuestionRole::Practice;
        switch (qs.answer.kind) {
            case Answer::Kind::Value:
                if (!practice) break;
                qs.points = q.weight * qs.answer.value;
                qs.max = q.weight * kMaxAnswer;
                ds.points += qs.points;
                ds.max += qs.max;
                ++ds.answered;
                break;
            case Answer::Kind::NotApplicable: ++ds.not_applicable; break;
            case Answer::Kind::DontKnow: ++ds.dont_know; break;
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
    return std::clamp(a.value, 0, kMaxAnswer);
}

// "not answered" or "don't know", for the basis line.
std::string unknown_answer(const Session& session, const std::string& question_id) {
    return session.answer(question_id).is_dont_know() ? "don't know" : "not answered";
}

std::string level_name(int level) {
    if (level == 0) return "not yet at level 1";
    return "level " + format_int(level);
}

MaturityLevel maturity_level(const Model& model, const Session& session) {
    const LevelRule& rule = model.level_rule;
    MaturityLevel m;
    m.skills = level_answer(session, rule.skill_question);
    m.data = level_answer(session, rule.data_question);
    if (m.skills) m.skills_support = rule.skills_support[static_cast<size_t>(*m.skills)];
    if (m.data) m.data_support = rule.data_support[static_cast<size_t>(*m.data)];

    // What each answer supports, not the raw answer: the answer scales differ, the levels do not.
    auto supports = [&](const char* what, const std::optional<int>& support, const std::string& question) {
        if (!support) return std::string(what) + " " + unknown_answer(session, question);
        if (*support == 0) return std::string(what) + " below level 1";
        return std::string(what) + " level " + format_int(*support);
    };
    const std::string skills_text = supports("skills", m.skills_support, rule.skill_question);
    const std::string data_text = supports("data", m.data_support, rule.data_question);

    if (!m.skills_support && !m.data_support) {
        m.basis = skills_text + ", " + data_text + " \xE2\x86\x92 no level yet";
        m.reason = "CAF derives the AI maturity level from skills and data: answer the skills question and the "
                   "data-readiness question to see it.";
        return m;
    }
    if (m.skills_support && m.data_support) {
        m.level = std::min(*m.skills_support, *m.data_support);
        m.capped_by_skills = *m.skills_support == *m.level;
        m.capped_by_data = *m.data_support == *m.level;
    } else {
        m.level = m.skills_support ? *m.skills_support : *m.data_support;
        m.provisional = true;
    }
    m.info = model.find_level(*m.level);
    const int l = *m.level;
    m.basis = skills_text + ", " + data_text + " \xE2\x86\x92 " + (m.provisional ? "at most " : "") + level_name(l);

    auto says = [](const char* what, const char* verb, const char* verb0, std::optional<int> support) -> std::string {
        if (!support) return {};
        if (*support == 0) return std::string("your ") + what + " " + verb0 + " reach level 1";
        return std::string("your ") + what + " " + verb + " level " + format_int(*support);
    };
    const std::string skills_say = says("skills", "support", "do not yet", m.skills_support);
    const std::string data_say = says("data", "supports", "does not yet", m.data_support);
    std::string head = m.provisional ? "At most " + level_name(l) : (l == 0 ? "Not yet at level 1" : "Level " + format_int(l));
    std::string reason = head + ": ";
    if (m.provisional) {
        reason += (m.skills_support ? skills_say : data_say) + "; answer the " +
                  (m.skills_support ? "data-readiness" : "skills") + " question to confirm the level.";
    } else if (*m.skills_support == *m.data_support) {
        reason += "your skills and your data both support " + level_name(l) + ".";
    } else {
        reason += skills_say + " and " + data_say + "; the level is the lower of the two, so " +
                  (m.capped_by_skills ? "skills are" : "data is") + " what holds it back.";
    }
    m.reason = reason;
    return m;
}

std::string fill(std::string text, const std::string& key, const std::string& value) {
    const std::string tag = "{" + key + "}";
    for (size_t at = text.find(tag); at != std::string::npos; at = text.find(tag, at + value.size()))
        text.replace(at, tag.size(), value);
    return text;
}

PracticesComparison compare_practices(const Model& model, const std::optional<double>& practices,
                                      const MaturityLevel& m) {
    PracticesComparison c;
    if (!practices || !m.level || m.provisional) return c;
    c.practices_level = std::clamp(static_cast<int>(std::floor(round_score(*practices) / 25.0 + 1e-9)), 0, kMaxAnswer);
    const std::string* text = &model.practices.aligned_text;
    c.relation = PracticesRelation::Aligned;
    if (c.practices_level < *m.level) {
        c.relation = PracticesRelation::Lag;
        text = &model.practices.lag_text;
    } else if (c.practices_level > *m.level) {
        c.relation = PracticesRelation::Ahead;
        text = &model.practices.ahead_text;
    }
    std::string s = fill(*text, "practices", format_score(*practices));
    s = fill(s, "practices_level", format_int(c.practices_level));
    s = fill(s, "level", format_int(*m.level));
    c.sentence = s;
    return c;
}

// [SECTION] Coverage

int at_least(double share, int total) {
    return static_cast<int>(std::ceil(share * total - 1e-9));
}

Coverage coverage(const Model& model, const std::vector<PhaseScore>& phases) {
    Coverage c;
    for (const auto& p : phases)
        for (const auto& d : p.dimensions)
            for (const auto& q : d.questions) {
                switch (q.answer.kind) {
                    case Answer::Kind::Value: ++c.answered; break;
                    case Answer::Kind::NotApplicable: ++c.not_applicable; break;
                    case Answer::Kind::DontKnow: ++c.dont_know; break;
                    case Answer::Kind::Unanswered: ++c.unanswered; break;
                }
            }
    c.total = c.answered + c.not_applicable + c.dont_know + c.unanswered;
    const int done = c.answered + c.not_applicable;
    c.share = c.total > 0 ? static_cast<double>(done) / c.total : 0.0;
    const int need_warn = at_least(model.coverage.warn_below, c.total);
    const int need_block = at_least(model.coverage.block_below, c.total);

    std::string said = "You answered " + format_int(done) + " of " + format_int(c.total) + " questions (" +
                       format_percent(c.share);
    if (c.not_applicable > 0) said += ", " + format_int(c.not_applicable) + " of them N/A";
    said += ").";
    if (c.dont_know > 0)
        said += " " + format_int(c.dont_know) + (c.dont_know == 1 ? " answer is" : " answers are") +
                " \xE2\x80\x9C" "don't know\xE2\x80\x9D: listed as follow-ups.";
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

bool question_applies(const Question& question, const Session& session) {
    return applies(question.applies_when, [&](const std::string& id) -> const std::string& { return session.profile_answer(id); });
}

int caf_level(const LevelRule& rule, int skills, int data) {
    return std::min(rule.skills_support[static_cast<size_t>(std::clamp(skills, 0, kMaxAnswer))],
                    rule.data_support[static_cast<size_t>(std::clamp(data, 0, kMaxAnswer))]);
}

const char* to_string(PracticesRelation relation) {
    switch (relation) {
        case PracticesRelation::Unknown: return "unknown";
        case PracticesRelation::Lag: return "lag";
        case PracticesRelation::Aligned: return "aligned";
        case PracticesRelation::Ahead: return "ahead";
    }
    return "unknown";
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
    if (all_weight > 0.0) r.practices = all_sum / all_weight;

    // Contributions and movers need the overall denominator.
    for (auto& ps : r.phases)
        for (auto& ds : ps.dimensions) {
            if (!ds.score) continue;
            const double share = ds.dimension->weight / all_weight;  // dimension's share of overall
            for (auto& qs : ds.questions) {
                if (!qs.answer.has_value() || qs.question->role != QuestionRole::Practice) continue;
                qs.overall_points = share * 100.0 * qs.points / ds.max;
                if (qs.answer.value < kMaxAnswer) {
                    qs.dimension_gain = 100.0 * qs.question->weight / ds.max;
                    qs.overall_gain = share * *qs.dimension_gain;
                }
            }
        }

    r.maturity = maturity_level(model, session);
    r.comparison = compare_practices(model, r.practices, r.maturity);
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
