/**
 * The basemap style as typed data: Natural Earth from public/basemap/ (see scripts/build-basemap.ts), no tiles,
 * no glyph server. `glyphs` is left out on purpose: MapLibre then draws text with the `font-faces` below, the
 * Noto Sans woff2 files bundled by Vite, Arabic included (shaped right to left without a plugin).
 */
import type { StyleSpecification, FontFacesSpecification } from 'maplibre-gl';
import notoLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import notoLatinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import notoArabic from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';

/** The one font name every symbol layer uses in `text-font`. */
export const FONT = 'Noto Sans Regular';

export type Theme = 'light' | 'dark';

export type Palette = {
  sea: string;
  land: string;
  border: string;
  countryLabel: string;
  labelHalo: string;
  place: string;
  placeStroke: string;
  placeLabel: string;
  selected: string;
};

export const PALETTES: Record<Theme, Palette> = {
  light: {
    sea: '#c9dbe6',
    land: '#f4f1ea',
    border: '#9a8f86',
    countryLabel: '#6b625b',
    labelHalo: '#f4f1ea',
    place: '#c2410c',
    placeStroke: '#ffffff',
    placeLabel: '#2b2522',
    selected: '#1d4ed8',
  },
  dark: {
    sea: '#14202b',
    land: '#2a2e33',
    border: '#6f7780',
    countryLabel: '#a7adb4',
    labelHalo: '#1b1f23',
    place: '#fb923c',
    placeStroke: '#1b1f23',
    placeLabel: '#eef0f2',
    selected: '#93c5fd',
  },
};

export function fontFaces(): FontFacesSpecification {
  // Order matters: each character is drawn with the first file whose range covers it. Files load lazily.
  return {
    [FONT]: [
      { url: absolute(notoLatin), 'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+2000-206F'] },
      { url: absolute(notoLatinExt), 'unicode-range': ['U+0100-024F', 'U+1E00-1EFF'] },
      { url: absolute(notoArabic), 'unicode-range': ['U+0600-06FF', 'U+0750-077F', 'U+FB50-FDFF', 'U+FE70-FEFF'] },
    ],
  };
}

/**
 * @param basemapUrl absolute URL of the folder holding the basemap files (MapLibre fetches GeoJSON in a worker,
 *   where a relative URL would resolve against the worker script, not the page).
 */
export function basemapStyle(basemapUrl: string, theme: Theme): StyleSpecification {
  const c = PALETTES[theme];
  const file = (name: string) => new URL(name, basemapUrl).href;
  return {
    version: 8,
    'font-faces': fontFaces(),
    sources: {
      'world-land': { type: 'geojson', data: file('world-land.geojson'), maxzoom: 6 },
      'world-borders': { type: 'geojson', data: file('world-borders.geojson'), maxzoom: 6 },
      'region-mask': { type: 'geojson', data: file('region-mask.geojson'), maxzoom: 4 },
      land: { type: 'geojson', data: file('land.geojson'), maxzoom: 10, tolerance: 0.3 },
      borders: { type: 'geojson', data: file('borders.geojson'), maxzoom: 10 },
      'country-labels': { type: 'geojson', data: file('country-labels.geojson') },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': c.sea } },
      { id: 'world-land', type: 'fill', source: 'world-land', paint: { 'fill-color': c.land } },
      // Below the mask: inside the detailed region only the 10m borders show.
      {
        id: 'world-borders',
        type: 'line',
        source: 'world-borders',
        paint: { 'line-color': c.border, 'line-width': 0.6 },
      },
      { id: 'region-mask', type: 'fill', source: 'region-mask', paint: { 'fill-color': c.sea } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': c.land } },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': c.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.4], 'line-dasharray': [3, 1.5] },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'country-labels',
        filter: ['>=', ['zoom'], ['get', 'minzoom']],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [FONT],
          'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14],
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.12,
          'text-max-width': 7,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: { 'text-color': c.countryLabel, 'text-halo-color': c.labelHalo, 'text-halo-width': 1.2 },
      },
    ],
  };
}

/** Vite gives root-relative or page-relative asset URLs; MapLibre loads fonts and data from absolute ones. */
function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}
