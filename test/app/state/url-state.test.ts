import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE, createThrottle, decodeUrlState, encodeUrlState, escapeValue, parseMapView, unescapeValue,
  type ThrottleClock, type UrlState,
} from '../../../src/app/state/url-state.js';

const full: UrlState = {
  place: 'geonames:170063',
  article: '000_9da70760c259435a',
  range: { from: '2016-02-01', to: '2016-02-29' },
  mode: 'cumulative',
  dateKind: 'event',
  roles: ['literal', 'metonymic'],
  outlets: ['Reuters (republished by whenitson.com)', 'A&B, =News+'],
  search: 'aid convoy & 100% "quotes" ~tilde',
  includeUndated: false,
  map: { zoom: 6.5, lat: 36.202, lon: 37.134, bearing: 0, pitch: 0 },
};

/** What a browser + MapLibre do to the hash: percent-encode on set, MapLibre decodes the whole thing when it writes `map`. */
function throughBrowserAndMapLibre(hash: string): string {
  const encoded = new URL(`http://127.0.0.1/${hash}`).hash; // the browser's fragment encoding
  return `#${decodeURIComponent(encoded.slice(1))}`;
}

describe('url state round trip', () => {
  it('restores every field', () => {
    const decoded = decodeUrlState(encodeUrlState(full));
    expect(decoded).toEqual({ ...full, outlets: [...full.outlets!].sort() });
  });

  it('survives the browser encoding the hash and MapLibre decoding it again', () => {
    let hash = encodeUrlState(full);
    for (let i = 0; i < 3; i++) hash = throughBrowserAndMapLibre(hash);
    expect(decodeUrlState(hash)).toEqual({ ...full, outlets: [...full.outlets!].sort() });
  });

  it('writes nothing for the defaults', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(decodeUrlState('')).toEqual(DEFAULT_URL_STATE);
  });

  it('writes readable keys in a fixed order', () => {
    const hash = encodeUrlState({ ...DEFAULT_URL_STATE, place: 'geonames:170063', range: { from: '2016-02-01', to: '2016-02-29' }, search: 'aid convoy' });
    expect(hash).toBe('#place=geonames:170063&from=2016-02-01&to=2016-02-29&q=aid+convoy');
  });

  it('keeps keys it does not own and MapLibre\'s map view when the state has none', () => {
    const hash = encodeUrlState({ ...DEFAULT_URL_STATE, place: 'x:1' }, '#map=5/36/37&debug=1');
    expect(hash).toBe('#map=5/36/37&place=x:1&debug=1');
  });

  it('writes the map view in MapLibre\'s zoom/lat/lon order', () => {
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, map: { zoom: 6.512, lat: 36.20214, lon: 37.13431, bearing: 0, pitch: 0 } })).toBe('#map=6.51/36.202/37.134');
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, map: { zoom: 12, lat: 36.20214, lon: 37.13431, bearing: 0, pitch: 0 } })).toBe('#map=12/36.20214/37.13431');
    expect(decodeUrlState('#map=6.51/36.2021/37.1343/12.5/30').map).toEqual({ zoom: 6.51, lat: 36.2021, lon: 37.1343, bearing: 12.5, pitch: 30 });
  });

  it('encodes empty role and outlet selections distinctly from "all"', () => {
    const state = { ...DEFAULT_URL_STATE, roles: [], outlets: [] };
    expect(decodeUrlState(encodeUrlState(state))).toMatchObject({ roles: [], outlets: [] });
  });
});

describe('url state against garbage', () => {
  it('ignores invalid values and uses the defaults', () => {
    const decoded = decodeUrlState('#map=99/500/abc&from=2016-02-30&to=2016-03-01&mode=sideways&date=yesterday&roles=bogus&undated=maybe&place=<script>&q=');
    expect(decoded).toEqual(DEFAULT_URL_STATE);
  });

  it('orders a reversed range', () => {
    expect(decodeUrlState('#from=2016-03-01&to=2016-02-01').range).toEqual({ from: '2016-02-01', to: '2016-03-01' });
  });

  it('never throws on malformed escapes', () => {
    expect(() => decodeUrlState('#q=%E0%A4%A&place=%zz&=&&map=')).not.toThrow();
  });

  it('uses caller defaults', () => {
    const defaults = { ...DEFAULT_URL_STATE, includeUndated: false };
    expect(decodeUrlState('', defaults).includeUndated).toBe(false);
    expect(encodeUrlState({ ...defaults }, '', defaults)).toBe('');
  });

  it('rejects map views out of range', () => {
    for (const bad of ['1/2', '1/2/3/4/5/6', '25/0/0', '3/91/0', '3/0/181', '3/0/0/200', '3/0/0/0/90', '3//0']) {
      expect(parseMapView(bad), bad).toBeNull();
    }
  });

  it('escapes exactly the characters that mean something in a hash', () => {
    expect(escapeValue('a b&c=d#e+f%g,h~i')).toBe('a+b~26c~3Dd~23e~2Bf~25g~2Ch~7Ei');
    expect(unescapeValue('a b~26c~3Dd~23e~2Bf~25g~2Ch~7Ei')).toBe('a b&c=d#e+f%g,h~i');
  });
});

describe('createThrottle', () => {
  function fakeClock(): ThrottleClock & { advance(ms: number): void } {
    let now = 0;
    let timers: { at: number; fn: () => void; id: number }[] = [];
    let nextId = 1;
    return {
      now: () => now,
      setTimeout: (fn, ms) => {
        const id = nextId++;
        timers.push({ at: now + ms, fn, id });
        return id;
      },
      clearTimeout: (id) => {
        timers = timers.filter((t) => t.id !== id);
      },
      advance(ms: number) {
        now += ms;
        const due = timers.filter((t) => t.at <= now);
        timers = timers.filter((t) => t.at > now);
        for (const t of due) t.fn();
      },
    };
  }

  it('never writes inside push, and coalesces a burst into one write of the last value', () => {
    const clock = fakeClock();
    const writes: string[] = [];
    const writer = createThrottle((v: string) => writes.push(v), 300, clock);
    writer.push('a');
    expect(writes).toEqual([]);
    for (const v of ['b', 'c', 'd']) {
      clock.advance(50);
      writer.push(v);
    }
    expect(writes).toEqual([]);
    clock.advance(150);
    expect(writes).toEqual(['d']);
    writer.push('e');
    clock.advance(299);
    expect(writes).toEqual(['d']);
    clock.advance(1);
    expect(writes).toEqual(['d', 'e']);
  });

  it('writes no more than once per interval while scrubbing', () => {
    const clock = fakeClock();
    const writes: number[] = [];
    const writer = createThrottle((v: number) => writes.push(v), 300, clock);
    for (let i = 0; i < 60; i++) {
      writer.push(i);
      clock.advance(16); // one frame
    }
    clock.advance(1000);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil((60 * 16) / 300) + 1);
    expect(writes.at(-1)).toBe(59);
  });

  it('flush writes the pending value now; cancel drops it', () => {
    const clock = fakeClock();
    const writes: string[] = [];
    const writer = createThrottle((v: string) => writes.push(v), 300, clock);
    writer.push('a');
    writer.push('b');
    writer.flush();
    expect(writes).toEqual(['b']);
    writer.push('c');
    writer.cancel();
    clock.advance(1000);
    expect(writes).toEqual(['b']);
    writer.flush();
    expect(writes).toEqual(['b']);
  });
});
