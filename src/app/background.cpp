#include "app/background.h"

#include "embedded_shaders.h"

namespace app {

void Background::create() {
  program_.start(embedded_shaders::background_vert(), embedded_shaders::background_frag());
  glGenVertexArrays(1, &vao_);   // WebGL2 needs a bound VAO even with no attributes
}

void Background::destroy() {
  program_.destroy();
  if (vao_) glDeleteVertexArrays(1, &vao_);
  vao_ = 0;
}

void Background::draw(int width, int height, float scale, const Palette& p) {
  if (!program_.id) return;
  glViewport(0, 0, width, height);
  glDisable(GL_BLEND);
  glUseProgram(program_.id);
  glUniform2f(program_.uniform("u_resolution"), float(width), float(height));
  glUniform1f(program_.uniform("u_dpr"), scale);
  glUniform3f(program_.uniform("u_top"), p.backdrop_top.x, p.backdrop_top.y, p.backdrop_top.z);
  glUniform3f(program_.uniform("u_bottom"), p.backdrop_bottom.x, p.backdrop_bottom.y, p.backdrop_bottom.z);
  glUniform3f(program_.uniform("u_accent"), p.accent.x, p.accent.y, p.accent.z);
  glUniform1f(program_.uniform("u_glow"), p.high_contrast ? 0.0f : 1.0f);
  glBindVertexArray(vao_);
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  glUseProgram(0);
}

} // namespace app
