#include "app/gl_program.h"

#ifndef GL_COMPLETION_STATUS_KHR
#define GL_COMPLETION_STATUS_KHR 0x91B1   // KHR_parallel_shader_compile
#endif

namespace app {

bool GlProgram::can_poll = false;

static GLuint compile(GLenum type, std::string_view src) {
  GLuint shader = glCreateShader(type);
  const char* text = src.data();
  const GLint length = static_cast<GLint>(src.size());
  glShaderSource(shader, 1, &text, &length);
  glCompileShader(shader);
  return shader;
}

// A shader's log when it failed to compile, else "".
static std::string compile_error(GLuint shader, const char* what) {
  GLint ok = GL_FALSE;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (ok == GL_TRUE) return "";
  char log[1024] = {};
  glGetShaderInfoLog(shader, sizeof log, nullptr, log);
  return std::string(what) + log;
}

void GlProgram::start(std::string_view vertex_src, std::string_view fragment_src) {
  destroy();
  error.clear();
  vertex_ = compile(GL_VERTEX_SHADER, vertex_src);
  fragment_ = compile(GL_FRAGMENT_SHADER, fragment_src);
  linking_ = glCreateProgram();
  glAttachShader(linking_, vertex_);
  glAttachShader(linking_, fragment_);
  glLinkProgram(linking_);
}

bool GlProgram::compiling() const {
  if (!linking_ || !can_poll) return false;
  GLint done = GL_TRUE;
  glGetProgramiv(linking_, GL_COMPLETION_STATUS_KHR, &done);
  return done == GL_FALSE;
}

bool GlProgram::finish() {
  if (!linking_) return id != 0;
  GLint ok = GL_FALSE;
  glGetProgramiv(linking_, GL_LINK_STATUS, &ok);
  if (ok == GL_TRUE) {
    id = linking_;
  } else {
    // A shader that did not compile says why; otherwise the link log does.
    error = compile_error(vertex_, "vertex shader: ");
    if (error.empty()) error = compile_error(fragment_, "fragment shader: ");
    if (error.empty()) {
      char log[1024] = {};
      glGetProgramInfoLog(linking_, sizeof log, nullptr, log);
      error = std::string("link: ") + log;
    }
    glDeleteProgram(linking_);
  }
  glDeleteShader(vertex_);
  glDeleteShader(fragment_);
  linking_ = vertex_ = fragment_ = 0;
  return id != 0;
}

void GlProgram::destroy() {
  if (id) glDeleteProgram(id);
  if (linking_) glDeleteProgram(linking_);
  if (vertex_) glDeleteShader(vertex_);
  if (fragment_) glDeleteShader(fragment_);
  id = linking_ = vertex_ = fragment_ = 0;
}

void GlFence::set() {
  clear();
  sync = glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0);
  glFlush();   // the commands before it are on their way: the fence can be reached
}

bool GlFence::done() {
  if (!sync) return true;
  if (glClientWaitSync(sync, 0, 0) == GL_TIMEOUT_EXPIRED) return false;
  clear();
  return true;
}

void GlFence::clear() {
  if (sync) glDeleteSync(sync);
  sync = nullptr;
}

} // namespace app
