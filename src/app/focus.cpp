// ImGui 1.86 moves focus with the arrow keys and activates with Space; Tab only
// visits text fields and Enter presses nothing. This adds: Tab / Shift+Tab
// through every labelled control in reading order and Enter to activate the
// focused one (the screen's main action, when none is focused, is an intent).
#include "app/focus.h"

#include <algorithm>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"

namespace app {

void Focus::begin_frame(const ItemRegistry& items) {
  items_ = &items;
  if (pending_focus_ != 0) focus_id(pending_focus_);
  pending_focus_ = 0;
  activation_ = pending_activation_;
  pending_activation_ = 0;
  if (activation_ != 0) {
    focus_id(activation_);
    want_frames(3);
  }
}

void Focus::end_frame() {
  if (activation_ != 0) ImGui::ActivateItem(activation_);   // no widget took it
  activation_ = 0;
}

bool Focus::take_activation(unsigned id) {
  if (id == 0 || id != activation_) return false;
  activation_ = 0;
  return true;
}

unsigned Focus::focused_id() const { return item_focused() ? ImGui::GetCurrentContext()->NavId : 0; }

void Focus::reset() {
  ImGui::GetCurrentContext()->NavId = 0;
  enter_activation_id_ = 0;
}

bool Focus::item_focused() const {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  return g.NavId != 0 && !g.NavDisableHighlight && items_ && items_->find(g.NavId) != nullptr;
}

const DrawnItem* Focus::focused_item() const {
  return item_focused() ? items_->find(ImGui::GetCurrentContext()->NavId) : nullptr;
}

// Whether an item of the last frame is at least partly visible: items of the
// scrolling screen may be reported while scrolled out of view.
bool Focus::on_screen(const DrawnItem& it) const {
  const ImGuiWindow* screen = static_cast<const ImGuiWindow*>(screen_window_);
  if (!screen || it.window != screen_window_) return true;
  return it.max.y > screen->InnerClipRect.Min.y && it.min.y < screen->InnerClipRect.Max.y;
}

// Tab stops are the controls of the last frame in drawing order, the document order
// of the semantics tree: those on screen and those scrolled out of view (ImGui labels
// only drawn items; the semantics tree names the others, item_registry.h), so Tab
// never jumps over a control and reaches the ones below the fold as a browser does,
// scrolling each into view. Past the screen's last control, the rest of the screen
// shows first (text may follow it); going back past its first, what is above it.
// With a dialog open, Tab stays in the dialog.
void Focus::tab(bool backwards) {
  if (!items_) return;
  ImGuiWindow* modal = ImGui::GetTopMostPopupModal();
  ImGuiWindow* screen = static_cast<ImGuiWindow*>(screen_window_);
  std::vector<const DrawnItem*> stops;
  for (const DrawnItem& it : items_->items) {
    if (!it.window || (it.label.empty() && !it.control)) continue;
    if (modal && !ImGui::IsWindowChildOf(static_cast<ImGuiWindow*>(it.window), modal, true)) continue;
    if (std::any_of(stops.begin(), stops.end(), [&](const DrawnItem* s) { return s->id == it.id; })) continue;
    stops.push_back(&it);
  }
  if (stops.empty()) return;
  ImGuiContext& g = *ImGui::GetCurrentContext();
  int current = -1;
  for (size_t i = 0; i < stops.size(); ++i)
    if (stops[i]->id == g.NavId) current = int(i);
  const int n = int(stops.size());
  int first_in_screen = -1, last_in_screen = -1;
  for (int i = 0; i < n; ++i) {
    if (stops[size_t(i)]->window != screen) continue;
    if (first_in_screen < 0) first_in_screen = i;
    last_in_screen = i;
  }
  if (screen && current >= 0 && current == (backwards ? first_in_screen : last_in_screen) &&
      on_screen(*stops[size_t(current)])) {
    const float page = screen->InnerRect.GetHeight() * 0.6f;
    const float y = screen->Scroll.y;
    // A pixel of slack: ImGui keeps Scroll whole while ScrollMax can be fractional.
    if (backwards ? y > 1.0f : y < screen->ScrollMax.y - 1.0f) {
      ImGui::SetScrollY(screen, backwards ? std::max(0.0f, y - page) : std::min(screen->ScrollMax.y, y + page));
      want_frames(3);
      return;
    }
  }
  const int next = current < 0 ? (backwards ? n - 1 : 0) : (current + (backwards ? n - 1 : 1)) % n;
  const DrawnItem& target = *stops[size_t(next)];
  focus_item(target);
  // Entering the screen at its first control (or, going back, its last): the screen shows
  // from its top (its bottom) when that brings the control into view, as a page would.
  if (screen && target.window == screen && (next == (backwards ? last_in_screen : first_in_screen))) {
    const ImRect& clip = screen->InnerClipRect;
    if (!backwards && target.max.y - clip.Min.y + screen->Scroll.y <= clip.GetHeight())
      ImGui::SetScrollY(screen, 0.0f);
    else if (backwards && clip.Max.y + (screen->ScrollMax.y - screen->Scroll.y) - target.min.y <= clip.GetHeight())
      ImGui::SetScrollY(screen, screen->ScrollMax.y);
  }
}

void Focus::focus_item(const DrawnItem& target) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiWindow* window = static_cast<ImGuiWindow*>(target.window);
  ImGui::SetFocusID(target.id, window);
  ImGui::FocusWindow(window);
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
  ImGui::ScrollToBringRectIntoView(window, ImRect(target.min, target.max));
  want_frames(3);
}

bool Focus::focus_id(unsigned id) {
  if (!items_) return false;
  const DrawnItem* it = items_->find(id);
  if (!it || !it->window) return false;
  focus_item(*it);
  return true;
}

bool Focus::activate_focused() {
  if (!item_focused()) return false;
  enter_activation_id_ = ImGui::GetCurrentContext()->NavId;
  ImGui::ActivateItem(enter_activation_id_);
  want_frames(3);
  return true;
}

} // namespace app
