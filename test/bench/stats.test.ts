import { describe, expect, it } from 'vitest';
import { formatBytes, isThirdPartyLibrary, median, pairedRatios, percentile, ratio } from '../../src/bench/stats.js';

describe('benchmark statistics', () => {
  it('takes percentiles by nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted on purpose
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('takes the median of odd and even samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it('pairs each run with the baseline measured after it, skipping missing sides', () => {
    // A slow stretch (runs 3-5) hits both pages of a pair: each pair's ratio stays near 1.2-1.27.
    const app = [1200, 1250, 1800, 1850, 1900];
    const bare = [1000, 1000, 1500, 1500, 1500];
    expect(pairedRatios(app, bare).map((r) => r.toFixed(3))).toEqual(['1.200', '1.250', '1.200', '1.233', '1.267']);
    expect(median(pairedRatios(app, bare))).toBeCloseTo(1.233, 3);
    expect(pairedRatios([NaN, 10, 10], [5, 0, 5, 5])).toEqual([2]);
  });

  it('formats ratios and sizes', () => {
    expect(ratio(150, 100)).toBe('1.50×');
    expect(ratio(150, 0)).toBe('n/a');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(61_234)).toBe('61.2 KB');
    expect(formatBytes(2_673_135)).toBe('2.67 MB');
  });

  it('tells the big libraries from the app\'s own modules', () => {
    expect(isThirdPartyLibrary('/w/node_modules/maplibre-gl/dist/maplibre-gl.mjs')).toBe(true);
    expect(isThirdPartyLibrary('/w/node_modules/react-dom/cjs/react-dom-client.production.js')).toBe(true);
    expect(isThirdPartyLibrary('/w/node_modules/@vis.gl/react-maplibre/dist/index.js')).toBe(true);
    expect(isThirdPartyLibrary('/w/node_modules/chrono-node/dist/index.js')).toBe(false);
    expect(isThirdPartyLibrary('/w/src/app/App.tsx')).toBe(false);
  });
});
