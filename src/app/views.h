// The views: one function per screen, bar or dialog. Each draws the state it is
// given and answers the user only through intents; none keeps or writes state.
#pragma once
#include "app/app_state.h"
#include "app/intents.h"

#include <vector>

namespace app {

// Screens (screen_*.cpp), drawn inside the scrolling region below the top bar.
void draw_welcome(const AppState& s, Intents& act);
void draw_profile(const AppState& s, Intents& act);
void draw_results(const AppState& s, Intents& act);
void draw_roadmap(const AppState& s, Intents& act);
// The use-case portfolio, a part of Results (view_use_cases.cpp), `width` wide.
void draw_use_cases(const AppState& s, Intents& act, float width);

// The question screen tells its footer where the question column is drawn.
struct QuestionColumn { float x = 0, width = 0; };
QuestionColumn draw_assessment(const AppState& s, Intents& act);
void draw_assessment_footer(const AppState& s, Intents& act, QuestionColumn column);   // Back / Next, below the screen
float assessment_footer_height();

// Around the screens (view_*.cpp).
void draw_top_bar(const AppState& s, Intents& act);
void draw_notice(const AppState& s, Intents& act);
void draw_dialogs(const AppState& s, Intents& act);   // replace your answers?, start over?, versions, glossary
void draw_versions_dialog(const AppState& s, Intents& act);   // restore an earlier version (view_versions.cpp)

// The glossary (view_glossary.cpp): the terms a text uses, as links, and the dialog.
// `right`: the column's right edge (screen x), where the links wrap.
void draw_glossary_terms(const AppState& s, Intents& act, const std::vector<const caf::GlossaryEntry*>& terms,
                         float right);
void draw_glossary_dialog(const AppState& s, Intents& act);

} // namespace app
