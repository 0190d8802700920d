#version 300 es
// ImGui's vertices: position in canvas pixels, texture coordinate into the font
// atlas, colour as four normalised bytes.
uniform vec2 u_scale;       // 2 / canvas size, with y flipped
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_color;
out vec2 v_uv;
out vec4 v_color;
void main() {
    v_uv = a_uv;
    v_color = a_color;
    gl_Position = vec4(a_position * u_scale + vec2(-1.0, 1.0), 0.0, 1.0);
}
