/**
 * Calendar arithmetic in the browser's time zone: days start at local midnight and weeks on
 * Monday. Days are epoch ms of their local midnight, so they compare with `===`.
 */

export function startOfDay(time: number): number {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** Calendar days, not 24-hour steps, so a daylight-saving change does not shift the day. */
export function addDays(day: number, days: number): number {
  const date = new Date(day);
  date.setDate(date.getDate() + days);
  return date.getTime();
}

export function startOfWeek(time: number): number {
  const day = startOfDay(time);
  const sinceMonday = (new Date(day).getDay() + 6) % 7;
  return addDays(day, -sinceMonday);
}

export function startOfMonth(time: number): number {
  const date = new Date(time);
  return new Date(date.getFullYear(), date.getMonth(), 1).getTime();
}

export function addMonths(month: number, months: number): number {
  const date = new Date(month);
  return new Date(date.getFullYear(), date.getMonth() + months, 1).getTime();
}

/** The weeks a month view shows: from the Monday on or before the 1st to the Sunday on or after the last day. */
export function monthGrid(month: number): number[][] {
  const first = startOfMonth(month);
  const next = addMonths(first, 1);
  const weeks: number[][] = [];
  for (let monday = startOfWeek(first); monday < next; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, index) => addDays(monday, index)));
  }
  return weeks;
}

export function weekDays(time: number): number[] {
  const monday = startOfWeek(time);
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** `YYYY-MM-DDTHH:mm` in local time, the value of an `<input type="datetime-local">`. */
export function toLocalInput(time: number): string {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function fromLocalInput(value: string): number | undefined {
  if (!value) return undefined;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? undefined : time;
}
