// Compiles and links the app's own GLSL ES 3.00 programs (from shaders/, embedded
// at build time). Programs are re-created after a WebGL context loss.
#pragma once
#include <GLES3/gl3.h>
#include <string>
#include <string_view>

namespace app {

// In two halves, so that start-up never waits for the browser's GPU process: start() hands
// the sources over and returns at once; finish() reads the outcome, a synchronous round trip
// that waits for whatever the GPU process is busy with (seconds of it in a fresh browser on a
// software GPU). compiling() tells, without waiting, whether finish() would still wait for
// the compiler; only browsers with KHR_parallel_shader_compile can tell (`can_poll`).
struct GlProgram {
  GLuint id = 0;         // the linked program, once finish() succeeded
  std::string error;     // compile or link log when finish() failed

  void start(std::string_view vertex_src, std::string_view fragment_src);
  bool compiling() const;
  bool finish();
  void destroy();
  GLint uniform(const char* name) const { return glGetUniformLocation(id, name); }

  static bool can_poll;  // set by the shell once it enabled KHR_parallel_shader_compile

private:
  GLuint linking_ = 0, vertex_ = 0, fragment_ = 0;   // between start() and finish()
};

// A point in the GL command stream. done() tells without waiting whether the GPU process has
// carried out every command sent before set() (WebGL updates the answer between tasks, never
// within one): after that, reading a program's outcome no longer waits for its compiling.
struct GlFence {
  GLsync sync = nullptr;

  void set();
  bool done();   // also true when nothing was set
  void clear();
};

} // namespace app
