// The top bar: the title (home), the steps, the autosave status, earlier versions and
// the display settings (text size, theme), in the fullest form that fits the window.
#include <algorithm>
#include <cfloat>
#include <string>

#include "app/views.h"
#include "app/widgets.h"
#include "imgui.h"

namespace app {

// How much the top bar shows: the fullest form that fits the window at the current
// text size (a phone, a narrow window or large text each get a shorter one).
struct TopBarForm {
  bool brand = true;        // the title at the left
  bool long_brand = true;   // "AI Maturity Self-Assessment" rather than "AI maturity"
  int save_text = 2;        // 2 "✓ Saved in this browser", 1 "✓ Saved", 0 none (in the menu)
  bool menu = false;        // text size and theme in an "Aa" menu instead of buttons
};

static std::string save_label(const AppState& s, int form) {
  if (form == 0) return {};
  switch (s.save_status) {
    case SaveStatus::Saved:
      // Another tab's changes just arrived: said here, briefly, where nothing moves.
      if (!s.tab_update.empty()) return form == 2 ? "✓ Synced with another tab" : "✓ Synced";
      return form == 2 ? "✓ Saved in this browser" : "✓ Saved";
    case SaveStatus::Off: return form == 2 ? "Autosave off" : "Not saved";
    case SaveStatus::Failed: return "Not saved";
    case SaveStatus::NotYet: return {};
  }
  return {};
}

static ThemeId next_theme(ThemeId t) {
  return t == ThemeId::Light ? ThemeId::Dark : t == ThemeId::Dark ? ThemeId::HighContrast : ThemeId::Light;
}

void draw_top_bar(const AppState& s, Intents& act) {
  const Palette& p = ui::colors();
  const Fonts& fonts = ui::fonts();
  const bool narrow = layout_is_narrow(s);
  const float em = ui::em();
  const float pad = em * (narrow ? 0.9f : 1.5f);
  const float bar_h = em * 3.2f;
  const float button_pad = em * (narrow ? 0.3f : 0.5f);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetWindowPos();
  const float width = ImGui::GetWindowWidth();
  dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + bar_h), to_u32(with_alpha(p.card, 0.92f)));
  dl->AddLine(ImVec2(origin.x, origin.y + bar_h), ImVec2(origin.x + width, origin.y + bar_h), to_u32(p.card_border));
  ui::begin_landmark(sem::Role::Banner, "", origin, ImVec2(origin.x + width, origin.y + bar_h));

  struct Tab { caf::Step step; const char* label; };
  const Tab tabs[] = {{caf::Step::Profile, "Profile"}, {caf::Step::Assessment, "Questions"},
                      {caf::Step::Results, "Results"}, {caf::Step::Roadmap, "Roadmap"}};
  const bool show_tabs = s.step != caf::Step::Welcome && s.data_ok;
  // The one theme button names the theme it switches to.
  const ThemeId next = next_theme(s.prefs.theme);
  const char* theme_label = next == ThemeId::Dark ? "Dark" : next == ThemeId::HighContrast ? "Contrast" : "Light";

  // ---- Choose the form -------------------------------------------------------
  auto button_w = [&](const char* label, ImFont* font) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, label).x + button_pad * 2.0f;
  };
  // Under forced colors (Windows high contrast) the system sets the theme: no theme button.
  const bool system_theme = s.system.forced_colors;
  // Earlier versions, once there is something to go back to (in the menu on small screens).
  const bool show_versions = s.data_ok && (s.versions_kept || s.has_work());
  auto controls_w = [&](bool menu) {   // earlier versions, text size and theme, at the right
    return menu ? button_w("Aa", fonts.body)
                : (show_versions ? button_w("History", fonts.body) : 0.0f) + button_w("A−", fonts.body) * 2.0f +
                      (system_theme ? 0.0f : button_w(theme_label, fonts.body));
  };
  float tabs_w = 0.0f;
  if (show_tabs)
    for (const Tab& t : tabs) tabs_w += button_w(t.label, fonts.bold);
  auto needed = [&](const TopBarForm& f) {
    float w = pad * 2.0f + tabs_w + em * 0.3f;
    if (f.brand) w += button_w(f.long_brand ? "AI Maturity Self-Assessment" : "AI maturity", fonts.bold) + (show_tabs ? em * 1.5f : 0.0f);
    const std::string save = save_label(s, f.save_text);
    if (!save.empty()) w += fonts.small->CalcTextSizeA(fonts.small->FontSize, FLT_MAX, 0.0f, save.c_str()).x + em;
    return w + controls_w(f.menu);
  };
  // On phones the steps need the room; Back and Escape lead home from the profile.
  const TopBarForm phone{s.step == caf::Step::Welcome || !s.data_ok, false, 0, true};
  const TopBarForm forms[] = {{true, true, 2, false}, {true, true, 1, false}, {true, false, 1, false},
                              {true, false, 0, true}, phone};
  TopBarForm form = phone;
  if (!narrow)
    for (const TopBarForm& f : forms)
      if (needed(f) <= width) { form = f; break; }

  // ---- Brand and step tabs -----------------------------------------------------
  ImGui::SetCursorPos(ImVec2(pad, (bar_h - ImGui::GetFrameHeight()) * 0.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(button_pad, ImGui::GetStyle().FramePadding.y));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushFont(fonts.bold);
  ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
  if (form.brand && ui::plain_button(form.long_brand ? "AI Maturity Self-Assessment" : "AI maturity",
                                     "AI Maturity Self-Assessment: start page"))
    act.go(caf::Step::Welcome);
  ImGui::PopStyleColor();
  ImGui::PopFont();

  // Where you are and where you can go.
  if (show_tabs) {
    if (form.brand) ImGui::SameLine(0, narrow ? 0.0f : em * 1.5f);
    ui::begin_nav("Steps");
    for (const Tab& t : tabs) {
      const bool current = s.step == t.step;
      ImGui::PushStyleColor(ImGuiCol_Text, current ? p.accent : p.text_muted);
      if (current) ImGui::PushFont(fonts.bold);
      if (ui::step_button(t.label, current)) act.go(t.step);
      if (current) {
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        dl->AddRectFilled(ImVec2(a.x + em * 0.5f, origin.y + bar_h - em * 0.18f), ImVec2(b.x - em * 0.5f, origin.y + bar_h),
                          to_u32(p.accent));
        ImGui::PopFont();
      }
      ImGui::PopStyleColor();
      ImGui::SameLine(0, 0);
    }
    ui::end_nav();
  }

  // ---- Right side: autosave status and display settings ------------------------
  const std::string save_text = save_label(s, form.save_text);
  const float right_w = controls_w(form.menu);
  const float save_w = save_text.empty() ? 0.0f : ImGui::CalcTextSize(save_text.c_str()).x + em;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX() + em * 0.3f, width - pad - right_w - save_w));
  if (!save_text.empty()) {
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(fonts.small);
    ui::status_text(s.save_status == SaveStatus::Saved ? p.good : p.warn, save_text);
    if (ImGui::IsItemHovered() && !s.save_detail.empty()) ImGui::SetTooltip("%s", s.save_detail.c_str());
    else if (ImGui::IsItemHovered() && !s.tab_update.empty()) ImGui::SetTooltip("%s", (s.tab_update + ", saved in this browser").c_str());
    ImGui::PopFont();
    ImGui::SameLine(0, em);
  }
  ImGui::PushStyleColor(ImGuiCol_Text, p.text);
  auto theme_buttons = [&](bool all) {
    const ThemeId ids[] = {ThemeId::Light, ThemeId::Dark, ThemeId::HighContrast};
    for (ThemeId t : ids) {
      if (!all && t != next) continue;
      const char* label = all ? theme_name(t) : theme_label;
      const std::string name = std::string("Switch to the ") + theme_name(t) + " theme";
      if (all ? ui::choice_button(label, s.prefs.theme == t) : ui::plain_button(label, name)) act.set_theme(t);
      if (all) ImGui::SameLine();
    }
  };
  if (form.menu) {
    if (ui::plain_button("Aa", "Text size and theme")) ImGui::OpenPopup("##display");
    ui::tooltip("Text size and theme");
    ImGui::PopStyleColor();
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em, em));
    if (ui::begin_menu("##display", "Text size and theme")) {
      ui::text("Text size");
      if (ui::secondary_button("A−")) act.set_text_scale(s.prefs.text_scale - 0.15f);
      ui::tooltip("Smaller text");
      ImGui::SameLine();
      if (ui::secondary_button("A+")) act.set_text_scale(s.prefs.text_scale + 0.15f);
      ui::tooltip("Larger text");
      if (system_theme) {
        ui::text("Theme");
        ui::text_muted("High contrast, set by your system");
      } else {
        ui::begin_choices("Theme");
        ui::text("Theme");
        theme_buttons(true);
        ui::end_choices();
        ImGui::NewLine();
      }
      if (show_versions) {
        ui::space(0.3f);
        if (ui::secondary_button("Restore an earlier version…")) {
          ImGui::CloseCurrentPopup();
          act.open_versions();
        }
      }
      if (s.save_status != SaveStatus::Saved) ui::status_text(p.warn, s.save_status == SaveStatus::NotYet ? "Not saved yet" : "Autosave is off");
      else ui::status_text(p.good, s.tab_update.empty() ? "✓ Saved in this browser" : "✓ Synced with another tab");
      ui::end_menu();
    }
    ImGui::PopStyleVar();
  } else {
    if (show_versions) {
      if (ui::plain_button("History", "History: restore an earlier version")) act.open_versions();
      ui::tooltip("Restore an earlier version");
      ImGui::SameLine(0, 0);
    }
    if (ui::plain_button("A−", "Smaller text")) act.set_text_scale(s.prefs.text_scale - 0.15f);
    ui::tooltip("Smaller text");
    ImGui::SameLine(0, 0);
    if (ui::plain_button("A+", "Larger text")) act.set_text_scale(s.prefs.text_scale + 0.15f);
    ui::tooltip("Larger text");
    if (!system_theme) {
      ImGui::SameLine(0, 0);
      theme_buttons(false);
      ui::tooltip("Switch theme: light, dark, high contrast");
    }
    ImGui::PopStyleColor();
  }
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
  ui::end_landmark();
  ImGui::SetCursorPos(ImVec2(0, bar_h + 1));
}

} // namespace app
