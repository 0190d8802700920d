// Draws ImGui's draw lists with WebGL2 and the app's own shaders (shaders/ui.*).
// The app owns the whole GL context, so nothing is read back from GL: ImGui's
// stock OpenGL backend saves and restores the GL state every frame, and each of
// those reads (glGetIntegerv) is a synchronous round trip to the browser's GPU
// process that stalled the main thread for ~20 ms per frame under software GL.
#pragma once
#include <GLES3/gl3.h>
#include <cstdint>
#include <optional>
#include <string>

#include "app/gl_program.h"
#include "imgui.h"

namespace app {

class Renderer {
public:
  // Program, buffers and the font atlas texture: create() sends the shaders to compile and
  // returns; finish() waits for them (gl_program.h) and is false if they failed (see error()).
  void create();
  bool compiling() const { return program_.compiling(); }
  bool finish();
  void destroy();
  void rebuild_font_texture();         // after the fonts were rebuilt (scale, theme)
  void render(const ImDrawData& data, int fb_width, int fb_height);
  // What render() would draw, as one number: equal numbers, equal pictures (every list's
  // vertices and indices, each command's clip rectangle, texture and range, the size). None
  // for a frame with draw callbacks (the radar, the timeline): what they draw is not in the lists.
  static std::optional<std::uint64_t> signature(const ImDrawData& data, int fb_width, int fb_height);
  const std::string& error() const { return program_.error; }

private:
  void set_state(int fb_width, int fb_height) const;
  GlProgram program_;
  GLint u_scale_ = -1, u_texture_ = -1;
  GLuint vao_ = 0, vbo_ = 0, ibo_ = 0, font_texture_ = 0;
  GLsizeiptr vbo_size_ = 0, ibo_size_ = 0;
};

} // namespace app
