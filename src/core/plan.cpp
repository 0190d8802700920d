// The dated plan (plan.h): urgency, dependencies, tracks and waves.
#include "core/plan.h"

#include <algorithm>
#include <limits>
#include <tuple>
#include <utility>

#include "core/civil_date.h"

namespace caf {

namespace {

// [SECTION] Urgency

// Smaller is more urgent: priority rank, then score (higher first), then CAF's phase order and item order.
using Key = std::tuple<int, double, int, int>;

int rank_of(const RoadmapItem& i) {
    if (i.status == ItemStatus::Unverified) return 3;
    switch (i.priority) {
        case Priority::Now: return 0;
        case Priority::Next: return 1;
        case Priority::Later: return 2;
        case Priority::None: return 3;
    }
    return 3;
}

bool is_open(const RoadmapItem& i) {
    return i.status == ItemStatus::ToDo || i.status == ItemStatus::InProgress || i.status == ItemStatus::Unverified;
}

// [SECTION] Tracks

using Interval = std::pair<std::int64_t, std::int64_t>;  // first and last day, inclusive

bool overlaps(const std::vector<Interval>& busy, std::int64_t from, std::int64_t to) {
    for (const auto& b : busy)
        if (from <= b.second && b.first <= to) return true;
    return false;
}

// The first day >= earliest on which `days` days fit between the track's busy intervals.
std::int64_t first_fit(std::vector<Interval> busy, std::int64_t earliest, std::int64_t days) {
    std::sort(busy.begin(), busy.end());
    std::int64_t s = earliest;
    for (const auto& b : busy) {
        if (b.second < s) continue;
        if (s + days - 1 < b.first) return s;
        s = b.second + 1;
    }
    return s;
}

struct Open {
    const RoadmapItem* item = nullptr;
    const ItemPlan* plan = nullptr;
    Key own, eff;
    std::vector<size_t> prereqs;  // indices of open prerequisites that block
    bool placed = false;
};

std::string capacity_words(int capacity) { return "when a track frees up (capacity " + std::to_string(capacity) + ")"; }

}  // namespace

const ScheduledItem* Plan::find(const std::string& item_id) const {
    for (const auto& s : items)
        if (s.item && s.item->item->id == item_id) return &s;
    return nullptr;
}

std::string effort_text(const Effort& e) {
    const std::string pw = e.person_weeks[0] == e.person_weeks[1]
                               ? std::to_string(e.person_weeks[0])
                               : std::to_string(e.person_weeks[0]) + "\xE2\x80\x93" + std::to_string(e.person_weeks[1]);
    return e.name + " (" + pw + " person-weeks, " + std::to_string(e.weeks) + (e.weeks == 1 ? " week)" : " weeks)");
}

Plan make_plan(const Roadmap& roadmap, const PlanData& data, const PlanSettings& settings,
               const std::map<std::string, ItemOverride>& overrides, const std::string& poc_use_case) {
    Plan plan;
    plan.capacity = std::clamp(settings.capacity, 1, kMaxCapacity);
    plan.poc_use_case = poc_use_case;
    const auto start = parse_iso_day(settings.start);
    if (!start) {
        plan.error = settings.start.empty() ? std::string("Set the plan's start date (YYYY-MM-DD) to get dates and waves.")
                                            : "The plan needs a start date as YYYY-MM-DD, not \"" + settings.start + "\".";
        return plan;
    }
    plan.ok = true;
    plan.start_day = *start;
    plan.start = iso_day(*start);
    plan.end_day = *start;
    const Effort* check_effort = data.find_effort("S");

    // [SECTION] The open items and what blocks them
    std::vector<Open> open;
    std::map<std::string, size_t> index;
    int phase_no = 0;
    for (const auto& p : roadmap.phases) {
        for (const auto& i : p.items) {
            const ItemPlan* ip = data.find_item(i.item->id);
            if (!is_open(i) || !ip) continue;
            Open o;
            o.item = &i;
            o.plan = ip;
            o.own = {rank_of(i), -i.priority_score, phase_no, i.item->order};
            o.eff = o.own;
            index[i.item->id] = open.size();
            open.push_back(std::move(o));
        }
        ++phase_no;
    }
    for (auto& o : open) {
        if (o.item->status == ItemStatus::Unverified) continue;  // a check waits for nothing
        for (const auto& d : o.plan->depends_on) {
            const auto it = index.find(d);
            if (it != index.end() && open[it->second].item->status != ItemStatus::Unverified)
                o.prereqs.push_back(it->second);
        }
    }
    // A prerequisite is as urgent as the most urgent item waiting for it (the graph is acyclic,
    // so n rounds reach every ancestor).
    for (size_t round = 0; round < open.size(); ++round) {
        bool changed = false;
        for (const auto& o : open)
            for (size_t p : o.prereqs)
                if (o.eff < open[p].eff) {
                    open[p].eff = o.eff;
                    changed = true;
                }
        if (!changed) break;
    }

    std::vector<std::vector<Interval>> tracks(static_cast<size_t>(plan.capacity));
    std::vector<ScheduledItem> placed(open.size());
    auto scheduled = [&](size_t k) -> ScheduledItem& {
        ScheduledItem& s = placed[k];
        const Open& o = open[k];
        s.item = o.item;
        s.plan = o.plan;
        s.check = o.item->status == ItemStatus::Unverified;
        s.effort = s.check && check_effort ? check_effort : data.find_effort(o.plan->effort);
        s.owner_id = o.plan->owner;
        const Role* role = data.find_role(o.plan->owner);
        s.owner = role ? role->name : o.plan->owner;
        if (data.is_poc_item(o.item->item->id)) s.poc_use_case = poc_use_case;
        for (size_t p : o.prereqs) s.waits_for.push_back(open[p].item->item->id);
        const auto ov = overrides.find(o.item->item->id);
        if (ov != overrides.end() && !ov->second.owner.empty()) {
            s.owner_edited = true;
            const Role* chosen = data.find_role(ov->second.owner);
            s.owner_id = chosen ? chosen->id : "";
            s.owner = chosen ? chosen->name : ov->second.owner;
        }
        return s;
    };
    auto length = [&](const ScheduledItem& s) -> std::int64_t { return 7 * static_cast<std::int64_t>(s.effort ? s.effort->weeks : 1); };

    // [SECTION] Pinned items first: the user's dates stand
    std::vector<size_t> order;  // planning order
    for (size_t k = 0; k < open.size(); ++k) {
        const auto ov = overrides.find(open[k].item->item->id);
        if (ov == overrides.end()) continue;
        const auto ps = parse_iso_day(ov->second.start), pd = parse_iso_day(ov->second.due);
        if (!ps && !pd) continue;
        ScheduledItem& s = scheduled(k);
        const std::int64_t d = length(s);
        s.pinned = true;
        s.start_day = ps ? *ps : *pd - d + 1;
        s.due_day = pd ? std::max(*pd, s.start_day) : s.start_day + d - 1;
        size_t t = 0;
        while (t < tracks.size() && overlaps(tracks[t], s.start_day, s.due_day)) ++t;
        if (t == tracks.size()) {
            tracks.emplace_back();
            s.over_capacity = static_cast<int>(t) >= plan.capacity;
        }
        tracks[t].push_back({s.start_day, s.due_day});
        s.track = static_cast<int>(t);
        open[k].placed = true;
        order.push_back(k);
    }

    // [SECTION] Everything else: most urgent ready item first, on the track where it starts earliest
    for (;;) {
        size_t best = open.size();
        for (size_t k = 0; k < open.size(); ++k) {
            if (open[k].placed) continue;
            bool ready = true;
            for (size_t p : open[k].prereqs) ready = ready && open[p].placed;
            if (!ready) continue;
            if (best == open.size() || std::tie(open[k].eff, open[k].own) < std::tie(open[best].eff, open[best].own))
                best = k;
        }
        if (best == open.size()) break;
        ScheduledItem& s = scheduled(best);
        const std::int64_t d = length(s);
        std::int64_t earliest = plan.start_day;
        const ScheduledItem* binding = nullptr;
        for (size_t p : open[best].prereqs)
            if (placed[p].due_day + 1 > earliest) {
                earliest = placed[p].due_day + 1;
                binding = &placed[p];
            }
        std::int64_t start_day = std::numeric_limits<std::int64_t>::max();
        size_t track = 0;
        for (size_t t = 0; t < static_cast<size_t>(plan.capacity); ++t) {
            const std::int64_t f = first_fit(tracks[t], earliest, d);
            if (f < start_day) {
                start_day = f;
                track = t;
            }
        }
        s.start_day = start_day;
        s.due_day = start_day + d - 1;
        s.track = static_cast<int>(track);
        tracks[track].push_back({s.start_day, s.due_day});
        const std::string after =
            binding ? "after " + binding->item->item->title + " (due " + iso_day(binding->due_day) + ")" : "";
        if (start_day == plan.start_day) {
            s.reason_kind = StartReason::RightAway;
            s.reason = "Starts right away.";
        } else if (binding && start_day == earliest) {
            s.reason_kind = StartReason::Dependency;
            s.reason = "A" + after.substr(1) + ".";
        } else if (binding) {
            s.reason_kind = StartReason::DependencyAndCapacity;
            s.reason = "A" + after.substr(1) + ", then " + capacity_words(plan.capacity) + ".";
        } else {
            s.reason_kind = StartReason::Capacity;
            s.reason = "W" + capacity_words(plan.capacity).substr(1) + ".";
        }
        open[best].placed = true;
        order.push_back(best);
    }

    // Reasons of pinned items (their prerequisites are placed by now).
    for (size_t k = 0; k < open.size(); ++k) {
        ScheduledItem& s = placed[k];
        if (!s.pinned) continue;
        s.reason_kind = StartReason::Pinned;
        s.reason = "Pinned by you.";
        for (size_t p : open[k].prereqs)
            if (placed[p].due_day >= s.start_day) {
                s.reason += " It starts before " + placed[p].item->item->title + " is due (" + iso_day(placed[p].due_day) + ").";
                break;
            }
        if (s.over_capacity) s.reason += " Every track is busy then: this runs beyond the capacity.";
    }

    // [SECTION] Dates, waves and the final order
    std::vector<size_t> rank(open.size());
    for (size_t n = 0; n < order.size(); ++n) rank[order[n]] = n;
    std::vector<size_t> by_start = order;
    std::stable_sort(by_start.begin(), by_start.end(),
                     [&](size_t a, size_t b) { return std::tie(placed[a].start_day, rank[a]) < std::tie(placed[b].start_day, rank[b]); });
    for (const auto& w : data.waves) plan.waves.push_back({&w, plan.start_day + w.from_day, {}});
    for (size_t k : by_start) {
        ScheduledItem s = placed[k];
        s.start = iso_day(s.start_day);
        s.due = iso_day(s.due_day);
        s.offset = static_cast<int>(s.start_day - plan.start_day);
        s.wave = 0;
        for (size_t w = 0; w < data.waves.size(); ++w)
            if (data.waves[w].from_day <= s.offset) s.wave = w;
        plan.end_day = std::max(plan.end_day, s.due_day);
        if (s.wave < plan.waves.size()) plan.waves[s.wave].items.push_back(plan.items.size());
        plan.items.push_back(std::move(s));
    }
    return plan;
}

}  // namespace caf
