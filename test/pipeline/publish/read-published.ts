/** The published mentions of a data folder back as Mention objects (mentions.json and excerpts.json are in columns). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticlesFile, ExcerptsFile, Mention, MentionsFile, PlacesCollection } from '../../../src/model/contract.js';
import { decodeMentions, excerptsFileProblem, mentionsFileProblem } from '../../../src/model/mention-columns.js';

export function readMentions(dir: string): Mention[] {
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
  return decodePublished(read<PlacesCollection>('places.geojson'), read<ArticlesFile>('articles.json'), {
    mentions: read<MentionsFile>('mentions.json'),
    excerpts: read<ExcerptsFile>('excerpts.json'),
  });
}

export function decodePublished(places: PlacesCollection, articles: ArticlesFile, files: { mentions: MentionsFile; excerpts: ExcerptsFile }): Mention[] {
  // The same checks the app runs before it trusts the files.
  const problem =
    mentionsFileProblem(files.mentions as unknown as Record<string, unknown>, { places: places.features.length, articles: articles.articles.length }) ??
    excerptsFileProblem(files.excerpts as unknown as Record<string, unknown>, files.mentions.place.length);
  if (problem) throw new Error(problem);
  return decodeMentions(files, { placeIds: places.features.map((f) => f.properties.id), articleIds: articles.articles.map((a) => a.id) });
}
