import { describe, expect, it } from 'vitest';
import { parseVkDate } from '../../../utils/networks/vk';

// 13:00 in Moscow on 5 November 2024.
const NOW = new Date('2024-11-05T10:00:00Z');

describe('parseVkDate', () => {
  it.each([
    ['12 авг 2024 в 10:30', '2024-08-12T07:30:00.000Z'],
    ['12 августа 2024 в 10:30', '2024-08-12T07:30:00.000Z'],
    ['1 мая 2023 в 0:05', '2023-04-30T21:05:00.000Z'],
    ['12 Aug 2024 at 10:30', '2024-08-12T07:30:00.000Z'],
    ['Aug 12, 2024 at 10:30 pm', '2024-08-12T19:30:00.000Z'],
    ['28 Oct 2024 at 12:15 am', '2024-10-27T21:15:00.000Z'],
    ['12 авг 2024', '2024-08-11T21:00:00.000Z'],
  ])('reads the absolute date %s', (text, iso) => {
    expect(parseVkDate(text, NOW)).toBe(iso);
  });

  it.each([
    ['сегодня в 9:15', '2024-11-05T06:15:00.000Z'],
    ['вчера в 18:02', '2024-11-04T15:02:00.000Z'],
    ['today at 9:15', '2024-11-05T06:15:00.000Z'],
    ['Yesterday at 6:02 pm', '2024-11-04T15:02:00.000Z'],
  ])('resolves %s against the capture day in Moscow', (text, iso) => {
    expect(parseVkDate(text, NOW)).toBe(iso);
  });

  it('takes "today" from the Moscow calendar, not the UTC one', () => {
    const justAfterMidnightInMoscow = new Date('2024-11-04T22:30:00Z');
    expect(parseVkDate('сегодня в 0:45', justAfterMidnightInMoscow)).toBe('2024-11-04T21:45:00.000Z');
    expect(parseVkDate('вчера в 23:50', justAfterMidnightInMoscow)).toBe('2024-11-04T20:50:00.000Z');
  });

  it('puts a date without a year in the current year, or the last one when it would be in the future', () => {
    expect(parseVkDate('12 авг в 10:30', NOW)).toBe('2024-08-12T07:30:00.000Z');
    expect(parseVkDate('20 дек в 10:30', NOW)).toBe('2023-12-20T07:30:00.000Z');
    expect(parseVkDate('Dec 20 at 10:30', NOW)).toBe('2023-12-20T07:30:00.000Z');
  });

  it.each(['5 минут назад', 'час назад', '2 hours ago', 'just now', 'только что', '12 abc 2024', ''])(
    'leaves the vague or unknown %j undefined',
    (text) => {
      expect(parseVkDate(text, NOW)).toBeUndefined();
    },
  );
});
