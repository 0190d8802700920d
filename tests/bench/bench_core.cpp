// core_bench: how long score + checklist generation take over the full model.
// Not a test: it prints median / p90 in microseconds (target: median <= 200 us).
//   core_bench [iterations]
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "core/assessment.h"
#include "core/autosave.h"
#include "core/format.h"
#include "core/history.h"
#include "core/model_loader.h"
#include "core/report.h"
#include "core/session_io.h"
#include "core/session_sync.h"

namespace {

using Clock = std::chrono::steady_clock;

// Every question answered with a spread of values (N/A where allowed, now and then).
caf::Session full_session(const caf::Model& model, bool enterprise) {
    caf::Session s = caf::new_session(model);
    s.profile = enterprise ? std::map<std::string, std::string>{{"org_type", "enterprise"},
                                                               {"org_size", "s1001_5000"},
                                                               {"ai_approach", "mixed"},
                                                               {"regulated", "regulated"},
                                                               {"workloads", "w2_5"}}
                           : std::map<std::string, std::string>{{"org_type", "startup"},
                                                               {"org_size", "s1_50"},
                                                               {"ai_approach", "paas"},
                                                               {"regulated", "no"},
                                                               {"workloads", "w1"}};
    int i = 0;
    for (const auto& p : model.phases)
        for (const auto& d : p.dimensions)
            for (const auto& q : d.questions) {
                ++i;
                if (q.allow_na && i % 7 == 0)
                    s.set_answer(q.id, caf::Answer::not_applicable());
                else
                    s.set_answer(q.id, caf::Answer::of((i * 3) % 5));
            }
    return s;
}

struct Stats {
    double median, p90, min, mean;
};

Stats measure(int iterations, const std::function<size_t()>& work, size_t& sink) {
    for (int i = 0; i < iterations / 10 + 10; ++i) sink += work();  // warm up
    std::vector<double> us;
    us.reserve(static_cast<size_t>(iterations));
    for (int i = 0; i < iterations; ++i) {
        const auto t0 = Clock::now();
        sink += work();
        const auto t1 = Clock::now();
        us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    std::sort(us.begin(), us.end());
    double sum = 0.0;
    for (double v : us) sum += v;
    const size_t n = us.size();
    return {us[n / 2], us[std::min(n - 1, (n * 9) / 10)], us.front(), sum / static_cast<double>(n)};
}

void print(const std::string& name, const Stats& s, int iterations) {
    std::cout << name << ": median " << caf::format_fixed(s.median, 1) << " us, p90 " << caf::format_fixed(s.p90, 1)
              << " us, min " << caf::format_fixed(s.min, 1) << " us, mean " << caf::format_fixed(s.mean, 1)
              << " us (" << iterations << " iterations)\n";
}

}  // namespace

int main(int argc, char** argv) {
    const int iterations = argc > 1 ? std::max(10, std::atoi(argv[1])) : 5000;
    const auto model = caf::builtin_model();
    if (!model.ok()) {
        std::cerr << caf::errors_to_string(model.errors);
        return 1;
    }
    const auto catalogue = caf::builtin_catalogue(*model.value);
    if (!catalogue.ok()) {
        std::cerr << caf::errors_to_string(catalogue.errors);
        return 1;
    }
    const caf::Model& m = *model.value;
    const caf::Catalogue& c = *catalogue.value;
    std::cout << "core_bench: " << m.question_count() << " questions, " << c.items.size() << " checklist items\n";

    size_t sink = 0;
    for (bool enterprise : {true, false}) {
        const caf::Session s = full_session(m, enterprise);
        const Stats st = measure(
            iterations,
            [&] {
                const caf::Assessment a = caf::assess(m, c, s);
                return static_cast<size_t>(a.roadmap.counts.now) + a.scores.phases.size();
            },
            sink);
        const caf::Assessment a = caf::assess(m, c, s);
        size_t listed = 0;
        for (const auto& phase : a.roadmap.phases) listed += phase.items.size();
        print(std::string("score + generate (") + (enterprise ? "enterprise, " : "startup, ") + std::to_string(listed) +
                  " items)",
              st, iterations);
    }

    // For context: the other per-change costs the app pays.
    const caf::Session s = full_session(m, true);
    const std::string text = caf::serialize_session(s);
    print("parse session", measure(iterations / 5, [&] {
        return caf::parse_session(text, "s.json", m, c).errors.size();
    }, sink), iterations / 5);
    const caf::Assessment a = caf::assess(m, c, s);
    print("markdown report", measure(iterations / 5, [&] { return caf::report_markdown(m, c, s, a).size(); }, sink),
          iterations / 5);
    print("load model + checklist", measure(iterations / 50, [&] {
        const auto mm = caf::builtin_model();
        return caf::builtin_catalogue(*mm.value).errors.size();
    }, sink), iterations / 50);
    // A save with several tabs open: read the stored envelope, merge it per field.
    caf::Session stamped = s;
    std::int64_t t = 1764619925123;
    for (const auto& [key, value] : caf::session_fields(s)) caf::stamp(stamped, key, t++);
    caf::Autosave env;
    env.session = stamped;
    const std::string stored = caf::serialize_autosave(env);
    print("autosave read + merge (parse stored, merge_newest)", measure(iterations / 5, [&] {
        const auto read = caf::parse_autosave(stored, m, c);
        return caf::merge_newest(stamped, read.value->session).answers.size();
    }, sink), iterations / 5);
    print("merge_newest alone", measure(iterations / 5, [&] {
        return caf::merge_newest(stamped, stamped).answers.size();
    }, sink), iterations / 5);
    // Earlier versions: what one snapshot of a fully answered session costs in storage.
    caf::History one, full;
    caf::add_snapshot(one, caf::make_snapshot(stamped, t, "2026-12-01T10:00:00Z"));
    for (int i = 0; i < 20; ++i) {
        caf::Session v = stamped;
        v.notes[v.answers.begin()->first] = "version " + std::to_string(i);
        caf::add_snapshot(full, caf::make_snapshot(v, t + i, "2026-12-01T10:00:00Z"));
    }
    const std::string history_text = caf::serialize_history(full);
    std::cout << "history: one snapshot of a full session " << caf::serialize_history(one).size() << " bytes, "
              << full.snapshots.size() << " snapshots " << history_text.size() << " bytes (limit "
              << caf::HistoryLimits{}.max_bytes << ")\n";
    print("history read (20 full snapshots)", measure(std::max(1, iterations / 100), [&] {
        return caf::parse_history(history_text, m, c).history.snapshots.size();
    }, sink), std::max(1, iterations / 100));
    std::cout << "(checksum " << sink % 1000 << ")\n";
    return 0;
}
