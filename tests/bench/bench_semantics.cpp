// app_bench: what the semantics tree costs per frame on a roadmap-sized screen (about
// 140 nodes: headings, lists of check boxes with long descriptions, texts, links),
// natively: building it as the widgets do, and the diff that decides what the DOM
// mirror gets. Not a test: it prints medians in microseconds.
//   app_bench [iterations]
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "app/semantics.h"

namespace {

using Clock = std::chrono::steady_clock;
using namespace app::sem;

struct Frame { float scroll = 0; int ticked = -1; bool counts_changed = false; };

// One frame of the roadmap as the widgets declare it (device px at dpr 1).
size_t build(Tree& t, const Frame& f) {
  t.begin_frame();
  t.set_title("Your AI adoption roadmap · AI Maturity Self-Assessment");
  t.begin_at(Role::Banner, "", Rect{0, 0, 1280, 52});
  for (int i = 0; i < 8; ++i) t.add(Role::Button, "Step " + std::to_string(i), Rect{float(30 + 90 * i), 9, 80, 34}, 100u + unsigned(i));
  t.end();
  t.begin_at(Role::Main, "", Rect{0, 52, 1268, 748});
  t.set_scroll(f.scroll, 4750);
  float y = 80 - f.scroll;
  t.add(Role::Heading, "Your AI adoption roadmap", Rect{218, y, 314, 30}).level = 1;
  y += 60;
  t.add(Role::Text, f.counts_changed ? "14 activities: 3 done" : "14 activities: 2 done", Rect{218, y, 600, 16});
  y += 40;
  unsigned id = 1000;
  for (int phase = 0; phase < 7; ++phase) {
    t.add(Role::Heading, "Phase " + std::to_string(phase), Rect{218, y, 200, 21}).level = 2;
    y += 40;
    t.begin(Role::List, "Phase " + std::to_string(phase));
    for (int item = 0; item < 3; ++item) {
      const int n = phase * 3 + item;
      t.begin(Role::ListItem);
      Node& box = t.add(Role::Checkbox, "Activity number " + std::to_string(n) + " of the checklist", Rect{235, y + 18, 400, 24},
                        id++, n == f.ticked ? Checked : 0);
      box.description = "Status: To do. Priority: Next. None of the answers that show this activity is done are at 3 or more "
                        "yet. Weight 2 x gap to target 1.5 x phase factor 1.0 gives 3.0.";
      t.add(Role::Text, "What this activity asks of the organization, in a sentence or two of plain words.", Rect{235, y + 50, 700, 32});
      t.add(Role::Link, "CAF guidance ↗", Rect{235, y + 90, 120, 24}, id++).value = "https://learn.microsoft.com/azure/cloud-adoption-framework/";
      t.add(Role::Button, "Add a note", Rect{365, y + 90, 90, 24}, id++);
      t.end();
      y += 140;
    }
    t.end();
  }
  t.end();
  return t.nodes().size();
}

double median_us(std::vector<double> xs) {
  std::sort(xs.begin(), xs.end());
  return xs[xs.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  const int iterations = argc > 1 ? std::max(10, std::atoi(argv[1])) : 2000;
  Tree t;
  size_t nodes = build(t, {});
  t.end_frame(1.0f);
  struct Case { const char* what; Frame (*frame)(int); };
  const Case cases[] = {
      {"nothing changed", [](int) { return Frame{}; }},
      {"scrolling (one pixel more each frame)", [](int i) { return Frame{float(i % 2000), -1, false}; }},
      {"a check box ticked and unticked", [](int i) { return Frame{0, i % 2 ? 4 : -1, false}; }},
      {"a text changed (the tree is republished)", [](int i) { return Frame{0, -1, i % 2 == 1}; }},
  };
  std::cout << "semantics tree, " << nodes << " nodes, median of " << iterations << " frames:\n";
  for (const Case& c : cases) {
    std::vector<double> build_us, diff_us;
    size_t bytes = 0;
    for (int i = 0; i < iterations; ++i) {
      const Frame f = c.frame(i);
      const auto t0 = Clock::now();
      build(t, f);
      const auto t1 = Clock::now();
      bytes += t.end_frame(1.0f).size();
      const auto t2 = Clock::now();
      build_us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
      diff_us.push_back(std::chrono::duration<double, std::micro>(t2 - t1).count());
    }
    std::cout << "  " << c.what << ": build " << median_us(build_us) << " us, diff " << median_us(diff_us)
              << " us, " << bytes / size_t(iterations) << " bytes published per frame\n";
  }
  return 0;
}
