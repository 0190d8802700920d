#version 300 es
// The app's backdrop: a calm vertical gradient with a soft glow of the accent
// colour in the upper right, plus a faint dot grid. Computed per pixel, so it is
// crisp at any device pixel ratio and costs nothing when no frame is drawn.
precision mediump float;
in vec2 v_uv;
uniform vec2 u_resolution;   // framebuffer size in device pixels
uniform float u_dpr;         // device pixel ratio × user scale
uniform vec3 u_top;
uniform vec3 u_bottom;
uniform vec3 u_accent;
uniform float u_glow;        // 0 disables the glow and the dots (high-contrast theme)
out vec4 frag_color;

void main() {
    vec3 base = mix(u_bottom, u_top, v_uv.y);
    vec2 px = v_uv * u_resolution;
    float aspect = u_resolution.x / max(u_resolution.y, 1.0);
    vec2 q = vec2((v_uv.x - 0.85) * aspect, v_uv.y - 1.05);
    float glow = exp(-dot(q, q) * 2.2) * 0.22 * u_glow;
    // Dot grid every 24 CSS pixels; the dot radius is in device pixels so it stays sharp.
    float cell = 24.0 * u_dpr;
    vec2 g = mod(px, cell) - 0.5 * cell;
    float d = length(g);
    float dot_ = (1.0 - smoothstep(0.6 * u_dpr, 1.2 * u_dpr, d)) * 0.05 * u_glow;
    vec3 color = mix(base, u_accent, glow + dot_);
    frag_color = vec4(color, 1.0);
}
