import type { GeonamesRow } from './geonames.js';
import type { GazetteerRow } from './row.js';
import { GEONAMES_POINT_SOURCE, loadGeonamesPoints } from './sources/geonames-points.js';

/**
 * First-level divisions news names constantly (Texas, Alberta, Queensland, Sichuan) and that cities500, a list of
 * populated places, lacks. Each line: country, name, variants (| separated), and how to find its GeoNames admin1
 * code: `=CODE` when the code is known (US postal codes, GB nations), otherwise the capital's name, whose cities500
 * row (PPLA/PPLC) carries the code. The point is the middle of the extent of the division's populated places
 * (2nd–98th percentile, so one outlying islet does not move it), close to where a gazetteer puts a division's point.
 * Syria's governorates come from the curated OpenSyria layer instead.
 */
const TABLE = `
US|Alabama||=AL
US|Alaska||=AK
US|Arizona||=AZ
US|Arkansas||=AR
US|California||=CA
US|Colorado||=CO
US|Connecticut||=CT
US|Delaware||=DE
US|Florida||=FL
US|Georgia||=GA
US|Hawaii||=HI
US|Idaho||=ID
US|Illinois||=IL
US|Indiana||=IN
US|Iowa||=IA
US|Kansas||=KS
US|Kentucky||=KY
US|Louisiana||=LA
US|Maine||=ME
US|Maryland||=MD
US|Massachusetts||=MA
US|Michigan||=MI
US|Minnesota||=MN
US|Mississippi||=MS
US|Missouri||=MO
US|Montana||=MT
US|Nebraska||=NE
US|Nevada||=NV
US|New Hampshire||=NH
US|New Jersey||=NJ
US|New Mexico||=NM
US|New York State|New York state|=NY
US|North Carolina||=NC
US|North Dakota||=ND
US|Ohio||=OH
US|Oklahoma||=OK
US|Oregon||=OR
US|Pennsylvania||=PA
US|Rhode Island||=RI
US|South Carolina||=SC
US|South Dakota||=SD
US|Tennessee||=TN
US|Texas||=TX
US|Utah||=UT
US|Vermont||=VT
US|Virginia||=VA
US|Washington State|Washington state|=WA
US|West Virginia||=WV
US|Wisconsin||=WI
US|Wyoming||=WY
CA|Alberta||Edmonton
CA|British Columbia|B.C.|Victoria
CA|Manitoba||Winnipeg
CA|New Brunswick||Fredericton
CA|Newfoundland and Labrador|Newfoundland|St. John's
CA|Nova Scotia||Halifax
CA|Ontario||Toronto
CA|Prince Edward Island|P.E.I.|Charlottetown
CA|Quebec|Québec|Quebec
CA|Saskatchewan||Regina
CA|Yukon||Whitehorse
CA|Northwest Territories||Yellowknife
CA|Nunavut||Iqaluit
AU|New South Wales|NSW|Sydney
AU|Victoria State||Melbourne
AU|Queensland||Brisbane
AU|South Australia||Adelaide
AU|Western Australia||Perth
AU|Tasmania||Hobart
AU|Northern Territory||Darwin
GB|England||=ENG
GB|Scotland||=SCT
GB|Wales||=WLS
GB|Northern Ireland||=NIR
CN|Sichuan||Chengdu
CN|Guangdong||Guangzhou
CN|Hubei||Wuhan
CN|Hunan||Changsha
CN|Henan||Zhengzhou
CN|Hebei||Shijiazhuang
CN|Shandong||Jinan
CN|Jiangsu||Nanjing
CN|Zhejiang||Hangzhou
CN|Fujian||Fuzhou
CN|Yunnan||Kunming
CN|Guizhou||Guiyang
CN|Shaanxi||Xi'an
CN|Shanxi||Taiyuan
CN|Anhui||Hefei
CN|Jiangxi||Nanchang
CN|Liaoning||Shenyang
CN|Jilin Province||Changchun
CN|Heilongjiang||Harbin
CN|Gansu||Lanzhou
CN|Qinghai||Xining
CN|Hainan||Haikou
CN|Xinjiang||Urumqi
CN|Tibet||Lhasa
CN|Inner Mongolia||Hohhot
CN|Guangxi||Nanning
CN|Ningxia||Yinchuan
IN|Maharashtra||Mumbai
IN|Uttar Pradesh||Lucknow
IN|West Bengal||Kolkata
IN|Tamil Nadu||Chennai
IN|Karnataka||Bengaluru
IN|Kerala||Thiruvananthapuram
IN|Gujarat||Gandhinagar
IN|Rajasthan||Jaipur
IN|Punjab State|Indian Punjab|Chandigarh
IN|Bihar||Patna
IN|Madhya Pradesh||Bhopal
IN|Andhra Pradesh||Amaravati
IN|Telangana||Hyderabad
IN|Odisha|Orissa|Bhubaneswar
IN|Assam||Dispur
IN|Jammu and Kashmir|Kashmir|Srinagar
DE|Bavaria|Bayern|Munich
DE|Saxony|Sachsen|Dresden
DE|Hesse|Hessen|Wiesbaden
DE|North Rhine-Westphalia||Düsseldorf
DE|Baden-Württemberg|Baden-Wurttemberg|Stuttgart
DE|Lower Saxony||Hanover
IQ|Anbar||Ramadi
IQ|Nineveh|Ninawa|Mosul
IQ|Kurdistan Region||Erbil
MX|Chihuahua State||Chihuahua
MX|Sinaloa||Culiacán
MX|Jalisco||Guadalajara
MX|Michoacán|Michoacan|Morelia
MX|Tamaulipas||Ciudad Victoria
MX|Guerrero||Chilpancingo
MX|Oaxaca State||Oaxaca
`;

/**
 * Associated Press abbreviations of US states as datelines and qualifiers write them ("Lexington, Ky."). They are
 * ordinary words or names elsewhere (Miss., Ind., Wash.), so the recogniser accepts them only right after a comma
 * and with their full stop.
 */
export const AP_STATE_ABBREVIATIONS: Record<string, string> = {
  AL: 'Ala.', AZ: 'Ariz.', AR: 'Ark.', CA: 'Calif.', CO: 'Colo.', CT: 'Conn.', DE: 'Del.', FL: 'Fla.', GA: 'Ga.',
  IL: 'Ill.', IN: 'Ind.', KS: 'Kan.', KY: 'Ky.', LA: 'La.', MD: 'Md.', MA: 'Mass.', MI: 'Mich.', MN: 'Minn.',
  MS: 'Miss.', MO: 'Mo.', MT: 'Mont.', NE: 'Neb.', NV: 'Nev.', NH: 'N.H.', NJ: 'N.J.', NM: 'N.M.', NY: 'N.Y.',
  NC: 'N.C.', ND: 'N.D.', OK: 'Okla.', OR: 'Ore.', PA: 'Pa.', RI: 'R.I.', SC: 'S.C.', SD: 'S.D.', TN: 'Tenn.',
  VT: 'Vt.', VA: 'Va.', WA: 'Wash.', WV: 'W.Va.', WI: 'Wis.', WY: 'Wyo.',
};

/** Canadian Press abbreviations of provinces ("Red Deer, Alta."), by province name. B.C. is a plain variant. */
export const CP_PROVINCE_ABBREVIATIONS: Record<string, string> = {
  Alberta: 'Alta.', Manitoba: 'Man.', 'New Brunswick': 'N.B.', 'Newfoundland and Labrador': 'N.L.', 'Nova Scotia': 'N.S.',
  Ontario: 'Ont.', Quebec: 'Que.', Saskatchewan: 'Sask.',
};

const fold = (a: string) => a.replace(/\./g, '').toLowerCase();
const ALL_ABBREVIATIONS = [...Object.values(AP_STATE_ABBREVIATIONS), ...Object.values(CP_PROVINCE_ABBREVIATIONS)];

/** Folded match keys of those abbreviations ("ky", "calif", "nj", "alta"): accepted only as qualifiers. */
export const AP_STATE_KEYS = new Set(ALL_ABBREVIATIONS.map(fold));

/** The abbreviations written as initials (N.J., S.C.): an upper-case token must be one of these (not M.D.). */
export const AP_INITIALS_KEYS = new Set(ALL_ABBREVIATIONS.filter((a) => /^(\p{Lu}\.)+$/u.test(a)).map(fold));

export const ADMIN1_SOURCE = 'newsmap admin1 list; point from the extent of GeoNames cities500 places';
export const ADMIN1_LICENCE = 'CC BY 4.0';

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
  return sorted[i]!;
}

export function admin1Rows(geonames: readonly GeonamesRow[]): GazetteerRow[] {
  // GeoNames' own point for a division (data/gazetteer/points-geonames.tsv) wins over the computed middle.
  const points = loadGeonamesPoints();
  const members = new Map<string, GeonamesRow[]>();
  const seats = new Map<string, string>();
  for (const r of geonames) {
    const key = `${r.country}.${r.admin1Code}`;
    const list = members.get(key);
    if (list) list.push(r);
    else members.set(key, [r]);
    if (r.featureCode === 'PPLA' || r.featureCode === 'PPLC') {
      for (const n of [r.name, ...r.variants]) seats.set(`${r.country}|${n.toLowerCase()}`, r.admin1Code);
    }
  }
  const rows: GazetteerRow[] = [];
  for (const line of TABLE.trim().split('\n')) {
    const [country, name, variants, how] = line.split('|') as [string, string, string, string];
    const code = how.startsWith('=') ? how.slice(1) : seats.get(`${country}|${how.toLowerCase()}`);
    if (!code) continue;
    const places = members.get(`${country}.${code}`);
    if (!places || places.length === 0) continue;
    const lats = places.map((p) => p.lat).sort((a, b) => a - b);
    const lons = places.map((p) => p.lon).sort((a, b) => a - b);
    const sourced = points.province(country, code, name);
    const lat = sourced ? sourced.lat : (percentile(lats, 0.02) + percentile(lats, 0.98)) / 2;
    const lon = sourced ? sourced.lon : (percentile(lons, 0.02) + percentile(lons, 0.98)) / 2;
    // "New York State", "Victoria State": the bare name belongs to the city; the bare form stays a variant only
    // where it is unambiguous in news.
    const bare = name.replace(/ (State|Province)$/, '');
    const vs = variants ? variants.split(',').flatMap((v) => v.split('|')).filter(Boolean) : [];
    if (bare !== name && !['New York', 'Washington', 'Victoria', 'Chihuahua', 'Oaxaca', 'Jilin', 'Punjab'].includes(bare)) vs.push(bare);
    // N.Y. reads like the capitals "NY", which news uses for the city: left out.
    const ap = country === 'US' ? AP_STATE_ABBREVIATIONS[code] : country === 'CA' ? CP_PROVINCE_ABBREVIATIONS[name] : undefined;
    if (ap && ap !== 'N.Y.') vs.push(ap);
    rows.push({
      id: `admin1:${country}-${code}`,
      name,
      kind: 'province',
      precision: 'province',
      country,
      admin1: name,
      lat: Math.round(lat * 1e4) / 1e4,
      lon: Math.round(lon * 1e4) / 1e4,
      variants: vs,
      layer: 'region',
      source: sourced ? `newsmap admin1 list; ${GEONAMES_POINT_SOURCE}` : ADMIN1_SOURCE,
      licence: ADMIN1_LICENCE,
      admin1Code: code,
    } as GazetteerRow & { admin1Code: string });
  }
  return rows;
}
