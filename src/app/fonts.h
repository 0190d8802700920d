// The app's typography: Inter (from Debian's fonts-inter, subset at build time and
// embedded), rasterised at the device pixel ratio × the user's text size so text
// is crisp at any zoom. Layout sizes are in multiples of the body font size.
#pragma once
#include "imgui.h"

namespace app {

struct Fonts {
  ImFont* body = nullptr;       // 16 px
  ImFont* bold = nullptr;       // 16 px semibold
  ImFont* small = nullptr;      // 13.5 px
  ImFont* h2 = nullptr;         // 21 px semibold
  ImFont* h1 = nullptr;         // 30 px semibold
  float scale = 0.0f;           // device pixel ratio × user text size the atlas was built for
};

// (Re)builds the atlas for `scale`. Call between frames; the caller re-uploads
// the font texture.
void build_fonts(Fonts& fonts, float scale);

} // namespace app
