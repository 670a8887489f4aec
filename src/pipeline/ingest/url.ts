/**
 * Only absolute http(s) URLs are ever published as links: `javascript:`, `data:` and relative URLs are refused,
 * whatever their spelling ("JaVa\tScRiPt:" parses as javascript: in browsers, and here).
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  return url.href;
}

/** "https://www.whenitson.com/x" → "whenitson.com": an outlet name of last resort. */
export function hostOutlet(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^(?:www|m|amp|feeds)\./, '') || undefined;
  } catch {
    return undefined;
  }
}
