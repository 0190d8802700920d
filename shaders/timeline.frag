#version 300 es
// A rounded rectangle by its exact signed distance, anti-aliased over one
// device pixel: solid (a gap to close), hatched (an item to check: no answer
// says it is missing) or a ring around it (the bar with keyboard focus).
precision highp float;
const int MAX_RECTS = 48;
uniform float u_px;
uniform vec4 u_rects[MAX_RECTS];
uniform vec4 u_colors[MAX_RECTS];
uniform vec4 u_styles[MAX_RECTS];    // corner radius (px), hatched 0/1, focus ring 0/1, ring colour index (unused)
uniform vec4 u_ring;                 // the focus ring's colour
in vec2 v_pos;
flat in int v_index;
out vec4 frag_color;

float rounded_box(vec2 p, vec2 half_size, float radius) {
    vec2 q = abs(p) - half_size + radius;
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - radius;
}

void main() {
    vec4 r = u_rects[v_index];
    vec4 style = u_styles[v_index];
    vec2 half_size = 0.5 * (r.zw - r.xy);
    float radius = min(style.x, min(half_size.x, half_size.y));
    float d = rounded_box(v_pos, half_size, radius);
    float aa = 0.75 * u_px;
    vec4 c = u_colors[v_index];
    float a = c.a * (1.0 - smoothstep(-aa, aa, d));
    if (style.y > 0.5) {
        // Diagonal stripes every 6 CSS px, and a solid outline so the bar's extent stays clear.
        float stripe = step(0.5, fract((v_pos.x + v_pos.y) / (6.0 * u_px)));
        float edge = 1.0 - smoothstep(u_px - aa, u_px + aa, abs(d + 0.5 * u_px));
        a *= max(mix(0.35, 0.9, stripe), edge);
    }
    vec4 color = vec4(c.rgb, a);
    if (style.z > 0.5) {
        // A 2 px ring 1 px outside the bar (the focus indicator, WCAG 2.4.7).
        float ring = 1.0 - smoothstep(u_px - aa, u_px + aa, abs(d - 2.0 * u_px));
        color = mix(color, vec4(u_ring.rgb, 1.0), ring * u_ring.a);
        color.a = max(a, ring * u_ring.a);
    }
    if (color.a <= 0.0) discard;
    frag_color = color;
}
