// The app: one state object the UI reads, and the shell-facing entry points.
// Screens live in screen_*.cpp, one function per screen; they draw this state
// and change it only through the intents below.
#pragma once
#include <string>
#include <string_view>

#include "app/background.h"
#include "app/fonts.h"
#include "app/item_registry.h"
#include "app/theme.h"
#include "platform/platform.h"

namespace app {

enum class Screen { Welcome, Profile, Assessment, Results, Roadmap };
const char* screen_id(Screen s);

struct Display {
  float dpr = 1.0f;
  float css_width = 0.0f, css_height = 0.0f;   // window size in CSS pixels
};

struct Preferences {
  ThemeId theme = ThemeId::Light;
  float text_scale = 1.0f;                     // the user's text size, 0.85 … 1.6
};

class App {
public:
  // Shell-facing.
  void init(platform::Platform& platform);
  void set_display(float dpr, float css_width, float css_height);
  bool fonts_need_rebuild() const;
  void rebuild_fonts();
  void recreate_gpu_resources();
  void draw_frame();
  void draw_background(int width, int height);
  bool wants_more_frames() const { return frames_requested_ > 0; }
  void on_key_pressed(int key, int mods);
  void on_touch(float x, float y, float dx, float dy);
  void on_file_opened(int purpose, std::string_view name, std::string_view bytes, std::string_view error);
  void on_text_edited(int purpose, std::string_view text, bool accepted);
  void on_url_fragment_changed();
  std::string automation(std::string_view command, std::string_view arg);

  // State the screens read.
  Screen screen = Screen::Welcome;
  Preferences prefs;
  Display display;
  Fonts fonts;
  ItemRegistry items;

  // Intents.
  void go(Screen s);
  void set_theme(ThemeId t);
  void set_text_scale(float s);
  void request_frames(int n = 2) { if (n > frames_requested_) frames_requested_ = n; }

private:
  void draw_top_bar();
  platform::Platform* platform_ = nullptr;
  Background background_;
  int frames_requested_ = 0;
};

// Screens (screen_*.cpp).
void draw_welcome(App& app);

} // namespace app
