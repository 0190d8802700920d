#include "app/widgets.h"

#include <algorithm>

#include "imgui_internal.h"

namespace app::ui {

static Context g_ctx;   // per-frame drawing context: fonts and colours of the current theme

void set_context(const Fonts& f, const Palette& p) { g_ctx.fonts = &f; g_ctx.palette = &p; }
const Fonts& fonts() { return *g_ctx.fonts; }
const Palette& colors() { return *g_ctx.palette; }

bool primary_button(const char* label, ImVec2 size) {
  const Palette& p = colors();
  ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent_hover);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.accent_active);
  ImGui::PushStyleColor(ImGuiCol_Text, p.text_on_accent);
  ImGui::PushStyleColor(ImGuiCol_Border, p.accent_active);
  ImGui::PushFont(fonts().bold);
  const bool clicked = ImGui::Button(label, size);
  ImGui::PopFont();
  ImGui::PopStyleColor(5);
  return clicked;
}

bool secondary_button(const char* label, ImVec2 size) {
  const Palette& p = colors();
  ImGui::PushStyleColor(ImGuiCol_Button, p.card);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent_soft);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, with_alpha(p.accent, 0.3f));
  ImGui::PushStyleColor(ImGuiCol_Border, p.card_border);
  const bool clicked = ImGui::Button(label, size);
  ImGui::PopStyleColor(4);
  return clicked;
}

bool link_button(const char* label) {
  const Palette& p = colors();
  ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent_soft);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.accent_soft);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em() * 0.25f, em() * 0.15f));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  const bool clicked = ImGui::Button(label);
  if (ImGui::IsItemHovered()) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const float y = b.y - em() * 0.2f;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x + em() * 0.25f, y), ImVec2(b.x - em() * 0.25f, y),
                                        to_u32(p.accent), std::max(1.0f, em() / 16.0f));
  }
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(4);
  return clicked;
}

void heading(ImFont* font, std::string_view s) { text_wrapped(s, font); }

void text(std::string_view s) { ImGui::TextUnformatted(s.data(), s.data() + s.size()); }

void text_colored(const ImVec4& color, std::string_view s) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  text(s);
  ImGui::PopStyleColor();
}

void text_muted(std::string_view s) { text_colored(colors().text_muted, s); }

void text_wrapped(std::string_view s, ImFont* font) {
  // Inside a column or card a wrap position is already set; elsewhere wrap at the window edge.
  const bool has_wrap = ImGui::GetCurrentWindow()->DC.TextWrapPos >= 0.0f;
  if (font) ImGui::PushFont(font);
  if (!has_wrap) ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(s.data(), s.data() + s.size());
  if (!has_wrap) ImGui::PopTextWrapPos();
  if (font) ImGui::PopFont();
}

void text_wrapped_muted(std::string_view s) {
  ImGui::PushStyleColor(ImGuiCol_Text, colors().text_muted);
  text_wrapped(s);
  ImGui::PopStyleColor();
}

void label_caps(std::string_view s) {
  ImGui::PushFont(fonts().small);
  text_colored(colors().accent, s);
  ImGui::PopFont();
}

struct CardFrame {
  ImVec2 start;
  float width = 0, min_height = 0, pad = 0;
  ImVec4 fill;
};
static ImVector<CardFrame> g_cards;   // open cards (at most one in practice)

void begin_card(float width, float min_height, const ImVec4* fill) {
  CardFrame f;
  f.start = ImGui::GetCursorScreenPos();
  f.width = width;
  f.min_height = min_height;
  f.pad = em() * 1.1f;
  f.fill = fill ? *fill : colors().card;
  g_cards.push_back(f);
  // Content goes on channel 1; the panel is drawn behind it on channel 0 once
  // its height is known.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(f.start.x + f.pad, f.start.y + f.pad));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * f.pad);
}

void end_card() {
  const CardFrame f = g_cards.back();
  g_cards.pop_back();
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  const float content_bottom = ImGui::GetItemRectMax().y;
  const float height = std::max(content_bottom + f.pad - f.start.y, f.min_height);
  const ImVec2 end(f.start.x + f.width, f.start.y + height);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSetCurrent(0);
  const float r = ImGui::GetStyle().ChildRounding;
  dl->AddRectFilled(f.start, end, to_u32(f.fill), r);
  dl->AddRect(f.start, end, to_u32(colors().card_border), r, 0, ImGui::GetStyle().ChildBorderSize);
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(f.start);
  ImGui::Dummy(ImVec2(f.width, height));   // the card is one item: SameLine() works after it
}

void progress_bar(float value, ImVec2 size, const ImVec4& fill, const char* overlay) {
  const Palette& p = colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 a = ImGui::GetCursorScreenPos();
  if (size.x <= 0) size.x = ImGui::GetContentRegionAvail().x;
  const ImVec2 b(a.x + size.x, a.y + size.y);
  const float r = size.y * 0.5f;
  dl->AddRectFilled(a, b, to_u32(with_alpha(p.text_muted, 0.18f)), r);
  const float v = std::clamp(value, 0.0f, 1.0f);
  if (v > 0.0f) dl->AddRectFilled(a, ImVec2(a.x + std::max(size.y, size.x * v), b.y), to_u32(fill), r);
  ImGui::Dummy(size);
  if (overlay && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", overlay);
}

float column_width(float max_em) {
  return std::min(ImGui::GetContentRegionAvail().x, max_em * em());
}

void center_column(float width) {
  const float avail = ImGui::GetContentRegionAvail().x;
  if (avail > width) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
}

} // namespace app::ui
