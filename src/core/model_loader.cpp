#include "core/model_loader.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/format.h"
#include "core/json_read.h"
#include "core/share_link.h"
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
        std::string source = "caf";
        if (r.read_string(o, p, "label_source", source, Need::Optional)) {
            if (source != "caf" && source != "app")
                r.fail(pointer_append(p, "label_source"), "must be \"caf\" or \"app\", not \"" + source + "\"");
            l.app_label = source == "app";
        }
        m.levels.push_back(std::move(l));
    }
}

// A per-answer table of five levels (0..4), each at most `max`.
void read_support(JsonReader& r, const json& o, const std::string& p, const char* key,
                  std::array<int, kLevelCount>& out) {
    const json* a = read_array(r, o, p, key, kLevelCount);
    if (!a) return;
    for (size_t i = 0; i < a->size(); ++i) {
        const json& v = (*a)[i];
        const std::string vp = pointer_append(pointer_append(p, key), i);
        if (!v.is_number_integer() || v.get<long long>() < 0 || v.get<long long>() > kMaxAnswer) {
            r.fail(vp, std::string("must be a level from 0 to 4, not ") +
                           (v.is_number() ? v.dump() : detail::type_name(v)));
            continue;
        }
        out[i] = static_cast<int>(v.get<long long>());
        if (i > 0 && out[i] < out[i - 1]) r.fail(vp, "must not be lower than the level for the answer below");
    }
}

void read_level_rule(JsonReader& r, const json& root, Model& m) {
    const json* o = r.member(root, "", "level_rule", Need::Required);
    if (!o || !r.expect_object(*o, "/level_rule")) return;
    const std::string p = "/level_rule";
    r.reject_unknown(*o, p, {"skill_question", "data_question", "skills_support", "data_support", "explanation"});
    for (auto [key, out] : {std::pair<const char*, std::string*>{"skill_question", &m.level_rule.skill_question},
                            {"data_question", &m.level_rule.data_question}}) {
        if (!r.read_id(*o, p, key, *out)) continue;
        const Question* q = m.find_question(*out);
        if (!q)
            r.fail(pointer_append(p, key), "names unknown question \"" + *out + "\"");
        else if (q->role != QuestionRole::Level)
            r.fail(pointer_append(p, key), "names \"" + *out + "\", which must have \"role\": \"level\"");
    }
    read_support(r, *o, p, "skills_support", m.level_rule.skills_support);
    read_support(r, *o, p, "data_support", m.level_rule.data_support);
    r.read_string(*o, p, "explanation", m.level_rule.explanation, Need::Required);
}

void read_practices(JsonReader& r, const json& root, Model& m) {
    const json* o = r.member(root, "", "practices", Need::Required);
    if (!o || !r.expect_object(*o, "/practices")) return;
    const std::string p = "/practices";
    r.reject_unknown(*o, p, {"name", "summary", "lag_text", "ahead_text", "aligned_text"});
    r.read_string(*o, p, "name", m.practices.name, Need::Required);
    r.read_string(*o, p, "summary", m.practices.summary, Need::Required);
    r.read_string(*o, p, "lag_text", m.practices.lag_text, Need::Required);
    r.read_string(*o, p, "ahead_text", m.practices.ahead_text, Need::Required);
    r.read_string(*o, p, "aligned_text", m.practices.aligned_text, Need::Required);
}

void read_caf_edition(JsonReader& r, const json& root, Model& m) {
    const json* o = r.member(root, "", "caf_edition", Need::Required);
    if (!o || !r.expect_object(*o, "/caf_edition")) return;
    r.reject_unknown(*o, "/caf_edition", {"summary", "pages_as_of", "note"});
    r.read_string(*o, "/caf_edition", "summary", m.caf_edition.summary, Need::Required);
    r.read_string(*o, "/caf_edition", "pages_as_of", m.caf_edition.pages_as_of, Need::Required);
    r.read_string(*o, "/caf_edition", "note", m.caf_edition.note, Need::Optional, true);
}

void read_approaches(JsonReader& r, const json& root, Model& m, IdRegistry& ids) {
    const json* a = read_array(r, root, "", "approaches");
    if (!a) return;
    const ProfileQuestion* approach_q = m.find_profile("ai_approach");
    int last_level = 0;
    for (size_t i = 0; i < a->size(); ++i) {
        const std::string p = pointer_append("/approaches", i);
        const json& o = (*a)[i];
        if (!r.expect_object(o, p)) continue;
        r.reject_unknown(o, p, {"id", "name", "summary", "requires", "link", "min_level", "declared_by"});
        Approach ap;
        if (r.read_id(o, p, "id", ap.id)) ids.add(r, ap.id, p + "/id");
        r.read_string(o, p, "name", ap.name, Need::Required);
        r.read_string(o, p, "summary", ap.summary, Need::Required);
        r.read_string(o, p, "requires", ap.requires, Need::Required);
        read_link(r, o, p, ap.link);
        if (r.read_int(o, p, "min_level", ap.min_level, 1, kMaxAnswer, Need::Required)) {
            if (ap.min_level < last_level)
                r.fail(p + "/min_level", "must not be lower than the previous approach's (the ladder goes up)");
            last_level = ap.min_level;
        }
        if (r.read_string_array(o, p, "declared_by", ap.declared_by, Need::Required, true))
            for (size_t k = 0; k < ap.declared_by.size(); ++k)
                if (!approach_q || !approach_q->find_option(ap.declared_by[k]))
                    r.fail(pointer_append(p + "/declared_by", k),
                           "\"" + ap.declared_by[k] + "\" is not an option of \"ai_approach\"");
        m.approaches.push_back(std::move(ap));
    }
    // Every declared approach must name exactly one rung.
    if (approach_q)
        for (const auto& opt : approach_q->options) {
            int n = 0;
            for (const auto& ap : m.approaches)
                n += static_cast<int>(std::count(ap.declared_by.begin(), ap.declared_by.end(), opt.id));
            if (n != 1)
                r.fail("/approaches", "must name the ai_approach option \"" + opt.id + "\" in exactly one "
                                      "approach's declared_by, not " + format_int(n));
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
    if (a->size() > kMaxShareProfileQuestions)
        r.fail("/profile", "has " + format_int(static_cast<long long>(a->size())) + " questions; at most " +
                               format_int(static_cast<long long>(kMaxShareProfileQuestions)) +
                               " fit in a share link");
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
            if (opts->size() > kMaxShareProfileOptions)
                r.fail(p + "/options", "has " + format_int(static_cast<long long>(opts->size())) +
                                           " options; at most " +
                                           format_int(static_cast<long long>(kMaxShareProfileOptions)) +
                                           " fit in a share link");
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

void read_applies_when(JsonReader& r, const json& o, const std::string& p, AppliesWhen& out, const Model& model) {
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
        out[it.key()] = std::move(options);
    }
}

void read_question(JsonReader& r, const json& o, const std::string& p, Question& q, IdRegistry& ids,
                   const Model& model, bool quick_check) {
    r.reject_unknown(o, p, {"id", "prompt", "why", "weight", "allow_na", "role", "applies_when", "evidence_to_ask",
                            "link", "options"});
    if (r.read_id(o, p, "id", q.id)) ids.add(r, q.id, p + "/id");
    r.read_string(o, p, "prompt", q.prompt, Need::Required);
    r.read_string(o, p, "why", q.why, Need::Optional, true);
    r.read_string(o, p, "evidence_to_ask", q.evidence_to_ask, Need::Required);
    read_weight(r, o, p, q.weight);
    r.read_bool(o, p, "allow_na", q.allow_na, Need::Optional);
    std::string role = quick_check ? "check" : "practice";
    if (r.read_string(o, p, "role", role, Need::Optional)) {
        if (quick_check && role != "check")
            r.fail(p + "/role", "must be \"check\" (or left out) for a readiness quick check");
        else if (!quick_check && role != "practice" && role != "level")
            r.fail(p + "/role", "must be \"practice\" or \"level\", not \"" + role + "\"");
    }
    q.role = role == "level" ? QuestionRole::Level : role == "check" ? QuestionRole::Check : QuestionRole::Practice;
    read_applies_when(r, o, p, q.applies_when, model);
    read_link(r, o, p, q.link);
    const json* opts = read_array(r, o, p, "options", kLevelCount);
    if (!opts) return;
    for (size_t k = 0; k < opts->size(); ++k) {
        const std::string op = pointer_append(p + "/options", k);
        const json& oo = (*opts)[k];
        if (!r.expect_object(oo, op)) continue;
        r.reject_unknown(oo, op, {"label", "detail"});
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
            bool practice = false;
            for (size_t n = 0; qs && n < qs->size(); ++n) {
                const std::string qp = pointer_append(dp + "/questions", n);
                const json& qobj = (*qs)[n];
                if (!r.expect_object(qobj, qp)) continue;
                Question q;
                read_question(r, qobj, qp, q, ids, m, false);
                practice = practice || q.role == QuestionRole::Practice;
                d.questions.push_back(std::move(q));
            }
            // A dimension of level questions only would never have a score.
            if (qs && !practice) r.fail(dp + "/questions", "must have at least one practice question");
            ph.dimensions.push_back(std::move(d));
        }
        m.phases.push_back(std::move(ph));
    }
}

// Quick checks of the later phases; the phase ids are checked against the
// catalogue when it loads (the model comes first).
void read_readiness(JsonReader& r, const json& root, Model& m, IdRegistry& ids) {
    const json* o = r.member(root, "", "readiness", Need::Required);
    if (!o || !r.expect_object(*o, "/readiness")) return;
    r.reject_unknown(*o, "/readiness", {"name", "summary", "groups"});
    r.read_string(*o, "/readiness", "name", m.readiness.name, Need::Required);
    r.read_string(*o, "/readiness", "summary", m.readiness.summary, Need::Required);
    const json* groups = read_array(r, *o, "/readiness", "groups");
    std::set<std::string> seen;
    for (size_t i = 0; groups && i < groups->size(); ++i) {
        const std::string gp = pointer_append("/readiness/groups", i);
        const json& go = (*groups)[i];
        if (!r.expect_object(go, gp)) continue;
        r.reject_unknown(go, gp, {"phase", "name", "summary", "questions"});
        ReadinessGroup g;
        if (r.read_id(go, gp, "phase", g.phase) && !seen.insert(g.phase).second)
            r.fail(gp + "/phase", "duplicate readiness group for phase \"" + g.phase + "\"");
        r.read_string(go, gp, "name", g.name, Need::Required);
        r.read_string(go, gp, "summary", g.summary, Need::Optional, true);
        const json* qs = read_array(r, go, gp, "questions");
        for (size_t n = 0; qs && n < qs->size(); ++n) {
            const std::string qp = pointer_append(gp + "/questions", n);
            if (!r.expect_object((*qs)[n], qp)) continue;
            Question q;
            read_question(r, (*qs)[n], qp, q, ids, m, true);
            g.questions.push_back(std::move(q));
        }
        m.readiness.groups.push_back(std::move(g));
    }
}

void read_glossary(JsonReader& r, const json& root, Model& m) {
    const json* a = read_array(r, root, "", "glossary");
    std::set<std::string> terms;
    for (size_t i = 0; a && i < a->size(); ++i) {
        const std::string p = pointer_append("/glossary", i);
        const json& o = (*a)[i];
        if (!r.expect_object(o, p)) continue;
        r.reject_unknown(o, p, {"term", "aliases", "definition", "link"});
        GlossaryEntry e;
        if (r.read_string(o, p, "term", e.term, Need::Required) && !terms.insert(e.term).second)
            r.fail(p + "/term", "duplicate glossary term \"" + e.term + "\"");
        r.read_string_array(o, p, "aliases", e.aliases, Need::Optional, true);
        r.read_string(o, p, "definition", e.definition, Need::Required);
        if (o.contains("link")) read_link(r, o, p, e.link);
        m.glossary.push_back(std::move(e));
    }
}

// After phases and readiness: migrations name old ids and map them to ids of this model.
void read_migrations(JsonReader& r, const json& root, Model& m) {
    const json* a = r.member(root, "", "migrations", Need::Optional);
    if (!a || !r.expect_array(*a, "/migrations")) return;
    for (size_t i = 0; i < a->size(); ++i) {
        const std::string p = pointer_append("/migrations", i);
        const json& o = (*a)[i];
        if (!r.expect_object(o, p)) continue;
        r.reject_unknown(o, p, {"from", "questions", "dimensions", "dropped_questions"});
        Migration mg;
        r.read_string(o, p, "from", mg.from_major, Need::Required);
        auto read_map = [&](const char* key, std::map<std::string, std::string>& out, bool dimension) {
            const json* mo = r.member(o, p, key, Need::Optional);
            if (!mo || !r.expect_object(*mo, pointer_append(p, key))) return;
            for (auto it = mo->begin(); it != mo->end(); ++it) {
                const std::string kp = pointer_append(pointer_append(p, key), it.key());
                if (!it->is_string()) {
                    r.fail(kp, std::string("must be an id (a string), not ") + detail::type_name(*it));
                    continue;
                }
                const std::string& to = it->get_ref<const std::string&>();
                if (dimension ? !m.find_dimension(to) : !m.find_question(to))
                    r.fail(kp, "maps to unknown " + std::string(dimension ? "dimension" : "question") + " \"" + to + "\"");
                out[it.key()] = to;
            }
        };
        read_map("questions", mg.questions, false);
        read_map("dimensions", mg.dimensions, true);
        r.read_string_array(o, p, "dropped_questions", mg.dropped_questions, Need::Optional, true);
        m.migrations.push_back(std::move(mg));
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

void read_paths(JsonReader& r, const json& root, Catalogue& c, const Model& model) {
    const json* a = read_array(r, root, "", "paths");
    if (!a) return;
    const ProfileQuestion* approach_q = model.find_profile("ai_approach");
    for (size_t i = 0; i < a->size(); ++i) {
        const std::string p = pointer_append("/paths", i);
        const json& o = (*a)[i];
        if (!r.expect_object(o, p)) continue;
        r.reject_unknown(o, p, {"id", "name", "approaches"});
        GuidancePath gp;
        if (r.read_id(o, p, "id", gp.id) && c.find_path(gp.id))
            r.fail(p + "/id", "duplicate path id \"" + gp.id + "\"");
        r.read_string(o, p, "name", gp.name, Need::Required);
        if (r.read_string_array(o, p, "approaches", gp.approaches, Need::Required, false))
            for (size_t k = 0; k < gp.approaches.size(); ++k) {
                const std::string ap = pointer_append(p + "/approaches", k);
                if (!approach_q || !approach_q->find_option(gp.approaches[k]))
                    r.fail(ap, "\"" + gp.approaches[k] + "\" is not an option of \"ai_approach\"");
                else if (c.path_of_approach(gp.approaches[k]))
                    r.fail(ap, "\"" + gp.approaches[k] + "\" already follows another path");
            }
        c.paths.push_back(std::move(gp));
    }
}

void read_item_paths(JsonReader& r, const json& o, const std::string& p, ChecklistItem& item, const Catalogue& c) {
    const json* po = r.member(o, p, "paths", Need::Optional);
    if (!po || !r.expect_object(*po, p + "/paths")) return;
    for (auto it = po->begin(); it != po->end(); ++it) {
        const std::string kp = pointer_append(p + "/paths", it.key());
        if (!c.find_path(it.key())) {
            r.fail(kp, "names unknown path \"" + it.key() + "\"");
            continue;
        }
        if (!r.expect_object(*it, kp)) continue;
        r.reject_unknown(*it, kp, {"what"});
        std::string what;
        r.read_string(*it, kp, "what", what, Need::Required);
        item.paths[it.key()] = std::move(what);
    }
    if (po->empty()) r.fail(p + "/paths", "must list at least one path (leave it out to apply to every path)");
}

void read_edition(JsonReader& r, const json& o, const std::string& p, ChecklistItem& item) {
    const json* e = r.member(o, p, "edition", Need::Optional);
    if (!e || !r.expect_object(*e, p + "/edition")) return;
    r.reject_unknown(*e, p + "/edition", {"from", "note"});
    r.read_string(*e, p + "/edition", "from", item.edition.from, Need::Required);
    r.read_string(*e, p + "/edition", "note", item.edition.note, Need::Required);
}

void read_item_migrations(JsonReader& r, const json& root, Catalogue& c) {
    const json* a = r.member(root, "", "migrations", Need::Optional);
    if (!a || !r.expect_array(*a, "/migrations")) return;
    for (size_t i = 0; i < a->size(); ++i) {
        const std::string p = pointer_append("/migrations", i);
        const json& o = (*a)[i];
        if (!r.expect_object(o, p)) continue;
        r.reject_unknown(o, p, {"from", "items"});
        std::string from;
        r.read_string(o, p, "from", from, Need::Required);
        const json* items = r.member(o, p, "items", Need::Required);
        if (!items || !r.expect_object(*items, p + "/items")) continue;
        for (auto it = items->begin(); it != items->end(); ++it) {
            const std::string kp = pointer_append(p + "/items", it.key());
            if (!it->is_string() || !c.find_item(it->get_ref<const std::string&>())) {
                r.fail(kp, "must name an item of this checklist");
                continue;
            }
            c.item_migrations[it.key()] = it->get<std::string>();
        }
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
        read_applies_when(r, o, p, item.applies_when, model);
        read_item_paths(r, o, p, item, c);
        read_edition(r, o, p, item);
        if (item.what.empty() && item.paths.empty()) r.fail(p + "/what", "is missing (or give \"paths\" with texts)");
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
    if (m.id.size() > kMaxShareModelId)
        r.fail("/id", "is " + format_int(static_cast<long long>(m.id.size())) + " characters long; at most " +
                          format_int(static_cast<long long>(kMaxShareModelId)) + " fit in a share link");
    read_version(r, root, "", m.version);
    r.read_string(root, "", "title", m.title, Need::Required);
    r.read_string(root, "", "summary", m.summary, Need::Optional, true);
    read_caf_edition(r, root, m);
    read_levels(r, root, m);
    read_coverage(r, root, m);
    read_profile(r, root, m, ids);
    read_practices(r, root, m);
    read_approaches(r, root, m, ids);  // after the profile: they name ai_approach options
    read_phases(r, root, m, ids);
    read_readiness(r, root, m, ids);
    read_level_rule(r, root, m);       // after phases: it names questions
    read_glossary(r, root, m);
    read_migrations(r, root, m);
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
    read_paths(r, root, c, model);
    read_items(r, root, c, model);
    read_item_migrations(r, root, c);
    // The model's quick checks are grouped by checklist phase.
    for (size_t i = 0; i < model.readiness.groups.size(); ++i)
        if (!c.find_phase(model.readiness.groups[i].phase))
            r.fail("/phases", "has no phase \"" + model.readiness.groups[i].phase +
                                  "\", which the model's readiness quick checks use");
    if (r.failed()) return Loaded<Catalogue>::failure(std::move(r.errors));
    return Loaded<Catalogue>::success(std::move(c));
}

Loaded<Model> builtin_model() { return load_model(embedded_data::model_json(), "data/model.json"); }

Loaded<Catalogue> builtin_catalogue(const Model& model) {
    return load_catalogue(embedded_data::checklist_json(), "data/checklist.json", model);
}

}  // namespace caf
