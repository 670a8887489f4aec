/**
 * mentions.json in columns: the published form of the mentions (MentionsFile, see contract.ts) and the typed arrays
 * the app works on, with the one conversion each way. Pure: no Node, no DOM.
 *
 * Why columns: 100k mention objects of nine fields were 26 MB of JSON the browser had to parse into objects before
 * the first filter ran. As parallel number lists with the sentences stored once, the file is a few MB and parses
 * into arrays of numbers; Mention objects are made only for what the reader opens (see mentionAt).
 */
import { DATA_FILES, DATA_SCHEMA_VERSION, ROLES, type EventDate, type Mention, type MentionsFile, type Role } from './contract.js';

/** The mentions as typed arrays; entry i of every column is mention i. Positions index places / articles lists. */
export type MentionColumns = {
  count: number;
  /** Position of the place in places.geojson's features; -1 only in tables built from unpublished mentions. */
  place: Int32Array;
  /** Position of the article in articles.json; non-decreasing (mentions are grouped by article). */
  article: Int32Array;
  /** Position of the role in ROLES. */
  role: Uint8Array;
  /** Index into `excerpts`. */
  excerpt: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Thousandths: 874 is 0.874. */
  confidence: Uint16Array;
  /** Index into `eventDates`, -1 when the excerpt gives no date. */
  eventDate: Int32Array;
  /** 1-based reading-order number of the mention within its article (the `n` of its id). */
  ordinal: Uint32Array;
  excerpts: readonly string[];
  eventDates: readonly EventDate[];
};

/** Ids the positions stand for, to turn columns back into Mention objects. */
export type MentionKeys = { placeIds: readonly string[]; articleIds: readonly string[] };

/**
 * The published file for mentions already numbered and sorted by article (as the build writes them). Sentences and
 * event dates are stored once, in order of first use, so the same mentions always give the same file.
 */
export function encodeMentions(mentions: readonly Mention[], keys: MentionKeys): MentionsFile {
  const placePos = new Map(keys.placeIds.map((id, i) => [id, i] as const));
  const articlePos = new Map(keys.articleIds.map((id, i) => [id, i] as const));
  const excerpts = new Interner<string>((s) => s);
  const eventDates = new Interner<EventDate>((e) => `${e.date}\n${e.text}`);
  const rolePos = new Map(ROLES.map((r, i) => [r, i] as const));
  const file: MentionsFile = {
    schema: DATA_SCHEMA_VERSION,
    roles: [...ROLES],
    excerpts: excerpts.values,
    eventDates: eventDates.values,
    place: [], article: [], role: [], excerpt: [], start: [], end: [], confidence: [], eventDate: [],
  };
  for (const m of mentions) {
    if (m.excerpt.slice(m.start, m.end) !== m.surface) throw new Error(`mention ${m.id}: excerpt.slice(start, end) is not its surface "${m.surface}"`);
    file.place.push(placePos.get(m.place) ?? -1);
    file.article.push(articlePos.get(m.article) ?? -1);
    file.role.push(rolePos.get(m.role)!);
    file.excerpt.push(excerpts.add(m.excerpt));
    file.start.push(m.start);
    file.end.push(m.end);
    file.confidence.push(Math.round(m.confidence * 1000));
    file.eventDate.push(m.eventDate ? eventDates.add({ date: m.eventDate.date, text: m.eventDate.text }) : -1);
  }
  return file;
}

/** Columns of a file that `checkMentionsFile` accepted. */
export function mentionColumns(file: MentionsFile): MentionColumns {
  const count = file.place.length;
  const article = Int32Array.from(file.article);
  const ordinal = new Uint32Array(count);
  for (let i = 0; i < count; i++) ordinal[i] = i > 0 && article[i] === article[i - 1] ? ordinal[i - 1]! + 1 : 1;
  // Files may list roles in another order than this build's ROLES: map them.
  const roleMap = file.roles.map((r) => ROLES.indexOf(r));
  return {
    count,
    place: Int32Array.from(file.place),
    article,
    role: Uint8Array.from(file.role, (r) => roleMap[r]!),
    excerpt: Int32Array.from(file.excerpt),
    start: Int32Array.from(file.start),
    end: Int32Array.from(file.end),
    confidence: Uint16Array.from(file.confidence),
    eventDate: Int32Array.from(file.eventDate),
    ordinal,
    excerpts: file.excerpts,
    eventDates: file.eventDates,
  };
}

/** Columns straight from Mention objects (tests, tools); mentions must be grouped by article. */
export function columnsOf(mentions: readonly Mention[], keys: MentionKeys): MentionColumns {
  return mentionColumns(encodeMentions(mentions, keys));
}

/** Mention i as the object the panels and exports use. */
export function mentionAt(columns: MentionColumns, i: number, keys: MentionKeys): Mention {
  const excerpt = columns.excerpts[columns.excerpt[i]!]!;
  const start = columns.start[i]!;
  const end = columns.end[i]!;
  const articleId = keys.articleIds[columns.article[i]!] ?? '';
  const mention: Mention = {
    id: `${articleId}:${columns.ordinal[i]!}`,
    place: keys.placeIds[columns.place[i]!] ?? '',
    article: articleId,
    role: ROLES[columns.role[i]!]!,
    surface: excerpt.slice(start, end),
    excerpt,
    start,
    end,
    confidence: columns.confidence[i]! / 1000,
  };
  const e = columns.eventDate[i]!;
  if (e >= 0) mention.eventDate = columns.eventDates[e]!;
  return mention;
}

/** Every mention of a file as objects (tests and tools; the app uses mentionAt on demand). */
export function decodeMentions(file: MentionsFile, keys: MentionKeys): Mention[] {
  const columns = mentionColumns(file);
  return Array.from({ length: columns.count }, (_, i) => mentionAt(columns, i, keys));
}

const COLUMNS = ['place', 'article', 'role', 'excerpt', 'start', 'end', 'confidence', 'eventDate'] as const;

/**
 * Checks the shape a parsed mentions.json must have for the app to index it without further checks: equal-length
 * integer columns, every index in range, articles grouped. Returns the problem as one sentence, or null.
 */
export function mentionsFileProblem(value: Record<string, unknown>, counts: { places: number; articles: number }): string | null {
  const file = DATA_FILES.mentions;
  const lists = ['roles', 'excerpts', 'eventDates', ...COLUMNS] as const;
  for (const key of lists) if (!Array.isArray(value[key])) return `${file}: "${key}" is not a list`;
  const v = value as unknown as MentionsFile;
  if (!v.roles.every((r) => ROLES.includes(r as Role))) return `${file}: "roles" names a role this app does not know`;
  if (!v.excerpts.every((s) => typeof s === 'string')) return `${file}: an excerpt is not a string`;
  if (!v.eventDates.every((e) => typeof e?.date === 'string' && typeof e.text === 'string')) return `${file}: an event date lacks date or text`;
  const n = v.place.length;
  const limits: Record<(typeof COLUMNS)[number], [min: number, max: number]> = {
    place: [0, counts.places - 1],
    article: [0, counts.articles - 1],
    role: [0, v.roles.length - 1],
    excerpt: [0, v.excerpts.length - 1],
    start: [0, 2 ** 31 - 1],
    end: [0, 2 ** 31 - 1],
    confidence: [0, 1000],
    eventDate: [-1, v.eventDates.length - 1],
  };
  for (const key of COLUMNS) {
    const column = v[key];
    if (column.length !== n) return `${file}: column "${key}" has ${column.length} entries, "place" has ${n}`;
    const [min, max] = limits[key];
    // One tight loop per column (100k mentions: 800k values checked on every page load).
    for (let i = 0; i < n; i++) {
      const x = column[i]!;
      if (x >= min && x <= max && (x | 0) === x) continue;
      return `${file}: "${key}" of mention ${i} is ${String(x)}, not an integer from ${min} to ${max}`;
    }
  }
  for (let i = 1; i < n; i++) if (v.article[i]! < v.article[i - 1]!) return `${file}: mentions are not grouped by article (at mention ${i})`;
  for (let i = 0; i < n; i++) {
    const length = v.excerpts[v.excerpt[i]!]!.length;
    if (v.start[i]! >= v.end[i]! || v.end[i]! > length) return `${file}: mention ${i} has offsets ${v.start[i]}-${v.end[i]} outside its excerpt`;
  }
  return null;
}

/** Distinct values in order of first use, each with its position. */
class Interner<T> {
  readonly values: T[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly key: (value: T) => string) {}
  add(value: T): number {
    const k = this.key(value);
    let i = this.index.get(k);
    if (i === undefined) {
      i = this.values.length;
      this.index.set(k, i);
      this.values.push(value);
    }
    return i;
  }
}
