/**
 * The app's shareable state in the URL hash, as pure functions: decode(hash) → state, encode(state, hash) → hash.
 *
 * Everything lives in the hash as `key=value` pairs so the site stays a static page (no server sees it) and
 * MapLibre's own hash can share it under the named key `map` (`new Map({ hash: 'map' })`, maplibre-gl-js #3559):
 *
 *   #map=6.5/36.2/37.15&place=geonames:170063&from=2016-02-01&to=2016-02-29&mode=cumulative&date=event
 *    &roles=literal,dateline,metonymic&outlets=Reuters,AFP&q=aid+convoy&undated=0&article=000_9da70760c259435a
 *
 * Only values that differ from the defaults are written, in a fixed key order. Unknown keys (anything another
 * component put there) are kept as they are. Decoding never throws: a missing or invalid value falls back to its
 * default, so a mangled link still opens the site.
 *
 * Why the custom escaping: MapLibre rewrites the whole hash with decodeURIComponent when it updates `map`, which would
 * turn a percent-encoded `&` inside a search query into a real separator. Values are therefore written with the few
 * characters that mean something in a hash (`~ & = # + % ,`) escaped as `~XX` (hex) and spaces as `+`; both survive
 * any number of decode/encode rounds.
 *
 * @example
 * const state = decodeUrlState(location.hash);                   // on load
 * const hash = encodeUrlState({ ...state, place: 'geonames:170063' }, location.hash);
 * history.replaceState(history.state, '', hash);                   // through createThrottle while scrubbing
 */
import { DEFAULT_VISIBLE_ROLES, ROLES, type Role } from '../../model/contract.js';
import { DATE_KINDS, type DateKind } from '../../model/filter.js';
import { TIME_MODES, isoToDay, type TimeMode } from '../../model/time.js';

/** Map camera as MapLibre's hash writes it: zoom/lat/lon[/bearing[/pitch]]. */
export type MapView = { zoom: number; lat: number; lon: number; bearing: number; pitch: number };

export type UrlState = {
  /** Selected place id. */
  place: string | null;
  /** Selected article id (article list). */
  article: string | null;
  /** Inclusive ISO day range; null = the whole span. */
  range: { from: string; to: string } | null;
  mode: TimeMode;
  dateKind: DateKind;
  roles: Role[];
  /** Outlets to show; null = all. */
  outlets: string[] | null;
  search: string;
  includeUndated: boolean;
  /** Null when the URL has no (valid) view: the app fits the data instead. */
  map: MapView | null;
};

export const DEFAULT_URL_STATE: UrlState = {
  place: null,
  article: null,
  range: null,
  mode: 'window',
  dateKind: 'published',
  roles: [...DEFAULT_VISIBLE_ROLES],
  outlets: null,
  search: '',
  includeUndated: true,
  map: null,
};

/** The hash keys this module owns, in the order they are written. `map` is MapLibre's key. */
export const URL_KEYS = ['map', 'place', 'article', 'from', 'to', 'mode', 'date', 'roles', 'outlets', 'q', 'undated'] as const;
export const MAP_HASH_KEY = 'map';

const MAX_TEXT = 200;
const ID = /^[\w.:\-/]{1,200}$/u;

/** Read the state from a location hash (with or without the leading '#'). Invalid values become defaults. */
export function decodeUrlState(hash: string, defaults: UrlState = DEFAULT_URL_STATE): UrlState {
  const params = parseHash(hash);
  const get = (key: string): string | null => {
    const raw = params.get(key);
    return raw === undefined ? null : unescapeValue(raw);
  };
  const from = get('from');
  const to = get('to');
  const fromDay = from === null ? undefined : isoToDay(from);
  const toDay = to === null ? undefined : isoToDay(to);
  const range = fromDay !== undefined && toDay !== undefined
    ? (fromDay <= toDay ? { from: from!, to: to! } : { from: to!, to: from! })
    : defaults.range;

  return {
    place: idOr(get('place'), defaults.place),
    article: idOr(get('article'), defaults.article),
    range,
    mode: oneOf(get('mode'), TIME_MODES, defaults.mode),
    dateKind: oneOf(get('date'), DATE_KINDS, defaults.dateKind),
    roles: rolesOr(params.get('roles'), defaults.roles),
    outlets: outletsOr(params.get('outlets'), defaults.outlets),
    search: (get('q') ?? defaults.search).slice(0, MAX_TEXT),
    includeUndated: flagOr(get('undated'), defaults.includeUndated),
    map: parseMapView(params.get(MAP_HASH_KEY)) ?? defaults.map,
  };
}

/**
 * The hash ('#…', or '' when everything is default) for a state, keeping the keys of `currentHash` this module does
 * not own. With `state.map` null the current `map` value is kept (MapLibre owns it once the map is up).
 */
export function encodeUrlState(state: UrlState, currentHash = '', defaults: UrlState = DEFAULT_URL_STATE): string {
  const current = parseHash(currentHash);
  const own = new Map<string, string>();
  if (state.map) own.set('map', formatMapView(state.map));
  else if (current.has('map')) own.set('map', current.get('map')!);
  if (state.place) own.set('place', escapeValue(state.place));
  if (state.article) own.set('article', escapeValue(state.article));
  if (state.range) {
    own.set('from', state.range.from);
    own.set('to', state.range.to);
  }
  if (state.mode !== defaults.mode) own.set('mode', state.mode);
  if (state.dateKind !== defaults.dateKind) own.set('date', state.dateKind);
  if (!sameSet(state.roles, defaults.roles)) own.set('roles', ROLES.filter((r) => state.roles.includes(r)).join(',') || '-');
  if (state.outlets !== null && !(defaults.outlets !== null && sameSet(state.outlets, defaults.outlets))) {
    own.set('outlets', state.outlets.length ? [...state.outlets].sort().map(escapeValue).join(',') : '-');
  }
  if (state.search.trim()) own.set('q', escapeValue(state.search.trim().slice(0, MAX_TEXT)));
  if (state.includeUndated !== defaults.includeUndated) own.set('undated', state.includeUndated ? '1' : '0');

  const parts: string[] = [];
  for (const key of URL_KEYS) if (own.has(key)) parts.push(`${key}=${own.get(key)}`);
  for (const [key, value] of current) {
    if (!(URL_KEYS as readonly string[]).includes(key)) parts.push(value === '' ? key : `${key}=${value}`);
  }
  return parts.length ? `#${parts.join('&')}` : '';
}

/**
 * MapLibre's format: zoom/lat/lon, bearing and pitch only when set. Coordinates get as many decimals as keep the
 * centre within half a pixel at this zoom (the rule MapLibre's own hash uses), so both write the same string.
 */
export function formatMapView(view: MapView): string {
  const digits = Math.max(0, Math.ceil(view.zoom * Math.log10(2) + Math.log10(512 / 360 / 0.5)));
  const parts = [round(view.zoom, 2), round(view.lat, digits), round(view.lon, digits)];
  if (view.bearing || view.pitch) parts.push(round(view.bearing, 1));
  if (view.pitch) parts.push(round(view.pitch, 0));
  return parts.join('/');
}

export function parseMapView(value: string | undefined | null): MapView | null {
  if (!value) return null;
  const parts = value.split('/');
  if (parts.length < 3 || parts.length > 5 || parts.some((p) => p.trim() === '')) return null;
  const [zoom, lat, lon, bearing = 0, pitch = 0] = parts.map(Number) as number[];
  if (![zoom, lat, lon, bearing, pitch].every(Number.isFinite)) return null;
  if (zoom! < 0 || zoom! > 24 || Math.abs(lat!) > 85.06 || Math.abs(lon!) > 180) return null;
  if (Math.abs(bearing!) > 180 || pitch! < 0 || pitch! > 85) return null;
  return { zoom: zoom!, lat: lat!, lon: lon!, bearing: bearing!, pitch: pitch! };
}

/** `~ & = # + % ,` → `~XX`, space → `+`: survives decodeURIComponent and URLSearchParams alike. */
export function escapeValue(value: string): string {
  return value.replace(/[~&=#+%,]/g, (c) => `~${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).replace(/ /g, '+');
}

/** Inverse of escapeValue, applied after URL decoding ('+' already read as a space). */
export function unescapeValue(value: string): string {
  return value.replace(/~([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Rate-limits writes (history.replaceState) while the user scrubs: at most one write per `intervalMs`, always of the
 * LATEST value, and never inside the call that pushed it. The first change of a burst is written `intervalMs` later
 * (trailing edge), so the work stays off the input → frame path: replaceState measured tens of milliseconds per call
 * in Chromium while scrubbing 100k mentions (npm run bench:app profile). The final state is always written; call
 * flush() on pagehide to write it at once. Mobile Safari refuses more than 100 history updates per 30 s; 300 ms keeps
 * well under that.
 *
 * @example
 * const writer = createThrottle((hash: string) => history.replaceState(history.state, '', hash || location.pathname), 300);
 * writer.push(encodeUrlState(state, location.hash)); // on every state change
 * window.addEventListener('pagehide', () => writer.flush());
 */
export function createThrottle<T>(
  write: (value: T) => void,
  intervalMs: number,
  clock: ThrottleClock = defaultClock,
): { push(value: T): void; flush(): void; cancel(): void } {
  let lastWrite = -Infinity;
  let pending: { value: T } | null = null;
  let timer: unknown = null;

  const fire = (): void => {
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    lastWrite = clock.now();
    write(value);
  };

  return {
    push(value: T): void {
      pending = { value };
      if (timer !== null) return;
      const wait = Math.max(intervalMs, lastWrite + intervalMs - clock.now());
      timer = clock.setTimeout(fire, wait);
    },
    flush(): void {
      if (timer !== null) clock.clearTimeout(timer);
      fire();
    },
    cancel(): void {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}

/** The time source createThrottle uses; tests pass a fake one. */
export type ThrottleClock = {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

const defaultClock: ThrottleClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** key → raw value ('+' read as space, %XX decoded), in order. Never throws on malformed escapes. */
function parseHash(hash: string): Map<string, string> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const out = new Map<string, string>();
  for (const [key, value] of params) if (!out.has(key)) out.set(key, value);
  return out;
}

function idOr(value: string | null, fallback: string | null): string | null {
  return value !== null && ID.test(value) ? value : fallback;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function rolesOr(raw: string | undefined, fallback: Role[]): Role[] {
  if (raw === undefined) return [...fallback];
  if (raw === '-') return [];
  const roles = raw.split(',').filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  return roles.length ? ROLES.filter((r) => roles.includes(r)) : [...fallback];
}

function outletsOr(raw: string | undefined, fallback: string[] | null): string[] | null {
  if (raw === undefined) return fallback === null ? null : [...fallback];
  if (raw === '-') return [];
  const outlets = raw.split(',').map(unescapeValue).filter((o) => o.length > 0 && o.length <= MAX_TEXT);
  return outlets.length ? outlets : fallback;
}

function flagOr(value: string | null, fallback: boolean): boolean {
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return fallback;
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function round(value: number, digits: number): number {
  const m = 10 ** digits;
  return Math.round(value * m) / m + 0; // + 0 turns -0 into 0
}
