#pragma once
// The report's charts as inline SVG (render_html.cpp draws them next to
// their tables). Coordinates are written with format.h: locale-proof.
#include <string>

#include "core/report_model.h"

namespace caf {

// Radar: one axis per label, values 0..4; series[0] filled and solid (the
// current level), series[1] dashed (the target). Fewer than three axes: ""
// (a radar needs three; the table says it all).
std::string radar_svg(const Chart& chart);

// Stacked bars: one bar per label, one segment per series (done, in
// progress, to do, not applicable), scaled to the longest bar.
std::string stacked_bars_svg(const Chart& chart);

// Timeline (a Gantt chart): one row per label, a bar from series[0] (start day)
// for series[1] days, coloured by series[2] (the wave); `marks` draws a line
// with its name at each wave's first day. Scaled to the plan's end (at least
// day 181, so the waves always show).
std::string timeline_svg(const Chart& chart);

}  // namespace caf
