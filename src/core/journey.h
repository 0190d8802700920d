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

// One question in assessment order: Strategy and Plan (phase, dimension,
// question), then the readiness quick checks (group, question).
struct QuestionRef {
    const Phase* phase = nullptr;          // nullptr for a quick check
    const Dimension* dimension = nullptr;  // nullptr for a quick check
    const ReadinessGroup* group = nullptr; // the quick check's group, else nullptr
    const Question* question = nullptr;
    int index = 0;             // position in the whole sequence
    int index_in_dimension = 0;// position within its dimension or group (asked questions only)

    // The dimension's or quick-check group's name.
    const std::string& section_name() const { return dimension ? dimension->name : group->name; }
};

// The questions asked of this session's profile (applies_when), in order.
// The sequence changes when the profile does.
std::vector<QuestionRef> question_sequence(const Model& model, const Session& session);

// The fewest and the most questions any profile is asked (each profile
// option tried on its own), for "about N questions" before the profile is known.
struct QuestionCountRange {
    int fewest = 0, most = 0;
};
QuestionCountRange question_count_range(const Model& model);

// How far one dimension (or quick-check group) of the sequence is answered.
struct DimensionProgress {
    const Phase* phase = nullptr;          // nullptr for a quick-check group
    const Dimension* dimension = nullptr;  // nullptr for a quick-check group
    const ReadinessGroup* group = nullptr;
    std::string name;          // the dimension's or group's name
    int first_index = 0;       // sequence index of its first question
    int answered = 0;          // answered, N/A or don't know
    int total = 0;             // questions asked of this profile
    bool complete() const { return answered == total; }
};

// One entry per dimension and per quick-check group that has questions asked
// of this profile.
std::vector<DimensionProgress> dimension_progress(const Model& model, const Session& session);

// Share of the questions asked of this profile that are answered (a value,
// N/A or don't know), 0..1.
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
// level, 'n' (or 'N') chooses N/A when the question allows it, '?' (or 'd'
// / 'D') chooses "don't know".
std::optional<Answer> answer_for_key(char key, const Question& question);

}  // namespace caf
