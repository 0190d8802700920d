#pragma once
// Scoring: transparent, deterministic arithmetic (no locale, no randomness).
//
//   Applicability  a question whose applies_when does not match the profile
//              is not asked: it is left out of everything below.
//   Question   a practice question answered a (0..4) with weight w earns
//              w*a points out of w*4. N/A, "don't know" and unanswered
//              questions earn nothing and are left out of the denominator.
//              Level questions (skills, data) and quick checks earn nothing:
//              they are not practices.
//   Dimension  score = 100 * sum(points) / sum(max) over its answered
//              practice questions; no score if none is answered.
//              level = floor(score / 25), i.e. the weighted mean answer
//              rounded down: all 3s -> level 3; level 4 needs all 4s.
//   Phase      dimension-weighted mean of the dimension scores that exist.
//   Practices  the Strategy & Plan practices score: dimension-weighted mean
//              of all dimension scores that exist (0..100).
//   CAF level  CAF derives AI maturity from skills and data: level =
//              min(skills_support[skills answer], data_support[data answer])
//              (model.level_rule). Both known -> the level; one known -> a
//              provisional "at most" level; neither -> no level yet.
//   Practices vs level  practices level = floor(practices / 25); lag when
//              below the CAF level, ahead when above, aligned when equal.
//   Coverage   (values + N/A) / applicable Strategy & Plan questions (practice
//              and level); "don't know" counts as open and is listed as a
//              follow-up. "blocked" below coverage.block_below, "warn" below
//              coverage.warn_below.
//   Targets    per dimension: the session's target, else
//              max(level + 1, 2) capped at 4 (level 0 if no score).
//   Movers     for every practice answer below 4: the practices-score points
//              gained if it went up one step, all else equal:
//              gain = 100 * w_q * w_d / (max_d * W), where max_d = the
//              dimension's answered max points and W = sum of weights of the
//              dimensions that have a score. The same for the dimension score:
//              100 * w_q / max_d.
//
// Results point into the Model (Model must outlive them).
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/session.h"

namespace caf {

struct QuestionScore {
    const Question* question = nullptr;
    Answer answer;
    double points = 0.0;          // w * a (0 if unanswered, N/A, don't know, or not a practice)
    double max = 0.0;             // w * 4 if a practice answered with a value, else 0
    double overall_points = 0.0;  // this answer's share of the practices score; they sum to it
    std::optional<double> dimension_gain;  // dimension-score points if raised one step
    std::optional<double> overall_gain;    // practices-score points if raised one step
};

struct DimensionScore {
    const Dimension* dimension = nullptr;
    const Phase* phase = nullptr;
    std::optional<double> score;  // 0..100
    std::optional<int> level;     // 0..4, present iff score is
    int target = 2;               // target level 0..4
    bool target_is_default = true;
    int answered = 0;             // practice questions with a value 0..4
    int not_applicable = 0;
    int dont_know = 0;
    int unanswered = 0;
    double points = 0.0, max = 0.0;
    std::vector<QuestionScore> questions;  // the applicable questions, practice and level

    int level_or_zero() const { return level.value_or(0); }
    // Levels still to climb to reach the target (0 if met).
    int gap() const { return target > level_or_zero() ? target - level_or_zero() : 0; }
};

struct PhaseScore {
    const Phase* phase = nullptr;
    std::optional<double> score;
    std::vector<DimensionScore> dimensions;
};

// The CAF AI maturity level, from skills and data only.
struct MaturityLevel {
    std::optional<int> level;       // 0..4; none while neither skills nor data is known
    bool provisional = false;       // only one of skills and data is known: "at most" this level
    const Level* info = nullptr;    // name, summary… of `level`
    std::optional<int> skills;      // the skills answer, if known
    std::optional<int> data;        // the data-readiness answer, if known
    std::optional<int> skills_support, data_support;  // the highest level each supports
    bool capped_by_skills = false, capped_by_data = false;
    std::string basis;              // "skills 3, data 2 → level 2"
    std::string reason;             // one or two plain sentences
};

enum class PracticesRelation { Unknown, Lag, Aligned, Ahead };

struct PracticesComparison {
    PracticesRelation relation = PracticesRelation::Unknown;
    int practices_level = 0;        // floor(practices / 25)
    std::string sentence;           // "" when unknown
};

enum class CoverageStatus { Ok, Warn, Blocked };

struct Coverage {
    int answered = 0;        // with a value
    int not_applicable = 0;
    int dont_know = 0;
    int unanswered = 0;
    int total = 0;           // applicable Strategy & Plan questions
    double share = 0.0;      // (answered + not_applicable) / total
    CoverageStatus status = CoverageStatus::Blocked;
    std::string message;
};

struct ScoreResult {
    std::vector<PhaseScore> phases;  // model order
    std::optional<double> practices; // the Strategy & Plan practices score, 0..100
    MaturityLevel maturity;
    PracticesComparison comparison;
    Coverage coverage;

    const DimensionScore* find_dimension(const std::string& dimension_id) const;
    const QuestionScore* find_question(const std::string& question_id) const;
    // Practice answers below 4 ordered by overall_gain (largest first, then model order).
    std::vector<const QuestionScore*> top_movers(size_t count) const;
};

ScoreResult score(const Model& model, const Session& session);

// Scores a copy of `session` with one answer changed (what-if).
ScoreResult what_if(const Model& model, const Session& session, const std::string& question_id, Answer answer);

// Whether a question is asked of this session's profile (its applies_when).
bool question_applies(const Question& question, const Session& session);

// The CAF level that skills `skills` and data `data` support (model.level_rule).
int caf_level(const LevelRule& rule, int skills, int data);

// The default target for a dimension at `level` (no level = 0): max(level+1, 2), at most 4.
int default_target(std::optional<int> level);

const char* to_string(CoverageStatus status);      // "ok", "warn", "blocked"
const char* to_string(PracticesRelation relation); // "unknown", "lag", "aligned", "ahead"

}  // namespace caf
