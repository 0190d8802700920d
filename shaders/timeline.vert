#version 300 es
// The plan's timeline: one instance per rectangle (a bar, a wave's band, a
// boundary or the start line), placed from uniform arrays by gl_InstanceID.
// Rectangles come in framebuffer pixels (y down); the quad grows by a few
// pixels so the fragment shader can anti-alias the edge and draw a focus ring.
const int MAX_RECTS = 48;
uniform vec2 u_fb;                   // framebuffer size, pixels
uniform float u_px;                  // one CSS pixel in device pixels
uniform vec4 u_rects[MAX_RECTS];     // x0, y0, x1, y1
out vec2 v_pos;                      // this fragment, pixels relative to the rectangle's centre
flat out int v_index;
void main() {
    vec4 r = u_rects[gl_InstanceID];
    float grow = 4.0 * u_px;
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
    vec2 p = mix(r.xy - grow, r.zw + grow, corner);
    v_pos = p - 0.5 * (r.xy + r.zw);
    v_index = gl_InstanceID;
    gl_Position = vec4(2.0 * p.x / u_fb.x - 1.0, 1.0 - 2.0 * p.y / u_fb.y, 0.0, 1.0);
}
