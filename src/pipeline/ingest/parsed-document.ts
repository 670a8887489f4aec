/** What a format reader extracts from one file, before curated metadata and dates are applied. */
export type ParsedDocument = {
  format: 'html' | 'markdown' | 'text';
  title?: string;
  author?: string;
  outlet?: string;
  /** Already checked: absolute http(s) only. */
  url?: string;
  /** Where a publication date was found in the file's metadata, raw. */
  date?: { key: string; value: string };
  /** Body paragraphs, plain text, before boilerplate removal. */
  paragraphs: string[];
  warnings: string[];
};
