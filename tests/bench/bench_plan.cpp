// plan_bench: how long the dated plan and the use-case portfolio take.
// Not a test: it prints median / p90 in microseconds. Target (issue 13):
// planning 60 items and ranking 50 use cases together in at most 1 ms natively.
//   plan_bench [iterations]
// The 60 items are made up (the catalogue has 45): every priority, all three
// efforts, each item depending on one or two earlier ones, a few pinned; the
// 50 use cases walk every decision-tree path with every sensitivity.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <deque>
#include <iostream>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/format.h"
#include "core/model_loader.h"
#include "core/plan.h"
#include "core/plan_data.h"
#include "core/use_cases.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Synthetic {
    std::deque<caf::ChecklistItem> defs;
    caf::Roadmap roadmap;
    caf::PlanData data;
    std::map<std::string, caf::ItemOverride> pins;
};

void build(Synthetic& s, const caf::PlanData& real, int items) {
    s.data.efforts = real.efforts;
    s.data.roles = real.roles;
    s.data.waves = real.waves;
    s.roadmap.phases.resize(6);
    const char* efforts[] = {"S", "M", "L"};
    for (int i = 0; i < items; ++i) {
        caf::ChecklistItem d;
        d.id = "item_" + std::to_string(i);
        d.title = "Item " + std::to_string(i);
        d.order = i;
        s.defs.push_back(d);
        caf::RoadmapItem r;
        r.item = &s.defs.back();
        r.status = i % 11 == 10 ? caf::ItemStatus::Unverified : caf::ItemStatus::ToDo;
        r.priority = r.status == caf::ItemStatus::Unverified ? caf::Priority::None
                     : i % 5 == 0                            ? caf::Priority::Now
                     : i % 3 == 0                            ? caf::Priority::Next
                                                             : caf::Priority::Later;
        r.priority_score = static_cast<double>((i * 37) % 50) / 10.0;
        s.roadmap.phases[static_cast<size_t>(i * 6 / items)].items.push_back(r);
        caf::ItemPlan p;
        p.effort = efforts[i % 3];
        p.owner = real.roles[static_cast<size_t>(i) % real.roles.size()].id;
        if (i > 0) p.depends_on.push_back("item_" + std::to_string((i * 7) % i));
        if (i > 3) p.depends_on.push_back("item_" + std::to_string(i - 3));
        s.data.items[d.id] = p;
        if (i % 17 == 5) s.pins[d.id].start = "2027-03-0" + std::to_string(1 + i % 9);
    }
}

std::vector<caf::UseCase> use_cases(const caf::PlanData& real, int n) {
    std::vector<caf::UseCase> out;
    std::vector<std::pair<std::string, std::string>> paths;
    for (const auto& g : real.use_case_tree.goals)
        for (const auto& need : g.needs) paths.emplace_back(g.id, need.id);
    for (int i = 0; i < n; ++i) {
        caf::UseCase u;
        u.id = "uc_" + std::to_string(i);
        u.name = "Use case " + std::to_string(i);
        u.value = 1 + i % 5;
        u.goal = paths[static_cast<size_t>(i) % paths.size()].first;
        u.need = paths[static_cast<size_t>(i) % paths.size()].second;
        u.sensitivity = real.use_case_tree.sensitivities[static_cast<size_t>(i) % real.use_case_tree.sensitivities.size()].id;
        u.beneficiary = real.use_case_tree.beneficiaries[static_cast<size_t>(i) % real.use_case_tree.beneficiaries.size()].id;
        out.push_back(u);
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const int iterations = argc > 1 ? std::max(10, std::atoi(argv[1])) : 5000;
    const auto model = caf::builtin_model();
    const auto catalogue = model.ok() ? caf::builtin_catalogue(*model.value) : caf::Loaded<caf::Catalogue>{};
    const auto real = catalogue.ok() ? caf::builtin_plan_data(*model.value, *catalogue.value) : caf::Loaded<caf::PlanData>{};
    if (!real.ok()) {
        std::cerr << caf::errors_to_string(model.errors) << caf::errors_to_string(catalogue.errors)
                  << caf::errors_to_string(real.errors);
        return 1;
    }
    Synthetic s;
    build(s, *real.value, 60);
    const std::vector<caf::UseCase> cases = use_cases(*real.value, 50);
    caf::MaturityLevel level;
    level.level = 2;
    level.data = 2;

    size_t sink = 0;
    auto once = [&] {
        const caf::Portfolio p = caf::evaluate_portfolio(cases, *real.value, *model.value, level);
        const caf::Plan plan = caf::make_plan(s.roadmap, s.data, {"2027-01-04", 2}, s.pins,
                                              p.poc_candidate() ? p.poc_candidate()->use_case->name : "");
        return plan.items.size() + p.ranked.size() + static_cast<size_t>(plan.end_day % 7);
    };
    for (int i = 0; i < iterations / 10 + 10; ++i) sink += once();  // warm up
    std::vector<double> us;
    for (int i = 0; i < iterations; ++i) {
        const auto t0 = Clock::now();
        sink += once();
        us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
    }
    std::sort(us.begin(), us.end());
    const size_t n = us.size();
    const caf::Plan plan = caf::make_plan(s.roadmap, s.data, {"2027-01-04", 2}, s.pins);
    std::cout << "plan_bench: " << plan.items.size() << " items planned (capacity 2, " << s.pins.size()
              << " pinned, ends " << caf::iso_day(plan.end_day) << "), " << cases.size() << " use cases ranked\n";
    std::cout << "plan + portfolio: median " << caf::format_fixed(us[n / 2], 1) << " us, p90 "
              << caf::format_fixed(us[std::min(n - 1, n * 9 / 10)], 1) << " us, max "
              << caf::format_fixed(us.back(), 1) << " us (" << iterations << " iterations; target <= 1000 us)\n";
    std::cout << "(checksum " << sink % 1000 << ")\n";
    return 0;
}
