#include "app/renderer.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include "imgui_internal.h"   // ImFontAtlasGetBuilderForStbTruetype

#include "embedded_shaders.h"

namespace app {

void Renderer::create() {
  program_.start(embedded_shaders::ui_vert(), embedded_shaders::ui_frag());
  glGenVertexArrays(1, &vao_);
  glGenBuffers(1, &vbo_);
  glGenBuffers(1, &ibo_);
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_);   // recorded in the VAO
  const GLsizei stride = sizeof(ImDrawVert);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
  glBindVertexArray(0);
  vbo_size_ = ibo_size_ = 0;
  rebuild_font_texture();
}

bool Renderer::finish() {
  if (!program_.finish()) return false;
  u_scale_ = program_.uniform("u_scale");
  u_texture_ = program_.uniform("u_texture");
  return true;
}

void Renderer::destroy() {
  program_.destroy();
  if (vao_) glDeleteVertexArrays(1, &vao_);
  if (vbo_) glDeleteBuffers(1, &vbo_);
  if (ibo_) glDeleteBuffers(1, &ibo_);
  if (font_texture_) glDeleteTextures(1, &font_texture_);
  vao_ = vbo_ = ibo_ = font_texture_ = 0;
  ImGui::GetIO().Fonts->SetTexID(nullptr);
}

void Renderer::rebuild_font_texture() {
  if (!vao_) return;   // not created yet: create() uploads the atlas
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  // The atlas as fonts.cpp built it (never through ImFontAtlas::Build() or GetTexDataAs*(): they
  // keep ImGui's own fallback font in the binary). It is alpha only; the texture is white with
  // that alpha, as GetTexDataAsRGBA32 would make it.
  if (!atlas.TexPixelsAlpha8) ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(&atlas);
  const int width = atlas.TexWidth, height = atlas.TexHeight;
  std::vector<std::uint32_t> rgba(static_cast<size_t>(width) * static_cast<size_t>(height));
  for (size_t i = 0; i < rgba.size(); ++i) rgba[i] = IM_COL32(255, 255, 255, atlas.TexPixelsAlpha8[i]);
  const void* pixels = rgba.data();
  if (font_texture_) glDeleteTextures(1, &font_texture_);
  glGenTextures(1, &font_texture_);
  glBindTexture(GL_TEXTURE_2D, font_texture_);
  // The atlas is drawn at 1:1 (fonts are rasterised for the device pixel ratio).
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
  atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(font_texture_)));
}

namespace {

// A 64-bit hash that mixes every bit of each word into the result (a multiply alone would
// leave a change in a word's high bits out of the low ones).
struct Hash {
  std::uint64_t h = 0x9E3779B97F4A7C15ull;
  void word(std::uint64_t w) {
    w *= 0x87C37B91114253D5ull;
    w = (w << 31) | (w >> 33);
    h ^= w * 0x4CF5AD432745937Full;
    h = ((h << 27) | (h >> 37)) * 5 + 0x52DCE729;
  }
  void bytes(const void* p, size_t n) {
    const auto* b = static_cast<const unsigned char*>(p);
    for (; n >= 8; b += 8, n -= 8) {
      std::uint64_t w;
      std::memcpy(&w, b, 8);
      word(w);
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, b, n);
    word(tail ^ (std::uint64_t(n) << 56));
  }
  void f(float v) { std::uint32_t u; std::memcpy(&u, &v, 4); word(u); }
};

} // namespace

std::optional<std::uint64_t> Renderer::signature(const ImDrawData& data, int fb_width, int fb_height) {
  Hash h;
  h.word((std::uint64_t(std::uint32_t(fb_width)) << 32) | std::uint32_t(fb_height));
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    h.word(std::uint64_t(list.VtxBuffer.Size) << 32 | std::uint32_t(list.IdxBuffer.Size));
    h.bytes(list.VtxBuffer.Data, size_t(list.VtxBuffer.Size) * sizeof(ImDrawVert));
    h.bytes(list.IdxBuffer.Data, size_t(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      if (cmd.UserCallback && cmd.UserCallback != ImDrawCallback_ResetRenderState) return std::nullopt;
      h.f(cmd.ClipRect.x);
      h.f(cmd.ClipRect.y);
      h.f(cmd.ClipRect.z);
      h.f(cmd.ClipRect.w);
      h.word(std::uint64_t(reinterpret_cast<std::uintptr_t>(cmd.GetTexID())));
      h.word(std::uint64_t(cmd.IdxOffset) << 32 | cmd.ElemCount);
    }
  }
  return h.h;
}

// Everything ImGui's triangles need; also restores it after a draw callback.
void Renderer::set_state(int fb_width, int fb_height) const {
  glViewport(0, 0, fb_width, fb_height);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glUseProgram(program_.id);
  glUniform2f(u_scale_, 2.0f / float(fb_width), -2.0f / float(fb_height));
  glUniform1i(u_texture_, 0);
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
}

void Renderer::render(const ImDrawData& data, int fb_width, int fb_height) {
  if (!program_.id || fb_width <= 0 || fb_height <= 0) return;
  set_state(fb_width, fb_height);
  // The display is the canvas in device pixels (DisplayPos 0,0, scale 1): clip
  // rectangles are in the same units as the framebuffer.
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    const GLsizeiptr vtx_bytes = GLsizeiptr(list.VtxBuffer.Size) * GLsizeiptr(sizeof(ImDrawVert));
    const GLsizeiptr idx_bytes = GLsizeiptr(list.IdxBuffer.Size) * GLsizeiptr(sizeof(ImDrawIdx));
    // Grow the buffers (never shrink) and stream each list into them.
    if (vtx_bytes > vbo_size_) {
      vbo_size_ = vtx_bytes + vtx_bytes / 2;
      glBufferData(GL_ARRAY_BUFFER, vbo_size_, nullptr, GL_STREAM_DRAW);
    }
    if (idx_bytes > ibo_size_) {
      ibo_size_ = idx_bytes + idx_bytes / 2;
      glBufferData(GL_ELEMENT_ARRAY_BUFFER, ibo_size_, nullptr, GL_STREAM_DRAW);
    }
    glBufferSubData(GL_ARRAY_BUFFER, 0, vtx_bytes, list.VtxBuffer.Data);
    glBufferSubData(GL_ELEMENT_ARRAY_BUFFER, 0, idx_bytes, list.IdxBuffer.Data);

    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      if (cmd.UserCallback) {
        if (cmd.UserCallback == ImDrawCallback_ResetRenderState) set_state(fb_width, fb_height);
        else cmd.UserCallback(&list, &cmd);
        continue;
      }
      const float x0 = std::max(cmd.ClipRect.x, 0.0f), y0 = std::max(cmd.ClipRect.y, 0.0f);
      const float x1 = std::min(cmd.ClipRect.z, float(fb_width)), y1 = std::min(cmd.ClipRect.w, float(fb_height));
      if (x1 <= x0 || y1 <= y0) continue;
      glScissor(GLint(x0), GLint(float(fb_height) - y1), GLsizei(x1 - x0), GLsizei(y1 - y0));
      glBindTexture(GL_TEXTURE_2D, GLuint(reinterpret_cast<intptr_t>(cmd.GetTexID())));
      // WebGL2 has no base-vertex draws: ImGui keeps every list's indices 16-bit
      // relative to vertex 0 unless ImGuiBackendFlags_RendererHasVtxOffset is set.
      glDrawElements(GL_TRIANGLES, GLsizei(cmd.ElemCount), sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                     reinterpret_cast<void*>(intptr_t(cmd.IdxOffset * sizeof(ImDrawIdx))));
    }
  }
  glDisable(GL_SCISSOR_TEST);
  glBindVertexArray(0);
}

} // namespace app
