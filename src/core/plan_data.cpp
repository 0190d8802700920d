// Loading data/plan.json (plan_data.h).
#include "core/plan_data.h"

#include <functional>
#include <set>

#include "core/json_read.h"
#include "embedded_data.h"

namespace caf {

using detail::json;
using detail::JsonReader;
using detail::Need;
using detail::pointer_append;

// [SECTION] Look-ups

const UseCaseNeed* UseCaseTree::find_need(std::string_view goal_id, std::string_view need_id) const {
    for (const auto& g : goals)
        if (g.id == goal_id)
            for (const auto& n : g.needs)
                if (n.id == need_id) return &n;
    return nullptr;
}
const Sensitivity* UseCaseTree::find_sensitivity(std::string_view id) const {
    for (const auto& s : sensitivities)
        if (s.id == id) return &s;
    return nullptr;
}
const Beneficiary* UseCaseTree::find_beneficiary(std::string_view id) const {
    for (const auto& b : beneficiaries)
        if (b.id == id) return &b;
    return nullptr;
}
const Role* PlanData::find_role(std::string_view role_id) const {
    for (const auto& r : roles)
        if (r.id == role_id) return &r;
    return nullptr;
}
const Effort* PlanData::find_effort(std::string_view effort_id) const {
    for (const auto& e : efforts)
        if (e.id == effort_id) return &e;
    return nullptr;
}
const ItemPlan* PlanData::find_item(std::string_view item_id) const {
    const auto it = items.find(std::string(item_id));
    return it == items.end() ? nullptr : &it->second;
}
bool PlanData::is_poc_item(std::string_view item_id) const {
    for (const auto& p : poc_items)
        if (p == item_id) return true;
    return false;
}

// [SECTION] Reading

namespace {

void read_raci(JsonReader& r, const json& obj, const std::string& ptr, Raci& out) {
    if (!r.expect_object(obj, ptr)) return;
    r.read_string_array(obj, ptr, "responsible", out.responsible, Need::Required, false);
    r.read_id(obj, ptr, "accountable", out.accountable);
    r.read_string_array(obj, ptr, "consulted", out.consulted, Need::Required, true);
    r.read_string_array(obj, ptr, "informed", out.informed, Need::Required, true);
}

void read_items(JsonReader& r, const json& obj, const std::string& ptr, PlanData& plan) {
    if (!r.expect_object(obj, ptr)) return;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const std::string p = pointer_append(ptr, it.key());
        if (!r.expect_object(it.value(), p)) continue;
        ItemPlan ip;
        r.read_string(it.value(), p, "effort", ip.effort, Need::Required);
        r.read_id(it.value(), p, "owner", ip.owner);
        if (const json* raci = r.member(it.value(), p, "raci", Need::Required))
            read_raci(r, *raci, pointer_append(p, "raci"), ip.raci);
        r.read_string_array(it.value(), p, "depends_on", ip.depends_on, Need::Required, true);
        r.read_string(it.value(), p, "why_depends", ip.why_depends, Need::Required);
        plan.items[it.key()] = std::move(ip);
    }
}

void read_tree(JsonReader& r, const json& obj, const std::string& ptr, UseCaseTree& tree) {
    if (!r.expect_object(obj, ptr)) return;
    r.read_string(obj, ptr, "summary", tree.summary, Need::Required);
    r.read_string(obj, ptr, "link", tree.link, Need::Required);
    if (const json* goals = r.member(obj, ptr, "goals", Need::Required); goals && r.expect_array(*goals, ptr + "/goals"))
        for (size_t g = 0; g < goals->size(); ++g) {
            const std::string gp = pointer_append(ptr + "/goals", g);
            const json& gj = (*goals)[g];
            if (!r.expect_object(gj, gp)) continue;
            UseCaseGoal goal;
            r.read_id(gj, gp, "id", goal.id);
            r.read_string(gj, gp, "name", goal.name, Need::Required);
            if (const json* needs = r.member(gj, gp, "needs", Need::Required); needs && r.expect_array(*needs, gp + "/needs"))
                for (size_t n = 0; n < needs->size(); ++n) {
                    const std::string np = pointer_append(gp + "/needs", n);
                    UseCaseNeed need;
                    if (!r.expect_object((*needs)[n], np)) continue;
                    r.read_id((*needs)[n], np, "id", need.id);
                    r.read_string((*needs)[n], np, "name", need.name, Need::Required);
                    r.read_id((*needs)[n], np, "approach", need.approach);
                    goal.needs.push_back(std::move(need));
                }
            tree.goals.push_back(std::move(goal));
        }
    if (const json* dn = r.member(obj, ptr, "data_needed", Need::Required); dn && r.expect_object(*dn, ptr + "/data_needed"))
        for (auto it = dn->begin(); it != dn->end(); ++it) {
            int v = 0;
            if (r.read_int(*dn, ptr + "/data_needed", it.key().c_str(), v, 0, 4, Need::Required)) tree.data_needed[it.key()] = v;
        }
    if (const json* ss = r.member(obj, ptr, "sensitivities", Need::Required); ss && r.expect_array(*ss, ptr + "/sensitivities"))
        for (size_t k = 0; k < ss->size(); ++k) {
            const std::string sp = pointer_append(ptr + "/sensitivities", k);
            if (!r.expect_object((*ss)[k], sp)) continue;
            Sensitivity s;
            r.read_id((*ss)[k], sp, "id", s.id);
            r.read_string((*ss)[k], sp, "name", s.name, Need::Required);
            r.read_int((*ss)[k], sp, "penalty", s.penalty, 0, 4, Need::Required);
            tree.sensitivities.push_back(std::move(s));
        }
    if (const json* bs = r.member(obj, ptr, "beneficiaries", Need::Required); bs && r.expect_array(*bs, ptr + "/beneficiaries"))
        for (size_t k = 0; k < bs->size(); ++k) {
            const std::string bp = pointer_append(ptr + "/beneficiaries", k);
            if (!r.expect_object((*bs)[k], bp)) continue;
            Beneficiary b;
            r.read_id((*bs)[k], bp, "id", b.id);
            r.read_string((*bs)[k], bp, "name", b.name, Need::Required);
            r.read_bool((*bs)[k], bp, "customer_facing", b.customer_facing, Need::Required);
            tree.beneficiaries.push_back(std::move(b));
        }
}

// Every id the plan names exists; every catalogue item has a plan; no cycle.
void cross_check(JsonReader& r, const PlanData& plan, const Model& model, const Catalogue& catalogue) {
    for (const auto& item : catalogue.items)
        if (!plan.find_item(item.id)) r.fail("/items", "no plan entry for checklist item \"" + item.id + "\"");
    for (const auto& [id, ip] : plan.items) {
        const std::string p = pointer_append("/items", id);
        if (!catalogue.find_item(id)) r.fail(p, "\"" + id + "\" is not a checklist item");
        if (!plan.find_effort(ip.effort)) r.fail(p + "/effort", "unknown effort \"" + ip.effort + "\"");
        if (!plan.find_role(ip.owner)) r.fail(p + "/owner", "unknown role \"" + ip.owner + "\"");
        for (const auto& d : ip.depends_on)
            if (!catalogue.find_item(d)) r.fail(p + "/depends_on", "unknown item \"" + d + "\"");
    }
    // Depth-first search: 1 = on the current path, 2 = finished.
    std::map<std::string, int> state;
    std::function<bool(const std::string&)> acyclic = [&](const std::string& id) {
        int& s = state[id];
        if (s == 1) return false;
        if (s == 2) return true;
        s = 1;
        if (const ItemPlan* ip = plan.find_item(id))
            for (const auto& d : ip->depends_on)
                if (!acyclic(d)) {
                    state[id] = 2;
                    return false;
                }
        state[id] = 2;
        return true;
    };
    for (const auto& entry : plan.items)
        if (state[entry.first] == 0 && !acyclic(entry.first))
            r.fail(pointer_append("/items", entry.first) + "/depends_on", "dependency cycle through this item");
    for (const auto& g : plan.use_case_tree.goals)
        for (const auto& n : g.needs)
            if (!model.find_approach(n.approach))
                r.fail("/use_case_tree/goals", "\"" + n.approach + "\" is not an approach of the model");
    for (const auto& p : plan.poc_items)
        if (!catalogue.find_item(p)) r.fail("/poc_items", "unknown item \"" + p + "\"");
    if (plan.waves.size() != 4 || plan.waves[0].from_day != 0) r.fail("/waves", "must be four waves starting at day 0");
}

}  // namespace

Loaded<PlanData> load_plan_data(std::string_view text, const std::string& file_name, const Model& model,
                                const Catalogue& catalogue) {
    JsonReader r(file_name);
    const json doc = r.parse(text);
    if (r.failed()) return Loaded<PlanData>::failure(std::move(r.errors));
    if (!r.expect_object(doc, "")) return Loaded<PlanData>::failure(std::move(r.errors));
    PlanData plan;
    r.read_string(doc, "", "id", plan.id, Need::Required);
    r.read_string(doc, "", "version", plan.version, Need::Required);
    r.read_string(doc, "", "summary", plan.summary, Need::Required);
    if (const json* waves = r.member(doc, "", "waves", Need::Required); waves && r.expect_array(*waves, "/waves"))
        for (size_t k = 0; k < waves->size(); ++k) {
            const std::string p = pointer_append("/waves", k);
            if (!r.expect_object((*waves)[k], p)) continue;
            Wave w;
            r.read_id((*waves)[k], p, "id", w.id);
            r.read_string((*waves)[k], p, "name", w.name, Need::Required);
            r.read_int((*waves)[k], p, "from_day", w.from_day, 0, 10000, Need::Required);
            plan.waves.push_back(std::move(w));
        }
    r.read_string_array(doc, "", "poc_items", plan.poc_items, Need::Required, true);
    if (const json* roles = r.member(doc, "", "roles", Need::Required); roles && r.expect_array(*roles, "/roles"))
        for (size_t k = 0; k < roles->size(); ++k) {
            const std::string p = pointer_append("/roles", k);
            if (!r.expect_object((*roles)[k], p)) continue;
            Role role;
            r.read_id((*roles)[k], p, "id", role.id);
            r.read_string((*roles)[k], p, "name", role.name, Need::Required);
            r.read_string((*roles)[k], p, "summary", role.summary, Need::Required);
            plan.roles.push_back(std::move(role));
        }
    if (const json* efforts = r.member(doc, "", "efforts", Need::Required); efforts && r.expect_array(*efforts, "/efforts"))
        for (size_t k = 0; k < efforts->size(); ++k) {
            const std::string p = pointer_append("/efforts", k);
            const json& e = (*efforts)[k];
            if (!r.expect_object(e, p)) continue;
            Effort effort;
            r.read_string(e, p, "id", effort.id, Need::Required);
            r.read_string(e, p, "name", effort.name, Need::Required);
            r.read_string(e, p, "summary", effort.summary, Need::Required);
            r.read_int(e, p, "weeks", effort.weeks, 1, 52, Need::Required);
            const json* pw = r.member(e, p, "person_weeks", Need::Required);
            if (pw && pw->is_array() && pw->size() == 2 && (*pw)[0].is_number_integer() && (*pw)[1].is_number_integer())
                effort.person_weeks = {(*pw)[0].get<int>(), (*pw)[1].get<int>()};
            else if (pw)
                r.fail(p + "/person_weeks", "must be two integers [from, to]");
            plan.efforts.push_back(std::move(effort));
        }
    if (const json* items = r.member(doc, "", "items", Need::Required)) read_items(r, *items, "/items", plan);
    if (const json* tree = r.member(doc, "", "use_case_tree", Need::Required))
        read_tree(r, *tree, "/use_case_tree", plan.use_case_tree);
    if (!r.failed()) cross_check(r, plan, model, catalogue);
    if (r.failed()) return Loaded<PlanData>::failure(std::move(r.errors));
    return Loaded<PlanData>::success(std::move(plan));
}

Loaded<PlanData> builtin_plan_data(const Model& model, const Catalogue& catalogue) {
    return load_plan_data(embedded_data::plan_json(), "data/plan.json", model, catalogue);
}

}  // namespace caf
