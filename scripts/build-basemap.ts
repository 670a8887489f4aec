/**
 * npm run basemap: writes public/basemap/ (git-ignored) from the npm package world-atlas (Natural Earth),
 * cropped to where public/data/places.geojson puts the reporting, or to the Middle East without data.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import countries from 'world-countries';
import type { Topology } from 'topojson-specification';
import { buildBasemap, type CountryAnchor } from '../src/pipeline/basemap/build.js';
import { regionForPlaces, type WeightedPoint } from '../src/pipeline/basemap/region.js';

const require = createRequire(import.meta.url);
const outDir = 'public/basemap';
const placesFile = 'public/data/places.geojson';

const region = regionForPlaces(readPlaces());
const files = buildBasemap({
  detailed: require('world-atlas/countries-10m.json') as Topology,
  world: require('world-atlas/countries-110m.json') as Topology,
  anchors: countries.map(
    (c): CountryAnchor => ({ code: c.cca2, name: c.name.common, lat: c.latlng[0], lon: c.latlng[1], areaKm2: c.area }),
  ),
  region: region.bbox,
});

mkdirSync(outDir, { recursive: true });
let bytes = 0;
for (const [name, collection] of Object.entries(files)) {
  const text = JSON.stringify(collection);
  bytes += text.length;
  writeFileSync(join(outDir, name), text);
}
writeFileSync(join(outDir, 'region.json'), JSON.stringify(region) + '\n');
console.log(
  `basemap: ${Object.keys(files).length} layers, ${(bytes / 1024).toFixed(0)} KB, detail cropped to [${region.bbox.join(', ')}] (${region.basis})`,
);

function readPlaces(): WeightedPoint[] {
  if (!existsSync(placesFile)) {
    console.warn(`basemap: ${placesFile} not found, cropping to the Middle East`);
    return [];
  }
  try {
    const collection = JSON.parse(readFileSync(placesFile, 'utf8')) as {
      features: Array<{ geometry: { coordinates: [number, number] }; properties: { mentions?: number } }>;
    };
    return collection.features.map((f) => ({
      lon: f.geometry.coordinates[0],
      lat: f.geometry.coordinates[1],
      weight: f.properties.mentions ?? 1,
    }));
  } catch (error) {
    console.warn(`basemap: ${placesFile}: ${(error as Error).message}; cropping to the Middle East`);
    return [];
  }
}
