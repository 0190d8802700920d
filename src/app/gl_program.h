// Compiles and links the app's own GLSL ES 3.00 programs (from shaders/, embedded
// at build time). Programs are re-created after a WebGL context loss.
#pragma once
#include <GLES3/gl3.h>
#include <string>
#include <string_view>

namespace app {

struct GlProgram {
  GLuint id = 0;
  std::string error;   // compile or link log when id == 0

  bool build(std::string_view vertex_src, std::string_view fragment_src);
  void destroy();
  GLint uniform(const char* name) const { return glGetUniformLocation(id, name); }
};

} // namespace app
