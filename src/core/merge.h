#pragma once
// Merging several respondents' sessions of the same organization into one
// view: how far they agree per dimension, and one merged session from which
// the usual scores and roadmap are generated.
//
// Per question, quick checks included (respondents who answered with a value 0..4):
//   mean, min, max, population standard deviation; `divergent` when
//   max - min >= 2 (one says "ad hoc", another "defined").
//   Merged answer: N/A when more respondents said N/A than gave a value;
//   "don't know" when nobody gave a value and someone said so; unanswered
//   when nobody answered; otherwise the mean rounded to the
//   nearest value, exact halves rounded DOWN (2 and 3 -> 2): the merged view
//   never claims more maturity than half the group reports.
// Per dimension (respondents whose dimension has a score):
//   each respondent's score (scoring.h), mean, min, max and the population
//   standard deviation sigma in level units (score / 25, so 0..4);
//   `divergent` when at least 2 respondents scored it and either
//   sigma >= kDivergenceSigma (1.0 level, compared after rounding to 2
//   decimals, as reports show it) with at least 3 respondents (the GBB
//   kit's rule), or the respondents' levels differ by
//   kDivergenceRange (2) or more; `merged_score` is the merged session's score.
// The merged session:
//   profile     per question the option most respondents chose; a tie goes
//               to the option listed later in the model (larger, more
//               regulated, more workloads), so the more thorough checklist
//               wins; every tie is listed in `notes`.
//   targets     per dimension the mean of the targets respondents set,
//               rounded to nearest with halves UP (an ambition is never
//               lowered by rounding); unset when nobody set one.
//   checklist   the choice all respondents share, else "auto" (noted);
//               an item is ticked done when more than half ticked it; item
//               notes and question notes are joined as "Name: note" lines
//               (cut to the note length limit).
//   plan        per item the owner, start and due most respondents set (a
//               tie goes to the respondent listed first; disagreements are
//               noted); the plan's start and capacity the same way; use
//               cases: every id any respondent listed, in first-seen order,
//               as the first respondent who listed it wrote it.
//   meta        title "Merged view of N respondents", respondent = the
//               names joined, updated = the latest of their timestamps.
// Respondent names: the `names` given (e.g. file names), else
// meta.respondent, else "Respondent 1", "Respondent 2", …
//
// Results point into the model (keep it alive).
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/session.h"

namespace caf {

constexpr double kDivergenceSigma = 1.0;  // levels
constexpr int kDivergenceRange = 2;       // levels

struct QuestionSpread {
    const Question* question = nullptr;
    const Dimension* dimension = nullptr;       // nullptr for a quick check
    const ReadinessGroup* group = nullptr;      // the quick check's group
    std::vector<Answer> answers;  // one per respondent, in input order
    int values = 0, not_applicable = 0, dont_know = 0, unanswered = 0;
    std::optional<double> mean;
    int min = 0, max = 0;         // meaningful when values > 0
    double stddev = 0.0;
    Answer merged;
    bool divergent = false;
};

struct DimensionSpread {
    const Dimension* dimension = nullptr;
    const Phase* phase = nullptr;
    std::vector<std::optional<double>> scores;  // one per respondent (0..100)
    std::vector<std::optional<int>> levels;     // one per respondent (0..4)
    int scored = 0;                             // respondents with a score
    std::optional<double> mean, min, max;       // of the scores
    double sigma_levels = 0.0;                  // population sigma of score/25
    int level_range = 0;                        // max level - min level
    std::optional<double> merged_score;         // the merged session's score
    bool divergent = false;
    std::string why;                            // "" or e.g. "levels range from 1 to 3"
};

struct Merged {
    Session session;                        // the merged view (score and roadmap it)
    std::vector<std::string> respondents;   // names, input order
    std::vector<DimensionSpread> dimensions;  // model order
    std::vector<QuestionSpread> questions;    // model order, every question
    std::vector<std::string> notes;         // ties and other merge decisions, in plain words
    int divergent_dimensions = 0, divergent_questions = 0;
};

// `sessions` must be for `model` (as import_session returns them); `names`
// may be empty or hold one name per session. An empty input gives an empty
// Merged with a new session.
Merged merge(const Model& model, const Catalogue& catalogue, const std::vector<Session>& sessions,
             const std::vector<std::string>& names = {});

}  // namespace caf
