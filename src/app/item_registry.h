// What ImGui drew this frame, item by item (label, rectangle, flags), collected
// through ImGui's own test-engine item hooks. The automation hook exposes it so
// browser tests can click "Next" by its label instead of by pixel coordinates,
// and the focus module walks it for Tab. Any labelled control drawn without one
// of the app's widgets still reaches the semantics tree from here, as a button.
#pragma once
#include <string>
#include <vector>

#include "imgui.h"

namespace app {
namespace sem { class Tree; struct Node; }

struct DrawnItem {
  unsigned id = 0;
  std::string label;
  ImVec2 min, max;      // device pixels
  bool checked = false;
  bool control = false;     // a control of the semantics tree (also when scrolled out of view)
  void* window = nullptr;   // the ImGuiWindow that drew it (for keyboard focus)
};

struct ItemRegistry {
  std::vector<DrawnItem> items;    // items of the last completed frame
  std::vector<DrawnItem> building; // items of the frame being drawn
  sem::Tree* semantics = nullptr;  // labelled controls go here too (widgets then refine them)

  void begin_frame() { items.swap(building); building.clear(); }
  // At the end of a frame: marks the items the semantics tree declared as controls. ImGui
  // labels only the items it drew; a control scrolled out of view is known from here.
  void mark_controls(const std::vector<sem::Node>& nodes);
  void install();                  // registers this with the current ImGui context
  const DrawnItem* find(unsigned id) const;
};

} // namespace app
