#pragma once
// Scoring: transparent, deterministic arithmetic (no locale, no randomness).
//
//   Question   an answer a (0..4) to a question of weight w earns w*a points
//              out of w*4. N/A and unanswered questions earn nothing and are
//              left out of the denominator.
//   Dimension  score = 100 * sum(points) / sum(max) over its answered
//              questions; no score if none is answered (all N/A or blank).
//              level = floor(score / 25), i.e. the weighted mean answer
//              rounded down: all 3s -> level 3; level 4 needs all 4s.
//   Phase      dimension-weighted mean of the dimension scores that exist.
//   Overall    dimension-weighted mean of all dimension scores that exist
//              (so it equals the phase mean weighted by dimension weights).
//   Maturity   the CAF level = min(skill answer, data-readiness answer,
//              highest level whose score_floor <= overall score rounded to
//              0.1); the reason names which of the three capped it. An
//              unanswered (or N/A) skill/data question does not cap, and the
//              reason says so. Nothing answered -> level 0.
//   Coverage   (answered + N/A) / scored questions; "blocked" below
//              coverage.block_below, "warn" below coverage.warn_below.
//   Targets    per dimension: the session's target, else
//              max(level + 1, 2) capped at 4 (level 0 if no score).
//   Movers     for every answer below 4: the overall-score points gained if it
//              went up one step, all else equal:
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
    double points = 0.0;          // w * a (0 if unanswered or N/A)
    double max = 0.0;             // w * 4 if answered with a value, else 0
    double overall_points = 0.0;  // this answer's share of the overall score; they sum to it
    std::optional<double> dimension_gain;  // dimension-score points if raised one step
    std::optional<double> overall_gain;    // overall-score points if raised one step
};

struct DimensionScore {
    const Dimension* dimension = nullptr;
    const Phase* phase = nullptr;
    std::optional<double> score;  // 0..100
    std::optional<int> level;     // 0..4, present iff score is
    int target = 2;               // target level 0..4
    bool target_is_default = true;
    int answered = 0;             // with a value 0..4
    int not_applicable = 0;
    int unanswered = 0;
    double points = 0.0, max = 0.0;
    std::vector<QuestionScore> questions;

    int level_or_zero() const { return level.value_or(0); }
    // Levels still to climb to reach the target (0 if met).
    int gap() const { return target > level_or_zero() ? target - level_or_zero() : 0; }
};

struct PhaseScore {
    const Phase* phase = nullptr;
    std::optional<double> score;
    std::vector<DimensionScore> dimensions;
};

struct MaturityLevel {
    int level = 0;                  // 0..4
    const Level* info = nullptr;    // name, summary… from the model
    std::optional<int> skills;      // the skill answer, if given
    std::optional<int> data;        // the data-readiness answer, if given
    int score_allows = 0;           // highest level the overall score reaches
    bool capped_by_skills = false, capped_by_data = false, capped_by_score = false;
    std::string reason;             // e.g. "Level 2 — Customize: your data readiness answer (2) caps …"
};

enum class CoverageStatus { Ok, Warn, Blocked };

struct Coverage {
    int answered = 0;        // with a value
    int not_applicable = 0;
    int unanswered = 0;
    int total = 0;           // scored questions in the model
    double share = 0.0;      // (answered + not_applicable) / total
    CoverageStatus status = CoverageStatus::Blocked;
    std::string message;
};

struct ScoreResult {
    std::vector<PhaseScore> phases;  // model order
    std::optional<double> overall;
    MaturityLevel maturity;
    Coverage coverage;

    const DimensionScore* find_dimension(const std::string& dimension_id) const;
    const QuestionScore* find_question(const std::string& question_id) const;
    // Answers below 4 ordered by overall_gain (largest first, then model order).
    std::vector<const QuestionScore*> top_movers(size_t count) const;
};

ScoreResult score(const Model& model, const Session& session);

// Scores a copy of `session` with one answer changed (what-if).
ScoreResult what_if(const Model& model, const Session& session, const std::string& question_id, Answer answer);

// The default target for a dimension at `level` (no level = 0): max(level+1, 2), at most 4.
int default_target(std::optional<int> level);

const char* to_string(CoverageStatus status);  // "ok", "warn", "blocked"

}  // namespace caf
