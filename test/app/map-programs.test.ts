/**
 * Shader programs the place labels cost at start-up (the circles are a custom layer of their own: circles-layer.ts). MapLibre compiles one program per layer type and per set of paint
 * properties bound as uniforms (constant or zoom-only), per feature ("source") or per feature and zoom
 * ("composite"); the kinds are worked out here with MapLibre's own style-spec parser.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expression, isExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { labelOpacityFollowingCounts, placesLayers } from '../../src/app/map/places-layers.js';
import { basemapStyle, PALETTES } from '../../src/app/map/style.js';

type Kind = 'constant' | 'source' | 'composite';

function kindOf(layerType: string, property: string, value: unknown): Kind {
  if (!isExpression(value)) return 'constant';
  const spec = (latest as unknown as Record<string, Record<string, object>>)[`paint_${layerType}`]![property]!;
  const parsed = expression.createPropertyExpression(value, `paint.${property}`, spec as never);
  if (parsed.result !== 'success') throw new Error(`${property}: ${JSON.stringify(parsed.value)}`);
  const kind = (parsed.value as { kind: string }).kind;
  // Zoom-only values are evaluated per frame and bound as uniforms, like constants.
  return kind === 'camera' ? 'constant' : (kind as Kind);
}

/** The program a layer's paint selects: its kinds for every data-driven paint property MapLibre knows for the type. */
function programOf(layer: LayerSpecification, only?: (property: string) => boolean): Record<string, Kind> {
  const paint = ('paint' in layer && layer.paint ? layer.paint : {}) as Record<string, unknown>;
  const specs = (latest as unknown as Record<string, Record<string, { 'property-type'?: string }>>)[`paint_${layer.type}`]!;
  const program: Record<string, Kind> = {};
  for (const [property, spec] of Object.entries(specs)) {
    if (spec['property-type'] !== 'data-driven' || (only && !only(property))) continue;
    program[property] = kindOf(layer.type, property, paint[property]);
  }
  return program;
}

const palette = PALETTES.light;
const layers = placesLayers(palette);

describe('shader programs of the places layers', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('adds no MapLibre circle layer (its program would be compiled at start-up)', () => {
    expect(layers.map((l) => l.type)).toEqual(['symbol', 'symbol']);
  });

  it('starts the labels on the program the basemap labels already use', () => {
    const text = (p: string) => p.startsWith('text-');
    // The style resolves its font files against the page.
    vi.stubGlobal('document', { baseURI: 'http://localhost/' });
    const basemapLabels = basemapStyle('http://localhost/basemap/', 'light').layers.filter((l) => l.type === 'symbol');
    expect(basemapLabels.length).toBeGreaterThan(0);
    const basemapProgram = programOf(basemapLabels[0]!, text);
    const labels = layers.filter((l) => l.type === 'symbol');
    expect(labels).toHaveLength(2);
    for (const label of labels) expect(programOf(label, text)).toEqual(basemapProgram);
  });

  it('has the labels follow feature-state once counts change, on both label layers', () => {
    const switched = labelOpacityFollowingCounts();
    expect(switched.map((s) => s.layer).sort()).toEqual(layers.filter((l) => l.type === 'symbol').map((l) => l.id).sort());
    for (const { opacity } of switched) {
      expect(kindOf('symbol', 'text-opacity', opacity)).not.toBe('constant');
      expect(JSON.stringify(opacity)).toContain('feature-state');
    }
  });
});
