/**
 * Calendar arithmetic in an IANA time zone, pure. The dashboard counts days, weekdays and hours
 * in the user's zone; every function takes the zone so tests can pin it.
 */

/** A calendar day, `YYYY-MM-DD`. */
export type DayKey = string;

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Monday … 6 = Sunday (ISO order, as the heatmap shows it). */
  weekday: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const { type, value } of formatterFor(timeZone).formatToParts(ms)) parts[type] = value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
}

export function dayKeyOf(ms: number, timeZone: string): DayKey {
  const { year, month, day } = zonedParts(ms, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `YYYY-MM-DD HH:mm` in the zone: a time Excel reads as a date. */
export function localDateTime(ms: number, timeZone: string): string {
  const { hour, minute } = zonedParts(ms, timeZone);
  return `${dayKeyOf(ms, timeZone)} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export function isDayKey(value: string): value is DayKey {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

export function addDays(day: DayKey, days: number): DayKey {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to`, both included. */
export function daysInclusive(from: DayKey, to: DayKey): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The zone's offset from UTC at that instant, in ms (Moscow: +3 h). */
function offsetAt(ms: number, timeZone: string): number {
  const { year, month, day, hour, minute } = zonedParts(ms, timeZone);
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  return wallClock - Math.floor(ms / 60_000) * 60_000;
}

/**
 * The instant the day starts in the zone. Read the offset at the naive guess, then again at the
 * corrected instant, so a day next to a DST change (a 23- or 25-hour day) still starts at 00:00.
 */
export function startOfDay(day: DayKey, timeZone: string): number {
  const naive = Date.parse(`${day}T00:00:00Z`);
  const first = naive - offsetAt(naive, timeZone);
  return naive - offsetAt(first, timeZone);
}

export interface Period {
  from: DayKey;
  to: DayKey;
  /** The first instant of `from` and the first instant after `to`, in the zone. */
  start: number;
  end: number;
  days: number;
}

export function periodOf(from: DayKey, to: DayKey, timeZone: string): Period {
  return { from, to, start: startOfDay(from, timeZone), end: startOfDay(addDays(to, 1), timeZone), days: daysInclusive(from, to) };
}

export interface Bucket {
  /** The first day of the bucket and the instant it starts. */
  day: DayKey;
  start: number;
  end: number;
}

/** Days for a period up to 45 days long, weeks (from the period's first day) for longer ones. */
export function bucketsOf(period: Period, timeZone: string): Bucket[] {
  const step = period.days > 45 ? 7 : 1;
  const buckets: Bucket[] = [];
  for (let offset = 0; offset < period.days; offset += step) {
    const day = addDays(period.from, offset);
    const last = Math.min(offset + step, period.days);
    buckets.push({ day, start: startOfDay(day, timeZone), end: startOfDay(addDays(period.from, last), timeZone) });
  }
  return buckets;
}
