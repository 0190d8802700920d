#pragma once
// The dated plan: every open checklist item of the roadmap put on a calendar,
// from a start date, with at most `capacity` items running at once (parallel
// tracks, default 2), in dated waves: days 0–30, 31–90, 91–180 and later
// (data/plan.json's waves; the offset is the item's start minus the plan's).
//
// What is scheduled: items to do and in progress (their priority decides the
// order), then the items to check (no answer covers them): each gets the small
// effort's length as "check whether it is done" work, after every open item
// of the same or higher urgency, because verifying must not push real gaps
// back. Done and not-applicable items are not scheduled, and they never
// block: only open prerequisites do (a prerequisite to check does not block
// either: nothing says it is missing).
//
// Order: Now, Next, Later, then items to check; within that the priority
// score (highest first), then CAF's phase order and the item's order. A
// prerequisite inherits the urgency of the most urgent item waiting for it
// (a Now item's prerequisite is planned as Now), and an item is placed only
// after all its open prerequisites: it starts the day after the last of them
// is due. Each item takes its effort's calendar weeks (S 2, M 4, L 8 in
// plan.json) on one track; an item goes on the track where it can start
// earliest, in any gap long enough.
//
// Overrides from the session pin dates: start and/or due (a start alone keeps
// the effort's length; a due alone ends there with the effort's length before
// it). A pinned item still occupies a track (when every track is busy then it
// is marked over_capacity) and is placed before the others; the owner
// override replaces the role from plan.json (a role id shows the role's name,
// anything else is shown as typed).
//
// reason, in plain words: "Starts right away." · "After <title> (due <date>)."
// · "When a track frees up (capacity 2)." · both · "Pinned by you." (with
// "starts before <title> is due" when a pin ignores a prerequisite).
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/plan_data.h"
#include "core/roadmap.h"

namespace caf {

constexpr int kDefaultCapacity = 2;
constexpr int kMaxCapacity = 12;

// Per-item choices the user made (session: checklist.items.<id>).
struct ItemOverride {
    std::string owner;       // a role id or free text; "" = plan.json's owner
    std::string start, due;  // ISO dates; "" = scheduled
};

struct PlanSettings {
    std::string start;               // ISO date; the caller passes today when the user set none
    int capacity = kDefaultCapacity; // clamped to 1..kMaxCapacity
};

enum class StartReason { RightAway, Dependency, Capacity, DependencyAndCapacity, Pinned };

struct ScheduledItem {
    const RoadmapItem* item = nullptr;
    const ItemPlan* plan = nullptr;    // never null for a scheduled item
    const Effort* effort = nullptr;    // plan->effort (S for a check)
    std::string owner_id;              // role id, or "" when the owner is free text
    std::string owner;                 // the role's name or the user's text
    bool owner_edited = false;
    bool check = false;                // an item to check, not a gap
    bool pinned = false;               // start or due set by the user
    bool over_capacity = false;        // pinned while every track was busy
    std::int64_t start_day = 0, due_day = 0;  // days since 1970-01-01; due is the last day of work
    std::string start, due;            // ISO
    int offset = 0;                    // start_day - plan start
    size_t wave = 0;                   // index into PlanData::waves
    int track = 0;                     // 0..capacity-1 (more when over capacity)
    StartReason reason_kind = StartReason::RightAway;
    std::string reason;                // plain words (see above)
    std::vector<std::string> waits_for;  // ids of the open prerequisites
    std::string poc_use_case;          // the PoC candidate, on plan.json's poc_items
};

struct PlanWave {
    const Wave* wave = nullptr;
    std::int64_t from_day = 0;                 // absolute day number
    std::vector<size_t> items;                 // indices into Plan::items, by start
};

struct Plan {
    bool ok = false;
    std::string error;              // why there is no plan (a bad start date)
    std::string start;              // ISO
    std::int64_t start_day = 0;
    int capacity = kDefaultCapacity;
    std::vector<ScheduledItem> items;  // by start day, then order of planning
    std::vector<PlanWave> waves;       // every wave of plan.json, possibly empty
    std::int64_t end_day = 0;          // the last due day ("" plan: start)
    std::string poc_use_case;

    const ScheduledItem* find(const std::string& item_id) const;
};

// "2 weeks", "1–2 person-weeks" for an effort.
std::string effort_text(const Effort& effort);

// `poc_use_case`: the portfolio's proof-of-concept candidate ("" if none);
// the PoC items name it. Pointers refer into roadmap and data (keep them alive).
Plan make_plan(const Roadmap& roadmap, const PlanData& data, const PlanSettings& settings,
               const std::map<std::string, ItemOverride>& overrides, const std::string& poc_use_case = "");

}  // namespace caf
