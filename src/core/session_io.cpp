#include "core/session_io.h"

#include "core/civil_date.h"
#include "core/format.h"
#include "core/json_read.h"
#include "core/session_sync.h"

namespace caf {

using detail::json;
using detail::JsonReader;
using detail::Need;
using detail::pointer_append;

namespace {

std::string major_of(const std::string& version) { return version.substr(0, version.find('.')); }

std::string in_quotes(const std::string& s) { return "\"" + s + "\""; }

// Characters (code points), as JSON Schema's maxLength counts them.
size_t code_points(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

bool check_length(JsonReader& r, const std::string& pointer, const std::string& text, size_t max) {
    if (code_points(text) <= max) return true;
    r.fail(pointer, "is longer than " + format_int(static_cast<long long>(max)) + " characters");
    return false;
}

// 2026-11-23T10:00:00Z, with optional fraction and offset (RFC 3339).
bool is_timestamp(const std::string& t) {
    auto digits = [&](size_t at, size_t n) {
        if (at + n > t.size()) return false;
        for (size_t i = at; i < at + n; ++i)
            if (t[i] < '0' || t[i] > '9') return false;
        return true;
    };
    if (!(digits(0, 4) && t.size() >= 19 && t[4] == '-' && digits(5, 2) && t[7] == '-' && digits(8, 2) &&
          t[10] == 'T' && digits(11, 2) && t[13] == ':' && digits(14, 2) && t[16] == ':' && digits(17, 2)))
        return false;
    size_t i = 19;
    if (i < t.size() && t[i] == '.') {
        ++i;
        const size_t start = i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
        if (i == start) return false;
    }
    if (i < t.size() && t[i] == 'Z') return i + 1 == t.size();
    return i + 6 == t.size() && (t[i] == '+' || t[i] == '-') && digits(i + 1, 2) && t[i + 3] == ':' &&
           digits(i + 4, 2);
}

// The id inside a field key names something this model and catalogue have.
bool field_key_known(const std::string& key, const Model& model, const Catalogue& catalogue) {
    auto id_after = [&](const char* prefix) { return key.substr(std::char_traits<char>::length(prefix)); };
    if (key.rfind("profile/", 0) == 0) return model.find_profile(id_after("profile/")) != nullptr;
    if (key.rfind("answers/", 0) == 0) return model.find_question(id_after("answers/")) != nullptr;
    if (key.rfind("notes/", 0) == 0) return model.find_question(id_after("notes/")) != nullptr;
    if (key.rfind("targets/", 0) == 0) return model.find_dimension(id_after("targets/")) != nullptr;
    if (key.rfind("items/", 0) == 0) {
        const std::string rest = id_after("items/");
        return catalogue.find_item(rest.substr(0, rest.rfind('/'))) != nullptr;
    }
    return true;   // checklist/choice, meta/title, meta/respondent, plan/…, use_cases/… (any use-case id)
}

// An ISO date that is a real day (civil_date.h), or "" for none.
void read_day(JsonReader& r, const json& obj, const std::string& p, const char* key, std::string& out) {
    if (r.read_string(obj, p, key, out, Need::Optional, false) && !out.empty() && !parse_iso_day(out)) {
        r.fail(pointer_append(p, key), "must be a date like 2027-01-31 (a real day), not " + in_quotes(out));
        out.clear();
    }
}

bool one_of(const std::string& v, std::initializer_list<const char*> options) {
    for (const char* o : options)
        if (v == o) return true;
    return false;
}

// [SECTION] Sections

void read_header(JsonReader& r, const json& root, const Model& model, Session& s) {
    std::string format;
    if (r.read_string(root, "", "format", format, Need::Required) && format != kSessionFormat)
        r.fail("/format", "must be \"" + std::string(kSessionFormat) + "\", not " + in_quotes(format) +
                              " (this is not a session file)");
    const json* fv = r.member(root, "", "format_version", Need::Required);
    if (fv) {
        if (!fv->is_number_integer()) {
            r.fail("/format_version", std::string("must be an integer, not ") + detail::type_name(*fv));
        } else if (fv->get<long long>() != kSessionFormatVersion) {
            const long long v = fv->get<long long>();
            r.fail("/format_version", "is " + format_int(v) + "; this app reads version " +
                                          format_int(kSessionFormatVersion) +
                                          (v > kSessionFormatVersion ? " (the file is from a newer app)" : ""));
        }
    }
    const json* m = r.member(root, "", "model", Need::Required);
    if (m && r.expect_object(*m, "/model")) {
        r.reject_unknown(*m, "/model", {"id", "version"});
        std::string id, version;
        if (r.read_string(*m, "/model", "id", id, Need::Required) && id != model.id)
            r.fail("/model/id", "is " + in_quotes(id) + " but this app's model is " + in_quotes(model.id));
        if (r.read_string(*m, "/model", "version", version, Need::Required) &&
            major_of(version) != major_of(model.version))
            r.fail("/model/version", "is " + in_quotes(version) + "; this app reads sessions of model version " +
                                         major_of(model.version) + ".x");
        s.model_id = model.id;
        s.model_version = model.version;
    }
}

void read_profile(JsonReader& r, const json& root, const Model& model, Session& s) {
    const json* o = r.member(root, "", "profile", Need::Required);
    if (!o || !r.expect_object(*o, "/profile")) return;
    for (auto it = o->begin(); it != o->end(); ++it) {
        const std::string p = pointer_append("/profile", it.key());
        const ProfileQuestion* q = model.find_profile(it.key());
        if (!q) {
            r.fail(p, "unknown profile question " + in_quotes(it.key()));
            continue;
        }
        if (it->is_null()) continue;
        if (!it->is_string()) {
            r.fail(p, std::string("must be an option id (a string), not ") + detail::type_name(*it));
            continue;
        }
        const std::string& option = it->get_ref<const std::string&>();
        if (!q->find_option(option)) {
            std::string known;
            for (const auto& opt : q->options) known += (known.empty() ? "" : ", ") + opt.id;
            r.fail(p, in_quotes(option) + " is not an option of " + in_quotes(q->id) + " (options: " + known + ")");
            continue;
        }
        s.profile[it.key()] = option;
    }
}

void read_answers(JsonReader& r, const json& root, const Model& model, Session& s) {
    const json* o = r.member(root, "", "answers", Need::Required);
    if (!o || !r.expect_object(*o, "/answers")) return;
    for (auto it = o->begin(); it != o->end(); ++it) {
        const std::string p = pointer_append("/answers", it.key());
        const Question* q = model.find_question(it.key());
        if (!q) {
            r.fail(p, "unknown question " + in_quotes(it.key()));
            continue;
        }
        const json& v = *it;
        if (v.is_null()) continue;
        if (v.is_string() && v.get_ref<const std::string&>() == "unknown") {
            s.answers[it.key()] = Answer::dont_know();
            continue;
        }
        if (v.is_string() && v.get_ref<const std::string&>() == "na") {
            if (q->allow_na)
                s.answers[it.key()] = Answer::not_applicable();
            else
                r.fail(p, "\"na\" is not allowed for this question; answer 0 to 4");
            continue;
        }
        if (v.is_number_integer()) {
            const long long n = v.get<long long>();
            if (n >= 0 && n <= kMaxAnswer) {
                s.answers[it.key()] = Answer::of(static_cast<int>(n));
                continue;
            }
            r.fail(p, "must be 0 to 4" + std::string(q->allow_na ? ", \"na\"" : "") + " or \"unknown\", not " + v.dump());
            continue;
        }
        r.fail(p, "must be an integer from 0 to 4" + std::string(q->allow_na ? ", \"na\"" : "") + " or \"unknown\", not " +
                      (v.is_string() ? "the string " + v.dump(-1, ' ', false, json::error_handler_t::replace)
                                     : std::string(detail::type_name(v))));
    }
}

void read_notes(JsonReader& r, const json& root, const Model& model, Session& s) {
    const json* o = r.member(root, "", "notes", Need::Optional);
    if (!o || !r.expect_object(*o, "/notes")) return;
    for (auto it = o->begin(); it != o->end(); ++it) {
        const std::string p = pointer_append("/notes", it.key());
        if (!model.find_question(it.key())) {
            r.fail(p, "unknown question " + in_quotes(it.key()));
            continue;
        }
        if (it->is_null()) continue;
        if (!it->is_string()) {
            r.fail(p, std::string("must be a string, not ") + detail::type_name(*it));
            continue;
        }
        const std::string& note = it->get_ref<const std::string&>();
        if (!check_length(r, p, note, kMaxNoteLength)) continue;
        if (!note.empty()) s.notes[it.key()] = note;
    }
}

void read_targets(JsonReader& r, const json& root, const Model& model, Session& s) {
    const json* o = r.member(root, "", "targets", Need::Optional);
    if (!o || !r.expect_object(*o, "/targets")) return;
    for (auto it = o->begin(); it != o->end(); ++it) {
        const std::string p = pointer_append("/targets", it.key());
        if (!model.find_dimension(it.key())) {
            r.fail(p, "unknown dimension " + in_quotes(it.key()));
            continue;
        }
        if (it->is_null()) continue;
        if (!it->is_number_integer() || it->get<long long>() < 0 || it->get<long long>() > kMaxAnswer) {
            r.fail(p, std::string("must be a target level from 0 to 4, not ") +
                          (it->is_number() ? it->dump() : detail::type_name(*it)));
            continue;
        }
        s.targets[it.key()] = static_cast<int>(it->get<long long>());
    }
}

void read_checklist(JsonReader& r, const json& root, const Catalogue& catalogue, Session& s) {
    const json* o = r.member(root, "", "checklist", Need::Optional);
    if (!o || !r.expect_object(*o, "/checklist")) return;
    r.reject_unknown(*o, "/checklist", {"choice", "items"});
    std::string choice = "auto";
    if (r.read_string(*o, "/checklist", "choice", choice, Need::Required)) {
        if (choice == "auto")
            s.checklist_choice = ChecklistChoice::Auto;
        else if (choice == "startup")
            s.checklist_choice = ChecklistChoice::Startup;
        else if (choice == "enterprise")
            s.checklist_choice = ChecklistChoice::Enterprise;
        else
            r.fail("/checklist/choice", "must be \"auto\", \"startup\" or \"enterprise\", not " + in_quotes(choice));
    }
    const json* items = r.member(*o, "/checklist", "items", Need::Optional);
    if (!items || !r.expect_object(*items, "/checklist/items")) return;
    for (auto it = items->begin(); it != items->end(); ++it) {
        const std::string p = pointer_append("/checklist/items", it.key());
        if (!catalogue.find_item(it.key())) {
            r.fail(p, "unknown checklist item " + in_quotes(it.key()));
            continue;
        }
        if (it->is_null()) continue;
        if (!r.expect_object(*it, p)) continue;
        r.reject_unknown(*it, p, {"done", "note", "owner", "start", "due"});
        ItemState state;
        r.read_bool(*it, p, "done", state.done, Need::Optional);
        if (r.read_string(*it, p, "note", state.note, Need::Optional, true))
            check_length(r, p + "/note", state.note, kMaxNoteLength);
        if (r.read_string(*it, p, "owner", state.owner, Need::Optional, false))
            check_length(r, p + "/owner", state.owner, kMaxNameLength);
        read_day(r, *it, p, "start", state.start);
        read_day(r, *it, p, "due", state.due);
        if (!state.empty()) s.items[it.key()] = std::move(state);
    }
}

// When each field last changed (session_sync.h): field key -> ms since the epoch.
void read_changed(JsonReader& r, const json& root, const Model& model, const Catalogue& catalogue, Session& s) {
    const json* o = r.member(root, "", "changed", Need::Optional);
    if (!o || !r.expect_object(*o, "/changed")) return;
    for (auto it = o->begin(); it != o->end(); ++it) {
        const std::string p = pointer_append("/changed", it.key());
        if (!is_field_key(it.key()) || !field_key_known(it.key(), model, catalogue)) {
            r.fail(p, "is not a field of this model's sessions (expected e.g. \"answers/<question id>\")");
            continue;
        }
        if (!it->is_number_integer() || it->get<long long>() < 0 || it->get<long long>() > kMaxStampMs) {
            r.fail(p, std::string("must be a time in milliseconds since 1970 (a whole number), not ") +
                          (it->is_number() ? it->dump() : detail::type_name(*it)));
            continue;
        }
        s.changed[it.key()] = it->get<long long>();
    }
}

// The plan's settings: {start, capacity}, both optional.
void read_plan(JsonReader& r, const json& root, Session& s) {
    const json* o = r.member(root, "", "plan", Need::Optional);
    if (!o || !r.expect_object(*o, "/plan")) return;
    r.reject_unknown(*o, "/plan", {"start", "capacity"});
    read_day(r, *o, "/plan", "start", s.plan.start);
    r.read_int(*o, "/plan", "capacity", s.plan.capacity, 1, static_cast<int>(kMaxPlanCapacity), Need::Optional);
}

// The use-case portfolio: [{id, name, value, sensitivity?, beneficiary?, goal?, need?}].
void read_use_cases(JsonReader& r, const json& root, Session& s) {
    const json* a = r.member(root, "", "use_cases", Need::Optional);
    if (!a || !r.expect_array(*a, "/use_cases")) return;
    if (a->size() > kMaxUseCases) {
        r.fail("/use_cases", "has more than " + format_int(static_cast<long long>(kMaxUseCases)) + " use cases");
        return;
    }
    for (size_t k = 0; k < a->size(); ++k) {
        const std::string p = pointer_append("/use_cases", k);
        const json& u = (*a)[k];
        if (!r.expect_object(u, p)) continue;
        r.reject_unknown(u, p, {"id", "name", "value", "sensitivity", "beneficiary", "goal", "need"});
        UseCase uc;
        if (r.read_id(u, p, "id", uc.id)) {
            if (uc.id.size() > 40) r.fail(p + "/id", "is longer than 40 characters");
            for (const auto& other : s.use_cases)
                if (other.id == uc.id) r.fail(p + "/id", "repeats the use case id " + in_quotes(uc.id));
        }
        if (r.read_string(u, p, "name", uc.name, Need::Required, true)) check_length(r, p + "/name", uc.name, kMaxNameLength);
        r.read_int(u, p, "value", uc.value, 1, 5, Need::Required);
        if (r.read_string(u, p, "sensitivity", uc.sensitivity, Need::Optional) && !uc.sensitivity.empty() &&
            !one_of(uc.sensitivity, {"public", "internal", "confidential", "regulated"}))
            r.fail(p + "/sensitivity", "must be \"public\", \"internal\", \"confidential\" or \"regulated\", not " +
                                           in_quotes(uc.sensitivity));
        if (r.read_string(u, p, "beneficiary", uc.beneficiary, Need::Optional) && !uc.beneficiary.empty() &&
            !one_of(uc.beneficiary, {"employees", "partners", "customers"}))
            r.fail(p + "/beneficiary", "must be \"employees\", \"partners\" or \"customers\", not " + in_quotes(uc.beneficiary));
        if (u.contains("goal")) r.read_id(u, p, "goal", uc.goal);
        if (u.contains("need")) r.read_id(u, p, "need", uc.need);
        s.use_cases.push_back(std::move(uc));
    }
}

void read_meta(JsonReader& r, const json& root, Session& s) {
    const json* o = r.member(root, "", "meta", Need::Optional);
    if (!o || !r.expect_object(*o, "/meta")) return;
    r.reject_unknown(*o, "/meta", {"title", "respondent", "updated"});
    if (r.read_string(*o, "/meta", "title", s.meta.title, Need::Optional, true))
        check_length(r, "/meta/title", s.meta.title, kMaxNameLength);
    if (r.read_string(*o, "/meta", "respondent", s.meta.respondent, Need::Optional, true))
        check_length(r, "/meta/respondent", s.meta.respondent, kMaxNameLength);
    if (r.read_string(*o, "/meta", "updated", s.meta.updated, Need::Optional, true) && !s.meta.updated.empty() &&
        !is_timestamp(s.meta.updated))
        r.fail("/meta/updated", "must be a date and time like 2026-11-23T10:00:00Z, not " + in_quotes(s.meta.updated));
}

}  // namespace

// [SECTION] Public API

Loaded<Session> parse_session(std::string_view text, const std::string& file_name, const Model& model,
                              const Catalogue& catalogue) {
    JsonReader r(file_name);
    const json root = r.parse(text);
    if (r.failed()) return Loaded<Session>::failure(std::move(r.errors));
    if (!r.expect_object(root, "")) return Loaded<Session>::failure(std::move(r.errors));

    Session s;
    r.reject_unknown(root, "",
                     {"format", "format_version", "model", "profile", "answers", "notes", "targets", "checklist",
                      "meta", "changed", "plan", "use_cases"});
    read_header(r, root, model, s);
    read_profile(r, root, model, s);
    read_answers(r, root, model, s);
    read_notes(r, root, model, s);
    read_targets(r, root, model, s);
    read_checklist(r, root, catalogue, s);
    read_plan(r, root, s);
    read_use_cases(r, root, s);
    read_meta(r, root, s);
    read_changed(r, root, model, catalogue, s);
    if (r.failed()) return Loaded<Session>::failure(std::move(r.errors));
    return Loaded<Session>::success(std::move(s));
}

std::string serialize_session(const Session& s) {
    using ojson = nlohmann::ordered_json;
    ojson root;
    root["format"] = kSessionFormat;
    root["format_version"] = kSessionFormatVersion;
    root["model"] = ojson{{"id", s.model_id}, {"version", s.model_version}};

    ojson profile = ojson::object();
    for (const auto& [k, v] : s.profile)
        if (!v.empty()) profile[k] = v;
    root["profile"] = std::move(profile);

    ojson answers = ojson::object();
    for (const auto& [k, a] : s.answers) {
        if (a.kind == Answer::Kind::Value)
            answers[k] = a.value;
        else if (a.kind == Answer::Kind::NotApplicable)
            answers[k] = "na";
        else if (a.kind == Answer::Kind::DontKnow)
            answers[k] = "unknown";
    }
    root["answers"] = std::move(answers);

    ojson notes = ojson::object();
    for (const auto& [k, v] : s.notes)
        if (!v.empty()) notes[k] = v;
    root["notes"] = std::move(notes);

    ojson targets = ojson::object();
    for (const auto& [k, v] : s.targets) targets[k] = v;
    root["targets"] = std::move(targets);

    ojson items = ojson::object();
    for (const auto& [k, st] : s.items) {
        if (st.empty()) continue;
        ojson item = ojson::object();
        item["done"] = st.done;
        if (!st.note.empty()) item["note"] = st.note;
        if (!st.owner.empty()) item["owner"] = st.owner;
        if (!st.start.empty()) item["start"] = st.start;
        if (!st.due.empty()) item["due"] = st.due;
        items[k] = std::move(item);
    }
    root["checklist"] = ojson{{"choice", to_string(s.checklist_choice)}, {"items", std::move(items)}};

    // Optional members, written only when set, so files without a plan stay as they were.
    if (!s.plan.start.empty() || s.plan.capacity > 0) {
        ojson plan = ojson::object();
        if (!s.plan.start.empty()) plan["start"] = s.plan.start;
        if (s.plan.capacity > 0) plan["capacity"] = s.plan.capacity;
        root["plan"] = std::move(plan);
    }
    if (!s.use_cases.empty()) {
        ojson list = ojson::array();
        for (const auto& u : s.use_cases) {
            ojson o{{"id", u.id}, {"name", u.name}, {"value", u.value}};
            if (!u.sensitivity.empty()) o["sensitivity"] = u.sensitivity;
            if (!u.beneficiary.empty()) o["beneficiary"] = u.beneficiary;
            if (!u.goal.empty()) o["goal"] = u.goal;
            if (!u.need.empty()) o["need"] = u.need;
            list.push_back(std::move(o));
        }
        root["use_cases"] = std::move(list);
    }

    ojson meta = ojson::object();  // empty fields are left out (the schema wants a real timestamp)
    if (!s.meta.title.empty()) meta["title"] = s.meta.title;
    if (!s.meta.respondent.empty()) meta["respondent"] = s.meta.respondent;
    if (!s.meta.updated.empty()) meta["updated"] = s.meta.updated;
    root["meta"] = std::move(meta);

    if (!s.changed.empty()) {
        ojson changed = ojson::object();
        for (const auto& [k, t] : s.changed) changed[k] = t;
        root["changed"] = std::move(changed);
    }
    return root.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

}  // namespace caf
