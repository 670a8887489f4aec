/**
 * JSON with object keys sorted at every level and undefined fields dropped, so the same data always gives the
 * same bytes whatever order the code happened to build objects in.
 */
export function stableStringify(value: unknown, indent?: number): string {
  return JSON.stringify(sortKeys(value), null, indent) + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) sorted[key] = sortKeys(v);
  }
  return sorted;
}
