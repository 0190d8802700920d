// The semantics tree: keys stay the same from frame to frame, containers span
// their children, coordinates are relative (to the content when scrolling),
// and a frame is published only when something the mirror shows changed.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "app/semantics.h"

using namespace app::sem;
using json = nlohmann::json;

namespace {

// One frame of a small screen: a main region scrolled by `scroll`, a heading,
// a list of two checkboxes and a button.
std::string frame(Tree& t, float scroll, bool second_checked = false, const char* title = "Roadmap") {
  t.begin_frame();
  t.set_title(title);
  t.begin_at(Role::Main, "", Rect{0, 100, 800, 600});
  t.set_scroll(scroll, 2000);
  t.add(Role::Heading, "Your roadmap", Rect{20, 120 - scroll, 300, 40}).level = 1;
  t.begin(Role::List, "Strategy");
  t.begin(Role::ListItem);
  t.add(Role::Checkbox, "Define the AI strategy", Rect{20, 200 - scroll, 400, 30}, 11);
  t.end();
  t.begin(Role::ListItem);
  t.add(Role::Checkbox, "Pick use cases", Rect{20, 260 - scroll, 400, 30}, 12, second_checked ? Checked : 0);
  t.end();
  t.end();
  t.add(Role::Button, "Back to the results", Rect{20, 320 - scroll, 200, 40}, 13);
  t.end();
  return t.end_frame(1.0f);
}

json nodes_of(const std::string& patch) { return json::parse(patch).at("nodes"); }

const json* by_name(const json& nodes, const std::string& name) {
  for (const json& n : nodes)
    if (n.value("n", "") == name) return &n;
  return nullptr;
}

}  // namespace

TEST_CASE("the first frame publishes the whole tree in reading order", "[semantics]") {
  Tree t;
  const std::string patch = frame(t, 0);
  const json p = json::parse(patch);
  CHECK(p.at("full") == true);
  CHECK(p.at("title") == "Roadmap");
  const json& nodes = p.at("nodes");
  REQUIRE(nodes.size() == 8);
  CHECK(nodes[0].at("r") == "main");
  CHECK(nodes[1].at("r") == "heading");
  CHECK(nodes[1].at("l") == 1);
  CHECK(nodes[2].at("r") == "list");
  CHECK(nodes[7].at("r") == "button");
  CHECK(nodes[7].at("c") == 13);
  // Children name their parent by key.
  CHECK(nodes[3].at("p") == nodes[2].at("k"));
  CHECK(nodes[4].at("p") == nodes[3].at("k"));
}

TEST_CASE("containers span their children, coordinates are relative to the parent", "[semantics]") {
  Tree t;
  const json nodes = nodes_of(frame(t, 0));
  const json& list = nodes[2];
  CHECK(list.at("x") == 20);
  CHECK(list.at("y") == 100);          // 200 - the main region's top (100)
  CHECK(list.at("h") == 90);           // 200 … 290
  const json& first = *by_name(nodes, "Define the AI strategy");
  CHECK(first.at("x") == 0);           // relative to its list item
  CHECK(first.at("y") == 0);
  CHECK(nodes[0].at("ch") == 2000);    // the scrolling region says how tall its content is
}

TEST_CASE("an unchanged frame publishes nothing", "[semantics]") {
  Tree t;
  frame(t, 0);
  CHECK(frame(t, 0).empty());
  CHECK(frame(t, 0).empty());
}

TEST_CASE("scrolling changes one node: the scrolling region", "[semantics]") {
  Tree t;
  frame(t, 0);
  const json p = json::parse(frame(t, 150));
  CHECK(p.at("full") == false);
  REQUIRE(p.at("nodes").size() == 1);
  CHECK(p.at("nodes")[0].at("r") == "main");
  CHECK(p.at("nodes")[0].at("sy") == 150);
}

TEST_CASE("a changed state sends that node only, with the same key", "[semantics]") {
  Tree t;
  const json first = nodes_of(frame(t, 0));
  const json p = json::parse(frame(t, 0, /*second_checked=*/true));
  CHECK(p.at("full") == false);
  REQUIRE(p.at("nodes").size() == 1);
  CHECK(p.at("nodes")[0].at("n") == "Pick use cases");
  CHECK(p.at("nodes")[0].at("s") == int(Checked));
  CHECK(p.at("nodes")[0].at("k") == by_name(first, "Pick use cases")->at("k"));
}

TEST_CASE("a new title alone is published, without nodes", "[semantics]") {
  Tree t;
  frame(t, 0);
  const json p = json::parse(frame(t, 0, false, "Results"));
  CHECK(p.at("title") == "Results");
  CHECK(p.at("nodes").empty());
}

TEST_CASE("a changed structure republishes the tree, keys of what stayed are kept", "[semantics]") {
  Tree t;
  const json before = nodes_of(frame(t, 0));
  t.begin_frame();
  t.begin_at(Role::Main, "", Rect{0, 100, 800, 600});
  t.set_scroll(0, 2000);
  t.add(Role::Heading, "Your roadmap", Rect{20, 120, 300, 40}).level = 1;
  t.add(Role::Text, "New text", Rect{20, 170, 300, 20});
  t.end();
  const json p = json::parse(t.end_frame(1.0f));
  CHECK(p.at("full") == true);
  CHECK(by_name(p.at("nodes"), "Your roadmap")->at("k") == by_name(before, "Your roadmap")->at("k"));
}

TEST_CASE("equal texts under one parent get distinct, stable keys", "[semantics]") {
  Tree t;
  auto draw = [&] {
    t.begin_frame();
    t.begin(Role::Group, "g");
    t.add(Role::Text, "—", Rect{0, 0, 10, 10});
    t.add(Role::Text, "—", Rect{0, 20, 10, 10});
    t.end();
    return nodes_of(t.end_frame(1.0f));
  };
  const json a = draw();
  CHECK(a[1].at("k") != a[2].at("k"));
  t.begin_frame();   // force a full publish next time
  t.end_frame(1.0f);
  const json b = draw();
  CHECK(a[1].at("k") == b[1].at("k"));
  CHECK(a[2].at("k") == b[2].at("k"));
}

TEST_CASE("hidden content leaves text out and keeps controls", "[semantics]") {
  Tree t;
  t.begin_frame();
  t.push_hidden();
  t.add(Role::Text, "51.9 · L2 → L3", Rect{0, 0, 100, 20});
  t.add(Role::Button, "Raise the target level for Strategy", Rect{100, 0, 24, 24}, 7);
  t.pop_hidden();
  const json nodes = nodes_of(t.end_frame(1.0f));
  REQUIRE(nodes.size() == 1);
  CHECK(nodes[0].at("r") == "button");
}

TEST_CASE("dialogs sit at the top level whatever is open", "[semantics]") {
  Tree t;
  t.begin_frame();
  t.begin_at(Role::Main, "", Rect{0, 100, 800, 600});
  t.begin_top_level(Role::Dialog, "Replace your answers?", Rect{200, 200, 400, 200}, Modal);
  t.add(Role::Button, "Keep my answers", Rect{220, 350, 150, 34}, 5);
  t.end();
  t.add(Role::Text, "after the dialog", Rect{0, 120, 100, 20});
  t.end();
  const json nodes = nodes_of(t.end_frame(2.0f));
  REQUIRE(nodes.size() == 4);
  CHECK(nodes[1].at("r") == "dialog");
  CHECK(nodes[1].at("p") == 0);                       // not inside main
  CHECK(nodes[1].at("x") == 100);                     // device px / 2
  CHECK(nodes[2].at("p") == nodes[1].at("k"));
  CHECK(nodes[3].at("p") == nodes[0].at("k"));        // main continues after it
}

TEST_CASE("focus is published when it moves", "[semantics]") {
  Tree t;
  frame(t, 0);
  t.begin_frame();
  t.set_focus(12);
  t.set_title("Roadmap");
  t.begin_at(Role::Main, "", Rect{0, 100, 800, 600});
  t.end();
  const json p = json::parse(t.end_frame(1.0f));
  CHECK(p.at("focus") == 12);
}

TEST_CASE("a pixel of layout jitter is not a change, a real move is", "[semantics]") {
  Tree t;
  // One line jitters or moves; the two around it stay where they are.
  auto draw = [&](float y) {
    t.begin_frame();
    t.begin_at(Role::Main, "", Rect{0, 100, 800, 600});
    t.set_scroll(0, 2000);
    t.add(Role::Text, "Above", Rect{20, 110, 300, 8});
    t.add(Role::Text, "Scrolled above the top", Rect{20, y, 300, 20});
    t.add(Role::Text, "Below", Rect{20, 400, 300, 20});
    t.end();
    return t.end_frame(1.0f);
  };
  draw(120);
  CHECK(draw(121).empty());           // ImGui truncating a negative position towards zero
  CHECK(draw(120).empty());
  const json p = json::parse(draw(130));
  REQUIRE(p.at("nodes").size() == 1);  // the line that moved, nothing else (not the scroll offset)
  CHECK(p.at("nodes")[0].at("n") == "Scrolled above the top");
  CHECK(p.at("nodes")[0].at("y") == 30);
  CHECK(draw(131).empty());           // anchored at the new place
}

TEST_CASE("children drifting together go into the scroll offset, not into every child", "[semantics]") {
  Tree t;
  auto draw = [&](float scroll, float drift) {
    t.begin_frame();
    t.begin_at(Role::Main, "", Rect{0, 100, 800, 600});
    t.set_scroll(scroll, 3000);
    for (int i = 0; i < 6; ++i)
      t.add(Role::Text, "line " + std::to_string(i), Rect{20, 120 + 40.0f * float(i) - scroll + drift, 300, 20});
    t.end();
    return t.end_frame(1.0f);
  };
  draw(0, 0);
  // Scrolled 80 px, and everything came out 3 px lower (ImGui's truncation above the top).
  const json p = json::parse(draw(80, 3));
  REQUIRE(p.at("nodes").size() == 1);
  CHECK(p.at("nodes")[0].at("r") == "main");
  CHECK(p.at("nodes")[0].at("sy") == 77);   // the mirror scrolls 77: each line lands where the canvas draws it
  CHECK(draw(80, 3).empty());
}
