#include "app/radar.h"

#include <algorithm>
#include <cmath>

#include "app/widgets.h"
#include "embedded_shaders.h"

namespace app {

void Radar::create() {
  program_.start(embedded_shaders::radar_vert(), embedded_shaders::radar_frag());
  glGenVertexArrays(1, &vao_);
}

void Radar::destroy() {
  program_.destroy();
  if (vao_) glDeleteVertexArrays(1, &vao_);
  vao_ = 0;
}

void Radar::draw(const std::vector<RadarAxis>& axes, float size, const Palette& p, float px) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(size, size));
  if (axes.size() < 3 || !program_.id || used_ >= int(calls_.size())) return;

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float label_room = ImGui::GetFontSize() * 5.5f;
  const float radius = std::max(10.0f, size * 0.5f - label_room);
  const ImVec2 center(origin.x + size * 0.5f, origin.y + size * 0.5f);

  Call& c = calls_[size_t(used_++)];
  c.radar = this;
  c.center = center;
  c.radius = radius;
  c.px = px;
  c.count = int(std::min<size_t>(axes.size(), 16));
  for (int i = 0; i < c.count; ++i) {
    c.current[i] = std::clamp(axes[size_t(i)].current / 4.0f, 0.0f, 1.0f);
    c.target[i] = std::clamp(axes[size_t(i)].target / 4.0f, 0.0f, 1.0f);
  }
  c.grid = with_alpha(p.text_muted, p.high_contrast ? 0.8f : 0.35f);
  c.current_color = p.current;
  c.target_color = p.target;
  dl->AddCallback(&Radar::render, &c);
  dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);

  // Axis labels around the chart, and level numbers on the first spoke.
  const float two_pi = 6.2831853f;
  for (int i = 0; i < c.count; ++i) {
    const float a = -0.25f * two_pi + two_pi * float(i) / float(c.count);   // screen: y down, clockwise
    const ImVec2 dir(std::cos(a), std::sin(a));
    const std::string& label = axes[size_t(i)].label;
    const std::string lines = ui::wrap_text(label, label_room - ImGui::GetFontSize() * 0.7f);
    ImVec2 ts = ImGui::CalcTextSize(lines.c_str());
    ImVec2 at(center.x + dir.x * (radius + ImGui::GetFontSize() * 0.6f), center.y + dir.y * (radius + ImGui::GetFontSize() * 0.6f));
    // Anchor the label on the side facing away from the centre.
    at.x -= ts.x * (0.5f - 0.5f * dir.x);
    at.y -= ts.y * (0.5f - 0.5f * dir.y);
    dl->AddText(at, to_u32(p.text), lines.c_str());
  }
  for (int level = 1; level <= 4; ++level) {
    char n[2] = {char('0' + level), 0};
    dl->AddText(ImVec2(center.x + ImGui::GetFontSize() * 0.3f, center.y - radius * float(level) / 4.0f - ImGui::GetFontSize() * 0.5f),
                to_u32(p.text_muted), n);
  }
}

void Radar::render(const ImDrawList*, const ImDrawCmd* cmd) {
  const Call& c = *static_cast<const Call*>(cmd->UserCallbackData);
  const Radar& r = *c.radar;
  // The display is the framebuffer in device pixels; nothing is read back from GL.
  const float fb_w = ImGui::GetIO().DisplaySize.x, fb_h = ImGui::GetIO().DisplaySize.y;
  const float margin = c.radius + 4.0f * c.px;
  const float x0 = c.center.x - margin, x1 = c.center.x + margin;
  const float y0 = c.center.y - margin, y1 = c.center.y + margin;
  glUseProgram(r.program_.id);
  glUniform4f(r.program_.uniform("u_rect_ndc"), 2 * x0 / fb_w - 1, 1 - 2 * y1 / fb_h, 2 * x1 / fb_w - 1, 1 - 2 * y0 / fb_h);
  glUniform2f(r.program_.uniform("u_center"), c.center.x, fb_h - c.center.y);
  glUniform1f(r.program_.uniform("u_radius"), c.radius);
  glUniform1f(r.program_.uniform("u_px"), c.px);
  glUniform1i(r.program_.uniform("u_count"), c.count);
  glUniform1fv(r.program_.uniform("u_current"), 16, c.current);
  glUniform1fv(r.program_.uniform("u_target"), 16, c.target);
  glUniform4f(r.program_.uniform("u_grid"), c.grid.x, c.grid.y, c.grid.z, c.grid.w);
  glUniform4f(r.program_.uniform("u_current_color"), c.current_color.x, c.current_color.y, c.current_color.z, c.current_color.w);
  glUniform4f(r.program_.uniform("u_target_color"), c.target_color.x, c.target_color.y, c.target_color.z, c.target_color.w);
  glBindVertexArray(r.vao_);
  glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
  glBindVertexArray(0);
}

} // namespace app
