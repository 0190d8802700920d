// Draws the app's backdrop (shaders/background.*) behind the ImGui windows.
#pragma once
#include "app/gl_program.h"
#include "app/theme.h"

namespace app {

class Background {
public:
  bool create();          // after the GL context exists (and again after a context loss)
  void destroy();
  void draw(int width, int height, float scale, const Palette& palette);
  const std::string& error() const { return program_.error; }

private:
  GlProgram program_;
  GLuint vao_ = 0;
};

} // namespace app
