// Draws the app's backdrop (shaders/background.*) behind the ImGui windows.
#pragma once
#include "app/gl_program.h"
#include "app/theme.h"

namespace app {

class Background {
public:
  // After the GL context exists (and again after a context loss): create() sends the shaders
  // to compile, finish() waits for them (gl_program.h); compiling() asks without waiting.
  void create();
  bool compiling() const { return program_.compiling(); }
  bool finish() { return program_.finish(); }
  void destroy();
  void draw(int width, int height, float scale, const Palette& palette);
  const std::string& error() const { return program_.error; }

private:
  GlProgram program_;
  GLuint vao_ = 0;
};

} // namespace app
