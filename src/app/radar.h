// The results radar chart: drawn with the app's own shaders (shaders/radar.*)
// inside ImGui's render pass through a draw-list callback. Labels are ImGui text.
#pragma once
#include <string>
#include <vector>

#include "app/gl_program.h"
#include "app/theme.h"
#include "imgui.h"

namespace app {

struct RadarAxis {
  std::string label;
  float current = 0.0f;   // 0..4 (level, may be fractional)
  float target = 0.0f;    // 0..4
};

class Radar {
public:
  void create();                     // as Background's: create(), then finish()
  bool compiling() const { return program_.compiling(); }
  bool finish() { return program_.finish(); }
  void destroy();
  void begin_frame() { used_ = 0; }
  // Reserves a square of `size` at the cursor and draws the chart there.
  void draw(const std::vector<RadarAxis>& axes, float size, const Palette& palette, float px);

  struct Call {   // one chart's uniforms, kept alive until ImGui renders the frame
    Radar* radar = nullptr;
    ImVec2 center;
    float radius = 0, px = 1;
    int count = 0;
    float current[16] = {}, target[16] = {};
    ImVec4 grid, current_color, target_color;
  };

private:
  static void render(const ImDrawList* list, const ImDrawCmd* cmd);
  GlProgram program_;
  GLuint vao_ = 0;
  std::vector<Call> calls_ = std::vector<Call>(4);
  int used_ = 0;
};

} // namespace app
