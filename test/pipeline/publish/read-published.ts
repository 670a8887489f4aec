/** The published mentions of a data folder back as Mention objects (mentions.json is in columns, see the contract). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticlesFile, Mention, MentionsFile, PlacesCollection } from '../../../src/model/contract.js';
import { decodeMentions, mentionsFileProblem } from '../../../src/model/mention-columns.js';

export function readMentions(dir: string): Mention[] {
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
  return decodePublished(read<PlacesCollection>('places.geojson'), read<ArticlesFile>('articles.json'), read<MentionsFile>('mentions.json'));
}

export function decodePublished(places: PlacesCollection, articles: ArticlesFile, mentions: MentionsFile): Mention[] {
  // The same check the app runs before it trusts the file.
  const problem = mentionsFileProblem(mentions as unknown as Record<string, unknown>, { places: places.features.length, articles: articles.articles.length });
  if (problem) throw new Error(problem);
  return decodeMentions(mentions, { placeIds: places.features.map((f) => f.properties.id), articleIds: articles.articles.map((a) => a.id) });
}
