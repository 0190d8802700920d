#include "core/model_loader.h"

#include <map>
#include <set>

#include "core/format.h"
#include "core/json_read.h"
#include "embedded_data.h"

namespace caf {

using detail::json;
using detail::JsonReader;
using detail::Need;
using detail::pointer_append;

namespace {

// [SECTION] Shared checks

bool is_semver(std::string_view v) {
    int parts = 0;
    size_t digits = 0;
    for (char c : v) {
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (c == '.' && digits > 0) {
            ++parts;
            digits = 0;
        } else {
            return false;
        }
    }
    return parts == 2 && digits > 0;
}

void read_version(JsonReader& r, const json& obj, const std::string& ptr, std::string& out) {
    if (r.read_string(obj, ptr, "version", out, Need::Required) && !is_semver(out))
        r.fail(pointer_append(ptr, "version"), "must look like 1.2.3, not \"" + out + "\"");
}

// Document ids ("caf-ai-maturity") may also contain '-'.
void read_document_id(JsonReader& r, const json& root, std::string& out) {
    if (!r.read_string(root, "", "id", out, Need::Required)) return;
    for (char c : out) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
            r.fail("/id", "\"" + out + "\" is not a valid id (lowercase letters, digits, _ and -)");
            return;
        }
    }
}

void read_link(JsonReader& r, const json& obj, const std::string& ptr, std::string& out) {
    if (r.read_string(obj, ptr, "link", out, Need::Required) && out.rfind("https://", 0) != 0)
        r.fail(pointer_append(ptr, "link"), "must be an https:// URL, not \"" + out + "\"");
}

void read_weight(JsonReader& r, const json& obj, const std::string& ptr, double& out) {
    double w = out;
    if (r.read_number(obj, ptr, "weight", w, 0.0, 100.0, Need::Optional)) {
        if (w <= 0.0)
            r.fail(pointer_append(ptr, "weight"), "must be greater than 0");
        else
            out = w;
    }
}

// Ids that must be unique across one file; remembers where each was defined.
struct IdRegistry {
    std::map<std::string, std::string> where;  // id -> pointer of its "id" member

    void add(JsonReader& r, const std::string& id, const std::string& id_pointer) {
        if (id.empty()) return;
        auto [it, inserted] = where.emplace(id, id_pointer);
        if (!inserted) r.fail(id_pointer, "duplicate id \"" + id + "\" (first defined at " + it->second + ")");
    }
};

// The array member `key` of obj, checked to be a non-empty array (or exactly
// `exact` long). nullptr if missing or wrong.
const json* read_array(JsonReader& r, const json& obj, const std::string& ptr, const char* key, size_t exact = 0) {
    const json* a = r.member(obj, ptr, key, Need::Required);
    if (!a) return nullptr;
    const std::string p = pointer_append(ptr, key);
    if (!r.expect_array(*a, p)) return nullptr;
    if (exact > 0 && a->size() != exact) {
        r.fail(p, "must have exactly " + format_int(static_cast<long long>(exact)) + " entries, not " +
                      format_int(static_cast<long long>(a->size())));
        return nullptr;
    }
    if (a->empty()) {
        r.fail(p, "must not be empty");
        return nullptr;
    }
    return a;
}

// [SECTION] Model parts

void read_levels(JsonReader& r, const json& root, Model& m) {
    const json* a = read_array(r, root, "", "levels", kLevelCount);
    if (!a) return;
    for (size_t i = 0; i < a->size(); ++i) {
        const std::string p = pointer_append("/levels", i);
        const json& o = (*a)[i];
        if (!r.expect_object(o, p)) continue;
        Level l;
        if (r.read_int(o, p, "level", l.level, 0, kMaxAnswer, Need::Required) && l.level != static_cast<int>(i))
            r.fail(pointer_append(p, "level"), "must be " + format_int(static_cast<long long>(i)) +
                                                   " (levels are listed in order 0 to 4)");
        r.read_string(o, p, "name", l.name, Need::Required);
        r.read_string(o, p, "summary", l.summary, Need::Optional, true);
        r.read_string(o, p, "skills", l.skills, Need::Optional, true);
        r.read_string(o, p, "data", l.data, Need::Optional, true);
        r.read_string(o, p, "fits", l.fits, Need::Optional, true);
        r.read_string(o, p, "unlocks", l.unlocks, Need::Optional, true);
        m.levels.push_back(std::move(l));
    }
}

void read_level_rule(JsonReader& r, const json& root, Model& m) {
    const json* o = r.member(root, "", "level_rule", Need::Required);
    if (!o || !r.expect_object(*o, "/level_rule")) return;
    const std::string p = "/level_rule";
    if (r.read_id(*o, p, "skill_question", m.level_rule.skill_question) &&
        !m.find_question(m.level_rule.skill_question))
        r.fail(p + "/skill_question", "names unknown question \"" + m.level_rule.skill_question + "\"");
    if (r.read_id(*o, p, "data_question", m.level_rule.data_question) &&
        !m.find_question(m.level_rule.data_question))
        r.fail(p + "/data_question", "names unknown question \"" + m.level_rule.data_question + "\"");
    const json* floors = read_array(r, *o, p, "score_floor", kLevelCount);
    if (!floors) return;
    for (size_t i = 0; i < floors->size(); ++i) {
        const json& f = (*floors)[i];
        const std::string fp = pointer_append(p + "/score_floor", i);
        if (!f.is_number() || f.get<double>() < 0.0 || f.get<double>() > 100.0) {
            r.fail(fp, std::string("must be a number from 0 to 100, not ") +
                           (f.is_number() ? f.dump() : detail::type_name(f)));
            continue;
        }
        m.level_rule.score_floor[i] = f.get<double>();
        if (i == 0 && m.level_rule.score_floor[0] != 0.0)
            r.fail(fp, "must be 0 (level 0 needs no score)");
        if (i > 0 && m.level_rule.score_floor[i] < m.level_rule.score_floor[i - 1])
            r.fail(fp, "must not be lower than the floor of the level below");
    }
}

void read_coverage(JsonReader& r, const json& root, Model& m) {
    const json* o = r.member(root, "", "coverage", Need::Required);
    if (!o || !r.expect_object(*o, "/coverage")) return;
    // Read both (each reports its own error) before comparing them.
    const bool warn_ok = r.read_number(*o, "/coverage", "warn_below", m.coverage.warn_below, 0, 1, Need::Required);
    const bool block_ok = r.read_number(*o, "/coverage", "block_below", m.coverage.block_below, 0, 1, Need::Required);
    const bool ok = warn_ok && block_ok;
    if (ok && m.coverage.block_below > m.coverage.warn_below)
        r.fail("/coverage/block_below", "must not be greater than warn_below");
}

void read_profile(JsonReader& r, const json& root, Model& m, IdRegistry& ids) {
    const json* a = read_array(r, root, "", "profile");
    if (!a) return;
    for (size_t i = 0; i < a->size(); ++i) {
        const std::string p = pointer_append("/profile", i);
        const json& o = (*a)[i];
        if (!r.expect_object(o, p)) continue;
        ProfileQuestion q;
        if (r.read_id(o, p, "id", q.id)) ids.add(r, q.id, p + "/id");
        r.read_string(o, p, "prompt", q.prompt, Need::Required);
        r.read_string(o, p, "help", q.help, Need::Optional, true);
        const json* opts = read_array(r, o, p, "options");
        if (opts) {
            if (opts->size() < 2) r.fail(p + "/options", "must offer at least 2 options");
            std::set<std::string> seen;
            for (size_t k = 0; k < opts->size(); ++k) {
                const std::string op = pointer_append(p + "/options", k);
                const json& oo = (*opts)[k];
                if (!r.expect_object(oo, op)) continue;
                ProfileOption opt;
                if (r.read_id(oo, op, "id", opt.id) && !seen.insert(opt.id).second)
                    r.fail(op + "/id", "duplicate option id \"" + opt.id + "\"");
                r.read_string(oo, op, "label", opt.label, Need::Required);
                r.read_string(oo, op, "detail", opt.detail, Need::Optional, true);
                q.options.push_back(std::move(opt));
            }
        }
        m.profile.push_back(std::move(q));
    }
}

void read_question(JsonReader& r, const json& o, const std::string& p, Question& q, IdRegistry& ids) {
    if (r.read_id(o, p, "id", q.id)) ids.add(r, q.id, p + "/id");
    r.read_string(o, p, "prompt", q.prompt, Need::Required);
    r.read_string(o, p, "why", q.why, Need::Optional, true);
    read_weight(r, o, p, q.weight);
    r.read_bool(o, p, "allow_na", q.allow_na, Need::Optional);
    read_link(r, o, p, q.link);
    const json* opts = read_array(r, o, p, "options", kLevelCount);
    if (!opts) return;
    for (size_t k = 0; k < opts->size(); ++k) {
        const std::string op = pointer_append(p + "/options", k);
        const json& oo = (*opts)[k];
        if (!r.expect_object(oo, op)) continue;
        AnswerOption a;
        r.read_string(oo, op, "label", a.label, Need::Required);
        r.read_string(oo, op, "detail", a.detail, Need::Optional, true);
        q.options.push_back(std::move(a));
    }
}

void read_phases(JsonReader& r, const json& root, Model& m, IdRegistry& ids) {
    const json* a = read_array(r, root, "", "phases");
    if (!a) return;
    std::set<std::string> phase_ids;
    for (size_t i = 0; i < a->size(); ++i) {
        const std::string p = pointer_append("/phases", i);
        const json& o = (*a)[i];
        if (!r.expect_object(o, p)) continue;
        Phase ph;
        if (r.read_id(o, p, "id", ph.id) && !phase_ids.insert(ph.id).second)
            r.fail(p + "/id", "duplicate phase id \"" + ph.id + "\"");
        r.read_string(o, p, "name", ph.name, Need::Required);
        r.read_string(o, p, "summary", ph.summary, Need::Optional, true);
        read_link(r, o, p, ph.link);
        const json* dims = read_array(r, o, p, "dimensions");
        for (size_t k = 0; dims && k < dims->size(); ++k) {
            const std::string dp = pointer_append(p + "/dimensions", k);
            const json& dobj = (*dims)[k];
            if (!r.expect_object(dobj, dp)) continue;
            Dimension d;
            if (r.read_id(dobj, dp, "id", d.id)) ids.add(r, d.id, dp + "/id");
            r.read_string(dobj, dp, "name", d.name, Need::Required);
            r.read_string(dobj, dp, "summary", d.summary, Need::Optional, true);
            read_weight(r, dobj, dp, d.weight);
            read_link(r, dobj, dp, d.link);
            const json* qs = read_array(r, dobj, dp, "questions");
            for (size_t n = 0; qs && n < qs->size(); ++n) {
                const std::string qp = pointer_append(dp + "/questions", n);
                const json& qobj = (*qs)[n];
                if (!r.expect_object(qobj, qp)) continue;
                Question q;
                read_question(r, qobj, qp, q, ids);
                d.questions.push_back(std::move(q));
            }
            ph.dimensions.push_back(std::move(d));
        }
        m.phases.push_back(std::move(ph));
    }
}

// [SECTION] Catalogue parts

void read_catalogue_phases(JsonReader& r, const json& root, Catalogue& c) {
    const json* a = read_array(r, root, "", "phases");
    for (size_t i = 0; a && i < a->size(); ++i) {
        const std::string p = pointer_append("/phases", i);
        const json& o = (*a)[i];
        if (!r.expect_object(o, p)) continue;
        ChecklistPhase ph;
        if (r.read_id(o, p, "id", ph.id) && c.find_phase(ph.id))
            r.fail(p + "/id", "duplicate phase id \"" + ph.id + "\"");
        r.read_string(o, p, "name", ph.name, Need::Required);
        r.read_string(o, p, "summary", ph.summary, Need::Optional, true);
        read_link(r, o, p, ph.link);
        c.phases.push_back(std::move(ph));
    }
}

void read_checklist_defs(JsonReader& r, const json& root, Catalogue& c) {
    const json* a = read_array(r, root, "", "checklists");
    if (!a) return;
    for (size_t i = 0; i < a->size(); ++i) {
        const std::string p = pointer_append("/checklists", i);
        const json& o = (*a)[i];
        if (!r.expect_object(o, p)) continue;
        ChecklistDef d;
        if (r.read_id(o, p, "id", d.id) && c.find_checklist(d.id))
            r.fail(p + "/id", "duplicate checklist id \"" + d.id + "\"");
        r.read_string(o, p, "name", d.name, Need::Required);
        r.read_string(o, p, "summary", d.summary, Need::Optional, true);
        c.checklists.push_back(std::move(d));
    }
    // The recommendation chooses between these two (recommendation.h).
    for (const char* required : {"startup", "enterprise"})
        if (!c.find_checklist(required))
            r.fail("/checklists", std::string("must define the \"") + required + "\" checklist");
}

void read_evidence(JsonReader& r, const json& o, const std::string& p, ChecklistItem& item, const Model& model) {
    const json* e = r.member(o, p, "evidence", Need::Optional);
    if (!e) return;
    const std::string ep = p + "/evidence";
    if (!r.expect_object(*e, ep)) return;
    if (r.read_string_array(*e, ep, "questions", item.evidence.questions, Need::Optional, true))
        for (size_t k = 0; k < item.evidence.questions.size(); ++k)
            if (!model.find_question(item.evidence.questions[k]))
                r.fail(pointer_append(ep + "/questions", k),
                       "names unknown question \"" + item.evidence.questions[k] + "\"");
    if (r.read_string_array(*e, ep, "dimensions", item.evidence.dimensions, Need::Optional, true))
        for (size_t k = 0; k < item.evidence.dimensions.size(); ++k)
            if (!model.find_dimension(item.evidence.dimensions[k]))
                r.fail(pointer_append(ep + "/dimensions", k),
                       "names unknown dimension \"" + item.evidence.dimensions[k] + "\"");
}

void read_applies_when(JsonReader& r, const json& o, const std::string& p, ChecklistItem& item,
                       const Model& model) {
    const json* a = r.member(o, p, "applies_when", Need::Optional);
    if (!a) return;
    const std::string ap = p + "/applies_when";
    if (!r.expect_object(*a, ap)) return;
    for (auto it = a->begin(); it != a->end(); ++it) {
        const std::string kp = pointer_append(ap, it.key());
        const ProfileQuestion* pq = model.find_profile(it.key());
        if (!pq) {
            r.fail(kp, "names unknown profile question \"" + it.key() + "\"");
            continue;
        }
        std::vector<std::string> options;
        if (!r.read_string_array(*a, ap, it.key().c_str(), options, Need::Required, false)) continue;
        for (size_t k = 0; k < options.size(); ++k)
            if (!pq->find_option(options[k]))
                r.fail(pointer_append(kp, k), "\"" + options[k] + "\" is not an option of \"" + pq->id + "\"");
        item.applies_when[it.key()] = std::move(options);
    }
}

void read_items(JsonReader& r, const json& root, Catalogue& c, const Model& model) {
    const json* a = read_array(r, root, "", "items");
    if (!a) return;
    // (checklist, phase, order) -> item id: the order within a phase must be unambiguous.
    std::map<std::string, std::string> order_used;
    for (size_t i = 0; i < a->size(); ++i) {
        const std::string p = pointer_append("/items", i);
        const json& o = (*a)[i];
        if (!r.expect_object(o, p)) continue;
        ChecklistItem item;
        if (r.read_id(o, p, "id", item.id) && c.find_item(item.id))
            r.fail(p + "/id", "duplicate item id \"" + item.id + "\"");
        if (r.read_id(o, p, "phase", item.phase) && !c.find_phase(item.phase))
            r.fail(p + "/phase", "names unknown phase \"" + item.phase + "\"");
        r.read_string(o, p, "title", item.title, Need::Required);
        r.read_string(o, p, "what", item.what, Need::Optional, true);
        read_link(r, o, p, item.link);
        if (r.read_string_array(o, p, "checklists", item.checklists, Need::Required, false)) {
            std::set<std::string> seen;
            for (size_t k = 0; k < item.checklists.size(); ++k) {
                const std::string cp = pointer_append(p + "/checklists", k);
                if (!c.find_checklist(item.checklists[k]))
                    r.fail(cp, "names unknown checklist \"" + item.checklists[k] + "\"");
                else if (!seen.insert(item.checklists[k]).second)
                    r.fail(cp, "lists checklist \"" + item.checklists[k] + "\" twice");
            }
        }
        if (r.read_int(o, p, "order", item.order, 1, 1000, Need::Required)) {
            for (const auto& cl : item.checklists) {
                const std::string key = cl + "/" + item.phase + "/" + format_int(item.order);
                auto [it, inserted] = order_used.emplace(key, item.id);
                if (!inserted)
                    r.fail(p + "/order", "order " + format_int(item.order) + " in phase \"" + item.phase +
                                             "\" of the " + cl + " checklist is already used by \"" + it->second +
                                             "\"");
            }
        }
        read_weight(r, o, p, item.weight);
        read_evidence(r, o, p, item, model);
        read_applies_when(r, o, p, item, model);
        c.items.push_back(std::move(item));
    }
    for (const auto& def : c.checklists) {
        bool any = false;
        for (const auto& item : c.items) any = any || item.in_checklist(def.id);
        if (!any) r.fail("/items", "has no item in the \"" + def.id + "\" checklist");
    }
}

}  // namespace

// [SECTION] Public API

Loaded<Model> load_model(std::string_view text, const std::string& file_name) {
    JsonReader r(file_name);
    const json root = r.parse(text);
    if (r.failed()) return Loaded<Model>::failure(std::move(r.errors));
    if (!r.expect_object(root, "")) return Loaded<Model>::failure(std::move(r.errors));

    Model m;
    IdRegistry ids;
    read_document_id(r, root, m.id);
    read_version(r, root, "", m.version);
    r.read_string(root, "", "title", m.title, Need::Required);
    r.read_string(root, "", "summary", m.summary, Need::Optional, true);
    read_levels(r, root, m);
    read_coverage(r, root, m);
    read_profile(r, root, m, ids);
    read_phases(r, root, m, ids);
    read_level_rule(r, root, m);  // after phases: it names questions
    if (r.failed()) return Loaded<Model>::failure(std::move(r.errors));
    return Loaded<Model>::success(std::move(m));
}

Loaded<Catalogue> load_catalogue(std::string_view text, const std::string& file_name, const Model& model) {
    JsonReader r(file_name);
    const json root = r.parse(text);
    if (r.failed()) return Loaded<Catalogue>::failure(std::move(r.errors));
    if (!r.expect_object(root, "")) return Loaded<Catalogue>::failure(std::move(r.errors));

    Catalogue c;
    read_document_id(r, root, c.id);
    read_version(r, root, "", c.version);
    read_catalogue_phases(r, root, c);
    read_checklist_defs(r, root, c);
    read_items(r, root, c, model);
    if (r.failed()) return Loaded<Catalogue>::failure(std::move(r.errors));
    return Loaded<Catalogue>::success(std::move(c));
}

Loaded<Model> builtin_model() { return load_model(embedded_data::model_json(), "data/model.json"); }

Loaded<Catalogue> builtin_catalogue(const Model& model) {
    return load_catalogue(embedded_data::checklist_json(), "data/checklist.json", model);
}

}  // namespace caf
