// The semantics tree: what is on screen for assistive technology, rebuilt every
// frame by the widgets (widgets.h declare it; screens get it by using them) and
// published to the platform only when it changed. The browser mirrors it into
// real DOM elements over the canvas (src/platform/web/dom_mirror.js).
//
// Plain C++ (no ImGui): rectangles come in as device pixels, already measured.
// Coordinates go out in CSS pixels relative to the parent node (to the content
// of a scrolling node), so scrolling changes one number, not every node.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace app::sem {

enum class Role : std::uint8_t {
  Banner, Navigation, Main, Region, Group,      // landmarks and groups
  Heading, Text, Status, ProgressBar,           // content
  Button, Link, Checkbox, Radio, RadioGroup,    // controls
  List, ListItem, Table, Row, ColumnHeader, RowHeader, Cell,
  Dialog,
};
const char* role_id(Role role);                // "button", "heading", … (the mirror's vocabulary)

enum State : std::uint16_t {
  Checked = 1 << 0,
  Selected = 1 << 1,
  Disabled = 1 << 2,
  Expanded = 1 << 3,
  Collapsed = 1 << 4,
  Current = 1 << 5,      // the current page / step / item of a set
  Pressed = 1 << 6,      // a toggle button that is on
  Modal = 1 << 7,        // a dialog that keeps the rest inert
  Hidden = 1 << 8,       // in the tree for structure, not read (e.g. a decorative group)
};

struct Rect { float x = 0, y = 0, w = 0, h = 0; };   // device pixels on the way in

struct Node {
  std::uint32_t key = 0;     // the same node keeps its key from frame to frame
  int parent = -1;           // index in Tree::nodes (-1: the root)
  Role role = Role::Text;
  std::uint8_t level = 0;    // headings 1–3
  std::uint16_t state = 0;
  std::string name, description, value;   // value: a link's address, a progress bar's "40 %"
  float value_now = -1;      // progress bars: 0…100 (-1: none)
  Rect rect;                 // device pixels, on screen
  float scroll = 0;          // scrolling nodes: how far the content is scrolled (device px)
  float content_height = 0;  // scrolling nodes: the content's height (device px)
  std::uint32_t control = 0; // the control's id (focus and activation); 0 for content
  bool has_rect = false;     // containers without one take their children's bounds
};

bool same(const Node& a, const Node& b);   // everything the mirror shows is equal

// Where the mirror places a node: CSS px relative to its parent (to the content of a
// scrolling parent); a scrolling node's offset and content height.
struct Placed { float x = 0, y = 0, w = 0, h = 0, scroll = 0, content = 0; };

class Tree {
public:
  // ---- Building (one frame) ------------------------------------------------------
  void begin_frame();
  void set_enabled(bool on) { enabled_ = on; }   // off: nothing is built (to measure the cost)
  // A container; children follow until end(). A container without a rect spans its children.
  void begin(Role role, std::string_view name = {}, std::uint16_t state = 0);
  void begin_at(Role role, std::string_view name, Rect rect, std::uint16_t state = 0);
  void end();
  // A node that sits at the top level whatever is open (dialogs, popups).
  void begin_top_level(Role role, std::string_view name, Rect rect, std::uint16_t state = 0);
  // A leaf: content or a control (`control` != 0 makes it focusable and clickable).
  Node& add(Role role, std::string_view name, Rect rect, std::uint32_t control = 0, std::uint16_t state = 0);
  // A control: the node the item hooks added for `control` a moment ago (see
  // item_registry.cpp) is updated, else a new one is added.
  Node& control(Role role, std::string_view name, Rect rect, std::uint32_t control, std::uint16_t state = 0);
  void set_scroll(float scroll, float content_height);   // the open container scrolls
  Node* last();                              // the last node added (to add a description)
  // While hidden, content nodes are left out and controls stay (e.g. a chart whose
  // table is declared separately keeps its buttons).
  void push_hidden() { ++hidden_; }
  void pop_hidden() { --hidden_; }
  bool hidden() const { return hidden_ > 0; }

  void set_title(std::string title) { title_ = std::move(title); }
  void set_lang(std::string lang) { lang_ = std::move(lang); }
  void set_focus(std::uint32_t control) { focus_ = control; }

  // ---- Publishing ----------------------------------------------------------------
  // Finishes the frame; returns the patch for the mirror (JSON, see dom_mirror.js),
  // or "" when nothing the mirror shows changed since the last published frame.
  std::string end_frame(float dpr);

  const std::vector<Node>& nodes() const { return nodes_; }          // while building
  size_t published_size() const { return published_.size(); }
  std::string snapshot(float dpr) const;     // the whole tree as JSON (tests, automation)

private:
  int open_parent() const { return stack_.empty() ? -1 : stack_.back(); }
  std::uint32_t make_key(int parent, Role role, std::string_view discriminator);
  void close_bounds(int index);

  // Where the mirror placed each node (CSS px, by key): a node that moved by less than
  // kJitter stays where it was (ImGui truncates positions towards zero, so content
  // scrolled above the window's top edge shifts by a pixel as it goes).
  static constexpr float kJitter = 1.5f;
  static constexpr float kMaxDrift = 24.0f;  // CSS px a scrolling node's children may drift together
  void absorb_drift(std::vector<Placed>& now, const std::vector<const Placed*>& before) const;
  std::vector<Node> nodes_, published_;
  std::vector<Placed> placed_;               // where published_[i] was placed
  std::vector<int> stack_;
  std::vector<std::uint32_t> used_keys_;
  int hidden_ = 0;
  bool enabled_ = true;
  Node scratch_;                             // what add() hands out while nothing is built
  std::string title_, lang_ = "en", published_title_, published_lang_;
  std::uint32_t focus_ = 0, published_focus_ = 0;
  float last_dpr_ = 1.0f;
  bool ever_published_ = false;
};

}  // namespace app::sem
