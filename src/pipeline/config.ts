/**
 * One typed configuration for the data build, with documented defaults. Scripts override fields from the command
 * line; everything else reads the resolved object so behaviour never depends on hidden globals.
 */

/** How an all-numeric date like 07/02/2016 is read: day first (7 February) or month first (July 2). */
export type DateOrder = 'dmy' | 'mdy';

export type PipelineConfig = {
  /** Default 'dmy': most of the world's press writes day first; US sources need 'mdy'. */
  dateOrder: DateOrder;
  /** Toponyms resolved below this confidence are not published; they are listed in report.lowConfidence. */
  minConfidence: number;
  /** Decimal places kept in published coordinates: 5 is about 1 m, finer than any gazetteer point. */
  coordinateDecimals: number;
  /** How many unmatched capitalised names the printed report lists. */
  reportTopNames: number;
};

export const DEFAULT_CONFIG: PipelineConfig = {
  dateOrder: 'dmy',
  minConfidence: 0.5,
  coordinateDecimals: 5,
  reportTopNames: 15,
};

export function resolveConfig(overrides: Partial<PipelineConfig> = {}): PipelineConfig {
  const merged = { ...DEFAULT_CONFIG };
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}
