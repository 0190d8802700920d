// The plan's timeline for the Roadmap screen: bars, wave bands, boundaries and
// the start line drawn with the app's own shaders (shaders/timeline.*) inside
// ImGui's render pass through a draw-list callback, as the radar is. Texts and
// controls are ImGui's (screen_roadmap.cpp); this only paints rectangles.
#pragma once
#include <vector>

#include "app/gl_program.h"
#include "imgui.h"

namespace app {

struct TimelineRect {
  ImVec2 min, max;        // screen (framebuffer) pixels
  ImVec4 color;
  float radius = 0;       // corner radius, pixels
  bool hatched = false;   // an item to check
  bool focused = false;   // draws the focus ring
};

class Timeline {
public:
  void create();                     // as Background's: create(), then finish()
  bool compiling() const { return program_.compiling(); }
  bool finish() { return program_.finish(); }
  void destroy();
  void begin_frame() { used_ = 0; }
  // Queues `rects` into the current window's draw list (clipped to its clip rect).
  void draw(const std::vector<TimelineRect>& rects, const ImVec4& ring, float px);

  struct Call {           // one timeline's rectangles, kept alive until ImGui renders the frame
    Timeline* timeline = nullptr;
    std::vector<TimelineRect> rects;
    ImVec4 ring;
    float px = 1;
  };

private:
  static void render(const ImDrawList* list, const ImDrawCmd* cmd);
  GlProgram program_;
  GLuint vao_ = 0;
  std::vector<Call> calls_ = std::vector<Call>(2);
  int used_ = 0;
};

} // namespace app
