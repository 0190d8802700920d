#include "core/session_sync.h"

#include <algorithm>
#include <set>

namespace caf {

namespace {

std::string answer_text(const Answer& a) {
    if (a.has_value()) return std::string(1, static_cast<char>('0' + std::clamp(a.value, 0, kMaxAnswer)));
    return a.is_na() ? "na" : "unknown";
}

std::optional<Answer> parse_answer_text(const std::string& t) {
    if (t.size() == 1 && t[0] >= '0' && t[0] <= '4') return Answer::of(t[0] - '0');
    if (t == "na") return Answer::not_applicable();
    if (t == "unknown") return Answer::dont_know();
    return std::nullopt;
}

bool starts_with(const std::string& s, const char* prefix, std::string& rest) {
    const std::string p(prefix);
    if (s.compare(0, p.size(), p) != 0) return false;
    rest = s.substr(p.size());
    return !rest.empty();
}

std::int64_t time_of(const Session& s, const std::string& key) {
    const auto it = s.changed.find(key);
    return it == s.changed.end() ? 0 : it->second;
}

bool parse_small_int(const std::string& t, int lo, int hi, int& out) {
    if (t.empty() || t.size() > 2) return false;
    int v = 0;
    for (char c : t) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    if (v < lo || v > hi) return false;
    out = v;
    return true;
}

// use_cases/<id>/<field>: clearing the name removes the use case, setting it adds one (at
// the end); other fields of an id that has no use case are ignored (merge_newest sets
// names first, so a new use case arrives with all its fields).
bool set_use_case_field(Session& s, const std::string& rest, const std::optional<std::string>& value) {
    const size_t slash = rest.find('/');
    if (slash == std::string::npos || slash == 0) return false;
    const std::string id = rest.substr(0, slash), field = rest.substr(slash + 1);
    static const char* kFields[] = {"name", "value", "sensitivity", "beneficiary", "goal", "need"};
    if (std::find_if(std::begin(kFields), std::end(kFields), [&](const char* f) { return field == f; }) == std::end(kFields))
        return false;
    int number = 3;
    if (field == "value" && value && !parse_small_int(*value, 1, 5, number)) return false;
    auto it = std::find_if(s.use_cases.begin(), s.use_cases.end(), [&](const UseCase& u) { return u.id == id; });
    if (field == "name" && !value) {
        if (it != s.use_cases.end()) s.use_cases.erase(it);
        return true;
    }
    if (it == s.use_cases.end()) {
        // Only a name brings a use case (back): a field of one that was removed stays removed.
        if (field != "name") return true;
        UseCase u;
        u.id = id;
        s.use_cases.push_back(u);
        it = s.use_cases.end() - 1;
    }
    const std::string text = value ? *value : std::string();
    if (field == "name") it->name = text;
    else if (field == "value") it->value = value ? number : 3;
    else if (field == "sensitivity") it->sensitivity = text;
    else if (field == "beneficiary") it->beneficiary = text;
    else if (field == "goal") it->goal = text;
    else it->need = text;
    return true;
}

}  // namespace

std::map<std::string, std::string> session_fields(const Session& s) {
    std::map<std::string, std::string> f;
    for (const auto& [k, v] : s.profile)
        if (!v.empty()) f["profile/" + k] = v;
    for (const auto& [k, a] : s.answers)
        if (a.is_answered()) f["answers/" + k] = answer_text(a);
    for (const auto& [k, v] : s.notes)
        if (!v.empty()) f["notes/" + k] = v;
    for (const auto& [k, v] : s.targets) f["targets/" + k] = std::string(1, static_cast<char>('0' + std::clamp(v, 0, kMaxAnswer)));
    if (s.checklist_choice != ChecklistChoice::Auto) f["checklist/choice"] = to_string(s.checklist_choice);
    for (const auto& [k, st] : s.items) {
        if (st.done) f["items/" + k + "/done"] = "1";
        if (!st.note.empty()) f["items/" + k + "/note"] = st.note;
        if (!st.owner.empty()) f["items/" + k + "/owner"] = st.owner;
        if (!st.start.empty()) f["items/" + k + "/start"] = st.start;
        if (!st.due.empty()) f["items/" + k + "/due"] = st.due;
    }
    if (!s.plan.start.empty()) f["plan/start"] = s.plan.start;
    if (s.plan.capacity > 0) f["plan/capacity"] = std::to_string(s.plan.capacity);
    for (const auto& u : s.use_cases) {
        const std::string p = "use_cases/" + u.id + "/";
        f[p + "name"] = u.name;  // always: a use case exists while it has this field
        if (u.value != 3) f[p + "value"] = std::to_string(u.value);  // absent = 3, the middle
        if (!u.sensitivity.empty()) f[p + "sensitivity"] = u.sensitivity;
        if (!u.beneficiary.empty()) f[p + "beneficiary"] = u.beneficiary;
        if (!u.goal.empty()) f[p + "goal"] = u.goal;
        if (!u.need.empty()) f[p + "need"] = u.need;
    }
    if (!s.meta.title.empty()) f["meta/title"] = s.meta.title;
    if (!s.meta.respondent.empty()) f["meta/respondent"] = s.meta.respondent;
    return f;
}

bool set_session_field(Session& s, const std::string& key, const std::optional<std::string>& value) {
    std::string id;
    if (starts_with(key, "profile/", id)) {
        if (value) s.profile[id] = *value;
        else s.profile.erase(id);
        return true;
    }
    if (starts_with(key, "answers/", id)) {
        const std::optional<Answer> a = value ? parse_answer_text(*value) : std::nullopt;
        if (value && !a) return false;
        s.set_answer(id, a ? *a : Answer::unanswered());
        return true;
    }
    if (starts_with(key, "notes/", id)) {
        if (value && !value->empty()) s.notes[id] = *value;
        else s.notes.erase(id);
        return true;
    }
    if (starts_with(key, "targets/", id)) {
        if (value) {
            if (value->size() != 1 || (*value)[0] < '0' || (*value)[0] > '4') return false;
            s.targets[id] = (*value)[0] - '0';
        } else {
            s.targets.erase(id);
        }
        return true;
    }
    if (key == "checklist/choice") {
        s.checklist_choice = !value                ? ChecklistChoice::Auto
                             : *value == "startup" ? ChecklistChoice::Startup
                             : *value == "enterprise" ? ChecklistChoice::Enterprise
                                                      : ChecklistChoice::Auto;
        return true;
    }
    if (starts_with(key, "items/", id)) {
        const size_t slash = id.rfind('/');
        if (slash == std::string::npos || slash == 0) return false;
        const std::string item = id.substr(0, slash), field = id.substr(slash + 1);
        if (field != "done" && field != "note" && field != "owner" && field != "start" && field != "due") return false;
        ItemState& st = s.items[item];
        const std::string text = value ? *value : std::string();
        if (field == "done") st.done = value.has_value();
        else if (field == "note") st.note = text;
        else if (field == "owner") st.owner = text;
        else if (field == "start") st.start = text;
        else st.due = text;
        if (st.empty()) s.items.erase(item);
        return true;
    }
    if (key == "plan/start") {
        s.plan.start = value ? *value : std::string();
        return true;
    }
    if (key == "plan/capacity") {
        int n = 0;
        if (value && !parse_small_int(*value, 1, 12, n)) return false;
        s.plan.capacity = value ? n : 0;
        return true;
    }
    if (starts_with(key, "use_cases/", id)) return set_use_case_field(s, id, value);
    if (key == "meta/title") {
        s.meta.title = value ? *value : std::string();
        return true;
    }
    if (key == "meta/respondent") {
        s.meta.respondent = value ? *value : std::string();
        return true;
    }
    return false;
}

bool is_field_key(const std::string& key) {
    Session probe;
    return set_session_field(probe, key, std::nullopt);
}

void stamp_replacement(Session& after, const Session& before, std::int64_t when_ms) {
    std::set<std::string> keys;
    for (const auto& [k, v] : session_fields(before)) keys.insert(k);
    for (const auto& [k, v] : session_fields(after)) keys.insert(k);
    for (const auto& [k, t] : before.changed) keys.insert(k);
    for (const auto& [k, t] : after.changed) keys.insert(k);
    for (const auto& k : keys) after.changed[k] = std::max(when_ms, time_of(after, k));
}

Session merge_newest(const Session& a, const Session& b) {
    const auto fa = session_fields(a), fb = session_fields(b);
    std::set<std::string> keys;
    for (const auto& [k, v] : fa) keys.insert(k);
    for (const auto& [k, v] : fb) keys.insert(k);
    for (const auto& [k, t] : a.changed) keys.insert(k);
    for (const auto& [k, t] : b.changed) keys.insert(k);

    // Use-case names first: a name creates or removes the use case its other fields belong to.
    std::vector<std::string> ordered;
    for (const auto& k : keys)
        if (k.rfind("use_cases/", 0) == 0 && k.size() > 5 && k.compare(k.size() - 5, 5, "/name") == 0) ordered.push_back(k);
    for (const auto& k : keys)
        if (!(k.rfind("use_cases/", 0) == 0 && k.size() > 5 && k.compare(k.size() - 5, 5, "/name") == 0)) ordered.push_back(k);

    Session out = a;
    for (const auto& k : ordered) {
        const auto va = fa.find(k), vb = fb.find(k);
        const std::int64_t ta = time_of(a, k), tb = time_of(b, k);
        bool take_b = tb > ta;
        if (tb == ta) {   // equal times: the larger value, absent smallest (deterministic)
            if (vb == fb.end()) take_b = false;
            else if (va == fa.end()) take_b = true;
            else take_b = vb->second > va->second;
        }
        if (take_b) set_session_field(out, k, vb == fb.end() ? std::nullopt : std::optional<std::string>(vb->second));
        const std::int64_t t = std::max(ta, tb);
        if (t > 0) out.changed[k] = t;
    }
    if (b.meta.updated > out.meta.updated) out.meta.updated = b.meta.updated;
    return out;
}

std::vector<std::string> differing_fields(const Session& a, const Session& b) {
    const auto fa = session_fields(a), fb = session_fields(b);
    std::set<std::string> keys;
    for (const auto& [k, v] : fa) keys.insert(k);
    for (const auto& [k, v] : fb) keys.insert(k);
    std::vector<std::string> out;
    for (const auto& k : keys) {
        const auto va = fa.find(k), vb = fb.find(k);
        const bool same = va != fa.end() && vb != fb.end() ? va->second == vb->second : va == fa.end() && vb == fb.end();
        if (!same) out.push_back(k);
    }
    return out;
}

}  // namespace caf
