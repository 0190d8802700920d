// The glossary: the terms a text uses, as links right under it, and a dialog
// with each definition (our words) and CAF's or Microsoft's page for it.
#include <string>
#include <vector>

#include "app/views.h"
#include "app/widgets.h"
#include "core/glossary.h"

namespace app {

void draw_glossary_terms(const AppState&, Intents& act, const std::vector<const caf::GlossaryEntry*>& terms,
                         float right) {
  if (terms.empty()) return;
  ImGui::PushFont(ui::fonts().small);
  ui::text_muted("Terms used here:");
  ImGui::PopFont();
  ui::begin_list("Terms used here");
  for (const caf::GlossaryEntry* e : terms) {
    ui::flow_next(e->term.c_str(), right);   // wraps to the next line rather than run past the column
    ui::begin_list_item();
    ImGui::PushID(e->term.c_str());
    if (ui::link_button(e->term.c_str())) act.show_glossary(e->term);
    ui::tooltip("What " + e->term + " means");
    ImGui::PopID();
    ui::end_list_item();
  }
  ui::end_list();
}

void draw_glossary_dialog(const AppState& s, Intents& act) {
  const float em = ui::em();
  if (!ui::begin_dialog("Glossary", !s.glossary_term.empty(), em * 34.0f)) return;
  const caf::GlossaryEntry* e = caf::find_glossary_entry(s.model, s.glossary_term);
  bool close = false;
  if (e) {
    ui::title(e->term, 3);
    if (!e->aliases.empty()) {
      std::string also;
      for (const auto& a : e->aliases) also += (also.empty() ? "" : ", ") + a;
      ImGui::PushFont(ui::fonts().small);
      ui::text_wrapped_muted("Also: " + also);
      ImGui::PopFont();
    }
    ui::text_wrapped(e->definition);
    if (!e->link.empty()) {
      if (ui::link_button("Read more on Microsoft Learn ↗", e->link)) act.open_link(e->link);
      ui::tooltip(e->link + " (opens in a new tab)");
    }
  }
  ui::space(0.4f);
  ImGui::PushFont(ui::fonts().small);
  ui::text_muted("Other terms");
  ImGui::PopFont();
  // Every term, flowing across the dialog: one click shows its definition.
  const float right = ImGui::GetCursorScreenPos().x + std::min(ImGui::GetMainViewport()->Size.x - 2 * em, em * 34.0f) - 2.4f * em;
  ui::begin_list("All terms");
  bool first = true;
  for (const caf::GlossaryEntry& g : s.model.glossary) {
    if (e && &g == e) continue;
    if (!first) ui::flow_next(g.term.c_str(), right);
    first = false;
    ui::begin_list_item();
    ImGui::PushID(g.term.c_str());
    if (ui::link_button(g.term.c_str())) act.show_glossary(g.term);
    ImGui::PopID();
    ui::end_list_item();
  }
  ui::end_list();
  ui::space(0.4f);
  close = ui::primary_button("Close");
  ImGui::SetItemDefaultFocus();
  if (close) ImGui::CloseCurrentPopup();
  ui::end_dialog();
  if (close) act.close_glossary();
}

} // namespace app
