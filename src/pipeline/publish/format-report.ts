import type { BuildReport, CuratorItem } from '../../model/contract.js';

/**
 * The build report as the command prints it: counts, one line per error and warning (`error: <file>: <problem>`),
 * then the names a curator should look at. Pure, so tests can read it.
 */
export function formatReport(report: BuildReport, options: { articlesDir: string; outDir: string; topNames: number; minConfidence: number }): string {
  const lines: string[] = [];
  lines.push(`newsmap data: ${options.articlesDir} -> ${options.outDir}`);
  lines.push(`  files read  ${report.filesRead}`);
  lines.push(`  articles    ${report.articles}`);
  lines.push(`  places      ${report.places}`);
  lines.push(`  mentions    ${report.mentions}`);
  lines.push(`  undated     ${report.undated.length}${report.undated.length ? `  (${report.undated.join(', ')})` : ''}`);
  lines.push(`  errors      ${report.errors.length}`);
  lines.push(`  warnings    ${report.warnings.length}`);
  for (const e of report.errors) lines.push(`error: ${e.file}: ${e.problem}`);
  for (const w of report.warnings) lines.push(`warning: ${w.file}: ${w.problem}`);

  section(lines, `Capitalised names that matched nothing (top ${options.topNames}; add real places to the gazetteer)`, report.unmatched.slice(0, options.topNames), report.unmatched.length);
  section(lines, 'Recognised as places but not resolved (unplaced)', report.unplaced, report.unplaced.length);
  section(lines, `Resolved below confidence ${options.minConfidence} (not published)`, report.lowConfidence, report.lowConfidence.length);
  return lines.join('\n') + '\n';
}

function section(lines: string[], heading: string, items: readonly CuratorItem[], total: number): void {
  if (total === 0) return;
  lines.push('', `${heading}:`);
  for (const item of items) {
    const where = item.articles.length > 3 ? `${item.articles.length} articles` : item.articles.join(', ');
    lines.push(`  ${item.name} x${item.count}  (${where})${item.note ? `  ${item.note}` : ''}`);
  }
  if (items.length < total) lines.push(`  ... ${total - items.length} more in report.json`);
}

/**
 * "  12/120 articles  8.1/s  ~14 s left" for a terminal progress line. The estimate waits for one second of
 * work: the first articles pay for warm-up and would promise hours.
 */
export function formatProgress(done: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const left = rate > 0 && elapsedMs >= 1000 ? Math.ceil((total - done) / rate) : undefined;
  return `  ${done}/${total} articles  ${rate.toFixed(1)}/s${left !== undefined && done < total ? `  ~${left} s left` : ''}`;
}
