#pragma once
// The assessment model (data/model.json) and the checklist catalogue
// (data/checklist.json) as plain structs. See data/README.md for the contract.
// Loaded and validated by model_loader.h; never modified afterwards.
#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace caf {

constexpr int kMaxAnswer = 4;  // answers are 0..4
constexpr int kLevelCount = 5; // maturity levels 0..4

// [SECTION] Assessment model

struct Level {
    int level = 0;  // 0..4, equals its index in Model::levels
    std::string name, summary, skills, data, fits, unlocks;
};

// How the CAF maturity level is derived (see scoring.h).
struct LevelRule {
    std::string skill_question;  // answer 0..4 = demonstrated skill level
    std::string data_question;   // answer 0..4 = data readiness level
    std::array<double, kLevelCount> score_floor{};  // minimum overall score for level 0..4
};

struct CoverageRule {
    double warn_below = 0.6;   // share of scored questions answered (or N/A)
    double block_below = 0.3;
};

struct ProfileOption {
    std::string id, label, detail;
};

// Not scored: drives the recommendation and item applicability.
struct ProfileQuestion {
    std::string id, prompt, help;
    std::vector<ProfileOption> options;

    const ProfileOption* find_option(std::string_view option_id) const;
};

struct AnswerOption {
    std::string label, detail;
};

struct Question {
    std::string id, prompt, why, link;
    double weight = 1.0;
    bool allow_na = false;
    std::vector<AnswerOption> options;  // exactly 5: answer 0..4
};

struct Dimension {
    std::string id, name, summary, link;
    double weight = 1.0;
    std::vector<Question> questions;
};

struct Phase {
    std::string id, name, summary, link;
    std::vector<Dimension> dimensions;
};

struct Model {
    std::string id, version, title, summary;
    std::vector<Level> levels;  // exactly 5, level 0..4
    LevelRule level_rule;
    CoverageRule coverage;
    std::vector<ProfileQuestion> profile;
    std::vector<Phase> phases;

    // Lookups by id (nullptr if unknown). Linear scans: the model has tens of
    // entries, and no internal pointers keeps Model freely copyable.
    const Question* find_question(std::string_view question_id) const;
    const Dimension* find_dimension(std::string_view dimension_id) const;
    const Dimension* dimension_of(std::string_view question_id) const;
    const Phase* phase_of_dimension(std::string_view dimension_id) const;
    const ProfileQuestion* find_profile(std::string_view profile_id) const;
    const Level* find_level(int level) const;
    size_t question_count() const;
};

// [SECTION] Checklist catalogue

struct ChecklistPhase {
    std::string id, name, summary, link;
};

struct ChecklistDef {
    std::string id, name, summary;
};

// Which assessment answers tell whether an item is done and how far it is
// from the target: explicit questions and/or whole dimensions.
struct Evidence {
    std::vector<std::string> questions;
    std::vector<std::string> dimensions;
};

struct ChecklistItem {
    std::string id, phase, title, what, link;
    std::vector<std::string> checklists;  // "startup", "enterprise"
    int order = 1;                        // position within its phase
    double weight = 1.0;
    Evidence evidence;
    // profile question id -> option ids for which the item applies (all keys
    // must match); empty = always applies.
    std::map<std::string, std::vector<std::string>> applies_when;

    bool in_checklist(std::string_view checklist_id) const;
};

struct Catalogue {
    std::string id, version;
    std::vector<ChecklistPhase> phases;  // the seven CAF phases, in order
    std::vector<ChecklistDef> checklists;
    std::vector<ChecklistItem> items;

    const ChecklistPhase* find_phase(std::string_view phase_id) const;
    const ChecklistDef* find_checklist(std::string_view checklist_id) const;
    const ChecklistItem* find_item(std::string_view item_id) const;
    int phase_index(std::string_view phase_id) const;  // -1 if unknown
};

}  // namespace caf
