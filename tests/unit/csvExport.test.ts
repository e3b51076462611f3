import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { neutralise, toSafeCsv } from '@/components/csvExport';

/** Reads CSV text back as a spreadsheet would see each cell (quotes removed, doubled quotes undone). */
function cells(csv: string): string[][] {
  return csv.split('\n').map((line) =>
    (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).filter((c) => c !== '').map((cell) => {
      const text = cell.endsWith(',') ? cell.slice(0, -1) : cell;
      return text.startsWith('"') ? text.slice(1, -1).replace(/""/g, '"') : text;
    }),
  );
}

describe('CSV export', () => {
  it('makes every cell that a spreadsheet would run as a formula inert', async () => {
    const csv = await toSafeCsv([
      { id: 1, name: "=cmd|' /C calc'!A0", summary: '=HYPERLINK("http://evil.example","click")', note: '+1+2' },
      { id: 2, name: '-2+3', summary: '@SUM(A1:A2)', note: '\tTabbed' },
      { id: 3, name: 'Plain name', summary: 'A - B', note: '\rReturn', value: -5 },
    ]);
    const values = cells(csv).slice(1).flat();
    // Numbers stay numbers (a spreadsheet reads -5 as minus five, not as a formula).
    for (const cell of values.filter((c) => !/^-?\d+(\.\d+)?$/.test(c))) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(values).toContain('-5');
    expect(values).toContain(`'=cmd|' /C calc'!A0`);
    expect(values).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(values).toContain("'@SUM(A1:A2)");
    expect(values).toContain('Plain name');
    expect(values).toContain('A - B');
  });

  it('reaches nested values (changes, evidence)', () => {
    expect(neutralise({ changes: { name: { from: '=1+1', to: 'ok' } }, list: ['+x'] })).toEqual({ changes: { name: { from: "'=1+1", to: 'ok' } }, list: ["'+x"] });
  });

  it('is the exporter of every list', () => {
    const root = path.resolve(import.meta.dirname, '../../src');
    const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? files(path.join(dir, n)) : [path.join(dir, n)]));
    const lists = files(root).filter((f) => /\.tsx$/.test(f) && /<List\s/.test(readFileSync(f, 'utf8')) && /\bList\b[^;]*from 'react-admin'/s.test(readFileSync(f, 'utf8')));
    expect(lists.length).toBeGreaterThanOrEqual(8);
    for (const file of lists) expect(readFileSync(file, 'utf8'), file).toMatch(/<List[^>]*exporter=\{(safeExporter|false)\}/s);
  });
});
