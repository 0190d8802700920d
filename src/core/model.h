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
constexpr int kLevelCount = 5; // maturity levels 0..4 (CAF defines 1..4; 0 = "not yet at level 1")

// Profile question id -> option ids for which something applies (all keys must
// match; an unanswered profile question never rules anything out).
using AppliesWhen = std::map<std::string, std::vector<std::string>>;

// [SECTION] Assessment model

struct Level {
    int level = 0;  // 0..4, equals its index in Model::levels
    std::string name, summary, skills, data, fits, unlocks;
    bool app_label = false;  // `name` is the app's own label, not CAF's words (shown as such)
};

// CAF's AI maturity comes from skills and data (CAF plan, "Assess AI skills"):
// the level is the lower of what the skills answer and the data answer support.
struct LevelRule {
    std::string skill_question;  // answer 0..4 = the CAF skill level demonstrated
    std::string data_question;   // answer 0..4 = the data the organization can use
    std::array<int, kLevelCount> skills_support{0, 1, 2, 3, 4};  // highest level per skills answer
    std::array<int, kLevelCount> data_support{1, 2, 2, 3, 4};    // highest level per data answer
    std::string explanation;     // the rule in words, with how CAF's overlaps are resolved
};

// The Strategy & Plan practices score (0..100): how far the CAF Strategy and
// Plan activities are in place. Not the CAF level.
struct PracticesInfo {
    std::string name, summary;
    // Sentence templates comparing practices with the technical level;
    // placeholders {practices}, {practices_level}, {level}.
    std::string lag_text, ahead_text, aligned_text;
};

// One rung of the technology-fit ladder (CAF's AI decision tree and maturity table).
struct Approach {
    std::string id, name, summary, requires, link;
    int min_level = 1;                      // the CAF level from which it fits
    std::vector<std::string> declared_by;   // ai_approach profile options that declare it
};

struct CafEdition {
    std::string summary, pages_as_of, note;
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

// Practice questions feed the practices score; the two level questions set the
// CAF level (not scored); quick checks (Model::readiness) inform checklist
// status only.
enum class QuestionRole { Practice, Level, Check };

struct Question {
    std::string id, prompt, why, link;
    std::string evidence_to_ask;   // what would verify the answer (for consultants)
    double weight = 1.0;
    bool allow_na = false;         // "Don't know" is always allowed; N/A only where it can truly not apply
    QuestionRole role = QuestionRole::Practice;
    AppliesWhen applies_when;      // empty = asked of everyone
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

// Readiness quick checks of one later phase (ready, adopt, secure, govern, manage).
struct ReadinessGroup {
    std::string phase;   // a checklist phase id
    std::string name, summary;
    std::vector<Question> questions;   // role Check
};

struct Readiness {
    std::string name, summary;
    std::vector<ReadinessGroup> groups;
};

struct GlossaryEntry {
    std::string term, definition, link;
    std::vector<std::string> aliases;
};

// How sessions of an earlier major model version map into this one.
struct Migration {
    std::string from_major;                              // e.g. "1"
    std::map<std::string, std::string> questions;        // old id -> new id
    std::map<std::string, std::string> dimensions;       // old id -> new id
    std::vector<std::string> dropped_questions;          // old ids with no successor
};

struct Model {
    std::string id, version, title, summary;
    CafEdition caf_edition;
    std::vector<Level> levels;  // exactly 5, level 0..4
    LevelRule level_rule;
    PracticesInfo practices;
    std::vector<Approach> approaches;   // ladder order
    CoverageRule coverage;
    std::vector<ProfileQuestion> profile;
    std::vector<Phase> phases;          // strategy, plan
    Readiness readiness;
    std::vector<GlossaryEntry> glossary;
    std::vector<Migration> migrations;

    // Lookups by id (nullptr if unknown). Linear scans: the model has tens of
    // entries, and no internal pointers keeps Model freely copyable.
    // find_question finds practice, level and quick-check questions alike.
    const Question* find_question(std::string_view question_id) const;
    const Dimension* find_dimension(std::string_view dimension_id) const;
    const Dimension* dimension_of(std::string_view question_id) const;       // nullptr for quick checks
    const ReadinessGroup* readiness_group_of(std::string_view question_id) const;
    const Phase* phase_of_dimension(std::string_view dimension_id) const;
    const ProfileQuestion* find_profile(std::string_view profile_id) const;
    const Level* find_level(int level) const;
    const Approach* find_approach(std::string_view approach_id) const;
    const Migration* find_migration(std::string_view from_major) const;
    size_t question_count() const;          // every question, quick checks included
};

// Whether `applies_when` holds for the chosen profile options (`chosen(id)`
// returns "" when unanswered, and an unanswered question never rules out).
template <class Chosen>
bool applies(const AppliesWhen& when, Chosen&& chosen) {
    for (const auto& [profile_id, options] : when) {
        const std::string& answer = chosen(profile_id);
        if (answer.empty()) continue;
        bool found = false;
        for (const auto& o : options) found = found || o == answer;
        if (!found) return false;
    }
    return true;
}

// [SECTION] Checklist catalogue

struct ChecklistPhase {
    std::string id, name, summary, link;
};

struct ChecklistDef {
    std::string id, name, summary;
};

// A guidance path: which ai_approach options follow it (copilot, low_code, azure).
struct GuidancePath {
    std::string id, name;
    std::vector<std::string> approaches;
};

// Which assessment answers tell whether an item is done and how far it is
// from the target: explicit questions and/or whole dimensions.
struct Evidence {
    std::vector<std::string> questions;
    std::vector<std::string> dimensions;
};

// An activity kept from an earlier CAF edition (shown as such).
struct EditionNote {
    std::string from, note;
    bool empty() const { return from.empty(); }
};

struct ChecklistItem {
    std::string id, phase, title, what, link;
    std::vector<std::string> checklists;  // "startup", "enterprise"
    int order = 1;                        // position within its phase
    double weight = 1.0;
    Evidence evidence;
    // Path id -> guidance for that path; listed paths are where the item
    // applies. Empty = every path, with `what`.
    std::map<std::string, std::string> paths;
    EditionNote edition;
    AppliesWhen applies_when;             // other profile conditions; empty = always

    bool in_checklist(std::string_view checklist_id) const;
    bool on_path(std::string_view path_id) const { return paths.empty() || paths.count(std::string(path_id)) > 0; }
};

struct Catalogue {
    std::string id, version;
    std::vector<ChecklistPhase> phases;  // the seven CAF phases, in order
    std::vector<ChecklistDef> checklists;
    std::vector<GuidancePath> paths;
    std::vector<ChecklistItem> items;
    std::map<std::string, std::string> item_migrations;  // item id of an earlier major version -> id now

    const ChecklistPhase* find_phase(std::string_view phase_id) const;
    const ChecklistDef* find_checklist(std::string_view checklist_id) const;
    const ChecklistItem* find_item(std::string_view item_id) const;
    const GuidancePath* find_path(std::string_view path_id) const;
    // The guidance path an ai_approach option follows (nullptr: none, e.g. "mixed").
    const GuidancePath* path_of_approach(std::string_view approach_option) const;
    int phase_index(std::string_view phase_id) const;  // -1 if unknown
};

}  // namespace caf
