/**
 * Saves text as a file in the browser. Kept apart from the pure export modules so those run in Node tests.
 *
 * @example
 * downloadText(toCsv(rows), exportFileName('mentions', 'csv', range), 'text/csv;charset=utf-8');
 */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking in the same task can cancel the download in some browsers; a tick later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const MIME = { csv: 'text/csv;charset=utf-8', geojson: 'application/geo+json' } as const;
