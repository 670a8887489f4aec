import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('geoparse command (GUIDE section 4)', () => {
  it('answers each good line in order, reports a malformed line on stderr and goes on', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Fighting near Aleppo 😀 spread to Syria.' }),
      '{not json',
      JSON.stringify({ id: 'b', text: 'Nothing here.', published: '2016-02-05' }),
      JSON.stringify({ id: 7, text: 'bad id' }),
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/geoparse.ts'], { cwd: root, input, encoding: 'utf8', timeout: 120_000 });
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; toponyms: { start: number; end: number; text: string; role: string; place: { id: string } | null }[] });
    expect(out.map((o) => o.id)).toEqual(['a', 'b']);
    const text = 'Fighting near Aleppo 😀 spread to Syria.';
    expect(out[0]!.toponyms.map((t) => [t.text, text.slice(t.start, t.end), t.role])).toEqual([
      ['Aleppo', 'Aleppo', 'literal'],
      ['Syria', 'Syria', 'literal'],
    ]);
    expect(out[0]!.toponyms[1]!.place?.id).toMatch(/SY$/);
    expect(out[1]!.toponyms).toEqual([]);
    expect(run.stderr).toContain('line 2: not JSON');
    expect(run.stderr).toContain('line 4: "id" must be a string');
    expect(run.status).toBe(1);
  }, 120_000);
});
