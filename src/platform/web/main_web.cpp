// The browser shell: GLFW window + WebGL2 context, the main loop, and the
// browser details ImGui 1.86 does not handle by itself (see README "Browser notes").
//
// Index of this file
// [SECTION] Shell state
// [SECTION] Canvas size and device pixel ratio
// [SECTION] Input: key queue, keys the app handles, mouse queue, touch, wake-up
// [SECTION] Frame
// [SECTION] WebGL context loss
// [SECTION] Start-up in steps
// [SECTION] Exports for JavaScript
// [SECTION] main
// EM_ASM blocks name their arguments $0, $1… (a pedantic warning otherwise).
#pragma clang diagnostic ignored "-Wdollar-in-identifier-extension"
#include <GLFW/glfw3.h>
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cfloat>
#include <cstddef>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/app.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "platform/web/web_platform.h"

//-----------------------------------------------------------------------------
// [SECTION] Shell state
//-----------------------------------------------------------------------------
namespace {

struct KeyEvent { int key, scancode, action, mods; };

// One pointer event as the browser reported it, in canvas pixels.
struct MouseEvent {
  enum class Kind { Move, Button, Wheel } kind;
  float x = 0, y = 0;            // Move: the pointer's position
  int button = 0;                // Button: which, and whether it went down
  bool down = false;
  float wheel_x = 0, wheel_y = 0;   // Wheel: lines, positive = up / left
};

// How many input events of each kind the shell has handed to the app (see app_input_status):
// pointer and keys, and the page events that arrive later (a file read, an edited text, a
// link, a window resize, another tab's write to the storage).
struct InputCounts {
  std::uint32_t presses = 0, releases = 0, keys = 0, wheels = 0, touches = 0;
  std::uint32_t files = 0, edits = 0, links = 0, resizes = 0, storage = 0;
  std::uint32_t total() const {
    return presses + releases + keys + wheels + touches + files + edits + links + resizes + storage;
  }
};

struct Shell {
  GLFWwindow* window = nullptr;
  platform::WebPlatform platform;
  app::App app{platform};
  int fb_width = 0, fb_height = 0;     // canvas backing store, device pixels
  double dpr = 0.0;
  std::vector<KeyEvent> keys;          // queued key transitions (see forward_keys)
  std::vector<MouseEvent> mouse;       // queued pointer events (see forward_mouse)
  ImVec2 mouse_pos{-FLT_MAX, -FLT_MAX};   // the pointer as ImGui knows it (none yet)
  bool mouse_down[ImGuiMouseButton_COUNT] = {};
  InputCounts handled;
  int quiet_frames = 0;                // frames drawn since the last input
  bool paused = false;
  bool context_lost = false;
  bool first_frame_signalled = false;
  bool state_ready = false;            // start-up has loaded the model and the saved session
  std::uint32_t frame_count = 0;
};

// The one shell object. Emscripten callbacks and the JS exports reach it here.
Shell* g_shell = nullptr;

//-----------------------------------------------------------------------------
// [SECTION] Canvas size and device pixel ratio
//-----------------------------------------------------------------------------
// Emscripten 3.1.6's GLFW sizes the canvas in CSS pixels, which makes text blurry
// on high-density screens. We size the backing store in device pixels ourselves
// and rebuild the fonts when the ratio (or the user's text size) changes.
struct CanvasSize {
  double css_w = 0, css_h = 0, dpr = 1;
  int width = 1, height = 1;           // device pixels
};

CanvasSize canvas_size() {
  CanvasSize c;
  emscripten_get_element_css_size("#canvas", &c.css_w, &c.css_h);
  c.dpr = std::max(0.5, emscripten_get_device_pixel_ratio());
  c.width = std::max(1, int(std::lround(c.css_w * c.dpr)));
  c.height = std::max(1, int(std::lround(c.css_h * c.dpr)));
  return c;
}

void update_canvas_size(Shell& s) {
  const CanvasSize c = canvas_size();
  if (c.width != s.fb_width || c.height != s.fb_height) {
    emscripten_set_canvas_element_size("#canvas", c.width, c.height);
    s.fb_width = c.width;
    s.fb_height = c.height;
  }
  s.dpr = c.dpr;
  s.app.set_display(float(c.dpr), float(c.css_w), float(c.css_h));
}

//-----------------------------------------------------------------------------
// [SECTION] Input: key queue, keys the app handles, mouse queue, touch, wake-up
//-----------------------------------------------------------------------------
void wake(Shell& s) {
  s.quiet_frames = 0;
  if (s.paused) {
    s.paused = false;
    emscripten_resume_main_loop();
  }
}

// ImGui 1.86 keeps key *state*: a tap whose press and release both land between
// two frames would never be seen. We queue transitions and hand ImGui at most one
// per key per frame (what ImGui 1.87's input queue does).
void on_key(GLFWwindow*, int key, int scancode, int action, int mods) {
  if (action == GLFW_REPEAT) action = GLFW_PRESS;
  g_shell->keys.push_back({key, scancode, action, mods});
  wake(*g_shell);
}

// The keys the app handles itself, in its own terms (GLFW's codes stay here).
std::optional<app::KeyPress> app_key(int key, int mods) {
  using Key = app::KeyPress::Key;
  app::KeyPress p;
  p.shift = (mods & GLFW_MOD_SHIFT) != 0;   // as it was when the key went down
  if (key == GLFW_KEY_TAB) p.key = Key::Tab;
  else if (key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER) p.key = Key::Enter;
  else if (key == GLFW_KEY_ESCAPE) p.key = Key::Escape;
  else if (key == GLFW_KEY_PAGE_DOWN) p.key = Key::PageDown;
  else if (key == GLFW_KEY_PAGE_UP) p.key = Key::PageUp;
  else if (key >= GLFW_KEY_0 && key <= GLFW_KEY_9) { p.key = Key::Answer; p.answer = char('0' + key - GLFW_KEY_0); }
  else if (key >= GLFW_KEY_KP_0 && key <= GLFW_KEY_KP_9) { p.key = Key::Answer; p.answer = char('0' + key - GLFW_KEY_KP_0); }
  else if (key == GLFW_KEY_N) { p.key = Key::Answer; p.answer = 'n'; }
  else if (key == GLFW_KEY_D) { p.key = Key::Answer; p.answer = 'd'; }   // don't know
  else return std::nullopt;
  return p;
}

void forward_keys(Shell& s) {
  std::vector<int> seen;
  std::vector<KeyEvent> later;
  for (const KeyEvent& e : s.keys) {
    if (std::find(seen.begin(), seen.end(), e.key) != seen.end()) {
      later.push_back(e);
      continue;
    }
    seen.push_back(e.key);
    ++s.handled.keys;
    ImGui_ImplGlfw_KeyCallback(s.window, e.key, e.scancode, e.action, e.mods);
    if (e.action == GLFW_PRESS)
      if (auto press = app_key(e.key, e.mods)) s.app.on_key_pressed(*press);
  }
  s.keys.swap(later);
}

// The pointer gets the same treatment. ImGui 1.86's GLFW backend reads the button
// *state* and the pointer position once per frame: two clicks between two frames
// came out as one (the first was lost), and a click followed by a move before the
// next frame was pressed where the pointer had gone. Events are queued with the
// position where they happened and handed over in order: at most one transition
// per button per frame, and a move or wheel after a button change waits for the
// next frame (ImGui 1.87's input queue does the same).
void push_move(Shell& s, float x, float y) {
  if (!s.mouse.empty() && s.mouse.back().kind == MouseEvent::Kind::Move) {
    s.mouse.back().x = x;   // moves in a row: only the last position matters
    s.mouse.back().y = y;
    return;
  }
  MouseEvent e{MouseEvent::Kind::Move};
  e.x = x;
  e.y = y;
  s.mouse.push_back(e);
}

void on_cursor_pos(GLFWwindow*, double x, double y) {
  push_move(*g_shell, float(x), float(y));
  wake(*g_shell);
}

void on_mouse_button(GLFWwindow* window, int button, int action, int) {
  if (button < 0 || button >= ImGuiMouseButton_COUNT) return;
  Shell& s = *g_shell;
  // GLFW moves its cursor to a press or release without calling on_cursor_pos.
  double x = 0, y = 0;
  glfwGetCursorPos(window, &x, &y);
  push_move(s, float(x), float(y));
  MouseEvent e{MouseEvent::Kind::Button};
  e.button = button;
  e.down = action == GLFW_PRESS;
  s.mouse.push_back(e);
  wake(s);
}

// The browser reports wheel deltas in pixels (about 100 per notch, positive =
// down); ImGui wants lines with positive = up.
void on_scroll(GLFWwindow*, double dx, double dy) {
  MouseEvent e{MouseEvent::Kind::Wheel};
  e.wheel_x = float(-dx / 100.0);
  e.wheel_y = float(-dy / 100.0);
  g_shell->mouse.push_back(e);
  wake(*g_shell);
}

// After ImGui_ImplGlfw_NewFrame: replaces the backend's pointer state with the queue's.
void forward_mouse(Shell& s) {
  ImGuiIO& io = ImGui::GetIO();
  bool button_changed = false, wheeled = false;
  bool changed[ImGuiMouseButton_COUNT] = {};
  size_t n = 0;
  for (; n < s.mouse.size(); ++n) {
    const MouseEvent& e = s.mouse[n];
    if (e.kind == MouseEvent::Kind::Move) {
      if (button_changed || wheeled) break;
      s.mouse_pos = ImVec2(e.x, e.y);
    } else if (e.kind == MouseEvent::Kind::Button) {
      if (changed[e.button] || wheeled) break;
      changed[e.button] = button_changed = true;
      s.mouse_down[e.button] = e.down;
      ++(e.down ? s.handled.presses : s.handled.releases);
    } else {
      if (button_changed) break;
      wheeled = true;
      io.MouseWheelH += e.wheel_x;
      io.MouseWheel += e.wheel_y;
      ++s.handled.wheels;
    }
  }
  s.mouse.erase(s.mouse.begin(), s.mouse.begin() + std::ptrdiff_t(n));
  io.MousePos = s.mouse_pos;
  for (int b = 0; b < ImGuiMouseButton_COUNT; ++b) io.MouseDown[b] = s.mouse_down[b];
}

// Touch (web/platform_library.js keeps touches away from GLFW): x, y >= 0 moves the
// pointer to the finger (through the queue, in order with the mouse); dx, dy (device
// pixels) scroll what is under it. ImGui 1.86 scrolls 5 lines per wheel step, so
// finger pixels become steps.
void on_touch(double x, double y, double dx, double dy) {
  Shell& s = *g_shell;
  if (x >= 0 && y >= 0) push_move(s, float(x), float(y));
  ImGuiIO& io = ImGui::GetIO();
  const float step_px = 5.0f * ImGui::GetFontSize();
  if (step_px > 0) {
    io.MouseWheel += float(dy) / step_px;
    io.MouseWheelH += float(dx) / step_px;
  }
  ++s.handled.touches;
  s.app.request_frames(2);
  wake(s);
}

void on_char(GLFWwindow*, unsigned int) { wake(*g_shell); }

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
  ++g_shell->handled.resizes;   // the new size is read at the start of the next frame
  wake(*g_shell);
  return EM_FALSE;
}

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------
bool input_pending(const Shell& s) {
  for (bool down : s.mouse_down)
    if (down) return true;
  return !s.keys.empty() || !s.mouse.empty();
}

// Idle: the loop is paused and nothing waits to be handled, so everything an input
// caused has been drawn (the loop pauses only after three quiet frames).
bool idle(const Shell& s) { return s.paused && !input_pending(s) && !s.app.wants_more_frames(); }

void frame() {
  Shell& s = *g_shell;
  if (s.context_lost) return;

  update_canvas_size(s);
  if (s.app.fonts_need_rebuild()) s.app.rebuild_fonts();

  forward_keys(s);
  ImGui_ImplGlfw_NewFrame();
  forward_mouse(s);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(float(s.fb_width), float(s.fb_height));
  io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
  if (io.DeltaTime <= 0.0f) io.DeltaTime = 1.0f / 60.0f;   // ImGui asserts on 0 (coarse timers)

  ImGui::NewFrame();
  s.app.draw_frame();
  ImGui::Render();

  s.app.render(*ImGui::GetDrawData(), s.fb_width, s.fb_height);
  ++s.frame_count;

  if (!s.first_frame_signalled) {
    s.first_frame_signalled = true;
    EM_ASM({ if (window.cafFirstFrame) window.cafFirstFrame(); });
  }

  // Event-driven redraw: after a few quiet frames (popups and auto-sizing need a
  // dry run) the loop stops until the next input, resize or app request.
  if (input_pending(s) || s.app.wants_more_frames()) s.quiet_frames = 0;
  else ++s.quiet_frames;
  if (s.quiet_frames >= 3) {
    s.paused = true;
    emscripten_pause_main_loop();
    EM_ASM({ if (window.cafIdle) window.cafIdle(); });
  }
}

//-----------------------------------------------------------------------------
// [SECTION] WebGL context loss
//-----------------------------------------------------------------------------
EM_BOOL on_context_lost(int, const void*, void*) {
  g_shell->context_lost = true;
  return EM_TRUE;   // preventDefault: we want it restored
}

EM_BOOL on_context_restored(int, const void*, void*) {
  Shell& s = *g_shell;
  s.app.recreate_gpu_resources();
  s.context_lost = false;
  wake(s);
  return EM_TRUE;
}

//-----------------------------------------------------------------------------
// [SECTION] Start-up in steps
//-----------------------------------------------------------------------------
// main() creates the WebGL context; the rest of start-up follows in steps, each its own
// browser task (zero-delay timeouts apart), so the page stays responsive and no task blocks
// it for long (Lighthouse's total blocking time counted 540-600 ms in one task here). Most of
// that task was waiting: in a fresh browser on a software GPU, each synchronous WebGL call
// (a status, a parameter, a canvas resize) waits until the GPU process has presented the
// page's pending frames, hundreds of ms at first. So the context has a task of its own, and the
// shaders' outcome is read in a later task than the one that sent them, once a fence says the
// GPU process has compiled them (the reads then wait for no compiling). Each step leaves
// a performance mark, app-step-NAME, for the benchmark (tests/bench/browser_bench.mjs).
void mark_step(const char* name) { EM_ASM({ performance.mark('app-step-' + UTF8ToString($0)); }, name); }

void fail(const char* title, const std::string& why) {
  EM_ASM({ window.cafFatal && window.cafFatal(UTF8ToString($0), UTF8ToString($1)); }, title, why.c_str());
}

void boot_model(void*);
void boot_data(void*);
void boot_session(void*);
void boot_fonts(void*);
void boot_shaders(void*);
void boot_run(void*);
void next_step(void (*step)(void*)) { emscripten_async_call(step, nullptr, 0); }

// The model (CPU only).
void boot_model(void*) {
  Shell& s = *g_shell;
  update_canvas_size(s);
  s.app.start_model();
  mark_step("model");
  next_step(boot_data);
}

// The catalogue and the plan data, checked against the model (CPU only).
void boot_data(void*) {
  g_shell->app.start_data();
  mark_step("data");
  next_step(boot_session);
}

// The saved session and a share link (CPU only). From here on the page's events (another
// tab's write, a link, a file) are the app's.
void boot_session(void*) {
  Shell& s = *g_shell;
  s.app.start_session();
  s.state_ready = true;
  s.platform.install_page_hooks();
  mark_step("session");
  next_step(boot_fonts);
}

// The fonts, rasterised for the device pixel ratio (CPU only).
void boot_fonts(void*) {
  g_shell->app.start_fonts();
  mark_step("fonts");
  next_step(boot_shaders);
}

// Sends the shaders to compile and the font texture to upload, without waiting for either.
// With KHR_parallel_shader_compile the next step can ask whether they are done.
void boot_shaders(void*) {
  app::GlProgram::can_poll =
      emscripten_webgl_enable_extension(emscripten_webgl_get_current_context(), "KHR_parallel_shader_compile");
  g_shell->app.start_gpu();
  mark_step("shaders");
  next_step(boot_run);
}

// Once the shaders are compiled: their outcome, then the main loop (its first frame ends the
// loading card).
void boot_run(void*) {
  Shell& s = *g_shell;
  if (s.app.gpu_compiling()) {
    next_step(boot_run);
    return;
  }
  if (!s.app.finish_gpu()) {
    fail("The assessment could not start", s.app.gpu_error());
    return;
  }
  mark_step("gpu");
  emscripten_set_webglcontextlost_callback("#canvas", nullptr, EM_FALSE,
      reinterpret_cast<em_webgl_context_callback>(on_context_lost));
  emscripten_set_webglcontextrestored_callback("#canvas", nullptr, EM_FALSE,
      reinterpret_cast<em_webgl_context_callback>(on_context_restored));
  emscripten_set_main_loop(frame, 0, 0);
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Exports for JavaScript
//-----------------------------------------------------------------------------
extern "C" {

// The shell once start-up has loaded the state. The page's events before that are not the
// app's yet: the state step reads the storage and the link itself.
static Shell* ready_shell() { return g_shell && g_shell->state_ready ? g_shell : nullptr; }

// Redraw after something outside the loop changed (an async file read, a dialog).
EMSCRIPTEN_KEEPALIVE void app_wake() { if (ready_shell()) wake(*g_shell); }

EMSCRIPTEN_KEEPALIVE std::uint32_t app_frame_count() { return g_shell ? g_shell->frame_count : 0; }

// The automation hook behind window.cafApp (web/main.js). Returns JSON.
// Reading the state or the session is not an event: it does not wake the app.
EMSCRIPTEN_KEEPALIVE const char* app_automation(const char* command, const char* arg) {
  static std::string result;
  if (!ready_shell()) return "{\"error\":\"not started\"}";
  const std::string_view cmd = command ? command : "";
  result = g_shell->app.automation(cmd, arg ? arg : "");
  if (cmd != "state" && cmd != "session") wake(*g_shell);
  return result.c_str();
}

// For tests (cafApp.idle() and cafApp.input(), README "Automation hook"): whether the
// app is idle, and how many input events of each kind it has handled so far.
EMSCRIPTEN_KEEPALIVE const char* app_input_status() {
  static char out[288];
  if (!g_shell) return "{\"idle\":false}";
  const Shell& s = *g_shell;
  const InputCounts& c = s.handled;
  std::snprintf(out, sizeof out,
                "{\"idle\":%s,\"handled\":%u,\"presses\":%u,\"releases\":%u,\"keys\":%u,\"wheels\":%u,"
                "\"touches\":%u,\"files\":%u,\"edits\":%u,\"links\":%u,\"resizes\":%u,\"storage\":%u}",
                idle(s) ? "true" : "false", c.total(), c.presses, c.releases, c.keys, c.wheels, c.touches, c.files,
                c.edits, c.links, c.resizes, c.storage);
  return out;
}

// A file the user picked or dropped (bytes in wasm memory, freed by the caller).
EMSCRIPTEN_KEEPALIVE void app_on_upload(int purpose, const char* name, const char* data, int size,
                                        const char* error) {
  if (!ready_shell()) return;
  g_shell->app.on_file_opened(purpose, name ? name : "", std::string_view(data, size_t(std::max(size, 0))),
                              error ? error : "");
  ++g_shell->handled.files;
  wake(*g_shell);
}

// Text edited in the HTML dialog (purpose tells which field), or cancelled.
EMSCRIPTEN_KEEPALIVE void app_on_text_edited(int purpose, const char* text, int accepted) {
  if (!ready_shell()) return;
  g_shell->app.on_text_edited(purpose, text ? text : "", accepted != 0);
  ++g_shell->handled.edits;
  wake(*g_shell);
}

// The URL fragment changed (someone opened a share link in this tab).
EMSCRIPTEN_KEEPALIVE void app_on_hash_change() {
  if (!ready_shell()) return;
  g_shell->app.on_url_fragment_changed();
  ++g_shell->handled.links;
  wake(*g_shell);
}

// Another tab wrote `key` in localStorage (the storage event), or this tab became visible
// again (""): the app merges what is stored into this tab.
EMSCRIPTEN_KEEPALIVE void app_on_storage(const char* key) {
  if (!ready_shell()) return;
  g_shell->app.on_storage_changed(key ? key : "");
  ++g_shell->handled.storage;
  wake(*g_shell);
}

// Touch (web/main glue): x, y >= 0 moves the pointer to the finger; dx, dy scroll.
EMSCRIPTEN_KEEPALIVE void app_on_touch(double x, double y, double dx, double dy) {
  if (ready_shell()) on_touch(x, y, dx, dy);
}

// The DOM mirror (dom_mirror.mjs): assistive technology focused or activated the
// control with this id, or scrolled the main region to `css_y`. Ids are 32-bit
// ImGui ids; JS numbers carry them exactly.
EMSCRIPTEN_KEEPALIVE void app_semantic_focus(double control) {
  if (!ready_shell()) return;
  g_shell->app.on_semantic_focus(static_cast<unsigned>(control));
  wake(*g_shell);
}

EMSCRIPTEN_KEEPALIVE void app_semantic_activate(double control) {
  if (!ready_shell()) return;
  g_shell->app.on_semantic_activate(static_cast<unsigned>(control));
  wake(*g_shell);
}

EMSCRIPTEN_KEEPALIVE void app_semantic_scroll(double css_y) {
  if (!ready_shell()) return;
  g_shell->app.on_semantic_scroll(float(css_y));
  wake(*g_shell);
}

// The browser's settings changed (prefers-color-scheme, forced-colors, prefers-reduced-motion).
EMSCRIPTEN_KEEPALIVE void app_on_media(int dark, int forced_colors, int reduced_motion) {
  if (!ready_shell()) return;
  app::SystemPreferences prefs;
  prefs.dark = dark != 0;
  prefs.forced_colors = forced_colors != 0;
  prefs.reduced_motion = reduced_motion != 0;
  g_shell->app.on_system_preferences(prefs);
  wake(*g_shell);
}

EMSCRIPTEN_KEEPALIVE void app_on_context_restored() {
  if (ready_shell()) on_context_restored(0, nullptr, nullptr);
}

} // extern "C"

//-----------------------------------------------------------------------------
// [SECTION] main
//-----------------------------------------------------------------------------
int main() {
  static Shell shell;
  g_shell = &shell;

  if (!glfwInit()) {
    fail("The assessment could not start", "GLFW failed to initialise.");
    return 1;
  }
  // ImGui needs neither depth, stencil nor alpha: don't ask the browser for them.
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  glfwWindowHint(GLFW_ALPHA_BITS, 0);
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  // At its final size: resizing the canvas later is one more synchronous wait on the GPU process.
  const CanvasSize size = canvas_size();
  shell.window = glfwCreateWindow(size.width, size.height, "AI Maturity Self-Assessment", nullptr, nullptr);
  if (!shell.window) {
    fail("WebGL 2 is not available", "The browser refused to create a WebGL 2 context for the app. WebGL may be "
         "disabled, or the graphics driver may be blocked.");
    return 1;
  }
  shell.fb_width = size.width;
  shell.fb_height = size.height;
  glfwMakeContextCurrent(shell.window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;   // no imgui.ini: the app saves what matters itself
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;   // a blinking caret would need frames while idle
  io.ConfigMacOSXBehaviors = EM_ASM_INT({ return /Mac|iPhone|iPad/.test(navigator.platform) ? 1 : 0; }) != 0;

  // Our wake-up callbacks first: the backend chains to them when it installs its own.
  glfwSetCursorPosCallback(shell.window, on_cursor_pos);
  glfwSetCharCallback(shell.window, on_char);
  ImGui_ImplGlfw_InitForOpenGL(shell.window, true);
  // ...then replace the ones the backend gets wrong in the browser (see above).
  glfwSetKeyCallback(shell.window, on_key);
  glfwSetScrollCallback(shell.window, on_scroll);
  glfwSetMouseButtonCallback(shell.window, on_mouse_button);
  // GLFW's clipboard is empty in the browser: copy goes to navigator.clipboard,
  // paste comes from the page's last paste event (web/platform_library.js).
  io.SetClipboardTextFn = [](void*, const char* text) { g_shell->platform.set_clipboard(text ? text : ""); };
  io.GetClipboardTextFn = [](void*) -> const char* {
    static std::string pasted;
    pasted = g_shell->platform.clipboard_text();
    return pasted.c_str();
  };

  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);

  mark_step("context");
  next_step(boot_model);   // the rest of start-up (see "Start-up in steps")
  return 0;
}
