/**
 * The mentions in columns: the two published files (MentionsFile, ExcerptsFile; see contract.ts) and the typed
 * arrays the app works on, with the one conversion each way. Pure: no Node, no DOM.
 *
 * Why columns: 100k mention objects of nine fields were 26 MB of JSON the browser had to parse into objects before
 * the first filter ran. As parallel number lists with the sentences stored once, the files are a few MB and parse
 * into arrays of numbers; Mention objects are made only for what the reader opens (see mentionAt).
 */
import {
  DATA_FILES, DATA_SCHEMA_VERSION, ROLES, type EventDate, type ExcerptsFile, type Mention, type MentionsFile, type Role,
} from './contract.js';

/** What the map, the timeline and the filters read; entry i of every column is mention i. */
export type MentionColumns = {
  count: number;
  /** Position of the place in places.geojson's features; -1 only in tables built from unpublished mentions. */
  place: Int32Array;
  /** Position of the article in articles.json; non-decreasing (mentions are grouped by article). */
  article: Int32Array;
  /** Position of the role in ROLES. */
  role: Uint8Array;
  /** Index into `eventDates`, -1 when the excerpt gives no date. */
  eventDate: Int32Array;
  /** 1-based reading-order number of the mention within its article (the `n` of its id). */
  ordinal: Uint32Array;
  eventDates: readonly EventDate[];
};

/** What a reader opens (excerpts.json), loaded after the columns; entry i is mention i of the same columns. */
export type MentionTexts = {
  count: number;
  /** Index into `excerpts`. */
  excerpt: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Thousandths: 874 is 0.874. */
  confidence: Uint16Array;
  excerpts: readonly string[];
};

/** Ids the positions stand for, to turn columns back into Mention objects. */
export type MentionKeys = { placeIds: readonly string[]; articleIds: readonly string[] };

/** Both published files of the same mentions. */
export type PublishedMentions = { mentions: MentionsFile; excerpts: ExcerptsFile };

/**
 * The published files for mentions already numbered and grouped by article in `keys.articleIds` order (as the build
 * writes them). Sentences and event dates are stored once, in order of first use, so the same mentions always give
 * the same files.
 */
export function encodeMentions(mentions: readonly Mention[], keys: MentionKeys): PublishedMentions {
  const placePos = new Map(keys.placeIds.map((id, i) => [id, i] as const));
  const articlePos = new Map(keys.articleIds.map((id, i) => [id, i] as const));
  const excerpts = new Interner<string>((s) => s);
  const eventDates = new Interner<EventDate>((e) => `${e.date}\n${e.text}`);
  const rolePos = new Map(ROLES.map((r, i) => [r, i] as const));
  const hot: MentionsFile = {
    schema: DATA_SCHEMA_VERSION,
    roles: [...ROLES],
    eventDates: eventDates.values,
    perArticle: keys.articleIds.map(() => 0),
    place: [], role: [], eventDate: [],
  };
  const texts: ExcerptsFile = { schema: DATA_SCHEMA_VERSION, excerpts: excerpts.values, excerpt: [], start: [], end: [], confidence: [] };
  let lastArticle = 0;
  for (const m of mentions) {
    if (m.excerpt.slice(m.start, m.end) !== m.surface) throw new Error(`mention ${m.id}: excerpt.slice(start, end) is not its surface "${m.surface}"`);
    const article = articlePos.get(m.article);
    if (article === undefined) throw new Error(`mention ${m.id}: article "${m.article}" is not published`);
    if (article < lastArticle) throw new Error(`mention ${m.id}: mentions are not grouped by article in articles.json order`);
    lastArticle = article;
    hot.perArticle[article]!++;
    hot.place.push(placePos.get(m.place) ?? -1);
    hot.role.push(rolePos.get(m.role)!);
    hot.eventDate.push(m.eventDate ? eventDates.add({ date: m.eventDate.date, text: m.eventDate.text }) : -1);
    texts.excerpt.push(excerpts.add(m.excerpt));
    texts.start.push(m.start);
    texts.end.push(m.end);
    texts.confidence.push(Math.round(m.confidence * 1000));
  }
  return { mentions: hot, excerpts: texts };
}

// The two conversions below copy with plain indexed loops, one pass per file: in Chromium that is about three times
// faster at 100k mentions than a TypedArray.from per column (which iterates, and calls back for mapped values).

/** Columns of a file that `mentionsFileProblem` accepted. */
export function mentionColumns(file: MentionsFile): MentionColumns {
  const count = file.place.length;
  const article = new Int32Array(count);
  const ordinal = new Uint32Array(count);
  const perArticle = file.perArticle;
  for (let a = 0, i = 0; a < perArticle.length; a++) {
    const n = perArticle[a]!;
    for (let k = 1; k <= n; k++, i++) {
      article[i] = a;
      ordinal[i] = k;
    }
  }
  // Files may list roles in another order than this build's ROLES: map them.
  const roleMap = file.roles.map((r) => ROLES.indexOf(r));
  const place = new Int32Array(count);
  const role = new Uint8Array(count);
  const eventDate = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    place[i] = file.place[i]!;
    role[i] = roleMap[file.role[i]!]!;
    eventDate[i] = file.eventDate[i]!;
  }
  return { count, place, article, role, eventDate, ordinal, eventDates: file.eventDates };
}

/** Texts of a file that `excerptsFileProblem` accepted. */
export function mentionTexts(file: ExcerptsFile): MentionTexts {
  const count = file.excerpt.length;
  const excerpt = new Int32Array(count);
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const confidence = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    excerpt[i] = file.excerpt[i]!;
    start[i] = file.start[i]!;
    end[i] = file.end[i]!;
    confidence[i] = file.confidence[i]!;
  }
  return { count, excerpt, start, end, confidence, excerpts: file.excerpts };
}

/** Columns and texts straight from Mention objects (tests, tools); mentions must be grouped by article in keys order. */
export function columnsOf(mentions: readonly Mention[], keys: MentionKeys): { columns: MentionColumns; texts: MentionTexts } {
  const files = encodeMentions(mentions, keys);
  return { columns: mentionColumns(files.mentions), texts: mentionTexts(files.excerpts) };
}

/** Mention i as the object the panels and exports use. */
export function mentionAt(columns: MentionColumns, texts: MentionTexts, i: number, keys: MentionKeys): Mention {
  const excerpt = texts.excerpts[texts.excerpt[i]!]!;
  const start = texts.start[i]!;
  const end = texts.end[i]!;
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
    confidence: texts.confidence[i]! / 1000,
  };
  const e = columns.eventDate[i]!;
  if (e >= 0) mention.eventDate = columns.eventDates[e]!;
  return mention;
}

/** Every mention of the two files as objects (tests and tools; the app uses mentionAt on demand). */
export function decodeMentions(files: PublishedMentions, keys: MentionKeys): Mention[] {
  const columns = mentionColumns(files.mentions);
  const texts = mentionTexts(files.excerpts);
  return Array.from({ length: columns.count }, (_, i) => mentionAt(columns, texts, i, keys));
}

type Limits = Record<string, [min: number, max: number]>;

/**
 * Checks the shape a parsed mentions.json must have for the app to index it without further checks: equal-length
 * integer columns, every index in range, per-article counts adding up. Returns the problem as one sentence, or null.
 */
export function mentionsFileProblem(value: Record<string, unknown>, counts: { places: number; articles: number }): string | null {
  const file = DATA_FILES.mentions;
  for (const key of ['roles', 'eventDates', 'perArticle', 'place', 'role', 'eventDate']) {
    if (!Array.isArray(value[key])) return `${file}: "${key}" is not a list`;
  }
  const v = value as unknown as MentionsFile;
  if (!v.roles.every((r) => ROLES.includes(r as Role))) return `${file}: "roles" names a role this app does not know`;
  if (!v.eventDates.every((e) => typeof e?.date === 'string' && typeof e.text === 'string')) return `${file}: an event date lacks date or text`;
  const n = v.place.length;
  if (v.perArticle.length !== counts.articles) return `${file}: "perArticle" has ${v.perArticle.length} entries, articles.json has ${counts.articles} articles`;
  const problem =
    integersProblem(file, 'perArticle', 'article', v.perArticle, 0, n) ??
    columnsProblem(file, v as unknown as Record<string, number[]>, n, '"place"', {
      place: [0, counts.places - 1],
      role: [0, v.roles.length - 1],
      eventDate: [-1, v.eventDates.length - 1],
    });
  if (problem) return problem;
  let total = 0;
  for (const k of v.perArticle) total += k;
  return total === n ? null : `${file}: "perArticle" adds up to ${total} mentions, "place" has ${n}`;
}

/** The same for excerpts.json, whose columns must describe the `count` mentions of mentions.json. */
export function excerptsFileProblem(value: Record<string, unknown>, count: number): string | null {
  const file = DATA_FILES.excerpts;
  for (const key of ['excerpts', 'excerpt', 'start', 'end', 'confidence']) {
    if (!Array.isArray(value[key])) return `${file}: "${key}" is not a list`;
  }
  const v = value as unknown as ExcerptsFile;
  if (!v.excerpts.every((s) => typeof s === 'string')) return `${file}: an excerpt is not a string`;
  const problem = columnsProblem(file, v as unknown as Record<string, number[]>, count, DATA_FILES.mentions, {
    excerpt: [0, v.excerpts.length - 1],
    start: [0, 2 ** 31 - 1],
    end: [0, 2 ** 31 - 1],
    confidence: [0, 1000],
  });
  if (problem) return problem;
  for (let i = 0; i < count; i++) {
    const length = v.excerpts[v.excerpt[i]!]!.length;
    if (v.start[i]! >= v.end[i]! || v.end[i]! > length) return `${file}: mention ${i} has offsets ${v.start[i]}-${v.end[i]} outside its excerpt`;
  }
  return null;
}

/** Every per-mention column has `n` entries (`expected` says whose count that is), each an integer within its limits. */
function columnsProblem(file: string, value: Record<string, number[]>, n: number, expected: string, limits: Limits): string | null {
  for (const [key, [min, max]] of Object.entries(limits)) {
    const column = value[key]!;
    if (column.length !== n) return `${file}: column "${key}" has ${column.length} entries, ${expected} has ${n}`;
    const problem = integersProblem(file, key, 'mention', column, min, max);
    if (problem) return problem;
  }
  return null;
}

/** Every entry of the column (one per `entry`: mention or article) is an integer from min to max. */
function integersProblem(file: string, key: string, entry: string, column: readonly number[], min: number, max: number): string | null {
  // One tight loop per column (100k mentions: hundreds of thousands of values checked on every page load).
  for (let i = 0; i < column.length; i++) {
    const x = column[i]!;
    if (x >= min && x <= max && (x | 0) === x) continue;
    return `${file}: "${key}" of ${entry} ${i} is ${String(x)}, not an integer from ${min} to ${max}`;
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
