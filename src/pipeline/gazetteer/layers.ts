import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { fallbackCountryRows } from './fallback-layers.js';
import { admin1Rows } from './admin1.js';
import { readCities500 } from './geonames.js';
import type { GazetteerRow } from './row.js';

const HERE = dirname(fileURLToPath(import.meta.url));

type CuratedModule = Record<string, unknown>;

/**
 * The curated layers (regional TSV rows, OpenSyria admin units, countries with demonyms, large regions) live in
 * ./sources and are written by their own owner. They are loaded by whichever loader functions that module exports,
 * so the geoparser keeps working while that folder grows.
 */
async function loadCuratedModule(): Promise<CuratedModule | null> {
  for (const file of ['index.ts', 'index.js']) {
    const path = join(HERE, 'sources', file);
    if (existsSync(path)) return (await import(/* @vite-ignore */ path)) as CuratedModule;
  }
  return null;
}

async function callLoader(mod: CuratedModule, name: string): Promise<GazetteerRow[] | null> {
  const fn = mod[name];
  if (typeof fn !== 'function') return null;
  try {
    const rows = (await (fn as () => unknown)()) as GazetteerRow[] | { rows: GazetteerRow[] };
    return Array.isArray(rows) ? rows : rows.rows;
  } catch (err) {
    // A broken curated file must not take the geoparser down: say which loader failed and go on without it.
    process.stderr.write(`gazetteer: ${name} failed, continuing without it: ${(err as Error).message.split('\n')[0]}\n`);
    return null;
  }
}

export type LayerRows = { rows: GazetteerRow[]; layers: Record<string, number> };

/** Rows of every layer: curated ones first (they win ties in their region), then GeoNames cities500. */
export async function loadAllRows(): Promise<LayerRows> {
  const rows: GazetteerRow[] = [];
  const layers: Record<string, number> = {};
  const mod = await loadCuratedModule();
  let curated: GazetteerRow[] | null = null;
  if (mod) {
    curated = await callLoader(mod, 'loadCuratedLayers');
    if (!curated) {
      // Fall back to the layers one by one, so one bad file costs only its own layer.
      const parts: GazetteerRow[] = [];
      for (const name of ['loadRegionalRows', 'loadOpenSyriaRows', 'loadCountryRows', 'loadRegionRows']) {
        const got = await callLoader(mod, name);
        if (got) parts.push(...got);
      }
      curated = parts.length > 0 ? parts : null;
    }
  }
  const haveCountries = curated?.some((r) => r.layer === 'country') ?? false;
  if (curated) rows.push(...curated);
  if (!haveCountries) rows.push(...fallbackCountryRows());
  const geonames = readCities500();
  for (const row of admin1Rows(geonames)) rows.push(row);
  // US counties (sources/us-counties.ts): their own layer, matched only with their type word ("Plymouth County").
  const counties = mod ? await callLoader(mod, 'loadUsCountyRows') : null;
  if (counties) rows.push(...counties);
  for (const row of geonames) rows.push(row);
  for (const r of rows) layers[r.layer] = (layers[r.layer] ?? 0) + 1;
  return { rows, layers };
}
