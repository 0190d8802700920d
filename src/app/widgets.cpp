// Index of this file
// [SECTION] Context and semantics helpers
// [SECTION] Controls
// [SECTION] Text
// [SECTION] Layout
// [SECTION] Structure
// [SECTION] Tables
// [SECTION] Dialogs
// [SECTION] Charts
#include "app/widgets.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "app/focus.h"
#include "app/radar.h"
#include "app/timeline.h"
#include "core/line_break.h"
#include "imgui_internal.h"

namespace app::ui {

//-----------------------------------------------------------------------------
// [SECTION] Context and semantics helpers
//-----------------------------------------------------------------------------

static Context g_ctx;   // per-frame drawing context: fonts and colours of the current theme

void set_context(const Context& context) { g_ctx = context; }
const Fonts& fonts() { return *g_ctx.fonts; }
const Palette& colors() { return *g_ctx.palette; }

sem::Tree& semantics() {
  static sem::Tree unused;   // widgets drawn without a tree (never in the app) still work
  return g_ctx.semantics ? *g_ctx.semantics : unused;
}

bool activated_by_enter() { return g_ctx.focus && g_ctx.focus->activated_by_enter(ImGui::GetItemID()); }

static sem::Rect rect_of(const ImRect& r) { return sem::Rect{r.Min.x, r.Min.y, r.GetWidth(), r.GetHeight()}; }
static sem::Rect item_rect() { return rect_of(ImGui::GetCurrentContext()->LastItemData.Rect); }
static ImGuiID item_id() { return ImGui::GetCurrentContext()->LastItemData.ID; }
static std::string_view shown(const char* label) { return {label, size_t(ImGui::FindRenderedTextEnd(label) - label)}; }

// Declares the control just drawn; a click from assistive technology (the DOM
// mirror) counts as a click on it.
static bool control(sem::Role role, std::string_view name, bool clicked, std::uint16_t state = 0,
                    std::string_view description = {}) {
  sem::Node& n = semantics().control(role, name, item_rect(), item_id(), state);
  if (!description.empty()) n.description = std::string(description);
  const bool from_outside = g_ctx.focus && g_ctx.focus->take_activation(item_id());
  return clicked || from_outside;
}

//-----------------------------------------------------------------------------
// [SECTION] Controls
//-----------------------------------------------------------------------------

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
  return control(sem::Role::Button, shown(label), clicked);
}

bool secondary_button(const char* label, ImVec2 size, std::string_view name) {
  const Palette& p = colors();
  ImGui::PushStyleColor(ImGuiCol_Button, p.card);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent_soft);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, with_alpha(p.accent, 0.3f));
  ImGui::PushStyleColor(ImGuiCol_Border, p.card_border);
  const bool clicked = ImGui::Button(label, size);
  ImGui::PopStyleColor(4);
  return control(sem::Role::Button, name.empty() ? shown(label) : name, clicked);
}

bool plain_button(const char* label, std::string_view name) {
  const bool clicked = ImGui::Button(label);
  return control(sem::Role::Button, name.empty() ? shown(label) : name, clicked);
}

bool step_button(const char* label, bool current) {
  const bool clicked = ImGui::Button(label);
  return control(sem::Role::Button, shown(label), clicked, current ? sem::Current : 0);
}

// At least 24 × 24 CSS px (WCAG 2.5.8): 1 em of text plus a quarter em above and below.
ImVec2 small_button_padding() { return ImVec2(em() * 0.5f, em() * 0.25f); }

bool small_button(const char* label, std::string_view name) {
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, small_button_padding());
  const bool clicked = ImGui::Button(label);
  ImGui::PopStyleVar();
  return control(sem::Role::Button, name, clicked);
}

bool link_button(const char* label, std::string_view url) {
  const Palette& p = colors();
  ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent_soft);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.accent_soft);
  // A quarter em above and below: 24 CSS px tall at the base text size (WCAG 2.5.8).
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em() * 0.25f, em() * 0.25f));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  // A label wider than the room left breaks at spaces (a phone's narrow column);
  // "###" keeps its id whatever the width, so focus stays on it across a resize.
  const float pad = em() * 0.25f;
  const float room = ImGui::GetContentRegionAvail().x - 2 * pad;
  std::string wrapped;
  if (room > em() && ImGui::CalcTextSize(label, nullptr, true).x > room)
    wrapped = wrap_text(shown(label), room) + "###" + label;
  const bool clicked = ImGui::Button(wrapped.empty() ? label : wrapped.c_str());
  if (ImGui::IsItemHovered()) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const float y = b.y - pad;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x + pad, y), ImVec2(b.x - pad, y),
                                        to_u32(p.accent), std::max(1.0f, em() / 16.0f));
  }
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(4);
  // With an address it is a link; without, an action that only looks like one (a button).
  const bool result = control(url.empty() ? sem::Role::Button : sem::Role::Link, shown(label), clicked);
  if (!url.empty()) semantics().last()->value = std::string(url);
  return result;
}

float choice_button_width(const char* label) {
  const float regular = ImGui::CalcTextSize(label, nullptr, true).x;
  ImGui::PushFont(fonts().bold);
  const float bold = ImGui::CalcTextSize(label, nullptr, true).x;
  ImGui::PopFont();
  return std::max(regular, bold) + ImGui::GetStyle().FramePadding.x * 2;
}

bool choice_button(const char* label, bool selected, ImVec2 size) {
  const Palette& p = colors();
  if (size.x == 0.0f) size.x = choice_button_width(label);
  ImGui::PushStyleColor(ImGuiCol_Button, selected ? p.accent : p.card);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, selected ? p.accent_hover : p.accent_soft);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, selected ? p.accent_active : with_alpha(p.accent, 0.3f));
  ImGui::PushStyleColor(ImGuiCol_Text, selected ? p.text_on_accent : p.text);
  ImGui::PushStyleColor(ImGuiCol_Border, selected ? p.accent_active : p.card_border);
  if (selected) ImGui::PushFont(fonts().bold);
  const bool clicked = ImGui::Button(label, size);
  if (selected) ImGui::PopFont();
  ImGui::PopStyleColor(5);
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiTestEngineHook_ItemInfo(&g, g.LastItemData.ID, label, selected ? ImGuiItemStatusFlags_Checked : 0);
  return control(sem::Role::Radio, shown(label), clicked, selected ? sem::Checked : 0);
}

// Opens and closes what follows it (ImGui keeps the open state per id, like a
// tree node: what a view shows, not what the app knows). A button that is
// expanded or collapsed for screen readers.
bool disclosure(const char* label) {
  ImGuiStorage* store = ImGui::GetStateStorage();
  const ImGuiID key = ImGui::GetID(label);
  const bool open = store->GetBool(key, false);
  const std::string shown_label = std::string(open ? "▼ " : "▶ ") + label;  // ▶ closed, ▼ open, as in a file tree
  const Palette& p = colors();
  ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent_soft);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.accent_soft);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em() * 0.25f, em() * 0.25f));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  ImGui::PushID(label);
  const bool clicked = ImGui::Button(shown_label.c_str());
  ImGui::PopID();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(4);
  if (control(sem::Role::Button, shown(label), clicked, open ? sem::Expanded : sem::Collapsed)) {
    store->SetBool(key, !open);
    return !open;
  }
  return open;
}

bool toggle_button(const char* label, bool on, std::string_view name, ImVec2 size) {
  const Palette& p = colors();
  ImGui::PushStyleColor(ImGuiCol_Button, on ? p.accent : p.card);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, on ? p.accent_hover : p.accent_soft);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, on ? p.accent_active : with_alpha(p.accent, 0.3f));
  ImGui::PushStyleColor(ImGuiCol_Text, on ? p.text_on_accent : p.text);
  ImGui::PushStyleColor(ImGuiCol_Border, on ? p.accent_active : p.card_border);
  const bool clicked = ImGui::Button(label, size);
  ImGui::PopStyleColor(5);
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiTestEngineHook_ItemInfo(&g, g.LastItemData.ID, label, on ? ImGuiItemStatusFlags_Checked : 0);
  return control(sem::Role::Button, name.empty() ? shown(label) : name, clicked, on ? sem::Pressed : 0);
}

// Draws a keyboard focus ring around the last item when it has keyboard focus.
static void focus_ring(float rounding) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.NavId != g.LastItemData.ID || g.NavDisableHighlight) return;
  const float t = std::max(2.0f, em() * 0.15f);
  ImGui::GetWindowDrawList()->AddRect(ImVec2(g.LastItemData.Rect.Min.x - t, g.LastItemData.Rect.Min.y - t),
                                      ImVec2(g.LastItemData.Rect.Max.x + t, g.LastItemData.Rect.Max.y + t),
                                      to_u32(colors().nav_highlight), rounding + t, 0, t);
}

bool option_row(const char* key, std::string_view label, std::string_view detail, bool selected, float width) {
  const Palette& p = colors();
  const float e = em();
  const float pad = e * 0.8f, badge_d = e * 1.9f;
  const float text_x = pad + badge_d + e * 0.8f;
  const float wrap = std::max(e * 5, width - text_x - pad);
  const std::string label_lines = wrap_text(label, wrap, fonts().bold);
  const std::string detail_lines = wrap_text(detail, wrap);
  ImGui::PushFont(fonts().bold);
  const ImVec2 label_size = ImGui::CalcTextSize(label_lines.c_str());
  ImGui::PopFont();
  const ImVec2 detail_size = ImGui::CalcTextSize(detail_lines.c_str());
  const float h = std::max(badge_d, label_size.y + (detail.empty() ? 0 : e * 0.2f + detail_size.y)) + pad * 2;

  ImGui::PushID(key);
  const ImVec2 a = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton("##row", ImVec2(width, h));
  const bool hovered = ImGui::IsItemHovered();
  ImGuiContext& g = *ImGui::GetCurrentContext();
  std::string info(label);
  ImGuiTestEngineHook_ItemInfo(&g, g.LastItemData.ID, info.c_str(), selected ? ImGuiItemStatusFlags_Checked : 0);
  clicked = control(sem::Role::Radio, label, clicked, selected ? sem::Checked : 0, detail);
  ImGui::PopID();

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 b(a.x + width, a.y + h);
  const float r = ImGui::GetStyle().FrameRounding;
  const ImVec4 fill = selected ? p.accent_soft : hovered ? with_alpha(p.accent_soft, 0.6f) : p.card;
  dl->AddRectFilled(a, b, to_u32(fill), r);
  dl->AddRect(a, b, to_u32(selected ? p.accent : p.card_border), r, 0, selected ? std::max(1.5f, e * 0.12f) : ImGui::GetStyle().FrameBorderSize);
  const ImVec2 c(a.x + pad + badge_d * 0.5f, a.y + pad + badge_d * 0.5f);
  dl->AddCircleFilled(c, badge_d * 0.5f, to_u32(selected ? p.accent : with_alpha(p.text_muted, 0.15f)), 24);
  ImGui::PushFont(fonts().bold);
  const char* key_shown = selected ? "✓" : key;
  const ImVec2 ks = ImGui::CalcTextSize(key_shown);
  dl->AddText(ImVec2(c.x - ks.x * 0.5f, c.y - ks.y * 0.5f), to_u32(selected ? p.text_on_accent : p.text), key_shown);
  dl->AddText(ImVec2(a.x + text_x, a.y + pad), to_u32(p.text), label_lines.c_str());
  ImGui::PopFont();
  if (!detail.empty())
    dl->AddText(ImVec2(a.x + text_x, a.y + pad + label_size.y + e * 0.2f), to_u32(p.text_muted), detail_lines.c_str());
  focus_ring(r);
  return clicked;
}

bool check_row(const char* label, bool checked, std::string_view description) {
  const Palette& p = colors();
  const float e = em();
  const float box = e * 1.25f;
  ImGui::PushFont(fonts().bold);
  const ImVec2 ts = ImGui::CalcTextSize(label, nullptr, true);
  ImGui::PopFont();
  const ImVec2 a = ImGui::GetCursorScreenPos();
  const float h = std::max(e * 1.5f, ts.y);   // at least 24 CSS px tall at the base text size
  bool clicked = ImGui::InvisibleButton(label, ImVec2(box + e * 0.6f + ts.x, h));
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiTestEngineHook_ItemInfo(&g, g.LastItemData.ID, label, ImGuiItemStatusFlags_Checkable | (checked ? ImGuiItemStatusFlags_Checked : 0));
  clicked = control(sem::Role::Checkbox, shown(label), clicked, checked ? sem::Checked : 0, description);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 b0(a.x, a.y + (h - box) * 0.5f), b1(b0.x + box, b0.y + box);
  dl->AddRectFilled(b0, b1, to_u32(checked ? p.good : p.card), e * 0.25f);
  dl->AddRect(b0, b1, to_u32(checked ? p.good : p.text_muted), e * 0.25f, 0, std::max(1.0f, e * 0.09f));
  if (checked) {
    const float t = box;
    const ImVec2 pts[3] = {ImVec2(b0.x + t * 0.22f, b0.y + t * 0.52f), ImVec2(b0.x + t * 0.43f, b0.y + t * 0.72f),
                           ImVec2(b0.x + t * 0.78f, b0.y + t * 0.3f)};
    dl->AddPolyline(pts, 3, to_u32(p.text_on_accent), 0, std::max(1.5f, e * 0.13f));
  }
  ImGui::PushFont(fonts().bold);
  dl->AddText(ImVec2(b1.x + e * 0.6f, a.y + (h - ts.y) * 0.5f), to_u32(p.text), label, ImGui::FindRenderedTextEnd(label));
  ImGui::PopFont();
  focus_ring(e * 0.25f);
  return clicked;
}

// The words of `text` that fit in `width`, then "…" (the whole text if it fits).
static std::string elide(std::string_view text, float width) {
  if (ImGui::CalcTextSize(text.data(), text.data() + text.size()).x <= width) return std::string(text);
  std::string cut(text);
  while (!cut.empty()) {
    const size_t space = cut.rfind(' ');
    cut.resize(space == std::string::npos ? 0 : space);
    if (ImGui::CalcTextSize((cut + "…").c_str()).x <= width) break;
  }
  return cut + "…";
}

bool nav_row(const char* label, bool current, std::string_view description, ImVec2 size) {
  // A long name is cut for the eye; the tooltip and the accessible name keep it whole.
  const std::string_view name = shown(label);
  const float room = size.x > 0 ? size.x - ImGui::GetStyle().FramePadding.x : ImGui::GetContentRegionAvail().x;
  const std::string text = elide(name, room);
  const bool clicked = ImGui::Selectable((text + "##" + std::string(name)).c_str(), current, 0, size);
  const bool cut = text.size() != name.size();
  if (cut && ImGui::IsItemHovered()) ImGui::SetTooltip("%.*s", int(name.size()), name.data());
  return control(sem::Role::Button, name, clicked, current ? sem::Current : 0, description);
}

void tooltip(std::string_view text) {
  if (ImGui::IsItemHovered()) {
    // At most 28 em wide and never wider than the window: a phone shows all of it.
    const float width = std::min(em() * 28.0f, ImGui::GetIO().DisplaySize.x - em() * 2.0f);
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(wrap_text(text, std::max(width, em() * 6.0f)).c_str());
    ImGui::EndTooltip();
  }
  sem::Node* n = semantics().last();
  if (n && n->control != 0 && n->control == item_id() && n->description.empty() && n->name != text)
    n->description = std::string(text);
}

//-----------------------------------------------------------------------------
// [SECTION] Text
//-----------------------------------------------------------------------------

std::string wrap_text(std::string_view s, float width, ImFont* font) {
  ImFont* f = font ? font : ImGui::GetFont();
  const float size = font ? font->FontSize : ImGui::GetFontSize();
  return caf::break_lines(s, width, [f, size](std::string_view piece) {
    return f->CalcTextSizeA(size, FLT_MAX, 0.0f, piece.data(), piece.data() + piece.size()).x;
  });
}

// Text honours the wrap position like ImGui's, but breaks lines only at spaces
// (ImGui would also break after '.', splitting "51.9" or "e.g.").
static void draw_text(std::string_view s) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const float wrap_pos = window->DC.TextWrapPos;
  if (wrap_pos < 0.0f) {
    ImGui::TextUnformatted(s.data(), s.data() + s.size());
    return;
  }
  const std::string lines = wrap_text(s, ImGui::CalcWrapWidthForPos(window->DC.CursorPos, wrap_pos));
  ImGui::PushTextWrapPos(-1.0f);
  ImGui::TextUnformatted(lines.data(), lines.data() + lines.size());
  ImGui::PopTextWrapPos();
}

static void draw_wrapped(std::string_view s, ImFont* font) {
  // Inside a column or card a wrap position is already set; elsewhere wrap at the window edge.
  const bool has_wrap = ImGui::GetCurrentWindow()->DC.TextWrapPos >= 0.0f;
  if (font) ImGui::PushFont(font);
  if (!has_wrap) ImGui::PushTextWrapPos(0.0f);
  draw_text(s);
  if (!has_wrap) ImGui::PopTextWrapPos();
  if (font) ImGui::PopFont();
}

void text(std::string_view s) {
  draw_text(s);
  semantics().add(sem::Role::Text, s, item_rect());
}

void text_colored(const ImVec4& color, std::string_view s) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  text(s);
  ImGui::PopStyleColor();
}

void text_muted(std::string_view s) { text_colored(colors().text_muted, s); }

void text_wrapped(std::string_view s, ImFont* font) {
  draw_wrapped(s, font);
  semantics().add(sem::Role::Text, s, item_rect());
}

void text_wrapped_muted(std::string_view s) {
  ImGui::PushStyleColor(ImGuiCol_Text, colors().text_muted);
  text_wrapped(s);
  ImGui::PopStyleColor();
}

static float wrap_width_here() {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const float wrap_pos = window->DC.TextWrapPos >= 0.0f ? window->DC.TextWrapPos : 0.0f;
  return ImGui::CalcWrapWidthForPos(window->DC.CursorPos, wrap_pos);
}

void text_block_muted(std::string_view shown, const std::vector<std::string_view>& fits) {
  const float wrap = wrap_width_here();
  const std::string lines = wrap_text(shown, wrap);
  float tallest = ImGui::CalcTextSize(lines.c_str()).y;
  for (std::string_view f : fits) tallest = std::max(tallest, ImGui::CalcTextSize(wrap_text(f, wrap).c_str()).y);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(wrap, tallest));   // the block's place in the layout, whatever is shown
  ImGui::GetWindowDrawList()->AddText(at, to_u32(colors().text_muted), lines.c_str());
  semantics().add(sem::Role::Text, shown, item_rect());
}

void heading(ImFont* font, std::string_view s, int level) {
  draw_wrapped(s, font);
  if (level <= 0) level = font == fonts().h1 ? 1 : font == fonts().h2 ? 2 : 3;
  semantics().add(sem::Role::Heading, s, item_rect()).level = std::uint8_t(level);
}

void title(std::string_view s, int level, const ImVec4* color) {
  if (color) ImGui::PushStyleColor(ImGuiCol_Text, *color);
  draw_wrapped(s, fonts().bold);
  if (color) ImGui::PopStyleColor();
  semantics().add(sem::Role::Heading, s, item_rect()).level = std::uint8_t(std::clamp(level, 1, 6));
}

void label_caps(std::string_view s) {
  ImGui::PushFont(fonts().small);
  text_colored(colors().accent, s);
  ImGui::PopFont();
}

void status_text(const ImVec4& color, std::string_view s) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  draw_text(s);
  ImGui::PopStyleColor();
  semantics().add(sem::Role::Status, s, item_rect());
}

void badge(std::string_view s, const ImVec4& color) {
  ImGui::PushFont(fonts().small);
  const ImVec2 ts = ImGui::CalcTextSize(s.data(), s.data() + s.size());
  const ImVec2 pad(em() * 0.5f, em() * 0.18f);
  const ImVec2 a = ImGui::GetCursorScreenPos();
  const ImVec2 size(ts.x + pad.x * 2, ts.y + pad.y * 2);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(a, ImVec2(a.x + size.x, a.y + size.y), to_u32(with_alpha(color, colors().high_contrast ? 0.0f : 0.14f)), size.y * 0.5f);
  dl->AddRect(a, ImVec2(a.x + size.x, a.y + size.y), to_u32(with_alpha(color, 0.7f)), size.y * 0.5f);
  dl->AddText(ImVec2(a.x + pad.x, a.y + pad.y), to_u32(color), s.data(), s.data() + s.size());
  ImGui::Dummy(size);
  ImGui::PopFont();
  semantics().add(sem::Role::Text, s, item_rect());
}

//-----------------------------------------------------------------------------
// [SECTION] Layout
//-----------------------------------------------------------------------------

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

void progress_bar(float value, ImVec2 size, const ImVec4& fill, std::string_view name) {
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
  sem::Node& n = semantics().add(sem::Role::ProgressBar, name, item_rect());
  n.value_now = std::round(v * 100.0f);
  n.value = std::to_string(int(n.value_now)) + " %";
}

float column_width(float max_em) {
  return std::min(ImGui::GetContentRegionAvail().x, max_em * em());
}

void center_column(float width) {
  const float avail = ImGui::GetContentRegionAvail().x;
  if (avail > width) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
}

void space(float ems) { ImGui::Dummy(ImVec2(0, em() * ems)); }

void flow_next(const char* next_label, float right) {
  const float w = ImGui::CalcTextSize(next_label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SameLine();
  if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
}

//-----------------------------------------------------------------------------
// [SECTION] Structure
//-----------------------------------------------------------------------------

void begin_choices(std::string_view name) { semantics().begin(sem::Role::RadioGroup, name); }
void end_choices() { semantics().end(); }
void begin_list(std::string_view name) { semantics().begin(sem::Role::List, name); }
void end_list() { semantics().end(); }
void begin_list_item() { semantics().begin(sem::Role::ListItem); }
void end_list_item() { semantics().end(); }
void begin_section(std::string_view name) { semantics().begin(sem::Role::Region, name); }
void end_section() { semantics().end(); }
void begin_landmark(sem::Role role, std::string_view name, ImVec2 min, ImVec2 max) {
  semantics().begin_at(role, name, sem::Rect{min.x, min.y, max.x - min.x, max.y - min.y});
}
void end_landmark() { semantics().end(); }
void begin_nav(std::string_view name) { semantics().begin(sem::Role::Navigation, name); }
void end_nav() { semantics().end(); }
void begin_hidden() { semantics().push_hidden(); }
void end_hidden() { semantics().pop_hidden(); }

//-----------------------------------------------------------------------------
// [SECTION] Tables
//-----------------------------------------------------------------------------

// The open table's semantic rows and cells are closed as the next one starts.
struct TableState { bool row_open = false, cell_open = false; };
static TableState g_table;

static void close_cell() {
  if (g_table.cell_open) semantics().end();
  g_table.cell_open = false;
}

static void close_row() {
  close_cell();
  if (g_table.row_open) semantics().end();
  g_table.row_open = false;
}

bool begin_table(const char* id, std::string_view name, std::initializer_list<const char*> headers,
                 std::initializer_list<float> weights, float width) {
  if (!ImGui::BeginTable(id, int(headers.size()),
                         ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp,
                         ImVec2(width, 0)))
    return false;
  auto w = weights.begin();
  for (const char* h : headers) {
    ImGui::TableSetupColumn(h, ImGuiTableColumnFlags_WidthStretch, w != weights.end() ? *w++ : 1.0f);
  }
  sem::Tree& t = semantics();
  t.begin(sem::Role::Table, name);
  // ImGui's header row draws the headers; the tree gets them as column headers.
  t.push_hidden();
  ImGui::TableHeadersRow();
  t.pop_hidden();
  t.begin(sem::Role::Row);
  for (const char* h : headers) t.add(sem::Role::ColumnHeader, h, sem::Rect{});   // table cells are not placed
  t.end();
  g_table = {};
  return true;
}

void table_row() {
  close_row();
  ImGui::TableNextRow();
  semantics().begin(sem::Role::Row);
  g_table.row_open = true;
}

void table_cell() {
  close_cell();
  ImGui::TableNextColumn();
  semantics().begin(sem::Role::Cell);
  g_table.cell_open = true;
}

void end_table() {
  close_row();
  semantics().end();   // the table
  ImGui::EndTable();
}

void data_table(std::string_view name, const std::vector<std::string>& headers,
                const std::vector<std::vector<std::string>>& rows) {
  sem::Tree& t = semantics();
  t.begin_at(sem::Role::Table, name, item_rect());
  t.begin(sem::Role::Row);
  for (const std::string& h : headers) t.add(sem::Role::ColumnHeader, h, sem::Rect{});
  t.end();
  for (const std::vector<std::string>& row : rows) {
    t.begin(sem::Role::Row);
    for (size_t i = 0; i < row.size(); ++i) t.add(i == 0 ? sem::Role::RowHeader : sem::Role::Cell, row[i], sem::Rect{});
    t.end();
  }
  t.end();
}

//-----------------------------------------------------------------------------
// [SECTION] Dialogs
//-----------------------------------------------------------------------------

bool begin_dialog(const char* title, bool open, float width) {
  const float e = em();
  if (open && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.4f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(vp->Size.x - 2 * e, width), 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(e * 1.2f, e * 1.2f));
  const bool shown_now = ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::PopStyleVar();
  if (!shown_now) return false;
  if (!open) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return false;
  }
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  semantics().begin_top_level(sem::Role::Dialog, shown(title), rect_of(w->Rect()), sem::Modal);
  semantics().add(sem::Role::Heading, shown(title), rect_of(w->TitleBarRect())).level = 2;
  return true;
}

void end_dialog() {
  semantics().end();
  ImGui::EndPopup();
}

bool begin_menu(const char* id, std::string_view name) {
  if (!ImGui::BeginPopup(id)) return false;
  semantics().begin_top_level(sem::Role::Dialog, name, rect_of(ImGui::GetCurrentWindow()->Rect()));
  return true;
}

void end_menu() {
  semantics().end();
  ImGui::EndPopup();
}

//-----------------------------------------------------------------------------
// [SECTION] Charts
//-----------------------------------------------------------------------------

void radar_chart(const std::vector<RadarAxis>& axes, float size) {
  if (g_ctx.radar) g_ctx.radar->draw(axes, size, colors(), g_ctx.px);
  else ImGui::Dummy(ImVec2(size, size));
}

void timeline_rects(const std::vector<TimelineRect>& rects) {
  if (g_ctx.timeline) g_ctx.timeline->draw(rects, colors().nav_highlight, g_ctx.px);
}

bool bar_button(const char* id, std::string_view name, ImVec2 min, ImVec2 max, std::string_view description) {
  ImGui::SetCursorScreenPos(min);
  const std::string label = std::string(name) + "##" + id;
  const bool clicked = ImGui::InvisibleButton(label.c_str(), ImVec2(std::max(1.0f, max.x - min.x), std::max(1.0f, max.y - min.y)));
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  // InvisibleButton tells the item hooks no label: given here, so Tab visits the bar.
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiTestEngineHook_ItemInfo(&g, g.LastItemData.ID, label.c_str(), 0);
  return control(sem::Role::Button, name, clicked, 0, description);
}

bool has_focus(ImGuiID id) { return g_ctx.focus && id != 0 && g_ctx.focus->focused_id() == id; }

} // namespace app::ui
