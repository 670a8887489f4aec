/** Small statistics for benchmark figures (pure, tested). */

/** The p-th percentile (0..100) by nearest rank; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** "1.23×", or "n/a" when either side is missing. */
export function ratio(value: number, baseline: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline <= 0) return 'n/a';
  return `${(value / baseline).toFixed(2)}×`;
}

/**
 * Each run's value over the baseline measured right after it. The machine's speed drifts during a benchmark (a
 * shared two-core VM: whole stretches of runs 20-30% slower), and a pair shares that state, so the median of the
 * pairs' ratios is steadier than the ratio of the two medians. Pairs with a missing side are skipped.
 */
export function pairedRatios(values: readonly number[], baselines: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.min(values.length, baselines.length); i++) {
    const value = values[i]!;
    const baseline = baselines[i]!;
    if (Number.isFinite(value) && Number.isFinite(baseline) && baseline > 0) out.push(value / baseline);
  }
  return out;
}

/** Bytes as "123.4 KB" / "5.67 MB" (decimal units, as gzip sizes are usually quoted). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} KB`;
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

/** Which bundle a module belongs to for the "app's own JS" figure: the big libraries are not the app's. */
export function isThirdPartyLibrary(moduleId: string): boolean {
  return /node_modules[\\/](maplibre-gl|react|react-dom|scheduler|react-map-gl|@vis\.gl[\\/]react-maplibre)[\\/]/.test(moduleId);
}
