import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { fr } from '@/i18n/fr';

/** Every key of a nested message catalogue, as dotted paths. */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('the message catalogues', () => {
  it('have the same keys in English and French', () => {
    const english = keysOf(en).sort();
    const french = keysOf(fr).sort();
    expect(french.filter((k) => !english.includes(k))).toEqual([]);
    expect(english.filter((k) => !french.includes(k))).toEqual([]);
  });

  it('have no empty message', () => {
    for (const catalogue of [en, fr]) {
      const flat = keysOf(catalogue);
      expect(flat.length).toBeGreaterThan(100);
    }
    expect(JSON.stringify(fr)).not.toMatch(/:""/);
    expect(JSON.stringify(en)).not.toMatch(/:""/);
  });
});

describe('the keys the code uses', () => {
  it('all exist in the catalogue', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const path = await import('node:path');
    const root = path.resolve(import.meta.dirname, '../../src');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
      });
    const used = new Set<string>();
    for (const file of files(root)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['"](app\.[a-zA-Z0-9_.-]+)['"]/g)) used.add(match[1]);
    }
    const known = new Set(keysOf(en));
    expect([...used].filter((key) => !known.has(key))).toEqual([]);
    expect(used.size).toBeGreaterThan(40);
  });
});
