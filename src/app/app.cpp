// Index of this file
// [SECTION] Start-up and the GPU side
// [SECTION] Platform events
// [SECTION] Frame
// [SECTION] Semantics
// [SECTION] Keyboard
#include "app/app.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>

#include "app/views.h"
#include "app/widgets.h"
#include "imgui.h"
#include "imgui_internal.h"

namespace app {

//-----------------------------------------------------------------------------
// [SECTION] Start-up and the GPU side
//-----------------------------------------------------------------------------

void App::start_model() {
  items_.install();
  items_.semantics = &semantics_;
  intents_.start_model();
}

void App::start_data() { intents_.start_data(); }

void App::start_session() { intents_.start_session(); }

void App::start_fonts() { rebuild_fonts(); }

void App::start_gpu() {
  renderer_.create();
  background_.create();
  radar_.create();
  timeline_.create();
  shaders_sent_.set();
}

// Without KHR_parallel_shader_compile, the fence at least tells when the GPU process has
// compiled and linked everything (it does so in order).
bool App::gpu_compiling() {
  return !shaders_sent_.done() || renderer_.compiling() || background_.compiling() || radar_.compiling() ||
         timeline_.compiling();
}

// Only the UI's own program is essential: without the backdrop, radar or timeline shader the
// app still works (those draw nothing).
bool App::finish_gpu() {
  shaders_sent_.clear();
  background_.finish();
  radar_.finish();
  timeline_.finish();
  request_frames(3);
  return renderer_.finish();
}

void App::set_display(float dpr, float css_width, float css_height) {
  intents_.set_display(Display{dpr, css_width, css_height});
}

bool App::fonts_need_rebuild() const {
  return std::fabs(fonts_.scale - state_.display.dpr * state_.prefs.text_scale) > 0.01f ||
         styled_theme_ != state_.theme();
}

// Fonts at the device pixel ratio × text size, and the style (colours) of the theme drawn.
void App::rebuild_fonts() {
  const float scale = state_.display.dpr * state_.prefs.text_scale;
  build_fonts(fonts_, scale);
  styled_theme_ = state_.theme();
  ImGuiStyle style;
  apply_theme(style, palette(styled_theme_));
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
  renderer_.rebuild_font_texture();
  on_screen_.reset();   // a new texture may reuse the old one's name: draw the next frame
}

void App::recreate_gpu_resources() {
  on_screen_.reset();
  renderer_.destroy();
  background_.destroy();
  radar_.destroy();
  timeline_.destroy();
  start_gpu();
  finish_gpu();
}

// A frame that would draw exactly what the canvas shows is not drawn: the canvas keeps its
// picture and the browser composites nothing new. After each input the loop runs a few quiet
// frames (ImGui settles popups and sizes), mostly the same picture again; on a software GPU
// each frame presented costs the GPU process 20-150 ms, and every synchronous WebGL call (the
// start-up's, the browser's own) waits behind it.
bool App::render(const ImDrawData& data, int width, int height) {
  const float scale = state_.display.dpr * state_.prefs.text_scale;
  std::optional<std::uint64_t> frame = Renderer::signature(data, width, height);
  if (frame) {
    std::uint32_t scale_bits = 0;
    std::memcpy(&scale_bits, &scale, sizeof scale_bits);
    *frame ^= (std::uint64_t(scale_bits) << 8 | std::uint64_t(state_.theme())) * 0x9E3779B97F4A7C15ull;  // the backdrop
  }
  if (frame && on_screen_ == frame) return false;
  on_screen_ = frame;
  background_.draw(width, height, scale, palette(state_.theme()));
  renderer_.render(data, width, height);
  return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Platform events
//-----------------------------------------------------------------------------

void App::on_key_pressed(const KeyPress& press) {
  pending_keys_.push_back(press);
  request_frames(2);
}

void App::on_file_opened(int purpose, std::string_view name, std::string_view bytes, std::string_view error) {
  intents_.file_opened(purpose, name, bytes, error);
  apply_requests();
}

void App::on_text_edited(int purpose, std::string_view text, bool accepted) {
  intents_.text_edited(purpose, text, accepted);
  apply_requests();
}

void App::on_url_fragment_changed() {
  intents_.url_fragment_changed();
  apply_requests();
}

void App::on_storage_changed(std::string_view key) {
  intents_.storage_changed(key);
  apply_requests();
}

void App::on_system_preferences(const SystemPreferences& prefs) {
  intents_.system_preferences_changed(prefs);
  apply_requests();
}

void App::on_semantic_focus(unsigned control) {
  focus_.request_focus(control);
  request_frames(3);
}

void App::on_semantic_activate(unsigned control) {
  focus_.request_activation(control);
  request_frames(3);
}

void App::on_semantic_scroll(float css_y) {
  pending_scroll_ = std::max(0.0f, css_y * state_.display.dpr);
  request_frames(3);
}

// Between frames the frame counter is all that matters; within a frame, focus
// resets at once (before ImGui ends the frame) and the scroll at the next screen.
void App::apply_requests() {
  const ViewRequests r = intents_.take_requests();
  request_frames(r.frames);
  if (r.reset_focus) focus_.reset();
  if (r.scroll_to_top) scroll_to_top_ = true;
}

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

void App::draw_frame() {
  const auto frame_start = std::chrono::steady_clock::now();
  if (frames_requested_ > 0) --frames_requested_;
  intents_.refresh();
  items_.begin_frame();
  semantics_.begin_frame();
  focus_.begin_frame(items_);
  ui::Context ui_context;
  ui_context.fonts = &fonts_;
  ui_context.palette = &palette(state_.theme());
  ui_context.focus = &focus_;
  ui_context.radar = &radar_;
  ui_context.timeline = &timeline_;
  ui_context.semantics = &semantics_;
  ui_context.px = state_.display.dpr * state_.prefs.text_scale;
  ui::set_context(ui_context);
  radar_.begin_frame();
  timeline_.begin_frame();

  // App shortcuts, handled inside the frame where ImGui's focus state is valid.
  const bool typing = ImGui::GetIO().WantTextInput;
  for (const KeyPress& press : pending_keys_) {
    if (typing) break;
    handle_key(press);
  }
  pending_keys_.clear();
  apply_requests();

  const AppState& s = state_;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("##root", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground |
                   ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar);
  ImGui::PopStyleVar();
  draw_top_bar(s, intents_);
  draw_notice(s, intents_);
  // A notice coming or going moves the screen region below it: scroll the screen by as
  // much, so what is under the pointer stays put (a click on "Copy a share link" shows a
  // notice). ImGui floors window positions and scroll offsets; so do we.
  const float screen_top = std::floor(ImGui::GetCursorScreenPos().y);
  if (screen_top != screen_top_ && screen_top_ >= 0.0f && !scroll_to_top_)
    ImGui::SetNextWindowScroll(ImVec2(-1.0f, std::max(0.0f, screen_scroll_y_ + screen_top - screen_top_)));
  screen_top_ = screen_top;

  // The screen scrolls inside its own region below the top bar.
  const float pad = ui::em() * (layout_is_narrow(s) ? 0.9f : 1.5f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad * 0.5f));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
  const bool footer = s.data_ok && s.step == caf::Step::Assessment && !s.sequence.empty();
  ImGui::BeginChild("##screen", ImVec2(0, footer ? -assessment_footer_height() : 0.0f), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGuiWindow* screen = ImGui::GetCurrentWindow();
  focus_.set_screen_window(screen);
  if (scroll_to_top_) {
    ImGui::SetScrollY(0.0f);
    scroll_to_top_ = false;
  } else if (pending_scroll_ >= 0.0f) {
    ImGui::SetScrollY(std::min(pending_scroll_, screen->ScrollMax.y));
  }
  pending_scroll_ = -1.0f;
  screen_scroll_y_ = ImGui::GetScrollY();
  // The screen is the page's main landmark; its content scrolls (the mirror scrolls with it).
  ui::begin_landmark(sem::Role::Main, "", screen->InnerRect.Min, screen->InnerRect.Max);
  semantics_.set_scroll(screen->Scroll.y, screen->ScrollMax.y + screen->InnerRect.GetHeight());
  QuestionColumn column;
  if (!s.data_ok) {
    ui::heading(fonts_.h2, "The assessment data could not be loaded");
    ui::text_wrapped(s.data_error);
  } else {
    switch (s.step) {
      case caf::Step::Welcome: draw_welcome(s, intents_); break;
      case caf::Step::Profile: draw_profile(s, intents_); break;
      case caf::Step::Assessment: column = draw_assessment(s, intents_); break;
      case caf::Step::Results: draw_results(s, intents_); break;
      case caf::Step::Roadmap: draw_roadmap(s, intents_); break;
    }
  }
  ImGui::Dummy(ImVec2(0, ui::em() * 2.0f));
  draw_dialogs(s, intents_);
  ui::end_landmark();
  ImGui::EndChild();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  if (footer) draw_assessment_footer(s, intents_, column);
  ImGui::End();
  // ImGui closes a popup on Escape before the app sees the key: remember that one was open.
  popup_open_ = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
  apply_requests();
  focus_.end_frame();
  request_frames(focus_.take_frames());
  items_.mark_controls(semantics_.nodes());   // before publishing hands the nodes over
  publish_semantics();
  const int on = semantics_on_ ? 1 : 0;
  mirror_cost_.frame_ms[on] += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - frame_start).count();
  ++mirror_cost_.frame_count[on];
}

//-----------------------------------------------------------------------------
// [SECTION] Semantics
//-----------------------------------------------------------------------------

std::string App::page_title() const {
  const std::string app_name = "AI Maturity Self-Assessment";
  if (!state_.data_ok) return "Error · " + app_name;
  switch (state_.step) {
    case caf::Step::Welcome: return app_name + " · Cloud Adoption Framework";
    case caf::Step::Profile: return "Your organization · " + app_name;
    case caf::Step::Assessment:
      return "Question " + std::to_string(state_.question + 1) + " of " + std::to_string(state_.sequence.size()) +
             " · " + app_name;
    case caf::Step::Results: return "Your AI maturity · " + app_name;
    case caf::Step::Roadmap: return "Your AI adoption roadmap · " + app_name;
  }
  return app_name;
}

// Once per frame: the tree the widgets declared, with the page's title and the
// focused control, goes to the DOM mirror when anything in it changed.
void App::publish_semantics() {
  semantics_.set_enabled(semantics_on_);
  if (!semantics_on_) return;
  semantics_.set_title(page_title());
  semantics_.set_lang("en");
  semantics_.set_focus(focus_.focused_id());
  const auto t0 = std::chrono::steady_clock::now();
  const std::string patch = semantics_.end_frame(state_.display.dpr);
  mirror_cost_.diff_ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  ++mirror_cost_.frames;
  mirror_cost_.nodes = int(semantics_.published_size());
  if (patch.empty()) return;
  ++mirror_cost_.publishes;
  mirror_cost_.bytes += double(patch.size());
  platform_.publish_semantics(patch);
}

//-----------------------------------------------------------------------------
// [SECTION] Keyboard
//-----------------------------------------------------------------------------
// Tab / Shift+Tab move focus (focus.h), Enter activates the focused control or
// runs the screen's main action, Escape goes back; on a question 0–4 and N answer.

void App::handle_key(const KeyPress& press) {
  switch (press.key) {
    case KeyPress::Key::Tab: focus_.tab(press.shift); break;
    case KeyPress::Key::Enter:
      if (!focus_.activate_focused()) intents_.primary_action();
      break;
    case KeyPress::Key::Escape:
      // Escape closed the display menu (ImGui does that itself); that is all it does.
      if (state_.dialog() == Dialog::None && popup_open_) break;
      intents_.back();
      break;
    case KeyPress::Key::PageDown:
      if (state_.step == caf::Step::Assessment) intents_.next_question();
      break;
    case KeyPress::Key::PageUp:
      if (state_.step == caf::Step::Assessment) intents_.previous_question();
      break;
    case KeyPress::Key::Answer: intents_.answer_by_key(press.answer); break;
  }
}

} // namespace app
