#include "app/theme.h"

namespace app {

static ImVec4 rgb(unsigned hex, float a = 1.0f) {
  return ImVec4(float((hex >> 16) & 0xff) / 255.0f, float((hex >> 8) & 0xff) / 255.0f,
                float(hex & 0xff) / 255.0f, a);
}

static Palette make_light() {
  Palette p;
  p.backdrop_top = rgb(0xeef2f8); p.backdrop_bottom = rgb(0xf8f9fb);
  p.card = rgb(0xffffff); p.card_border = rgb(0xd5dbe5);
  p.text = rgb(0x1b2430); p.text_muted = rgb(0x56606e); p.text_on_accent = rgb(0xffffff);
  p.accent = rgb(0x1f5fbf); p.accent_hover = rgb(0x2a6fd6); p.accent_active = rgb(0x184c99);
  p.accent_soft = rgb(0xe3edfb);
  p.current = rgb(0x1f5fbf); p.target = rgb(0xd9730d);
  p.good = rgb(0x1a7f4b); p.warn = rgb(0x9a5b00); p.bad = rgb(0xb42318);
  p.nav_highlight = rgb(0xd9730d);
  return p;
}

static Palette make_dark() {
  Palette p;
  p.backdrop_top = rgb(0x1a2130); p.backdrop_bottom = rgb(0x12161d);
  p.card = rgb(0x1f2633); p.card_border = rgb(0x354052);
  p.text = rgb(0xe8edf4); p.text_muted = rgb(0xa7b1c0); p.text_on_accent = rgb(0x0d1117);
  p.accent = rgb(0x6ea8ff); p.accent_hover = rgb(0x8cbaff); p.accent_active = rgb(0x5090f0);
  p.accent_soft = rgb(0x263650);
  p.current = rgb(0x6ea8ff); p.target = rgb(0xffa94d);
  p.good = rgb(0x56d08f); p.warn = rgb(0xf2c14e); p.bad = rgb(0xff7b72);
  p.nav_highlight = rgb(0xffa94d);
  return p;
}

static Palette make_high_contrast() {
  Palette p;
  p.high_contrast = true;
  p.backdrop_top = rgb(0x000000); p.backdrop_bottom = rgb(0x000000);
  p.card = rgb(0x000000); p.card_border = rgb(0xffffff);
  p.text = rgb(0xffffff); p.text_muted = rgb(0xe6e6e6); p.text_on_accent = rgb(0x000000);
  p.accent = rgb(0xffee00); p.accent_hover = rgb(0xfff566); p.accent_active = rgb(0xffd400);
  p.accent_soft = rgb(0x333300);
  p.current = rgb(0x00e5ff); p.target = rgb(0xffee00);
  p.good = rgb(0x7dff7d); p.warn = rgb(0xffee00); p.bad = rgb(0xff9b9b);
  p.nav_highlight = rgb(0x00e5ff);
  return p;
}

const Palette& palette(ThemeId id) {
  static const Palette light = make_light(), dark = make_dark(), hc = make_high_contrast();
  switch (id) {
    case ThemeId::Dark: return dark;
    case ThemeId::HighContrast: return hc;
    case ThemeId::Light: break;
  }
  return light;
}

const char* theme_name(ThemeId id) {
  switch (id) {
    case ThemeId::Dark: return "Dark";
    case ThemeId::HighContrast: return "High contrast";
    case ThemeId::Light: break;
  }
  return "Light";
}

void apply_theme(ImGuiStyle& s, const Palette& p) {
  s.WindowRounding = 0.0f;
  s.ChildRounding = 10.0f;
  s.FrameRounding = 8.0f;
  s.PopupRounding = 8.0f;
  s.GrabRounding = 8.0f;
  s.ScrollbarRounding = 8.0f;
  s.TabRounding = 8.0f;
  s.WindowPadding = ImVec2(0, 0);
  s.FramePadding = ImVec2(14, 9);
  s.ItemSpacing = ImVec2(10, 10);
  s.ItemInnerSpacing = ImVec2(8, 6);
  s.ScrollbarSize = 12.0f;
  s.WindowBorderSize = 0.0f;
  s.ChildBorderSize = 1.0f;
  s.FrameBorderSize = p.high_contrast ? 2.0f : 1.0f;
  s.PopupBorderSize = 1.0f;

  ImVec4* c = s.Colors;
  const ImVec4 clear(0, 0, 0, 0);
  c[ImGuiCol_Text] = p.text;
  c[ImGuiCol_TextDisabled] = p.text_muted;
  c[ImGuiCol_WindowBg] = clear;              // the shader backdrop shows through
  c[ImGuiCol_ChildBg] = p.card;
  c[ImGuiCol_PopupBg] = p.card;
  c[ImGuiCol_Border] = p.card_border;
  c[ImGuiCol_BorderShadow] = clear;
  c[ImGuiCol_FrameBg] = p.card;
  c[ImGuiCol_FrameBgHovered] = p.accent_soft;
  c[ImGuiCol_FrameBgActive] = p.accent_soft;
  c[ImGuiCol_TitleBg] = p.card;
  c[ImGuiCol_TitleBgActive] = p.card;
  c[ImGuiCol_TitleBgCollapsed] = p.card;
  c[ImGuiCol_MenuBarBg] = p.card;
  c[ImGuiCol_ScrollbarBg] = clear;
  c[ImGuiCol_ScrollbarGrab] = with_alpha(p.text_muted, 0.45f);
  c[ImGuiCol_ScrollbarGrabHovered] = with_alpha(p.text_muted, 0.65f);
  c[ImGuiCol_ScrollbarGrabActive] = with_alpha(p.text_muted, 0.85f);
  c[ImGuiCol_CheckMark] = p.accent;
  c[ImGuiCol_SliderGrab] = p.accent;
  c[ImGuiCol_SliderGrabActive] = p.accent_active;
  c[ImGuiCol_Button] = p.accent_soft;
  c[ImGuiCol_ButtonHovered] = with_alpha(p.accent, 0.25f);
  c[ImGuiCol_ButtonActive] = with_alpha(p.accent, 0.40f);
  c[ImGuiCol_Header] = p.accent_soft;
  c[ImGuiCol_HeaderHovered] = with_alpha(p.accent, 0.20f);
  c[ImGuiCol_HeaderActive] = with_alpha(p.accent, 0.35f);
  c[ImGuiCol_Separator] = p.card_border;
  c[ImGuiCol_SeparatorHovered] = p.accent;
  c[ImGuiCol_SeparatorActive] = p.accent;
  c[ImGuiCol_ResizeGrip] = clear;
  c[ImGuiCol_ResizeGripHovered] = clear;
  c[ImGuiCol_ResizeGripActive] = clear;
  c[ImGuiCol_Tab] = p.accent_soft;
  c[ImGuiCol_TabHovered] = with_alpha(p.accent, 0.30f);
  c[ImGuiCol_TabActive] = p.accent;
  c[ImGuiCol_TabUnfocused] = p.accent_soft;
  c[ImGuiCol_TabUnfocusedActive] = p.accent;
  c[ImGuiCol_PlotLines] = p.accent;
  c[ImGuiCol_PlotHistogram] = p.accent;
  c[ImGuiCol_TableHeaderBg] = p.accent_soft;
  c[ImGuiCol_TableBorderStrong] = p.card_border;
  c[ImGuiCol_TableBorderLight] = p.card_border;
  c[ImGuiCol_TableRowBg] = clear;
  c[ImGuiCol_TableRowBgAlt] = with_alpha(p.accent_soft, 0.5f);
  c[ImGuiCol_TextSelectedBg] = with_alpha(p.accent, 0.35f);
  c[ImGuiCol_DragDropTarget] = p.accent;
  c[ImGuiCol_NavHighlight] = p.nav_highlight;
  c[ImGuiCol_NavWindowingHighlight] = p.nav_highlight;
  c[ImGuiCol_NavWindowingDimBg] = ImVec4(0, 0, 0, 0.4f);
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.45f);
}

} // namespace app
