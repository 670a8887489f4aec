import type { CuratorItem } from '../../model/contract.js';
import { compare } from '../../model/order.js';

/** Tallies names for the report's curator lists: total count, the articles they occur in, an optional note. */
export class CuratorTally {
  private readonly items = new Map<string, { count: number; articles: Set<string>; notes: Set<string> }>();

  add(name: string, article: string, note?: string): void {
    let item = this.items.get(name);
    if (!item) this.items.set(name, (item = { count: 0, articles: new Set(), notes: new Set() }));
    item.count++;
    item.articles.add(article);
    if (note) item.notes.add(note);
  }

  /** Most frequent first, then by name, so the list is stable. */
  list(): CuratorItem[] {
    return [...this.items]
      .map(([name, { count, articles, notes }]) => {
        const item: CuratorItem = { name, count, articles: [...articles].sort() };
        if (notes.size) item.note = [...notes].sort().join('; ');
        return item;
      })
      .sort((a, b) => b.count - a.count || compare(a.name, b.name));
  }
}
