#include "app/fonts.h"

#include "embedded_fonts.h"
#include "imgui_internal.h"   // ImFontAtlasGetBuilderForStbTruetype

namespace app {

// Latin-1 plus the few typographic signs the texts use (kept in step with
// FONT_UNICODES in cmake/WebApp.cmake, which subsets the font to the same set).
static const ImWchar kGlyphRanges[] = {
  0x0020, 0x00FF, 0x0152, 0x0153, 0x2013, 0x2014, 0x2018, 0x201E, 0x2022, 0x2022,
  0x2026, 0x2026, 0x2190, 0x2193, 0x2197, 0x2197, 0x21BB, 0x21BB, 0x2212, 0x2212,
  0x2264, 0x2265, 0x25B2, 0x25B2, 0x25B6, 0x25B6, 0x25BC, 0x25BC, 0x25CB, 0x25CB, 0x25CF, 0x25CF,
  0x2605, 0x2606, 0x2713, 0x2713, 0,
};

static ImFont* add(std::string_view data, float px, float scale) {
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;     // the bytes are static: ImGui must not free them
  cfg.OversampleH = scale >= 2.0f ? 1 : 2;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = false;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(
      const_cast<char*>(data.data()), static_cast<int>(data.size()), px * scale, &cfg, kGlyphRanges);
}

void build_fonts(Fonts& f, float scale) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  const auto regular = embedded_fonts::font_inter_Regular();
  const auto semibold = embedded_fonts::font_inter_SemiBold();
  f.body = add(regular, 16.0f, scale);    // first font added = ImGui's default
  f.bold = add(semibold, 16.0f, scale);
  f.small = add(regular, 13.5f, scale);
  f.h2 = add(semibold, 21.0f, scale);
  f.h1 = add(semibold, 30.0f, scale);
  // stb_truetype's builder directly: ImFontAtlas::Build() would add ImGui's own font when none
  // was added, and calling it keeps that font (about 10 KB brotli) in app.wasm (renderer.cpp too).
  ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(atlas);
  f.scale = scale;
}

} // namespace app
