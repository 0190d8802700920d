#pragma once
// The user's way through the app, as plain data: the steps (Welcome → Profile →
// Assessment → Results → Roadmap), the order of the questions, moving between
// them, and how far each dimension is answered. The UI draws this state and
// calls these functions; tests check them without any UI.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/session.h"

namespace caf {

enum class Step { Welcome, Profile, Assessment, Results, Roadmap };

const char* step_id(Step step);                        // "welcome", "profile", …
std::optional<Step> parse_step(std::string_view id);
Step next_step(Step step);                             // Roadmap stays Roadmap
Step previous_step(Step step);                         // Welcome stays Welcome

// One scored question in assessment order (phase, dimension, question).
struct QuestionRef {
    const Phase* phase = nullptr;
    const Dimension* dimension = nullptr;
    const Question* question = nullptr;
    int index = 0;             // position in the whole sequence
    int index_in_dimension = 0;
};

std::vector<QuestionRef> question_sequence(const Model& model);

struct DimensionProgress {
    const Phase* phase = nullptr;
    const Dimension* dimension = nullptr;
    int first_index = 0;       // sequence index of its first question
    int answered = 0;          // answered or N/A
    int total = 0;
    bool complete() const { return answered == total; }
};

std::vector<DimensionProgress> dimension_progress(const Model& model, const Session& session);

// Answered-or-N/A share of all scored questions, 0..1.
double answered_share(const Model& model, const Session& session);

// Where the cursor goes. All return an index within [0, count).
int next_question(int index, int count);
int previous_question(int index, int count);
// The first unanswered question at or after `from` (wrapping around), or
// nullopt when every question is answered.
std::optional<int> next_unanswered(const std::vector<QuestionRef>& sequence, const Session& session, int from);
// Sequence index of a question id, or nullopt.
std::optional<int> index_of(const std::vector<QuestionRef>& sequence, std::string_view question_id);

// The answer a key stands for on the assessment screen: '0'…'4' choose that
// level, 'n' (or 'N') chooses N/A when the question allows it.
std::optional<Answer> answer_for_key(char key, const Question& question);

}  // namespace caf
