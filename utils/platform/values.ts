/** General helpers for plain values, used by the adapters and the database layer alike. */

/** ISO 8601 for a date string or timestamp the Date constructor understands; undefined otherwise. */
export function toIso(value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The same object without the keys whose value is undefined (JSON fixtures have no undefined). */
export function compact<T extends object>(value: T): T {
  const result = {} as Record<string, unknown>;
  for (const key in value) {
    if (value[key] !== undefined) result[key] = value[key];
  }
  return result as T;
}

/** Runs `read` and returns undefined instead of throwing, so one broken post never spoils a page. */
export function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
