// The automation hook behind window.cafApp (web/main.js; README "Automation hook"):
// a few commands for tests and power users, answered as JSON.
#include <cmath>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/theme.h"
#include "core/session_io.h"

namespace app {

using json = nlohmann::json;

static const char* save_status_id(SaveStatus s) {
  switch (s) {
    case SaveStatus::Saved: return "saved";
    case SaveStatus::Off: return "off";
    case SaveStatus::Failed: return "failed";
    case SaveStatus::NotYet: break;
  }
  return "not_yet";
}

std::string App::automation(std::string_view command, std::string_view arg) {
  json out = json::object();
  if (command == "go") {
    if (auto step = caf::parse_step(arg)) intents_.go(*step);
    else out["error"] = "unknown screen";
  } else if (command == "session") {
    return caf::serialize_session(state_.session);
  } else if (command == "load_session") {
    const std::string error = intents_.load_session_now(arg);
    if (!error.empty()) {
      out["error"] = error;
      return out.dump(-1, ' ', false, json::error_handler_t::replace);
    }
  } else if (command == "semantics") {
    return semantics_.snapshot(state_.display.dpr);
  } else if (command == "mirror") {
    // The benchmark turns the tree off and on to measure what it costs per frame.
    if (arg == "off") semantics_on_ = false;
    if (arg == "on") semantics_on_ = true;
    request_frames(3);
    json cost = {{"on", semantics_on_}, {"frames", mirror_cost_.frames}, {"publishes", mirror_cost_.publishes},
                 {"diff_ms", mirror_cost_.diff_ms}, {"bytes", mirror_cost_.bytes}, {"nodes", mirror_cost_.nodes},
                 {"frame_ms_off", mirror_cost_.frame_ms[0]}, {"frames_off", mirror_cost_.frame_count[0]},
                 {"frame_ms_on", mirror_cost_.frame_ms[1]}, {"frames_on", mirror_cost_.frame_count[1]}};
    return cost.dump();
  } else if (command != "state") {
    out["error"] = "unknown command";
  }
  apply_requests();
  const AppState& s = state_;
  out["screen"] = caf::step_id(s.step);
  if (const caf::QuestionRef* q = s.current_question()) {
    out["question"] = q->question->id;
    out["question_index"] = s.question;
  }
  out["save_status"] = save_status_id(s.save_status);
  if (s.notice) out["notice"] = {{"title", s.notice->title}, {"text", s.notice->text}};
  out["tab_updates"] = s.tab_updates;
  out["tab_update"] = s.tab_update;
  out["versions_kept"] = s.versions_kept;
  if (s.versions) {
    json versions = json::array();
    for (const caf::Snapshot& v : s.versions->history.snapshots)
      versions.push_back({{"saved_at", v.saved_at}, {"saved_ms", v.saved_ms}, {"answers", v.answers}});
    out["versions"] = std::move(versions);
  }
  out["theme"] = theme_name(s.theme());
  out["system"] = {{"dark", s.system.dark}, {"forced_colors", s.system.forced_colors},
                   {"reduced_motion", s.system.reduced_motion}};
  json list = json::array();
  for (const DrawnItem& it : items_.items) {
    if (it.label.empty()) continue;
    list.push_back({{"label", it.label}, {"x", std::lround(it.min.x)}, {"y", std::lround(it.min.y)},
                    {"w", std::lround(it.max.x - it.min.x)}, {"h", std::lround(it.max.y - it.min.y)},
                    {"checked", it.checked}, {"id", it.id}});
  }
  out["items"] = std::move(list);
  if (const DrawnItem* f = focus_.focused_item()) {
    out["focused"] = f->label;
    out["focused_id"] = f->id;
  }
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace app
