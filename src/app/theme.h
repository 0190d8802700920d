// Light, dark and high-contrast themes. Colours are chosen for WCAG AA text
// contrast on their card colour (high-contrast: AAA) and the chart palette is
// colour-blind safe (blue/orange, never red/green alone).
#pragma once
#include "app/app_state.h"
#include "imgui.h"

namespace app {

struct Palette {
  bool high_contrast = false;
  ImVec4 backdrop_top, backdrop_bottom;   // the shader background
  ImVec4 card, card_border;               // panels
  ImVec4 text, text_muted, text_on_accent;
  ImVec4 accent, accent_hover, accent_active, accent_soft;
  ImVec4 current, target;                 // radar: current level and target level
  ImVec4 good, warn, bad;                 // statuses (always paired with text/icons)
  ImVec4 nav_highlight;
};

const Palette& palette(ThemeId id);
const char* theme_name(ThemeId id);

// Applies the palette to ImGui's style (call with an unscaled style, then scale).
void apply_theme(ImGuiStyle& style, const Palette& p);

inline ImU32 to_u32(const ImVec4& c) { return ImGui::ColorConvertFloat4ToU32(c); }
inline ImVec4 with_alpha(ImVec4 c, float a) { c.w = a; return c; }

} // namespace app
