/**
 * The places' circles as a MapLibre custom layer: one instanced draw of antialiased discs with an outer stroke, from
 * the instances circles.ts works out. Why not MapLibre's circle layers: their shader program is the one program a
 * bare basemap does not compile, and in software WebGL (SwiftShader, what headless Chromium and GPU-less machines
 * run) compiling and first using it cost about 150 ms of the seed map's start-up; this program, a few lines long,
 * costs about 50. It also makes a slider step one buffer upload instead of a feature-state change per place.
 *
 * The map's pitch is kept at 0 (create-map.ts), so circles are screen-aligned discs like MapLibre's, and a
 * circle's on-screen distance is its Mercator distance times the world size (used for hit-testing).
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { INSTANCE_FLOATS, type CircleScene } from './circles.js';
import { worldSize } from './clusters.js';
import type { Palette } from './style.js';

export const CIRCLES_LAYER = 'place-circles';

const VERTEX_SHADER = `#version 300 es
layout(location = 0) in vec2 a_pos;
layout(location = 1) in vec3 a_shape;
layout(location = 2) in float a_stroke;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_pixel_ratio;
uniform float u_wrap;
uniform vec3 u_stroke_plain;
uniform vec3 u_stroke_selected;
uniform vec3 u_stroke_area;
out vec2 v_offset;
out float v_radius;
out float v_stroke_width;
out float v_opacity;
out vec3 v_stroke;
void main() {
  // Corners of a quad drawn as a triangle strip: (-1,-1), (1,-1), (-1,1), (1,1).
  vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1)) * 2.0 - 1.0;
  v_radius = a_shape.x * u_pixel_ratio;
  v_stroke_width = a_shape.y * u_pixel_ratio;
  v_opacity = a_shape.z;
  v_stroke = a_stroke > 1.5 ? u_stroke_area : a_stroke > 0.5 ? u_stroke_selected : u_stroke_plain;
  float extent = v_radius + v_stroke_width + 1.0;
  v_offset = corner * extent;
  vec4 centre = u_matrix * vec4(a_pos.x + u_wrap, a_pos.y, 0.0, 1.0);
  gl_Position = centre + vec4(v_offset * 2.0 / u_viewport * centre.w, 0.0, 0.0);
}`;

const FRAGMENT_SHADER = `#version 300 es
precision mediump float;
uniform vec3 u_fill;
in vec2 v_offset;
in float v_radius;
in float v_stroke_width;
in float v_opacity;
in vec3 v_stroke;
out vec4 fragColor;
void main() {
  float d = length(v_offset);
  // One device pixel of antialiasing at each edge; the stroke lies outside the radius.
  float inside = 1.0 - smoothstep(v_radius - 0.5, v_radius + 0.5, d);
  float outer = 1.0 - smoothstep(v_radius + v_stroke_width - 0.5, v_radius + v_stroke_width + 0.5, d);
  vec4 color = vec4(u_fill, 1.0) * (inside * v_opacity) + vec4(v_stroke, 1.0) * max(outer - inside, 0.0);
  if (color.a <= 0.0) discard;
  fragColor = color;
}`;

type Uniforms = Record<'matrix' | 'viewport' | 'pixelRatio' | 'wrap' | 'fill' | 'strokePlain' | 'strokeSelected' | 'strokeArea', WebGLUniformLocation | null>;

/** Beyond the viewport by this many px a world copy's circles are still drawn (the largest circle and its stroke). */
const WRAP_MARGIN_PX = 64;

export class PlaceCirclesLayer implements CustomLayerInterface {
  readonly id = CIRCLES_LAYER;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MapLibreMap | null = null;
  private gl: WebGL2RenderingContext | null = null;
  private program: WebGLProgram | null = null;
  private vao: WebGLVertexArrayObject | null = null;
  private buffer: WebGLBuffer | null = null;
  private uniforms: Uniforms | null = null;
  /** The scene is newer than the buffer. */
  private stale = true;

  constructor(
    private scene: CircleScene,
    private palette: Palette,
  ) {}

  setScene(scene: CircleScene): void {
    this.scene = scene;
    this.stale = true;
    this.map?.triggerRepaint();
  }

  setPalette(palette: Palette): void {
    this.palette = palette;
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    // MapLibre 5 and later always run on WebGL 2.
    const gl2 = gl as WebGL2RenderingContext;
    this.map = map;
    this.gl = gl2;
    const program = linkProgram(gl2);
    this.program = program;
    const at = (name: string) => gl2.getUniformLocation(program, name);
    this.uniforms = {
      matrix: at('u_matrix'),
      viewport: at('u_viewport'),
      pixelRatio: at('u_pixel_ratio'),
      wrap: at('u_wrap'),
      fill: at('u_fill'),
      strokePlain: at('u_stroke_plain'),
      strokeSelected: at('u_stroke_selected'),
      strokeArea: at('u_stroke_area'),
    };
    this.buffer = gl2.createBuffer();
    this.vao = gl2.createVertexArray();
    gl2.bindVertexArray(this.vao);
    gl2.bindBuffer(gl2.ARRAY_BUFFER, this.buffer);
    const stride = INSTANCE_FLOATS * 4;
    // location, floats, offset in floats: position, (radius, stroke width, opacity), stroke colour.
    for (const [location, size, offset] of [[0, 2, 0], [1, 3, 2], [2, 1, 5]] as const) {
      gl2.enableVertexAttribArray(location);
      gl2.vertexAttribPointer(location, size, gl2.FLOAT, false, stride, offset * 4);
      gl2.vertexAttribDivisor(location, 1);
    }
    gl2.bindVertexArray(null);
    this.stale = true;
  }

  onRemove(): void {
    const gl = this.gl;
    if (gl) {
      gl.deleteProgram(this.program);
      gl.deleteBuffer(this.buffer);
      gl.deleteVertexArray(this.vao);
    }
    this.map = this.gl = this.program = this.buffer = this.vao = this.uniforms = null;
  }

  render(gl: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const gl2 = gl as WebGL2RenderingContext;
    const { map, uniforms, scene } = this;
    if (!map || !uniforms || scene.count === 0) return;
    gl2.useProgram(this.program);
    gl2.bindVertexArray(this.vao);
    if (this.stale) {
      gl2.bindBuffer(gl2.ARRAY_BUFFER, this.buffer);
      gl2.bufferData(gl2.ARRAY_BUFFER, scene.data.subarray(0, scene.count * INSTANCE_FLOATS), gl2.DYNAMIC_DRAW);
      this.stale = false;
    }
    gl2.uniformMatrix4fv(uniforms.matrix, false, options.defaultProjectionData.mainMatrix as Float32Array);
    gl2.uniform2f(uniforms.viewport, gl2.drawingBufferWidth, gl2.drawingBufferHeight);
    gl2.uniform1f(uniforms.pixelRatio, map.getPixelRatio());
    const c = this.palette;
    gl2.uniform3fv(uniforms.fill, rgb(c.place));
    gl2.uniform3fv(uniforms.strokePlain, rgb(c.placeStroke));
    gl2.uniform3fv(uniforms.strokeSelected, rgb(c.selected));
    gl2.uniform3fv(uniforms.strokeArea, rgb(c.place));
    gl2.disable(gl2.DEPTH_TEST);
    gl2.disable(gl2.STENCIL_TEST);
    gl2.enable(gl2.BLEND);
    // Premultiplied alpha, as MapLibre draws.
    gl2.blendFunc(gl2.ONE, gl2.ONE_MINUS_SRC_ALPHA);
    for (const wrap of visibleWraps(map)) {
      gl2.uniform1f(uniforms.wrap, wrap);
      gl2.drawArraysInstanced(gl2.TRIANGLE_STRIP, 0, 4, scene.count);
    }
    gl2.bindVertexArray(null);
  }
}

/** World copies (0 = the main one) that the viewport, widened by WRAP_MARGIN_PX, shows part of. */
function visibleWraps(map: MapLibreMap): number[] {
  if (!map.getRenderWorldCopies()) return [0];
  const bounds = map.getBounds();
  const margin = (WRAP_MARGIN_PX * 360) / worldSize(map.getZoom());
  const first = Math.floor((bounds.getWest() - margin + 180) / 360);
  const last = Math.floor((bounds.getEast() + margin + 180) / 360);
  const wraps: number[] = [];
  for (let w = first; w <= last; w++) wraps.push(w);
  return wraps;
}

function linkProgram(gl: WebGL2RenderingContext): WebGLProgram {
  const program = gl.createProgram();
  for (const [type, source] of [[gl.VERTEX_SHADER, VERTEX_SHADER], [gl.FRAGMENT_SHADER, FRAGMENT_SHADER]] as const) {
    const shader = gl.createShader(type)!;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    gl.attachShader(program, shader);
    // Flagged for deletion; freed with the program.
    gl.deleteShader(shader);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS) && !gl.isContextLost()) {
    throw new Error(`the places' circle shader did not link: ${gl.getProgramInfoLog(program)}`);
  }
  return program;
}

const RGB_CACHE = new Map<string, Float32Array>();

/** '#rrggbb' as three floats in 0..1 (the palettes' colours are all written so). */
export function rgb(hex: string): Float32Array {
  let value = RGB_CACHE.get(hex);
  if (!value) {
    if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`not a #rrggbb colour: ${hex}`);
    const n = Number.parseInt(hex.slice(1), 16);
    value = Float32Array.of(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
    RGB_CACHE.set(hex, value);
  }
  return value;
}
