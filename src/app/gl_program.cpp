#include "app/gl_program.h"

#include <cstdio>

namespace app {

static GLuint compile(GLenum type, std::string_view src, std::string& error) {
  GLuint shader = glCreateShader(type);
  const char* text = src.data();
  const GLint length = static_cast<GLint>(src.size());
  glShaderSource(shader, 1, &text, &length);
  glCompileShader(shader);
  GLint ok = GL_FALSE;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (ok == GL_TRUE) return shader;
  char log[1024] = {};
  glGetShaderInfoLog(shader, sizeof log, nullptr, log);
  error = std::string(type == GL_VERTEX_SHADER ? "vertex shader: " : "fragment shader: ") + log;
  glDeleteShader(shader);
  return 0;
}

bool GlProgram::build(std::string_view vertex_src, std::string_view fragment_src) {
  destroy();
  error.clear();
  GLuint vs = compile(GL_VERTEX_SHADER, vertex_src, error);
  if (!vs) return false;
  GLuint fs = compile(GL_FRAGMENT_SHADER, fragment_src, error);
  if (!fs) { glDeleteShader(vs); return false; }
  id = glCreateProgram();
  glAttachShader(id, vs);
  glAttachShader(id, fs);
  glLinkProgram(id);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = GL_FALSE;
  glGetProgramiv(id, GL_LINK_STATUS, &ok);
  if (ok == GL_TRUE) return true;
  char log[1024] = {};
  glGetProgramInfoLog(id, sizeof log, nullptr, log);
  error = std::string("link: ") + log;
  destroy();
  return false;
}

void GlProgram::destroy() {
  if (id) glDeleteProgram(id);
  id = 0;
}

} // namespace app
