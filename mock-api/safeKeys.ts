import { isStorableText } from '../src/domain/validation';

/**
 * Keys that reach an object's prototype when code copies or merges parsed JSON: refused wherever
 * they appear in a body or a query parameter, at any depth.
 */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** The forbidden keys found in `value`, as dotted paths (`a.__proto__`), at most 10. */
export function forbiddenKeys(value: unknown, path = '', found: string[] = []): string[] {
  if (found.length >= 10 || typeof value !== 'object' || value === null) return found;
  for (const key of Object.keys(value)) {
    const at = path ? `${path}.${key}` : key;
    if (FORBIDDEN.has(key)) found.push(at);
    forbiddenKeys((value as Record<string, unknown>)[key], at, found);
  }
  return found;
}

/**
 * The texts in `value` (keys or strings, at any depth) that no store can hold: NUL characters,
 * unpaired surrogates (PostgreSQL refuses both; the JSON store then accepts exactly the same
 * data), as dotted paths, at most 10.
 */
export function unstorableTexts(value: unknown, path = '', found: string[] = []): string[] {
  if (found.length >= 10) return found;
  if (typeof value === 'string') {
    if (!isStorableText(value)) found.push(path || '(body)');
    return found;
  }
  if (typeof value !== 'object' || value === null) return found;
  for (const key of Object.keys(value)) {
    const at = path ? `${path}.${key}` : key;
    if (!isStorableText(key)) found.push(at);
    else unstorableTexts((value as Record<string, unknown>)[key], at, found);
  }
  return found;
}
