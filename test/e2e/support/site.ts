/** Page-side helpers shared by the e2e tests: find places, read what the map draws, act as a user would. */
import type { Page } from 'playwright-core';

export type PlaceInfo = { position: number; id: string; name: string; lon: number; lat: number };

/** The first published place whose name matches, read from the data the page itself loaded. */
export async function findPlace(page: Page, name: RegExp): Promise<PlaceInfo> {
  const places = await page.evaluate(async () => {
    const res = await fetch(new URL('data/places.geojson', document.baseURI));
    const fc = (await res.json()) as { features: Array<{ geometry: { coordinates: [number, number] }; properties: { id: string; name: string } }> };
    return fc.features.map((f, position) => ({
      position,
      id: f.properties.id,
      name: f.properties.name,
      lon: f.geometry.coordinates[0],
      lat: f.geometry.coordinates[1],
    }));
  });
  const found = places.find((p) => name.test(p.name));
  if (!found) throw new Error(`no published place matches ${name} (places: ${places.map((p) => p.name).join(', ')})`);
  return found;
}

/** How many mentions the map currently draws for a place (its feature-state), 0 when hidden. */
export function drawnCount(page: Page, position: number): Promise<number> {
  return page.evaluate((id) => Number(window.__map!.getFeatureState({ source: 'places', id })['count'] ?? 0), position);
}

/** Names of the places whose circles are drawn (with a non-zero count) with their centre in the viewport. */
export function renderedPlaceNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const res = await fetch(new URL('data/places.geojson', document.baseURI));
    const names = ((await res.json()) as { features: Array<{ properties: { name: string } }> }).features.map((f) => f.properties.name);
    const map = window.__map!;
    const { clientWidth: width, clientHeight: height } = map.getCanvas();
    return window
      .__newsmap!.circles!()
      .filter((c) => c.kind === 'place' && c.count > 0 && c.radius > 0)
      .filter((c) => {
        const p = map.project([c.lon, c.lat]);
        return p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
      })
      .map((c) => names[c.id]!);
  });
}

/** Text of the labels MapLibre placed in a symbol layer (drawn with the bundled fonts). */
export function renderedLabels(page: Page, layer: string): Promise<string[]> {
  return page.evaluate(
    (layer) => window.__map!.queryRenderedFeatures(undefined as never, { layers: [layer] }).map((f) => String(f.properties['name'])),
    layer,
  );
}

export async function jumpTo(page: Page, lon: number, lat: number, zoom: number): Promise<void> {
  await page.evaluate(
    ([lon, lat, zoom]) =>
      new Promise<void>((resolve) => {
        const map = window.__map!;
        map.once('idle', () => resolve());
        map.jumpTo({ center: [lon!, lat!], zoom: zoom! });
      }),
    [lon, lat, zoom],
  );
}

/**
 * The colours the map paints at a coordinate and 150 px right of and below it, with the place labels hidden for the
 * reading (a name may lie over a circle). The frame is drawn and read in one task, before the browser presents (and
 * may clear) the drawing buffer.
 */
export function paintedAt(page: Page, lon: number, lat: number): Promise<{ centre: number[]; away: number[] }> {
  return page.evaluate(
    ([lon, lat]) => {
      const map = window.__map!;
      const gl = map.getCanvas().getContext('webgl2')!;
      const labels = ['place-labels', 'cluster-point-labels'];
      for (const id of labels) map.setLayoutProperty(id, 'visibility', 'none');
      const at = map.project([lon!, lat!]);
      const ratio = map.getPixelRatio();
      map.redraw();
      const read = (x: number, y: number) => {
        const px = new Uint8Array(4);
        gl.readPixels(Math.round(x * ratio), Math.round(gl.drawingBufferHeight - y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
        return Array.from(px.subarray(0, 3));
      };
      const seen = { centre: read(at.x, at.y), away: read(at.x + 150, at.y + 150) };
      for (const id of labels) map.setLayoutProperty(id, 'visibility', 'visible');
      return seen;
    },
    [lon, lat],
  );
}

/** Light theme: a place's fill (#c2410c at 0.78) over the land (#f4f1ea), within a few levels of rounding. */
export function isPlaceColourOverLand(rgb: number[]): boolean {
  const expected = [0xc2, 0x41, 0x0c].map((c, i) => 0.78 * c + 0.22 * [0xf4, 0xf1, 0xea][i]!);
  return rgb.every((v, i) => Math.abs(v - expected[i]!) < 12);
}

/** Clicks the map where a coordinate is drawn, as a user would. */
export async function clickAt(page: Page, lon: number, lat: number): Promise<void> {
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const p = await page.evaluate(([lon, lat]) => window.__map!.project([lon!, lat!]), [lon, lat]);
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/** Sets the timeline's range through its exact-date fields (From / To), as a keyboard user would. */
export async function setDateRange(page: Page, fromIso: string, toIso: string): Promise<void> {
  // The end first when moving right, so the two ends never cross on the way.
  await page.getByLabel('to', { exact: true }).fill(toIso);
  await page.getByLabel('From', { exact: true }).fill(fromIso);
  await page.getByLabel('to', { exact: true }).fill(toIso);
}

/** Waits for the map to finish rendering whatever just changed. */
export function settled(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__map!;
        requestAnimationFrame(() => {
          map.once('idle', () => resolve());
          map.triggerRepaint();
        });
      }),
  );
}
