#version 300 es
// A quad covering the chart's rectangle (given in clip space); the fragment
// shader draws the whole chart per pixel.
uniform vec4 u_rect_ndc;   // x0, y0, x1, y1 in clip space
void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
    gl_Position = vec4(mix(u_rect_ndc.xy, u_rect_ndc.zw, corner), 0.0, 1.0);
}
