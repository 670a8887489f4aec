/** What the user has chosen to see, and the pure functions that apply it. */
import type { Mention, Role } from '../../model/contract.js';
import { UNDATED, type SiteIndex } from './site-index.js';

export type Filters = {
  /** Inclusive day range (see day.ts). */
  from: number;
  to: number;
  includeUndated: boolean;
  roles: ReadonlySet<Role>;
};

export function mentionPasses(index: SiteIndex, filters: Filters, i: number): boolean {
  const day = index.mentionDay[i]!;
  if (day === UNDATED ? !filters.includeUndated : day < filters.from || day > filters.to) return false;
  return filters.roles.has(index.data.mentions[i]!.role);
}

/** Mentions per place (by place position) that pass the filters. */
export function countByPlace(index: SiteIndex, filters: Filters): Int32Array {
  const counts = new Int32Array(index.data.places.length);
  const n = index.data.mentions.length;
  for (let i = 0; i < n; i++) {
    const place = index.mentionPlace[i]!;
    if (place >= 0 && mentionPasses(index, filters, i)) counts[place]!++;
  }
  return counts;
}

/** The mentions of one place that pass the filters, in file order. */
export function mentionsOfPlace(index: SiteIndex, filters: Filters, placePosition: number): Mention[] {
  const out: Mention[] = [];
  index.data.mentions.forEach((m, i) => {
    if (index.mentionPlace[i] === placePosition && mentionPasses(index, filters, i)) out.push(m);
  });
  return out;
}
