#include "app/app.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/widgets.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"

namespace app {

const char* screen_id(Screen s) {
  switch (s) {
    case Screen::Welcome: return "welcome";
    case Screen::Profile: return "profile";
    case Screen::Assessment: return "assessment";
    case Screen::Results: return "results";
    case Screen::Roadmap: return "roadmap";
  }
  return "welcome";
}

// [SECTION] Shell-facing ------------------------------------------------------

void App::init(platform::Platform& platform) {
  platform_ = &platform;
  items.install();
  rebuild_fonts();
  background_.create();
  request_frames(3);
}

void App::set_display(float dpr, float css_width, float css_height) {
  display.dpr = dpr;
  display.css_width = css_width;
  display.css_height = css_height;
}

bool App::fonts_need_rebuild() const {
  return std::fabs(fonts.scale - display.dpr * prefs.text_scale) > 0.01f;
}

void App::rebuild_fonts() {
  const float scale = display.dpr * prefs.text_scale;
  build_fonts(fonts, scale);
  ImGuiStyle style;
  apply_theme(style, palette(prefs.theme));
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

void App::recreate_gpu_resources() {
  background_.destroy();
  background_.create();
}

void App::draw_background(int width, int height) {
  background_.draw(width, height, display.dpr * prefs.text_scale, palette(prefs.theme));
}

void App::draw_frame() {
  if (frames_requested_ > 0) --frames_requested_;
  items.begin_frame();
  ui::set_context(fonts, palette(prefs.theme));

  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  ImGui::Begin("##root", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground);
  draw_top_bar();
  switch (screen) {
    case Screen::Welcome: draw_welcome(*this); break;
    default: draw_welcome(*this); break;
  }
  ImGui::End();
}

void App::draw_top_bar() {
  const float pad = ui::em() * 1.25f;
  ImGui::SetCursorPos(ImVec2(pad, pad * 0.75f));
  ImGui::PushFont(fonts.bold);
  ui::text_colored(ui::colors().accent, "AI Maturity Self-Assessment");
  ImGui::PopFont();
}

void App::on_key_pressed(int, int) { request_frames(2); }

void App::on_touch(float x, float y, float dx, float dy) {
  ImGuiIO& io = ImGui::GetIO();
  if (x >= 0 && y >= 0) io.MousePos = ImVec2(x, y);
  // One wheel step scrolls 5 lines in ImGui 1.86: turn finger pixels into steps.
  const float step = 5.0f * ImGui::GetFontSize();
  if (step > 0) {
    io.MouseWheel += dy / step;
    io.MouseWheelH += dx / step;
  }
  request_frames(2);
}

void App::on_file_opened(int, std::string_view, std::string_view, std::string_view) { request_frames(2); }
void App::on_text_edited(int, std::string_view, bool) { request_frames(2); }
void App::on_url_fragment_changed() { request_frames(2); }

std::string App::automation(std::string_view command, std::string_view arg) {
  if (command == "go") {
    if (arg == "welcome") go(Screen::Welcome);
  }
  std::string out = "{\"screen\":\"";
  out += screen_id(screen);
  out += "\",\"items\":[";
  bool first = true;
  for (const DrawnItem& it : items.items) {
    if (it.label.empty()) continue;
    char rect[160];
    std::snprintf(rect, sizeof rect, "\"x\":%d,\"y\":%d,\"w\":%d,\"h\":%d", int(it.min.x), int(it.min.y),
                  int(it.max.x - it.min.x), int(it.max.y - it.min.y));
    if (!first) out += ",";
    first = false;
    out += "{\"label\":\"";
    for (char c : it.label) {
      if (c == '"' || c == '\\') out += '\\';
      if (static_cast<unsigned char>(c) >= 0x20) out += c;
    }
    out += "\",";
    out += rect;
    out += "}";
  }
  out += "]}";
  return out;
}

// [SECTION] Intents -----------------------------------------------------------

void App::go(Screen s) {
  screen = s;
  request_frames(3);
}

void App::set_theme(ThemeId t) {
  prefs.theme = t;
  fonts.scale = 0.0f;   // re-apply the style (colours) at the next frame start
  request_frames(3);
}

void App::set_text_scale(float s) {
  prefs.text_scale = std::clamp(s, 0.85f, 1.6f);
  request_frames(3);
}

} // namespace app
