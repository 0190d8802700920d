#include "app/semantics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_set>

namespace app::sem {

const char* role_id(Role role) {
  switch (role) {
    case Role::Banner: return "banner";
    case Role::Navigation: return "navigation";
    case Role::Main: return "main";
    case Role::Region: return "region";
    case Role::Group: return "group";
    case Role::Heading: return "heading";
    case Role::Text: return "text";
    case Role::Status: return "status";
    case Role::ProgressBar: return "progressbar";
    case Role::Button: return "button";
    case Role::Link: return "link";
    case Role::Checkbox: return "checkbox";
    case Role::Radio: return "radio";
    case Role::RadioGroup: return "radiogroup";
    case Role::List: return "list";
    case Role::ListItem: return "listitem";
    case Role::Table: return "table";
    case Role::Row: return "row";
    case Role::ColumnHeader: return "columnheader";
    case Role::RowHeader: return "rowheader";
    case Role::Cell: return "cell";
    case Role::Dialog: return "dialog";
  }
  return "text";
}

static bool is_content(Role r) {
  return r == Role::Text || r == Role::Heading || r == Role::Status || r == Role::ProgressBar;
}

// [SECTION] Building ------------------------------------------------------------------

void Tree::begin_frame() {
  nodes_.clear();
  stack_.clear();
  used_keys_.clear();
  hidden_ = 0;
  focus_ = 0;
}

// FNV-1a over the parent's key, the role and what tells siblings apart; a key
// already taken this frame (two equal texts) is probed on, in drawing order.
std::uint32_t Tree::make_key(int parent, Role role, std::string_view discriminator) {
  std::uint32_t h = 2166136261u;
  auto mix = [&h](std::uint32_t v) {
    for (int i = 0; i < 4; ++i) { h ^= (v >> (i * 8)) & 0xffu; h *= 16777619u; }
  };
  mix(parent >= 0 ? nodes_[size_t(parent)].key : 0u);
  mix(std::uint32_t(role));
  for (char c : discriminator) { h ^= std::uint8_t(c); h *= 16777619u; }
  if (h == 0) h = 1;
  while (std::find(used_keys_.begin(), used_keys_.end(), h) != used_keys_.end()) h = h * 16777619u + 1u;
  used_keys_.push_back(h);
  return h;
}

void Tree::begin(Role role, std::string_view name, std::uint16_t state) {
  if (!enabled_) return;
  Node n;
  n.role = role;
  n.name = std::string(name);
  n.state = state;
  n.parent = open_parent();
  n.key = make_key(n.parent, role, name);
  nodes_.push_back(std::move(n));
  stack_.push_back(int(nodes_.size()) - 1);
}

void Tree::begin_at(Role role, std::string_view name, Rect rect, std::uint16_t state) {
  if (!enabled_) return;
  begin(role, name, state);
  nodes_.back().rect = rect;
  nodes_.back().has_rect = true;
}

void Tree::begin_top_level(Role role, std::string_view name, Rect rect, std::uint16_t state) {
  if (!enabled_) return;
  std::vector<int> saved;
  saved.swap(stack_);
  begin_at(role, name, rect, state);
  // The rest of the stack comes back at end(): remember it under the new node.
  saved.push_back(stack_.back());
  stack_.swap(saved);
}

void Tree::close_bounds(int index) {
  Node& n = nodes_[size_t(index)];
  if (n.has_rect) return;
  float x0 = 1e30f, y0 = 1e30f, x1 = -1e30f, y1 = -1e30f;
  for (size_t i = size_t(index) + 1; i < nodes_.size(); ++i) {
    const Node& c = nodes_[i];
    if (c.parent != index || !c.has_rect || (c.rect.w <= 0 && c.rect.h <= 0)) continue;
    x0 = std::min(x0, c.rect.x);
    y0 = std::min(y0, c.rect.y);
    x1 = std::max(x1, c.rect.x + c.rect.w);
    y1 = std::max(y1, c.rect.y + c.rect.h);
  }
  if (x1 >= x0) n.rect = Rect{x0, y0, x1 - x0, y1 - y0};
  n.has_rect = true;
}

void Tree::end() {
  if (stack_.empty()) return;
  close_bounds(stack_.back());
  stack_.pop_back();
}

Node& Tree::add(Role role, std::string_view name, Rect rect, std::uint32_t control, std::uint16_t state) {
  if (!enabled_ || (hidden_ > 0 && control == 0 && is_content(role))) {
    scratch_ = Node{};
    return scratch_;
  }
  Node n;
  n.role = role;
  n.name = std::string(name);
  n.rect = rect;
  n.has_rect = true;
  n.control = control;
  n.state = state;
  n.parent = open_parent();
  if (control != 0) {
    char id[16];
    std::snprintf(id, sizeof id, "#%08x", control);
    n.key = make_key(n.parent, Role::Button, id);   // whatever role it is declared with
  } else {
    n.key = make_key(n.parent, role, name);
  }
  nodes_.push_back(std::move(n));
  return nodes_.back();
}

Node& Tree::control(Role role, std::string_view name, Rect rect, std::uint32_t id, std::uint16_t state) {
  if (enabled_ && !nodes_.empty() && id != 0 && nodes_.back().control == id && nodes_.back().parent == open_parent()) {
    Node& n = nodes_.back();
    n.role = role;
    n.name = std::string(name);
    n.rect = rect;
    n.state = state;
    return n;
  }
  return add(role, name, rect, id, state);
}

void Tree::set_scroll(float scroll, float content_height) {
  if (stack_.empty()) return;
  nodes_[size_t(stack_.back())].scroll = scroll;
  nodes_[size_t(stack_.back())].content_height = content_height;
}

Node* Tree::last() { return !enabled_ || nodes_.empty() ? &scratch_ : &nodes_.back(); }

// [SECTION] Publishing ----------------------------------------------------------------

namespace {

float css(float device_px, float dpr) { return std::round(device_px / dpr * 2.0f) / 2.0f; }

// CSS pixels relative to the parent (to its content when it scrolls), rounded to half
// a pixel so layout noise does not count as change.
std::vector<Placed> place(const std::vector<Node>& nodes, float dpr) {
  std::vector<Placed> out(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) {
    const Node& n = nodes[i];
    float ox = 0, oy = 0;
    if (n.parent >= 0) {
      const Node& p = nodes[size_t(n.parent)];
      ox = p.rect.x;
      oy = p.rect.y - p.scroll;
    }
    out[i] = Placed{css(n.rect.x - ox, dpr), css(n.rect.y - oy, dpr), css(n.rect.w, dpr), css(n.rect.h, dpr),
                    css(n.scroll, dpr), css(n.content_height, dpr)};
  }
  return out;
}

bool near(float a, float b, float slack) { return std::fabs(a - b) <= slack; }

// Moved by no more than the jitter (the scroll offset must be exact: the canvas shows it).
bool same_place(const Placed& a, const Placed& b, float slack) {
  return near(a.x, b.x, slack) && near(a.y, b.y, slack) && near(a.w, b.w, slack) && near(a.h, b.h, slack) &&
         a.scroll == b.scroll && near(a.content, b.content, slack);
}

void json_string(std::string& out, std::string_view s) {
  out += '"';
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char esc[8];
          std::snprintf(esc, sizeof esc, "\\u%04x", c);
          out += esc;
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void json_number(std::string& out, float v) {
  char buf[32];
  if (v == std::floor(v)) std::snprintf(buf, sizeof buf, "%.0f", double(v));
  else std::snprintf(buf, sizeof buf, "%.1f", double(v));
  out += buf;
}

void json_node(std::string& out, const std::vector<Node>& nodes, size_t i, const Placed& p) {
  const Node& n = nodes[i];
  out += "{\"k\":";
  out += std::to_string(n.key);
  out += ",\"p\":";
  out += std::to_string(n.parent >= 0 ? nodes[size_t(n.parent)].key : 0u);
  out += ",\"r\":\"";
  out += role_id(n.role);
  out += '"';
  if (!n.name.empty()) { out += ",\"n\":"; json_string(out, n.name); }
  if (!n.description.empty()) { out += ",\"d\":"; json_string(out, n.description); }
  if (!n.value.empty()) { out += ",\"v\":"; json_string(out, n.value); }
  if (n.value_now >= 0) { out += ",\"vn\":"; json_number(out, n.value_now); }
  if (n.level) { out += ",\"l\":"; out += std::to_string(n.level); }
  if (n.state) { out += ",\"s\":"; out += std::to_string(n.state); }
  if (n.control) { out += ",\"c\":"; out += std::to_string(n.control); }
  out += ",\"x\":"; json_number(out, p.x);
  out += ",\"y\":"; json_number(out, p.y);
  out += ",\"w\":"; json_number(out, p.w);
  out += ",\"h\":"; json_number(out, p.h);
  if (p.content > 0) {
    out += ",\"sy\":"; json_number(out, p.scroll);
    out += ",\"ch\":"; json_number(out, p.content);
  }
  out += '}';
}

}  // namespace

bool same(const Node& a, const Node& b) {
  return a.key == b.key && a.role == b.role && a.level == b.level && a.state == b.state && a.control == b.control &&
         a.value_now == b.value_now && a.name == b.name && a.description == b.description && a.value == b.value;
}

// ImGui truncates item positions towards zero: content scrolled above the window's
// top edge rounds up, one pixel per item, and everything after it comes out a few
// pixels lower than at the top of the page. When most of a scrolling node's children
// moved by the same few pixels, that is the drift: it goes into the scroll offset
// (which the mirror applies once) instead of into every child.
void Tree::absorb_drift(std::vector<Placed>& now, const std::vector<const Placed*>& before) const {
  for (size_t s = 0; s < nodes_.size(); ++s) {
    if (nodes_[s].content_height <= 0) continue;
    std::vector<std::pair<int, int>> votes;   // drift in half pixels, children
    int children = 0;                         // children that were placed before
    for (size_t i = s + 1; i < nodes_.size(); ++i) {
      if (nodes_[i].parent != int(s) || !before[i]) continue;
      ++children;
      const float dy = now[i].y - before[i]->y;
      if (dy == 0 || std::fabs(dy) > kMaxDrift) continue;
      const int half_px = int(std::lround(dy * 2));
      auto v = std::find_if(votes.begin(), votes.end(), [&](const auto& x) { return x.first == half_px; });
      if (v == votes.end()) votes.emplace_back(half_px, 1);
      else ++v->second;
    }
    if (votes.empty()) continue;
    const auto best = std::max_element(votes.begin(), votes.end(), [](const auto& x, const auto& y) { return x.second < y.second; });
    // Only when most of them moved together: one child jittering among still ones is no drift.
    if (best->second * 2 <= children) continue;
    const float drift = float(best->first) / 2.0f;
    now[s].scroll -= drift;
    for (size_t i = s + 1; i < nodes_.size(); ++i)
      if (nodes_[i].parent == int(s) && before[i] && std::fabs(now[i].y - before[i]->y - drift) <= kJitter)
        now[i].y = before[i]->y;
  }
}

std::string Tree::end_frame(float dpr) {
  while (!stack_.empty()) end();
  if (dpr <= 0) dpr = 1;
  std::vector<Placed> now = place(nodes_, dpr);

  bool structure = ever_published_ && nodes_.size() == published_.size();
  for (size_t i = 0; structure && i < nodes_.size(); ++i)
    structure = nodes_[i].key == published_[i].key && nodes_[i].parent == published_[i].parent;
  const bool full = !structure;

  // Where each node was last published (none: new, or the pixel ratio changed).
  std::vector<const Placed*> before(nodes_.size(), nullptr);
  if (ever_published_ && dpr == last_dpr_) {
    if (structure) {
      for (size_t i = 0; i < nodes_.size(); ++i) before[i] = &placed_[i];
    } else {
      std::unordered_map<std::uint32_t, size_t> index;
      for (size_t j = 0; j < published_.size(); ++j) index.emplace(published_[j].key, j);
      for (size_t i = 0; i < nodes_.size(); ++i)
        if (auto it = index.find(nodes_[i].key); it != index.end()) before[i] = &placed_[it->second];
    }
  }
  absorb_drift(now, before);
  // A node that only jittered keeps its old place: nothing to send, nothing to touch.
  std::vector<bool> moved(nodes_.size(), true);
  for (size_t i = 0; i < nodes_.size(); ++i) {
    if (before[i] && same_place(now[i], *before[i], kJitter)) {
      now[i] = *before[i];
      moved[i] = false;
    }
  }

  std::string nodes_json;
  for (size_t i = 0; i < nodes_.size(); ++i) {
    if (!full && !moved[i] && same(nodes_[i], published_[i])) continue;
    if (!nodes_json.empty()) nodes_json += ',';
    json_node(nodes_json, nodes_, i, now[i]);
  }
  const bool meta_changed = title_ != published_title_ || lang_ != published_lang_ || focus_ != published_focus_;
  if (!full && nodes_json.empty() && !meta_changed) return {};

  std::string out = "{\"full\":";
  out += full ? "true" : "false";
  out += ",\"title\":";
  json_string(out, title_);
  out += ",\"lang\":";
  json_string(out, lang_);
  out += ",\"focus\":";
  out += std::to_string(focus_);
  out += ",\"nodes\":[";
  out += nodes_json;
  out += "]}";

  published_.swap(nodes_);   // nodes_ is rebuilt from scratch next frame
  placed_.swap(now);
  published_title_ = title_;
  published_lang_ = lang_;
  published_focus_ = focus_;
  last_dpr_ = dpr;
  ever_published_ = true;
  return out;
}

std::string Tree::snapshot(float dpr) const {
  (void)dpr;
  std::string out = "{\"title\":";
  json_string(out, published_title_);
  out += ",\"nodes\":[";
  for (size_t i = 0; i < published_.size(); ++i) {
    if (i) out += ',';
    json_node(out, published_, i, i < placed_.size() ? placed_[i] : Placed{});
  }
  out += "]}";
  return out;
}

}  // namespace app::sem
