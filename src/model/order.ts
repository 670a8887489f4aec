/** Orders for sorting strings, shared by the pipeline and the app. Pure. */

/**
 * By UTF-16 code units: the same on every machine and locale, right for ISO dates and ids, and cheap. Sorting 10k
 * articles with localeCompare instead cost a tenth of a second in the browser.
 */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Alphabetical, for names people read ("Öncüpınar" among the O's): one collator for every call. */
export const compareNames: (a: string, b: string) => number = new Intl.Collator('en').compare;
