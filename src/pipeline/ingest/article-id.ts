/**
 * A stable, URL-safe id from the file name: "000_9da70760c259435a.txt" → "000_9da70760c259435a",
 * "Aleppo Report (v2).md" → "aleppo-report-v2". Two files that would share an id ("a.txt", "a.md") keep their
 * extension in the id so neither is lost; ids are assigned in sorted file order, so they are deterministic.
 */
export function slugFromFileName(fileName: string, keepExtension = false): string {
  const base = keepExtension ? fileName : fileName.replace(/\.[^.]+$/, '');
  const slug = base
    .replace(/[ıłøđßæœ]/gi, (c) => FOLD[c.toLowerCase()] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'article';
}

export function assignArticleIds(fileNames: readonly string[]): Map<string, string> {
  const byBase = new Map<string, number>();
  for (const name of fileNames) byBase.set(slugFromFileName(name), (byBase.get(slugFromFileName(name)) ?? 0) + 1);
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of fileNames) {
    let id = byBase.get(slugFromFileName(name))! > 1 ? slugFromFileName(name, true) : slugFromFileName(name);
    for (let n = 2; taken.has(id); n++) id = `${slugFromFileName(name, true)}-${n}`;
    taken.add(id);
    ids.set(name, id);
  }
  return ids;
}

/** Latin letters NFKD does not decompose into a base letter. */
const FOLD: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };
