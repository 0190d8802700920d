#pragma once
// What one user answered: the profile, scored answers (0..4 or N/A), notes,
// targets, the checklist choice and ticks, and who/when. Plain data; loaded
// and saved by session_io.h, scored by scoring.h.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/model.h"

namespace caf {

// An answer: a value 0..4, N/A (where the question allows it), "don't know"
// (allowed everywhere: unscored, never a gap, listed as a follow-up), or none.
struct Answer {
    enum class Kind { Unanswered, Value, NotApplicable, DontKnow };
    Kind kind = Kind::Unanswered;
    int value = 0;  // 0..4, meaningful only when kind == Value

    static Answer of(int v) { return Answer{Kind::Value, v}; }
    static Answer not_applicable() { return Answer{Kind::NotApplicable, 0}; }
    static Answer dont_know() { return Answer{Kind::DontKnow, 0}; }
    static Answer unanswered() { return Answer{}; }

    bool has_value() const { return kind == Kind::Value; }
    bool is_na() const { return kind == Kind::NotApplicable; }
    bool is_dont_know() const { return kind == Kind::DontKnow; }
    // The user responded (a value, N/A or don't know): the question is not open.
    bool is_answered() const { return kind != Kind::Unanswered; }
    // A value or N/A: what we know (coverage counts these).
    bool is_known() const { return kind == Kind::Value || kind == Kind::NotApplicable; }
    bool operator==(const Answer& o) const { return kind == o.kind && (kind != Kind::Value || value == o.value); }
    bool operator!=(const Answer& o) const { return !(*this == o); }
};

// Which checklist the user wants; Auto follows the recommendation.
enum class ChecklistChoice { Auto, Startup, Enterprise };

// A manual tick and/or note on a checklist item, and the plan's owner and
// dates when the user set them (plan.h: they override plan.json and the schedule).
struct ItemState {
    bool done = false;
    std::string note;
    std::string owner;       // a role id of data/plan.json or free text; "" = plan.json's owner
    std::string start, due;  // ISO dates (YYYY-MM-DD); "" = scheduled by the plan

    bool empty() const { return !done && note.empty() && owner.empty() && start.empty() && due.empty(); }
};

// The plan's settings (plan.h); "" / 0 = not chosen (today, capacity 2).
struct PlanChoice {
    std::string start;  // ISO date
    int capacity = 0;   // parallel tracks, 1..12
};

// A candidate use case of the portfolio (use_cases.h). Ids are [a-z0-9_].
struct UseCase {
    std::string id, name;
    int value = 3;                      // business value 1..5
    std::string sensitivity;            // data/plan.json use_case_tree.sensitivities id
    std::string beneficiary;            // use_case_tree.beneficiaries id (who benefits)
    std::string goal, need;             // the decision-tree answers ("" = not answered)
};

struct SessionMeta {
    std::string title, respondent, updated;  // updated: ISO 8601, set by the app
};

struct Session {
    std::string model_id, model_version;
    std::map<std::string, std::string> profile;  // profile question id -> option id
    std::map<std::string, Answer> answers;       // question id -> answer (absent = unanswered)
    std::map<std::string, std::string> notes;    // question id -> free text
    std::map<std::string, int> targets;          // dimension id -> target level 0..4
    ChecklistChoice checklist_choice = ChecklistChoice::Auto;
    std::map<std::string, ItemState> items;      // checklist item id -> tick/note/owner/dates
    PlanChoice plan;
    std::vector<UseCase> use_cases;              // in the user's order
    SessionMeta meta;
    // When each field last changed (session_sync.h): field key ("answers/<id>", …) ->
    // milliseconds since 1970-01-01 UTC. A key whose field is absent records a clearing.
    std::map<std::string, std::int64_t> changed;

    // The answer to a question (Unanswered if absent).
    Answer answer(const std::string& question_id) const;
    // Sets or clears (Unanswered erases) an answer.
    void set_answer(const std::string& question_id, Answer a);
    // The chosen profile option id, or "" if unanswered.
    const std::string& profile_answer(const std::string& profile_id) const;
};

// An empty session for `model` (carries its id and version).
Session new_session(const Model& model);

const char* to_string(ChecklistChoice choice);  // "auto", "startup", "enterprise"

}  // namespace caf
