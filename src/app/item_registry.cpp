#include "app/item_registry.h"

#include <algorithm>

#include "app/semantics.h"
#include "imgui_internal.h"

namespace app {

void ItemRegistry::install() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  g.TestEngine = this;
  g.TestEngineHookItems = true;
}

const DrawnItem* ItemRegistry::find(unsigned id) const {
  for (const DrawnItem& it : items)
    if (it.id == id) return &it;
  return nullptr;
}

void ItemRegistry::mark_controls(const std::vector<sem::Node>& nodes) {
  std::vector<unsigned> controls;
  for (const sem::Node& n : nodes)
    if (n.control != 0) controls.push_back(n.control);
  std::sort(controls.begin(), controls.end());
  for (DrawnItem& it : building) it.control = std::binary_search(controls.begin(), controls.end(), it.id);
}

static ItemRegistry* registry(ImGuiContext* ctx) { return static_cast<ItemRegistry*>(ctx->TestEngine); }

} // namespace app

// ImGui calls these for every item when TestEngineHookItems is set.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
  app::ItemRegistry* r = app::registry(ctx);
  if (!r) return;
  app::DrawnItem item;
  item.id = id;
  item.min = bb.Min;
  item.max = bb.Max;
  item.window = ctx->CurrentWindow;
  r->building.push_back(item);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  app::ItemRegistry* r = app::registry(ctx);
  if (!r || !label) return;
  for (auto it = r->building.rbegin(); it != r->building.rend(); ++it) {
    if (it->id != id) continue;
    const char* end = ImGui::FindRenderedTextEnd(label);   // drop "##id" suffixes
    it->label.assign(label, end);
    std::replace(it->label.begin(), it->label.end(), '\n', ' ');   // a label broken over lines reads as one
    it->checked = (flags & ImGuiItemStatusFlags_Checked) != 0;
    if (r->semantics && !r->semantics->hidden() && !it->label.empty()) {
      using app::sem::Role;
      const Role role = (flags & ImGuiItemStatusFlags_Checkable) ? Role::Checkbox : Role::Button;
      r->semantics->control(role, it->label, {it->min.x, it->min.y, it->max.x - it->min.x, it->max.y - it->min.y}, id,
                            it->checked ? app::sem::Checked : 0);
    }
    return;
  }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
