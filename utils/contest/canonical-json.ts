/**
 * Canonical JSON: the one text a value has, so that a hash over it can be recomputed anywhere.
 * Object keys are sorted by UTF-16 code units (as JavaScript's default sort does, independent
 * of locale), there is no whitespace, and undefined object fields are left out, as
 * JSON.stringify leaves them. Strings and numbers are written by JSON.stringify.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonical JSON has no ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object') {
    const fields = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`);
    return `{${fields.join(',')}}`;
  }
  throw new TypeError(`canonical JSON has no ${typeof value}`);
}
