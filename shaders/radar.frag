#version 300 es
// Radar chart of the dimensions, computed per pixel: grid rings for levels 1–4,
// spokes, the target polygon (outline) and the current polygon (filled). Every
// edge is anti-aliased over one device pixel by its exact distance, so the chart
// is crisp at any device pixel ratio.
precision highp float;

const int MAX_AXES = 16;
const float PI = 3.14159265358979;

uniform vec2 u_center;          // chart centre, framebuffer pixels (GL: y up)
uniform float u_radius;         // radius of level 4, pixels
uniform float u_px;             // one CSS pixel in device pixels
uniform int u_count;            // number of axes (3..16)
uniform float u_current[MAX_AXES];  // 0..1 per axis
uniform float u_target[MAX_AXES];   // 0..1 per axis
uniform vec4 u_grid;
uniform vec4 u_current_color;
uniform vec4 u_target_color;
out vec4 frag_color;

// Signed distance (pixels) from p to the polygon edge between axes i and i+1 with
// the given radii; positive inside (towards the centre).
float edge_distance(vec2 p, float r0, float r1, float a0, float a1) {
    vec2 p0 = r0 * vec2(cos(a0), sin(a0));
    vec2 p1 = r1 * vec2(cos(a1), sin(a1));
    vec2 e = p1 - p0;
    float len = max(length(e), 1e-4);
    // Cross product sign: the centre lies on the positive side for clockwise axes.
    return -(e.x * (p.y - p0.y) - e.y * (p.x - p0.x)) / len;
}

// Unsigned distance (pixels) from p to the segment of that same edge: outlines
// use it, so a zero value does not draw a line along the whole spoke.
float segment_distance(vec2 p, float r0, float r1, float a0, float a1) {
    vec2 p0 = r0 * vec2(cos(a0), sin(a0));
    vec2 p1 = r1 * vec2(cos(a1), sin(a1));
    vec2 e = p1 - p0;
    float t = clamp(dot(p - p0, e) / max(dot(e, e), 1e-4), 0.0, 1.0);
    return length(p - p0 - t * e);
}

float axis_angle(int i) { return 0.5 * PI - 2.0 * PI * float(i) / float(u_count); }

float value_at(float values[MAX_AXES], int i) {
    // GLSL ES 3.00 allows dynamic indexing of uniform arrays.
    return values[i % u_count];
}

vec4 over(vec4 dst, vec4 src) {   // "src over dst", non-premultiplied
    float a = src.a + dst.a * (1.0 - src.a);
    vec3 c = a > 0.0 ? (src.rgb * src.a + dst.rgb * dst.a * (1.0 - src.a)) / a : vec3(0.0);
    return vec4(c, a);
}

void main() {
    vec2 p = gl_FragCoord.xy - u_center;
    float r = length(p);
    if (r > u_radius + 3.0 * u_px) discard;

    // Which sector the pixel is in (axes run clockwise from the top).
    float ang = atan(p.y, p.x);
    float rel = mod(0.5 * PI - ang, 2.0 * PI);
    float step_ = 2.0 * PI / float(u_count);
    int i = int(floor(rel / step_)) % u_count;
    int j = (i + 1) % u_count;
    float a0 = axis_angle(i), a1 = axis_angle(j);

    vec4 color = vec4(0.0);
    float aa = 0.75 * u_px;

    // Grid rings at levels 1..4 (regular polygons) and spokes.
    for (int level = 1; level <= 4; ++level) {
        float rr = u_radius * float(level) / 4.0;
        float d = abs(edge_distance(p, rr, rr, a0, a1));
        float w = level == 4 ? 0.9 * u_px : 0.6 * u_px;
        color = over(color, vec4(u_grid.rgb, u_grid.a * (1.0 - smoothstep(w - aa, w + aa, d))));
    }
    for (int k = 0; k < MAX_AXES; ++k) {
        if (k >= u_count) break;
        float a = axis_angle(k);
        vec2 dir = vec2(cos(a), sin(a));
        float t = clamp(dot(p, dir), 0.0, u_radius);
        float d = length(p - t * dir);
        color = over(color, vec4(u_grid.rgb, u_grid.a * (1.0 - smoothstep(0.6 * u_px - aa, 0.6 * u_px + aa, d))));
    }

    // Current level: filled polygon with a solid outline.
    float c0 = u_radius * value_at(u_current, i), c1 = u_radius * value_at(u_current, j);
    float dc = edge_distance(p, c0, c1, a0, a1);
    float inside = smoothstep(-aa, aa, dc);
    color = over(color, vec4(u_current_color.rgb, 0.28 * u_current_color.a * inside));
    float outline = 1.0 - smoothstep(1.1 * u_px - aa, 1.1 * u_px + aa, segment_distance(p, c0, c1, a0, a1));
    color = over(color, vec4(u_current_color.rgb, u_current_color.a * outline));

    // Target level: a dashed outline (dashes along the angle, so they stay even).
    float t0 = u_radius * value_at(u_target, i), t1 = u_radius * value_at(u_target, j);
    float dt = segment_distance(p, t0, t1, a0, a1);
    float dash = step(0.5, fract(r * (ang + PI) / (10.0 * u_px)));
    float target = (1.0 - smoothstep(1.2 * u_px - aa, 1.2 * u_px + aa, dt)) * mix(0.35, 1.0, dash);
    color = over(color, vec4(u_target_color.rgb, u_target_color.a * target));

    // Dots at the current values on each spoke of this sector.
    for (int s = 0; s < 2; ++s) {
        int k = s == 0 ? i : j;
        float a = axis_angle(k);
        vec2 q = u_radius * value_at(u_current, k) * vec2(cos(a), sin(a));
        float d = length(p - q);
        color = over(color, vec4(u_current_color.rgb, 1.0 - smoothstep(3.0 * u_px - aa, 3.0 * u_px + aa, d)));
    }

    if (color.a <= 0.0) discard;
    frag_color = color;
}
