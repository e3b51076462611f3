/** The clean URL of a hash-routed one (`/#/pilots?x=1` → `/pilots?x=1`), or null when it is not one. */
export function fromLegacyHash({ hash }: Pick<Location, 'hash'>): string | null {
  return hash.startsWith('#/') ? hash.slice(1) : null;
}
