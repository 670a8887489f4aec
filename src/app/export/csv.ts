/**
 * CSV as RFC 4180 describes it: comma separated, CRLF line ends, a header row, and a field quoted (with quotes
 * doubled) when it holds a comma, a quote, CR or LF.
 *
 * Formula injection guard: a text cell that starts with `=`, `+`, `-`, `@`, tab or CR would be run as a formula by
 * spreadsheet programs (OWASP "CSV Injection"), and article text is untrusted. Such cells get a leading apostrophe
 * (`'=cmd|…`), which spreadsheets show as text. Numbers (lon, lat, confidence) are written as numbers and never
 * prefixed, so a longitude of -3.7 stays a number.
 *
 * @example
 * toCsv(exportRows(data, view.visible)) // "mentionId,placeId,...\r\n000_…:0,geonames:170063,...\r\n"
 */
import { EXPORT_COLUMNS, type ExportRow } from './rows.js';

export function toCsv(rows: readonly ExportRow[], columns: readonly (keyof ExportRow)[] = EXPORT_COLUMNS): string {
  const lines = [columns.map((c) => csvCell(c)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** One field: numbers as they are, null as empty, text guarded against formulas and quoted when needed. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
