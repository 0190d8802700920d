#include "core/session.h"

namespace caf {

Answer Session::answer(const std::string& question_id) const {
    const auto it = answers.find(question_id);
    return it == answers.end() ? Answer{} : it->second;
}

void Session::set_answer(const std::string& question_id, Answer a) {
    if (a.kind == Answer::Kind::Unanswered)
        answers.erase(question_id);
    else
        answers[question_id] = a;
}

const std::string& Session::profile_answer(const std::string& profile_id) const {
    static const std::string none;  // immutable
    const auto it = profile.find(profile_id);
    return it == profile.end() ? none : it->second;
}

Session new_session(const Model& model) {
    Session s;
    s.model_id = model.id;
    s.model_version = model.version;
    return s;
}

const char* to_string(ChecklistChoice choice) {
    switch (choice) {
        case ChecklistChoice::Auto: return "auto";
        case ChecklistChoice::Startup: return "startup";
        case ChecklistChoice::Enterprise: return "enterprise";
    }
    return "auto";
}

}  // namespace caf
