// Index of this file
// [SECTION] Start-up: data, autosave
// [SECTION] Shell-facing
// [SECTION] Frame, top bar, notices
// [SECTION] Keyboard
// [SECTION] Intents
// [SECTION] Autosave and announcements
// [SECTION] Automation hook
#include "app/app.h"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <nlohmann/json.hpp>

#include "app/widgets.h"
#include "core/format.h"
#include "core/model_loader.h"
#include "core/export_csv.h"
#include "core/export_html.h"
#include "core/export_markdown.h"
#include "core/import.h"
#include "core/share_link.h"
#include "core/session_io.h"
#include "imgui.h"
#include "imgui_internal.h"

namespace app {

using json = nlohmann::json;

//-----------------------------------------------------------------------------
// [SECTION] Start-up: data, autosave
//-----------------------------------------------------------------------------

bool App::init(platform::Platform& platform) {
  platform_ = &platform;
  items.install();
  rebuild_fonts();
  if (!renderer_.create()) return false;
  background_.create();
  radar.create();
  load_builtin_data();
  if (data_ok) restore_autosave();
  if (data_ok) open_share_fragment();
  request_frames(3);
  return true;
}

void App::load_builtin_data() {
  auto m = caf::builtin_model();
  if (!m.ok()) {
    data_error = caf::errors_to_string(m.errors);
    return;
  }
  model = std::move(*m.value);
  auto c = caf::builtin_catalogue(model);
  if (!c.ok()) {
    data_error = caf::errors_to_string(c.errors);
    return;
  }
  catalogue = std::move(*c.value);
  sequence = caf::question_sequence(model);
  session = caf::new_session(model);
  data_ok = true;
  recompute();
}

// After a reload the user is exactly where they were. Unreadable stored data is
// kept under a second key (so nothing is lost) and the user is told why.
void App::restore_autosave() {
  const platform::StorageRead stored = platform_->storage_read(caf::kAutosaveKey);
  switch (stored.status) {
    case platform::StorageStatus::Missing: return;
    case platform::StorageStatus::Disabled:
    case platform::StorageStatus::Full:
    case platform::StorageStatus::Error:
      save_status = SaveStatus::Off;
      save_detail = stored.detail;
      show_notice(Notice::Kind::Warning, "Autosave is off",
                  "This browser does not let the page keep data (" + stored.detail +
                      "). Your answers stay in this tab until you close it; download a session file to keep them.");
      return;
    case platform::StorageStatus::Ok: break;
  }
  auto parsed = caf::parse_autosave(stored.value, model, catalogue);
  if (!parsed.ok()) {
    platform_->storage_write(caf::kAutosaveBackupKey, stored.value, nullptr);
    show_notice(Notice::Kind::Error, "Your saved assessment could not be read",
                parsed.errors.front().to_string() +
                    ". A copy of the stored data was kept in this browser (key \"" + caf::kAutosaveBackupKey +
                    "\"); you are starting a new assessment.");
    return;
  }
  session = std::move(parsed.value->session);
  restored = true;
  restored_at = parsed.value->saved_at;
  save_status = SaveStatus::Saved;
  apply_view_state(parsed.value->view);
  recompute();
}

void App::apply_view_state(const caf::ViewState& view) {
  step = view.step;
  if (auto i = caf::index_of(sequence, view.question)) question = *i;
  prefs.theme = view.theme == "dark" ? ThemeId::Dark
              : view.theme == "high_contrast" ? ThemeId::HighContrast : ThemeId::Light;
  prefs.text_scale = float(view.text_scale);
  fonts.scale = 0.0f;   // rebuild fonts and style for the restored theme and size
}

caf::ViewState App::view_state() const {
  caf::ViewState v;
  v.step = step;
  if (question >= 0 && question < int(sequence.size())) v.question = sequence[question].question->id;
  v.theme = prefs.theme == ThemeId::Dark ? "dark" : prefs.theme == ThemeId::HighContrast ? "high_contrast" : "light";
  v.text_scale = double(std::lround(prefs.text_scale * 100.0f)) / 100.0;
  return v;
}

//-----------------------------------------------------------------------------
// [SECTION] Shell-facing
//-----------------------------------------------------------------------------

void App::set_display(float dpr, float css_width, float css_height) {
  display.dpr = dpr;
  display.css_width = css_width;
  display.css_height = css_height;
}

bool App::fonts_need_rebuild() const {
  return std::fabs(fonts.scale - display.dpr * prefs.text_scale) > 0.01f;
}

void App::rebuild_fonts() {
  const float scale = display.dpr * prefs.text_scale;
  build_fonts(fonts, scale);
  ImGuiStyle style;
  apply_theme(style, palette(prefs.theme));
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
  renderer_.rebuild_font_texture();
}

void App::recreate_gpu_resources() {
  renderer_.destroy();
  renderer_.create();
  background_.destroy();
  background_.create();
  radar.destroy();
  radar.create();
}

void App::render(const ImDrawData& data, int width, int height) {
  background_.draw(width, height, display.dpr * prefs.text_scale, palette(prefs.theme));
  renderer_.render(data, width, height);
}

// Narrow (phone layout) when the window holds less than 760 CSS px of text at the
// user's text size: larger text on a small laptop gets the one-column layout too.
bool layout_is_narrow(const App& app) { return app.display.css_width / app.prefs.text_scale < 760.0f; }

void App::on_key_pressed(int key, int mods) {
  pending_keys_.push_back({key, mods});
  request_frames(2);
}

void App::on_touch(float x, float y, float dx, float dy) {
  ImGuiIO& io = ImGui::GetIO();
  if (x >= 0 && y >= 0) io.MousePos = ImVec2(x, y);
  // ImGui 1.86 scrolls 5 lines per wheel step: turn finger pixels into steps.
  const float step_px = 5.0f * ImGui::GetFontSize();
  if (step_px > 0) {
    io.MouseWheel += dy / step_px;
    io.MouseWheelH += dx / step_px;
  }
  request_frames(2);
}

void App::on_file_opened(int purpose, std::string_view name, std::string_view bytes, std::string_view error) {
  request_frames(3);
  if (!error.empty()) {
    show_notice(Notice::Kind::Error, "Could not open " + std::string(name), std::string(error));
    return;
  }
  auto imported = caf::import_session(bytes, std::string(name), model, catalogue);
  if (!imported.ok()) {
    std::string text;
    const auto& errors = imported.session.errors;
    for (size_t i = 0; i < errors.size() && i < 4; ++i) text += errors[i].to_string() + "\n";
    if (errors.size() > 4) text += "… and " + std::to_string(errors.size() - 4) + " more problems.\n";
    text += "Your current answers are unchanged.";
    show_notice(Notice::Kind::Error, "This file is not a session this app can open", text);
    return;
  }
  caf::Session incoming = std::move(*imported.session.value);
  switch (FilePurpose(purpose)) {
    case FilePurpose::Import:
      offer_session(std::move(incoming), "the file " + std::string(name), imported.notes);
      break;
    case FilePurpose::Compare:
      baseline = Baseline{std::move(incoming), std::string(name), {}};
      results_stale_ = true;
      show_notice(Notice::Kind::Success, "Comparing with " + std::string(name),
                  "The changes since that assessment are on the Results screen.");
      if (step != caf::Step::Results) go(caf::Step::Results);
      break;
    case FilePurpose::Merge:
      if (!merge_set) merge_set = MergeSet{};
      merge_set->sessions.push_back(std::move(incoming));
      merge_set->names.emplace_back(name);
      results_stale_ = true;
      if (step != caf::Step::Results) go(caf::Step::Results);
      break;
  }
}

// [SECTION] Sessions from outside (import, share link) ------------------------

void App::offer_session(caf::Session incoming, std::string source, std::vector<std::string> notes) {
  if (has_work()) {
    pending_replace = PendingReplace{std::move(incoming), std::move(source), std::move(notes)};
    request_frames(3);
    return;
  }
  adopt_session(std::move(incoming), source, notes);
}

void App::accept_pending() {
  if (!pending_replace) return;
  PendingReplace p = std::move(*pending_replace);
  pending_replace.reset();
  adopt_session(std::move(p.session), p.source, p.notes);
}

void App::reject_pending() {
  if (!pending_replace) return;
  show_notice(Notice::Kind::Info, "Kept your current answers", "Nothing from " + pending_replace->source + " was used.");
  pending_replace.reset();
}

void App::adopt_session(caf::Session incoming, const std::string& source, const std::vector<std::string>& notes) {
  session = std::move(incoming);
  what_if.reset();
  changed();
  std::string text = std::to_string(int(std::lround(caf::answered_share(model, session) * 100))) +
                     "% of the questions are answered.";
  for (const std::string& n : notes) text += " " + n;
  show_notice(Notice::Kind::Success, "Opened " + source, text);
  go(session.profile.empty() ? caf::Step::Profile : caf::Step::Results);
}

void App::draw_replace_dialog() {
  if (!pending_replace) return;
  const float em = ui::em();
  if (!ImGui::IsPopupOpen("Replace your answers?")) ImGui::OpenPopup("Replace your answers?");
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.4f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(vp->Size.x - 2 * em, em * 30.0f), 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em * 1.2f, em * 1.2f));
  if (ImGui::BeginPopupModal("Replace your answers?", nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_AlwaysAutoResize)) {
    ui::text_wrapped("Opening " + pending_replace->source + " replaces the answers, notes and ticks you have in "
                     "this browser now. Save your current session file first if you want to keep it.");
    ui::space(0.4f);
    if (ui::primary_button("Replace my answers")) {
      ImGui::CloseCurrentPopup();
      accept_pending();
    }
    ImGui::SameLine();
    if (ui::secondary_button("Save mine first")) download_session();
    ImGui::SameLine();
    if (ui::secondary_button("Keep my answers")) {
      ImGui::CloseCurrentPopup();
      reject_pending();
    }
    ImGui::SetItemDefaultFocus();   // the keyboard starts on the safe choice
    ImGui::EndPopup();
  }
  ImGui::PopStyleVar();
}

void App::on_text_edited(int, std::string_view text, bool accepted) {
  request_frames(3);
  if (!accepted || pending_note_id_.empty()) {
    pending_note_id_.clear();
    return;
  }
  std::string note(text.substr(0, caf::kMaxNoteLength * 4));
  if (pending_note_is_item_) {
    caf::ItemState& st = session.items[pending_note_id_];
    st.note = note;
    if (!st.done && st.note.empty()) session.items.erase(pending_note_id_);
  } else if (note.empty()) {
    session.notes.erase(pending_note_id_);
  } else {
    session.notes[pending_note_id_] = note;
  }
  pending_note_id_.clear();
  changed();
}

void App::on_url_fragment_changed() {
  if (data_ok) open_share_fragment();
  request_frames(2);
}

//-----------------------------------------------------------------------------
// [SECTION] Frame, top bar, notices
//-----------------------------------------------------------------------------

void App::draw_frame() {
  if (frames_requested_ > 0) --frames_requested_;
  if (results_stale_) {
    recompute();
    results_stale_ = false;
  }
  items.begin_frame();
  ui::set_context(fonts, palette(prefs.theme));
  radar.begin_frame();

  // App shortcuts, handled inside the frame where ImGui's focus state is valid.
  const bool typing = ImGui::GetIO().WantTextInput;
  for (const KeyPress& press : pending_keys_) {
    if (typing) break;
    const int key = press.key;
    // Shift as it was when this key went down (it may be up again by this frame).
    const bool shift = (press.mods & GLFW_MOD_SHIFT) != 0;
    if (key == GLFW_KEY_TAB) handle_tab(shift);
    else if (key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER) handle_enter();
    else if (key == GLFW_KEY_ESCAPE) handle_escape();
    else if (step == caf::Step::Assessment && !sequence.empty()) {
      const caf::Question& q = *sequence[question].question;
      char c = 0;
      if (key >= GLFW_KEY_0 && key <= GLFW_KEY_9) c = char('0' + key - GLFW_KEY_0);
      else if (key >= GLFW_KEY_KP_0 && key <= GLFW_KEY_KP_9) c = char('0' + key - GLFW_KEY_KP_0);
      else if (key == GLFW_KEY_N) c = 'n';
      else if (key == GLFW_KEY_PAGE_DOWN) next_question();
      else if (key == GLFW_KEY_PAGE_UP) previous_question();
      if (c) {
        if (auto a = caf::answer_for_key(c, q)) set_answer(q.id, *a);
      }
    }
  }
  pending_keys_.clear();
  resume_tab();

  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("##root", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground |
                   ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar);
  ImGui::PopStyleVar();
  draw_top_bar();
  draw_notice();

  // The screen scrolls inside its own region below the top bar.
  const float pad = ui::em() * (layout_is_narrow(*this) ? 0.9f : 1.5f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad * 0.5f));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
  const bool footer = data_ok && step == caf::Step::Assessment && !sequence.empty();
  ImGui::BeginChild("##screen", ImVec2(0, footer ? -assessment_footer_height() : 0.0f), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding);
  screen_window_ = ImGui::GetCurrentWindow();
  if (scroll_to_top_) {
    ImGui::SetScrollY(0.0f);
    scroll_to_top_ = false;
  }
  if (!data_ok) {
    ui::heading(fonts.h2, "The assessment data could not be loaded");
    ui::text_wrapped(data_error);
  } else {
    switch (step) {
      case caf::Step::Welcome: draw_welcome(*this); break;
      case caf::Step::Profile: draw_profile(*this); break;
      case caf::Step::Assessment: draw_assessment(*this); break;
      case caf::Step::Results: draw_results(*this); break;
      case caf::Step::Roadmap: draw_roadmap(*this); break;
    }
  }
  ImGui::Dummy(ImVec2(0, ui::em() * 2.0f));
  draw_replace_dialog();
  ImGui::EndChild();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  if (footer) draw_assessment_footer(*this);
  ImGui::End();
  // ImGui closes a popup on Escape before the app sees the key: remember that one was open.
  popup_open_ = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
}

// How much the top bar shows: the fullest form that fits the window at the current
// text size (a phone, a narrow window or large text each get a shorter one).
struct TopBarForm {
  bool brand = true;        // the title at the left
  bool long_brand = true;   // "AI Maturity Self-Assessment" rather than "AI maturity"
  int save_text = 2;        // 2 "✓ Saved in this browser", 1 "✓ Saved", 0 none (in the menu)
  bool menu = false;        // text size and theme in an "Aa" menu instead of buttons
};

static std::string save_label(SaveStatus status, int form) {
  if (form == 0) return {};
  switch (status) {
    case SaveStatus::Saved: return form == 2 ? "✓ Saved in this browser" : "✓ Saved";
    case SaveStatus::Off: return form == 2 ? "Autosave off" : "Not saved";
    case SaveStatus::Failed: return "Not saved";
    case SaveStatus::NotYet: return {};
  }
  return {};
}

void App::draw_top_bar() {
  const Palette& p = ui::colors();
  const bool narrow = layout_is_narrow(*this);
  const float em = ui::em();
  const float pad = em * (narrow ? 0.9f : 1.5f);
  const float bar_h = em * 3.2f;
  const float button_pad = em * (narrow ? 0.3f : 0.5f);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetWindowPos();
  const float width = ImGui::GetWindowWidth();
  dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + bar_h), to_u32(with_alpha(p.card, 0.92f)));
  dl->AddLine(ImVec2(origin.x, origin.y + bar_h), ImVec2(origin.x + width, origin.y + bar_h), to_u32(p.card_border));

  struct Tab { caf::Step step; const char* label; };
  const Tab tabs[] = {{caf::Step::Profile, "Profile"}, {caf::Step::Assessment, "Questions"},
                      {caf::Step::Results, "Results"}, {caf::Step::Roadmap, "Roadmap"}};
  const bool show_tabs = step != caf::Step::Welcome && data_ok;
  const char* theme_label = prefs.theme == ThemeId::Light ? "Dark" : prefs.theme == ThemeId::Dark ? "Contrast" : "Light";

  // ---- Choose the form -------------------------------------------------------
  auto button_w = [&](const char* label, ImFont* font) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, label).x + button_pad * 2.0f;
  };
  auto controls_w = [&](bool menu) {   // text size and theme, at the right
    return menu ? button_w("Aa", fonts.body) : button_w("A−", fonts.body) * 2.0f + button_w(theme_label, fonts.body);
  };
  float tabs_w = 0.0f;
  if (show_tabs)
    for (const Tab& t : tabs) tabs_w += button_w(t.label, fonts.bold);
  auto needed = [&](const TopBarForm& f) {
    float w = pad * 2.0f + tabs_w + em * 0.3f;
    if (f.brand) w += button_w(f.long_brand ? "AI Maturity Self-Assessment" : "AI maturity", fonts.bold) + (show_tabs ? em * 1.5f : 0.0f);
    const std::string save = save_label(save_status, f.save_text);
    if (!save.empty()) w += fonts.small->CalcTextSizeA(fonts.small->FontSize, FLT_MAX, 0.0f, save.c_str()).x + em;
    return w + controls_w(f.menu);
  };
  // On phones the steps need the room; Back and Escape lead home from the profile.
  const TopBarForm phone{step == caf::Step::Welcome || !data_ok, false, 0, true};
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
  if (form.brand && ImGui::Button(form.long_brand ? "AI Maturity Self-Assessment" : "AI maturity")) go(caf::Step::Welcome);
  ImGui::PopStyleColor();
  ImGui::PopFont();

  // Where you are and where you can go.
  if (show_tabs) {
    if (form.brand) ImGui::SameLine(0, narrow ? 0.0f : em * 1.5f);
    for (const Tab& t : tabs) {
      const bool current = step == t.step;
      ImGui::PushStyleColor(ImGuiCol_Text, current ? p.accent : p.text_muted);
      if (current) ImGui::PushFont(fonts.bold);
      if (ImGui::Button(t.label)) go(t.step);
      if (current) {
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        dl->AddRectFilled(ImVec2(a.x + em * 0.5f, origin.y + bar_h - em * 0.18f), ImVec2(b.x - em * 0.5f, origin.y + bar_h),
                          to_u32(p.accent));
        ImGui::PopFont();
      }
      ImGui::PopStyleColor();
      ImGui::SameLine(0, 0);
    }
  }

  // ---- Right side: autosave status and display settings ------------------------
  const std::string save_text = save_label(save_status, form.save_text);
  const float right_w = controls_w(form.menu);
  const float save_w = save_text.empty() ? 0.0f : ImGui::CalcTextSize(save_text.c_str()).x + em;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX() + em * 0.3f, width - pad - right_w - save_w));
  if (!save_text.empty()) {
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(fonts.small);
    ui::text_colored(save_status == SaveStatus::Saved ? p.good : p.warn, save_text);
    if (ImGui::IsItemHovered() && !save_detail.empty()) ImGui::SetTooltip("%s", save_detail.c_str());
    ImGui::PopFont();
    ImGui::SameLine(0, em);
  }
  ImGui::PushStyleColor(ImGuiCol_Text, p.text);
  auto theme_buttons = [&](bool all) {
    const ThemeId ids[] = {ThemeId::Light, ThemeId::Dark, ThemeId::HighContrast};
    for (ThemeId t : ids) {
      if (!all && t != (prefs.theme == ThemeId::Light ? ThemeId::Dark
                        : prefs.theme == ThemeId::Dark ? ThemeId::HighContrast : ThemeId::Light))
        continue;
      const char* label = all ? theme_name(t) : theme_label;
      if (all ? ui::choice_button(label, prefs.theme == t) : ImGui::Button(label)) set_theme(t);
      if (all) ImGui::SameLine();
    }
  };
  if (form.menu) {
    if (ImGui::Button("Aa")) ImGui::OpenPopup("##display");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Text size and theme");
    ImGui::PopStyleColor();
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em, em));
    if (ImGui::BeginPopup("##display")) {
      ui::text("Text size");
      if (ui::secondary_button("A−")) set_text_scale(prefs.text_scale - 0.15f);
      ImGui::SameLine();
      if (ui::secondary_button("A+")) set_text_scale(prefs.text_scale + 0.15f);
      ui::text("Theme");
      theme_buttons(true);
      ImGui::NewLine();
      if (save_status != SaveStatus::Saved) ui::text_colored(p.warn, save_status == SaveStatus::NotYet ? "Not saved yet" : "Autosave is off");
      else ui::text_colored(p.good, "✓ Saved in this browser");
      ImGui::EndPopup();
    }
    ImGui::PopStyleVar();
  } else {
    if (ImGui::Button("A−")) set_text_scale(prefs.text_scale - 0.15f);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Smaller text");
    ImGui::SameLine(0, 0);
    if (ImGui::Button("A+")) set_text_scale(prefs.text_scale + 0.15f);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Larger text");
    ImGui::SameLine(0, 0);
    theme_buttons(false);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Switch theme: light, dark, high contrast");
    ImGui::PopStyleColor();
  }
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
  ImGui::SetCursorPos(ImVec2(0, bar_h + 1));
}

void App::draw_notice() {
  if (!notice) return;
  const Palette& p = ui::colors();
  const float em = ui::em();
  const float pad = em * (layout_is_narrow(*this) ? 0.9f : 1.5f);
  const ImVec4 color = notice->kind == Notice::Kind::Error ? p.bad
                     : notice->kind == Notice::Kind::Warning ? p.warn
                     : notice->kind == Notice::Kind::Success ? p.good : p.accent;
  ImGui::SetCursorPos(ImVec2(pad, ImGui::GetCursorPosY() + em * 0.6f));
  const float width = ImGui::GetWindowWidth() - 2 * pad;
  ImVec4 fill = p.card;
  ui::begin_card(width, 0.0f, &fill);
  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  ImGui::PushFont(fonts.bold);
  ui::text_colored(color, notice->title);
  ImGui::PopFont();
  ui::text_wrapped(notice->text);
  if (ui::secondary_button("Dismiss")) {
    notice.reset();
    request_frames();
  }
  ui::end_card();
  const ImVec2 card_min = ImGui::GetItemRectMin(), card_max = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddRectFilled(card_min, ImVec2(card_min.x + em * 0.3f, card_max.y), to_u32(color),
                                            ImGui::GetStyle().ChildRounding, ImDrawFlags_RoundCornersLeft);
  (void)top_left;
}

//-----------------------------------------------------------------------------
// [SECTION] Keyboard
//-----------------------------------------------------------------------------
// ImGui 1.86 moves focus with the arrow keys and activates with Space; Tab only
// visits text fields and Enter presses nothing. The app adds: Tab / Shift+Tab
// through every labelled control in reading order, Enter to activate the focused
// control (or the screen's main action when none is focused), Escape to go back.

bool App::nav_item_focused() const {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  return g.NavId != 0 && !g.NavDisableHighlight && items.find(g.NavId) != nullptr;
}

// Whether an item of the last frame is at least partly visible: items of the
// scrolling screen may be reported while scrolled out of view.
bool App::on_screen(const DrawnItem& it) const {
  const ImGuiWindow* screen = static_cast<const ImGuiWindow*>(screen_window_);
  if (!screen || it.window != screen_window_) return true;
  return it.max.y > screen->InnerClipRect.Min.y && it.min.y < screen->InnerClipRect.Max.y;
}

// Tab stops are the labelled controls on screen, in drawing order (so Tab never
// jumps over what lies between). Tab past the last visible one scrolls the
// screen on and continues there; with a dialog open, Tab stays in the dialog.
void App::handle_tab(bool backwards, bool may_scroll) {
  ImGuiWindow* modal = ImGui::GetTopMostPopupModal();
  ImGuiWindow* screen = static_cast<ImGuiWindow*>(screen_window_);
  std::vector<const DrawnItem*> stops;
  for (const DrawnItem& it : items.items) {
    if (it.label.empty() || !it.window || !on_screen(it)) continue;
    if (modal && !ImGui::IsWindowChildOf(static_cast<ImGuiWindow*>(it.window), modal, true)) continue;
    stops.push_back(&it);
  }
  if (stops.empty()) return;
  ImGuiContext& g = *ImGui::GetCurrentContext();
  int current = -1;
  for (size_t i = 0; i < stops.size(); ++i)
    if (stops[i]->id == g.NavId) current = int(i);
  const int n = int(stops.size());
  // The screen's first and last visible controls: Tab beyond them scrolls the screen
  // (when it can) before focus moves on to the bars around it.
  int first_in_screen = -1, last_in_screen = -1;
  for (int i = 0; i < n; ++i) {
    if (stops[size_t(i)]->window != screen) continue;
    if (first_in_screen < 0) first_in_screen = i;
    last_in_screen = i;
  }
  if (may_scroll && screen && current >= 0 && current == (backwards ? first_in_screen : last_in_screen)) {
    const float page = screen->InnerRect.GetHeight() * 0.6f;
    const float y = screen->Scroll.y;
    // A pixel of slack: ImGui keeps Scroll whole while ScrollMax can be fractional.
    if (backwards ? y > 1.0f : y < screen->ScrollMax.y - 1.0f) {
      ImGui::SetScrollY(screen, backwards ? std::max(0.0f, y - page) : std::min(screen->ScrollMax.y, y + page));
      // Continue two frames later, from where the focused item has moved by then.
      const DrawnItem& from = *stops[size_t(current)];
      tab_resume_ = TabResume{backwards, from.min.y, from.max.y - from.min.y, y, 2};
      request_frames(4);
      return;
    }
  }
  const int next = current < 0 ? (backwards ? n - 1 : 0) : (current + (backwards ? n - 1 : 1)) % n;
  focus_item(*stops[size_t(next)]);
}

void App::focus_item(const DrawnItem& target) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiWindow* window = static_cast<ImGuiWindow*>(target.window);
  ImGui::SetFocusID(target.id, window);
  ImGui::FocusWindow(window);
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
  ImGui::ScrollToBringRectIntoView(window, ImRect(target.min, target.max));
  request_frames(3);
}

// After a Tab scrolled the screen: focus the first control below (or, going
// back, the last one above) where the previously focused one now is.
void App::resume_tab() {
  if (!tab_resume_ || --tab_resume_->frames > 0) return;
  const TabResume r = *tab_resume_;
  tab_resume_.reset();
  // Measured, not predicted: the scroll may end short of what was asked (clamping).
  // A scroll-into-view can shift things by a few pixels more, so "below" means by
  // more than half the item's height: the same row is never the next one.
  const ImGuiWindow* screen = static_cast<const ImGuiWindow*>(screen_window_);
  const float y = r.item_y - (screen ? screen->Scroll.y - r.scroll_y : 0.0f);
  const float slack = r.item_h * 0.5f;
  const DrawnItem* pick = nullptr;
  for (const DrawnItem& it : items.items) {
    if (it.label.empty() || it.window != screen_window_ || !on_screen(it)) continue;
    if (!r.backwards && it.min.y > y + slack) { pick = &it; break; }
    if (r.backwards && it.min.y < y - slack) pick = &it;
  }
  if (pick) focus_item(*pick);
  else handle_tab(r.backwards, /*may_scroll=*/false);   // nothing new came into view: move on
}

void App::handle_enter() {
  if (nav_item_focused()) {
    enter_activation_id = ImGui::GetCurrentContext()->NavId;
    ImGui::ActivateItem(enter_activation_id);
    request_frames(3);
    return;
  }
  if (ImGui::GetTopMostPopupModal()) return;   // a dialog is open: Enter acts on its buttons only
  switch (step) {   // the screen's main action (its primary button)
    case caf::Step::Welcome: go(has_work() ? resume_step() : caf::Step::Profile); break;
    case caf::Step::Profile: go(caf::Step::Assessment); break;
    case caf::Step::Assessment: next_question(); break;
    case caf::Step::Results: go(caf::Step::Roadmap); break;
    case caf::Step::Roadmap: break;
  }
}

void App::handle_escape() {
  if (pending_replace) { reject_pending(); return; }
  if (popup_open_) return;   // Escape closed the menu; that is all it does
  if (what_if) { clear_what_if(); return; }
  if (notice) { notice.reset(); request_frames(); return; }
  go(caf::previous_step(step));
}

//-----------------------------------------------------------------------------
// [SECTION] Intents
//-----------------------------------------------------------------------------

void App::go(caf::Step s) {
  enter_activation_id = 0;
  if (s == caf::Step::Assessment && step != caf::Step::Assessment && !sequence.empty()) {
    // Arriving at the questions: continue at the first unanswered one.
    if (auto i = caf::next_unanswered(sequence, session, question)) question = *i;
  }
  step = s;
  what_if.reset();
  scroll_to_top_ = true;
  ImGui::GetCurrentContext()->NavId = 0;   // focus starts fresh on a new screen
  autosave();
  if (s == caf::Step::Assessment) announce_question();
  else if (platform_) platform_->announce(std::string("Now showing: ") + caf::step_id(s));
  request_frames(3);
}

void App::go_question(int index) {
  if (sequence.empty()) return;
  question = std::clamp(index, 0, int(sequence.size()) - 1);
  enter_activation_id = 0;
  ImGui::GetCurrentContext()->NavId = 0;
  scroll_to_top_ = true;
  autosave();
  announce_question();
  request_frames(3);
}

void App::next_question() {
  if (sequence.empty()) return;
  if (question + 1 >= int(sequence.size())) {
    go(caf::Step::Results);
    return;
  }
  go_question(caf::next_question(question, int(sequence.size())));
}

void App::previous_question() {
  if (question == 0) {
    go(caf::Step::Profile);
    return;
  }
  go_question(caf::previous_question(question, int(sequence.size())));
}

void App::set_answer(const std::string& question_id, caf::Answer answer) {
  if (session.answer(question_id) == answer) return;
  session.set_answer(question_id, answer);
  what_if.reset();
  changed();
  if (const caf::Question* q = model.find_question(question_id)) {
    std::string said = "Answer chosen: ";
    said += answer.is_na() ? "Not applicable" : q->options[size_t(answer.value)].label;
    platform_->announce(said);
  }
}

void App::set_profile(const std::string& profile_id, const std::string& option_id) {
  if (session.profile_answer(profile_id) == option_id) return;
  session.profile[profile_id] = option_id;
  changed();
}

void App::set_target(const std::string& dimension_id, int level) {
  session.targets[dimension_id] = std::clamp(level, 0, caf::kMaxAnswer);
  changed();
}

void App::set_checklist_choice(caf::ChecklistChoice choice) {
  if (session.checklist_choice == choice) return;
  session.checklist_choice = choice;
  changed();
}

void App::toggle_item(const std::string& item_id) {
  caf::ItemState& st = session.items[item_id];
  st.done = !st.done;
  if (!st.done && st.note.empty()) session.items.erase(item_id);
  changed();
}

void App::edit_question_note(const std::string& question_id) {
  const caf::Question* q = model.find_question(question_id);
  if (!q) return;
  pending_note_id_ = question_id;
  pending_note_is_item_ = false;
  const auto it = session.notes.find(question_id);
  platform_->edit_text("Note: " + q->prompt, it == session.notes.end() ? "" : it->second, 1);
}

void App::edit_item_note(const std::string& item_id) {
  const caf::ChecklistItem* item = catalogue.find_item(item_id);
  if (!item) return;
  pending_note_id_ = item_id;
  pending_note_is_item_ = true;
  const auto it = session.items.find(item_id);
  platform_->edit_text("Note: " + item->title, it == session.items.end() ? "" : it->second.note, 2);
}

void App::preview_what_if(const std::string& question_id, caf::Answer answer) {
  what_if = WhatIf{question_id, answer, caf::what_if(model, session, question_id, answer)};
  request_frames(3);
}

void App::start_over() {
  session = caf::new_session(model);
  question = 0;
  what_if.reset();
  restored = false;
  changed();
  go(caf::Step::Profile);
}

void App::open_import() { platform_->open_file_picker(".json,application/json", int(FilePurpose::Import)); }

void App::open_link(const std::string& url) { platform_->open_url(url); }

static caf::ExportContext export_context(const App& app, const std::string& today) {
  caf::ExportContext c;
  c.date = today;
  c.include_notes = app.export_notes;
  if (app.baseline) c.comparison = &app.baseline->comparison;
  return c;
}

void App::download(ExportFormat format) {
  const caf::ExportContext ctx = export_context(*this, platform_->now_iso8601().substr(0, 10));
  const std::string stem = "ai-adoption-roadmap-" + ctx.date;
  switch (format) {
    case ExportFormat::Markdown:
      platform_->download(stem + ".md", "text/markdown;charset=utf-8",
                          caf::report_markdown(model, catalogue, session, result, ctx));
      break;
    case ExportFormat::Html:
      platform_->download("ai-maturity-report-" + ctx.date + ".html", "text/html;charset=utf-8",
                          caf::report_html(model, catalogue, session, result, ctx));
      break;
    case ExportFormat::CsvAzureBoards:
      platform_->download(stem + "-azure-boards.csv", "text/csv;charset=utf-8",
                          caf::csv_azure_boards(model, catalogue, session, result, ctx));
      break;
    case ExportFormat::CsvIssues:
      platform_->download(stem + "-issues.csv", "text/csv;charset=utf-8",
                          caf::csv_issues(model, catalogue, session, result, ctx));
      break;
    case ExportFormat::Session: {
      caf::Session s = session;
      s.meta.updated = platform_->now_iso8601();
      platform_->download("ai-maturity-session-" + ctx.date + ".json", "application/json", caf::serialize_session(s));
      break;
    }
  }
}

void App::copy_report_markdown() {
  const caf::ExportContext ctx = export_context(*this, platform_->now_iso8601().substr(0, 10));
  platform_->set_clipboard(caf::report_markdown(model, catalogue, session, result, ctx));
  show_notice(Notice::Kind::Success, "Copied the roadmap as Markdown",
              "Paste it into a wiki page, an issue or a backlog item.");
}

// [SECTION] Share links, compare, merge ---------------------------------------

void App::make_share_link() {
  share_link = platform_->page_address() + "#" + caf::encode_share(model, catalogue, session, export_notes);
  platform_->set_clipboard(share_link);
  std::string text = std::string("The link holds your profile, answers, targets and ticks") +
                     (export_notes ? " and your notes" : " (not your notes)") +
                     ". It is in the part after '#', which browsers never send to a server: whoever opens it sees "
                     "your assessment in their own browser.";
  // Chat and mail tools may cut long links (about 2,000 characters is the safe size).
  if (share_link.size() > kLongShareLink)
    text += " It is " + caf::format_int(static_cast<long long>(share_link.size())) +
            " characters long, mostly notes: if a tool cuts it, send the session file (JSON) instead.";
  show_notice(Notice::Kind::Success, "Copied a share link", text);
}

// A share link opened in this tab (at start or when the fragment changes).
void App::open_share_fragment() {
  const std::string fragment = platform_->url_fragment();
  if (fragment.empty() || !caf::looks_like_share(fragment)) return;
  platform_->set_url_fragment("");   // handled once: a reload must not ask again
  auto decoded = caf::decode_share(fragment, model, catalogue);
  if (!decoded.ok()) {
    show_notice(Notice::Kind::Error, "This share link cannot be opened",
                decoded.session.errors.front().to_string() + ". Your current answers are unchanged.");
    return;
  }
  offer_session(std::move(*decoded.session.value), "the shared link", decoded.notes);
}

void App::open_compare() { platform_->open_file_picker(".json,application/json", int(FilePurpose::Compare)); }

void App::open_merge() { platform_->open_file_picker(".json,application/json", int(FilePurpose::Merge)); }

void App::use_merged_view() {
  if (!merge_set || merge_set->sessions.empty()) return;
  offer_session(merge_set->merged.session,
                "the merged view of " + std::to_string(merge_set->sessions.size()) + " respondents");
}

void App::set_theme(ThemeId t) {
  prefs.theme = t;
  fonts.scale = 0.0f;   // re-apply the style (colours) at the next frame start
  autosave();
  request_frames(3);
}

void App::set_text_scale(float s) {
  prefs.text_scale = std::clamp(s, 0.85f, 1.6f);
  autosave();
  request_frames(3);
}

void App::show_notice(Notice::Kind kind, std::string title, std::string text) {
  notice = Notice{kind, std::move(title), std::move(text)};
  if (platform_) platform_->announce(notice->title + ". " + notice->text);
  request_frames(3);
}

//-----------------------------------------------------------------------------
// [SECTION] Autosave and announcements
//-----------------------------------------------------------------------------

void App::recompute() {
  result = caf::assess(model, catalogue, session);
  if (baseline) {
    baseline->comparison = caf::compare(model, catalogue, baseline->session, session);
    baseline->comparison.before_label = baseline->name;
    baseline->comparison.after_label = "now";
  }
  if (merge_set) merge_set->merged = caf::merge(model, catalogue, merge_set->sessions, merge_set->names);
}

// The results are recomputed at the start of the next frame, never in the
// middle of one: screens iterate over `result` while they draw, and a click
// inside such a loop must not free what the loop is walking.
void App::changed() {
  results_stale_ = true;
  autosave();
  request_frames(3);
}

// Every change is written to localStorage. When the browser refuses, the
// session stays in memory and the top bar says autosave is off.
void App::autosave() {
  if (!data_ok || !platform_) return;
  if (step == caf::Step::Welcome && session.answers.empty() && session.profile.empty() && !restored) return;
  caf::Autosave a;
  a.session = session;
  a.session.meta.updated = platform_->now_iso8601();
  a.view = view_state();
  a.saved_at = a.session.meta.updated;
  std::string detail;
  switch (platform_->storage_write(caf::kAutosaveKey, caf::serialize_autosave(a), &detail)) {
    case platform::StorageStatus::Ok:
      save_status = SaveStatus::Saved;
      save_detail.clear();
      break;
    case platform::StorageStatus::Full:
      if (save_status != SaveStatus::Failed)
        show_notice(Notice::Kind::Warning, "Autosave failed: the browser's storage is full",
                    "Your answers are safe in this tab. Free some space for this site or download a session file.");
      save_status = SaveStatus::Failed;
      save_detail = detail;
      break;
    default:
      if (save_status != SaveStatus::Off)
        show_notice(Notice::Kind::Warning, "Autosave is off",
                    "This browser does not let the page keep data (" + detail +
                        "). Your answers stay in this tab until you close it; download a session file to keep them.");
      save_status = SaveStatus::Off;
      save_detail = detail;
      break;
  }
}

void App::announce_question() {
  if (!platform_ || sequence.empty()) return;
  const caf::QuestionRef& r = sequence[question];
  std::string s = "Question " + std::to_string(question + 1) + " of " + std::to_string(sequence.size()) + ", " +
                  r.dimension->name + ". " + r.question->prompt + " Options: ";
  for (size_t i = 0; i < r.question->options.size(); ++i)
    s += std::to_string(i) + ", " + r.question->options[i].label + ". ";
  if (r.question->allow_na) s += "N, not applicable. ";
  const caf::Answer a = session.answer(r.question->id);
  if (a.has_value()) s += "Current answer: " + r.question->options[size_t(a.value)].label + ".";
  else if (a.is_na()) s += "Current answer: not applicable.";
  else s += "Not answered yet.";
  platform_->announce(s);
}

//-----------------------------------------------------------------------------
// [SECTION] Automation hook
//-----------------------------------------------------------------------------

std::string App::automation(std::string_view command, std::string_view arg) {
  json out = json::object();
  if (command == "go") {
    if (auto s = caf::parse_step(arg)) go(*s);
    else out["error"] = "unknown screen";
  } else if (command == "session") {
    return caf::serialize_session(session);
  } else if (command == "load_session") {
    auto parsed = caf::parse_session(arg, "automation", model, catalogue);
    if (!parsed.ok()) {
      out["error"] = caf::errors_to_string(parsed.errors);
      return out.dump(-1, ' ', false, json::error_handler_t::replace);
    }
    session = std::move(*parsed.value);
    changed();
  } else if (command != "state") {
    out["error"] = "unknown command";
  }
  out["screen"] = caf::step_id(step);
  if (!sequence.empty()) {
    out["question"] = sequence[question].question->id;
    out["question_index"] = question;
  }
  out["save_status"] = save_status == SaveStatus::Saved ? "saved" : save_status == SaveStatus::Off ? "off"
                     : save_status == SaveStatus::Failed ? "failed" : "not_yet";
  if (notice) out["notice"] = {{"title", notice->title}, {"text", notice->text}};
  out["theme"] = theme_name(prefs.theme);
  json list = json::array();
  for (const DrawnItem& it : items.items) {
    if (it.label.empty()) continue;
    list.push_back({{"label", it.label}, {"x", std::lround(it.min.x)}, {"y", std::lround(it.min.y)},
                    {"w", std::lround(it.max.x - it.min.x)}, {"h", std::lround(it.max.y - it.min.y)},
                    {"checked", it.checked}});
  }
  out["items"] = std::move(list);
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (const DrawnItem* f = nav_item_focused() ? items.find(g.NavId) : nullptr) out["focused"] = f->label;
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace app
