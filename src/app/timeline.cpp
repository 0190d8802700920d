#include "app/timeline.h"

#include <algorithm>

#include "embedded_shaders.h"

namespace app {

namespace {
constexpr int kMaxRects = 48;   // per draw call: the shaders' uniform arrays (shaders/timeline.*)
}

void Timeline::create() {
  program_.start(embedded_shaders::timeline_vert(), embedded_shaders::timeline_frag());
  glGenVertexArrays(1, &vao_);
}

void Timeline::destroy() {
  program_.destroy();
  if (vao_) glDeleteVertexArrays(1, &vao_);
  vao_ = 0;
}

void Timeline::draw(const std::vector<TimelineRect>& rects, const ImVec4& ring, float px) {
  if (rects.empty() || !program_.id || used_ >= int(calls_.size())) return;
  Call& c = calls_[size_t(used_++)];
  c.timeline = this;
  c.rects = rects;
  c.ring = ring;
  c.px = px;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddCallback(&Timeline::render, &c);
  dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
}

void Timeline::render(const ImDrawList*, const ImDrawCmd* cmd) {
  const Call& c = *static_cast<const Call*>(cmd->UserCallbackData);
  const Timeline& t = *c.timeline;
  const float fb_w = ImGui::GetIO().DisplaySize.x, fb_h = ImGui::GetIO().DisplaySize.y;
  // The renderer sets the scissor per draw command; a callback sets its own (the clip rect).
  const float x0 = std::max(cmd->ClipRect.x, 0.0f), y0 = std::max(cmd->ClipRect.y, 0.0f);
  const float x1 = std::min(cmd->ClipRect.z, fb_w), y1 = std::min(cmd->ClipRect.w, fb_h);
  if (x1 <= x0 || y1 <= y0) return;
  glScissor(GLint(x0), GLint(fb_h - y1), GLsizei(x1 - x0), GLsizei(y1 - y0));
  glUseProgram(t.program_.id);
  glUniform2f(t.program_.uniform("u_fb"), fb_w, fb_h);
  glUniform1f(t.program_.uniform("u_px"), c.px);
  glUniform4f(t.program_.uniform("u_ring"), c.ring.x, c.ring.y, c.ring.z, c.ring.w);
  const GLint u_rects = t.program_.uniform("u_rects"), u_colors = t.program_.uniform("u_colors"),
              u_styles = t.program_.uniform("u_styles");
  glBindVertexArray(t.vao_);
  float rects[kMaxRects * 4], colors[kMaxRects * 4], styles[kMaxRects * 4];
  for (size_t from = 0; from < c.rects.size(); from += kMaxRects) {
    const int n = int(std::min<size_t>(kMaxRects, c.rects.size() - from));
    for (int i = 0; i < n; ++i) {
      const TimelineRect& r = c.rects[from + size_t(i)];
      float* q = rects + 4 * i;
      q[0] = r.min.x, q[1] = r.min.y, q[2] = r.max.x, q[3] = r.max.y;
      float* k = colors + 4 * i;
      k[0] = r.color.x, k[1] = r.color.y, k[2] = r.color.z, k[3] = r.color.w;
      float* s = styles + 4 * i;
      s[0] = r.radius, s[1] = r.hatched ? 1.0f : 0.0f, s[2] = r.focused ? 1.0f : 0.0f, s[3] = 0;
    }
    glUniform4fv(u_rects, n, rects);
    glUniform4fv(u_colors, n, colors);
    glUniform4fv(u_styles, n, styles);
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, n);
  }
  glBindVertexArray(0);
}

} // namespace app
