import { describe, expect, it } from 'vitest';
import { parseSelection, selectionParams } from '../../../utils/dashboard/selection';
import { addDays, bucketsOf, dayKeyOf, daysInclusive, isDayKey, localDateTime, periodOf, startOfDay } from '../../../utils/dashboard/time';

describe('days in a time zone', () => {
  it('a day starts at local midnight: Moscow is UTC+3 all year', () => {
    expect(new Date(startOfDay('2026-03-08', 'Europe/Moscow')).toISOString()).toBe('2026-03-07T21:00:00.000Z');
    expect(new Date(startOfDay('2026-07-01', 'Europe/Moscow')).toISOString()).toBe('2026-06-30T21:00:00.000Z');
  });

  it('New York\'s days around DST are 23 and 25 hours long', () => {
    const march8 = startOfDay('2026-03-08', 'America/New_York');
    expect(new Date(march8).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDay('2026-03-09', 'America/New_York') - march8).toBe(23 * 3_600_000);
    expect(startOfDay('2026-11-02', 'America/New_York') - startOfDay('2026-11-01', 'America/New_York')).toBe(25 * 3_600_000);
  });

  it('reads the calendar day and time of an instant in the zone', () => {
    const instant = Date.parse('2026-11-22T23:10:00Z');
    expect(dayKeyOf(instant, 'Europe/Moscow')).toBe('2026-11-23');
    expect(dayKeyOf(instant, 'America/New_York')).toBe('2026-11-22');
    expect(localDateTime(instant, 'Europe/Moscow')).toBe('2026-11-23 02:10');
  });

  it('counts and steps calendar days', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysInclusive('2026-03-01', '2026-03-31')).toBe(31);
    expect(isDayKey('2026-02-29')).toBe(false);
    expect(isDayKey('2028-02-29')).toBe(true);
    expect(isDayKey('2026-1-1')).toBe(false);
  });

  it('a period covers its first and last day whole', () => {
    expect(periodOf('2026-03-07', '2026-03-08', 'America/New_York')).toEqual({
      from: '2026-03-07',
      to: '2026-03-08',
      start: Date.parse('2026-03-07T05:00:00Z'),
      end: Date.parse('2026-03-09T04:00:00Z'),
      days: 2,
    });
  });

  it('charts by day up to 45 days and by week beyond', () => {
    expect(bucketsOf(periodOf('2026-03-01', '2026-03-10', 'Europe/Moscow'), 'Europe/Moscow')).toHaveLength(10);
    const weeks = bucketsOf(periodOf('2026-01-01', '2026-03-31', 'Europe/Moscow'), 'Europe/Moscow');
    expect(weeks).toHaveLength(13);
    expect(weeks[1]!.day).toBe('2026-01-08');
    // The last week is cut at the period's end: 90 days are 12 weeks and 6 days.
    expect(weeks[12]).toEqual({ day: '2026-03-26', start: startOfDay('2026-03-26', 'Europe/Moscow'), end: startOfDay('2026-04-01', 'Europe/Moscow') });
  });
});

describe('the selection in the URL', () => {
  it('the side panel\'s link names one account; the period defaults to the last 30 days', () => {
    expect(parseSelection(new URLSearchParams('network=x&handle=brand'), '2026-11-27')).toEqual({
      accounts: [{ network: 'x', handle: 'brand' }],
      network: 'x',
      from: '2026-10-29',
      to: '2026-11-27',
      method: 'ratioOfSums',
    });
  });

  it('reads several accounts, a period and the ER method, and writes them back the same', () => {
    const params = new URLSearchParams('account=x/brand&account=vk/club-1&from=2026-08-01&to=2026-10-29&er=median');
    const selection = parseSelection(params, '2026-11-27');
    expect(selection).toEqual({
      accounts: [{ network: 'x', handle: 'brand' }, { network: 'vk', handle: 'club-1' }],
      from: '2026-08-01',
      to: '2026-10-29',
      method: 'median',
    });
    expect(parseSelection(selectionParams(selection), '2000-01-01')).toEqual(selection);
  });

  it('ignores what it cannot use and puts a reversed period the right way round', () => {
    const params = new URLSearchParams('account=myspace/tom&account=x&account=/x&network=orkut&from=2026-13-01&er=best&handle=h');
    expect(parseSelection(params, '2026-11-27')).toEqual({ accounts: [], from: '2026-10-29', to: '2026-11-27', method: 'ratioOfSums' });
    expect(parseSelection(new URLSearchParams('from=2026-11-20&to=2026-11-01'), '2026-11-27')).toMatchObject({ from: '2026-11-01', to: '2026-11-20' });
  });
});
