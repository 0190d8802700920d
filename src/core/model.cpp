#include "core/model.h"

#include <algorithm>

namespace caf {

const ProfileOption* ProfileQuestion::find_option(std::string_view option_id) const {
    for (const auto& o : options)
        if (o.id == option_id) return &o;
    return nullptr;
}

const Question* Model::find_question(std::string_view question_id) const {
    for (const auto& p : phases)
        for (const auto& d : p.dimensions)
            for (const auto& q : d.questions)
                if (q.id == question_id) return &q;
    for (const auto& g : readiness.groups)
        for (const auto& q : g.questions)
            if (q.id == question_id) return &q;
    return nullptr;
}

const Dimension* Model::find_dimension(std::string_view dimension_id) const {
    for (const auto& p : phases)
        for (const auto& d : p.dimensions)
            if (d.id == dimension_id) return &d;
    return nullptr;
}

const Dimension* Model::dimension_of(std::string_view question_id) const {
    for (const auto& p : phases)
        for (const auto& d : p.dimensions)
            for (const auto& q : d.questions)
                if (q.id == question_id) return &d;
    return nullptr;
}

const ReadinessGroup* Model::readiness_group_of(std::string_view question_id) const {
    for (const auto& g : readiness.groups)
        for (const auto& q : g.questions)
            if (q.id == question_id) return &g;
    return nullptr;
}

const Phase* Model::phase_of_dimension(std::string_view dimension_id) const {
    for (const auto& p : phases)
        for (const auto& d : p.dimensions)
            if (d.id == dimension_id) return &p;
    return nullptr;
}

const ProfileQuestion* Model::find_profile(std::string_view profile_id) const {
    for (const auto& q : profile)
        if (q.id == profile_id) return &q;
    return nullptr;
}

const Level* Model::find_level(int level) const {
    for (const auto& l : levels)
        if (l.level == level) return &l;
    return nullptr;
}

const Approach* Model::find_approach(std::string_view approach_id) const {
    for (const auto& a : approaches)
        if (a.id == approach_id) return &a;
    return nullptr;
}

const Migration* Model::find_migration(std::string_view from_major) const {
    for (const auto& m : migrations)
        if (m.from_major == from_major) return &m;
    return nullptr;
}

size_t Model::question_count() const {
    size_t n = 0;
    for (const auto& p : phases)
        for (const auto& d : p.dimensions) n += d.questions.size();
    for (const auto& g : readiness.groups) n += g.questions.size();
    return n;
}

bool ChecklistItem::in_checklist(std::string_view checklist_id) const {
    return std::find(checklists.begin(), checklists.end(), checklist_id) != checklists.end();
}

const ChecklistPhase* Catalogue::find_phase(std::string_view phase_id) const {
    for (const auto& p : phases)
        if (p.id == phase_id) return &p;
    return nullptr;
}

const ChecklistDef* Catalogue::find_checklist(std::string_view checklist_id) const {
    for (const auto& c : checklists)
        if (c.id == checklist_id) return &c;
    return nullptr;
}

const ChecklistItem* Catalogue::find_item(std::string_view item_id) const {
    for (const auto& i : items)
        if (i.id == item_id) return &i;
    return nullptr;
}

const GuidancePath* Catalogue::find_path(std::string_view path_id) const {
    for (const auto& p : paths)
        if (p.id == path_id) return &p;
    return nullptr;
}

const GuidancePath* Catalogue::path_of_approach(std::string_view approach_option) const {
    for (const auto& p : paths)
        for (const auto& a : p.approaches)
            if (a == approach_option) return &p;
    return nullptr;
}

int Catalogue::phase_index(std::string_view phase_id) const {
    for (size_t i = 0; i < phases.size(); ++i)
        if (phases[i].id == phase_id) return static_cast<int>(i);
    return -1;
}

}  // namespace caf
