// Keyboard focus: one focused control, moved by Tab / Shift+Tab through the
// screen's controls in reading order (ImGui 1.86's own Tab only visits
// text fields), activated by Enter, reset when the screen changes. Built on
// ImGui's navigation internals (NavId); everything else asks this module.
#pragma once

#include "app/item_registry.h"

namespace app {

class Focus {
public:
  // At the start of a frame (after ImGui::NewFrame): the controls of the last frame;
  // carries out what the DOM mirror asked for between frames.
  void begin_frame(const ItemRegistry& items);
  // At the end: an activation no widget took goes to ImGui's own (a raw ImGui control).
  void end_frame();
  // A new screen or question: nothing is focused.
  void reset();
  // The scrolling window of the current screen (Tab scrolls it past its last control).
  void set_screen_window(void* window) { screen_window_ = window; }

  void tab(bool backwards);
  // Enter: activates the focused control; false when none is focused.
  bool activate_focused();
  // Whether the last item drawn was activated by Enter (options: choose and move on).
  bool activated_by_enter(unsigned id) const { return enter_activation_id_ != 0 && id == enter_activation_id_; }
  // Moves focus to a control by its ImGui id (from the DOM mirror: focus is one).
  bool focus_id(unsigned id);

  // From the DOM mirror, between frames: assistive technology moved focus to a
  // control, or activated one (click, Enter, a screen reader's double tap).
  void request_focus(unsigned id) { pending_focus_ = id; }
  void request_activation(unsigned id) { pending_activation_ = id; }
  // Whether the control `id` was activated from outside this frame (widgets ask,
  // then act as if clicked); true once.
  bool take_activation(unsigned id);
  unsigned focused_id() const;               // 0 when no control shows keyboard focus

  bool item_focused() const;                 // a labelled control has the visible keyboard focus
  const DrawnItem* focused_item() const;
  int take_frames() { const int n = frames_; frames_ = 0; return n; }

private:
  bool on_screen(const DrawnItem& item) const;
  void focus_item(const DrawnItem& item);
  void want_frames(int n) { if (n > frames_) frames_ = n; }

  const ItemRegistry* items_ = nullptr;
  void* screen_window_ = nullptr;            // the scrolling ImGuiWindow of the current screen
  unsigned enter_activation_id_ = 0;         // the control Enter activated
  unsigned pending_focus_ = 0, pending_activation_ = 0;   // from the DOM, for the next frame
  unsigned activation_ = 0;                  // activated from the DOM this frame
  int frames_ = 0;
};

} // namespace app
