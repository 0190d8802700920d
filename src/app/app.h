// The app as the shell sees it: start-up, the frame, the GPU side, and the
// events the platform delivers (already translated into the app's terms by
// src/platform/web). The state lives in AppState (app_state.h), what can be
// done in Intents (intents.h), keyboard focus in Focus (focus.h); the views
// (views.h) draw the state and call intents.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/app_state.h"
#include "app/background.h"
#include "app/focus.h"
#include "app/fonts.h"
#include "app/intents.h"
#include "app/item_registry.h"
#include "app/radar.h"
#include "app/timeline.h"
#include "app/renderer.h"
#include "app/semantics.h"
#include "platform/platform.h"

namespace app {

// A key the app handles itself (on top of ImGui's own navigation).
struct KeyPress {
  enum class Key { Tab, Enter, Escape, PageUp, PageDown, Answer } key = Key::Tab;
  bool shift = false;            // as it was when the key went down
  char answer = 0;               // Key::Answer: '0'…'9', 'n' or 'd'
};

class App {
public:
  explicit App(platform::Platform& platform) : platform_(platform), intents_(state_, platform) {}

  // Start-up, in steps the shell runs as separate browser tasks so that none is long:
  void start_model();                          // the built-in model
  void start_data();                           // the catalogue and plan data
  void start_session();                        // the saved session, a share link
  void start_fonts();                          // the fonts at the display's scale, the theme's style
  void start_gpu();                            // shaders sent to compile, buffers, the font texture
  bool gpu_compiling();                        // start_gpu()'s shaders are not compiled yet (never waits)
  bool finish_gpu();                           // waits for them; false: they failed, see gpu_error()
  const std::string& gpu_error() const { return renderer_.error(); }
  void set_display(float dpr, float css_width, float css_height);
  bool fonts_need_rebuild() const;
  void rebuild_fonts();
  void recreate_gpu_resources();
  void draw_frame();
  bool render(const ImDrawData& data, int width, int height);   // backdrop, then the UI; false: not drawn
  bool wants_more_frames() const { return frames_requested_ > 0; }

  void on_key_pressed(const KeyPress& press);
  void on_file_opened(int purpose, std::string_view name, std::string_view bytes, std::string_view error);
  void on_text_edited(int purpose, std::string_view text, bool accepted);
  void on_url_fragment_changed();
  void on_storage_changed(std::string_view key);   // another tab wrote to the storage
  void on_system_preferences(const SystemPreferences& prefs);
  // From the DOM mirror (assistive technology): focus or activate a control, scroll the screen.
  void on_semantic_focus(unsigned control);
  void on_semantic_activate(unsigned control);
  void on_semantic_scroll(float css_y);
  std::string automation(std::string_view command, std::string_view arg);   // automation.cpp

  const AppState& state() const { return state_; }
  void request_frames(int n = 2) { if (n > frames_requested_) frames_requested_ = n; }

private:
  void handle_key(const KeyPress& press);
  void apply_requests();                      // what the intents asked of the view layer
  std::string page_title() const;
  void publish_semantics();

  platform::Platform& platform_;
  AppState state_;
  Intents intents_;
  sem::Tree semantics_;
  bool semantics_on_ = true;                  // off only to measure what the mirror costs (automation)
  float pending_scroll_ = -1.0f;              // device px the DOM mirror scrolled the screen to
  struct MirrorCost {
    double diff_ms = 0, bytes = 0;           // the tree's diff and patches
    int frames = 0, publishes = 0, nodes = 0;
    double frame_ms[2] = {0, 0};             // the whole frame's CPU (views + tree), tree off / on
    int frame_count[2] = {0, 0};
  };
  MirrorCost mirror_cost_;                    // for the benchmark (automation "mirror")
  Focus focus_;
  Fonts fonts_;
  ItemRegistry items_;
  Radar radar_;
  Timeline timeline_;
  Background background_;
  Renderer renderer_;
  GlFence shaders_sent_;                      // after start_gpu()'s commands
  std::optional<std::uint64_t> on_screen_;    // the signature of the frame the canvas shows
  ThemeId styled_theme_ = ThemeId::Light;     // the theme ImGui's style was built for
  int frames_requested_ = 0;
  bool scroll_to_top_ = false;
  bool popup_open_ = false;                   // a popup (the display menu) was open last frame
  float screen_top_ = -1.0f;                  // where the screen region began last frame (below any notice)
  float screen_scroll_y_ = 0.0f;              // the screen's scroll last frame
  std::vector<KeyPress> pending_keys_;        // app shortcuts seen by the shell this frame
};

} // namespace app
