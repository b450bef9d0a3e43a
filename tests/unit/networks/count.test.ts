import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../utils/networks/count';

describe('parseCount', () => {
  it.each([
    ['1,234', 1234],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234\u202f567', 1234567],
    ['1\u2009234', 1234],
    ['1.234', 1234],
    ['12345 просмотров', 12345],
    ['553 Likes. Like', 553],
    ['48 replies, 152 reposts, 553 likes', 48],
    ['5 комментариев', 5],
  ])('reads the whole number %j', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  it.each([
    ['1.2K', 1200],
    ['1.2k', 1200],
    ['29.9K', 29900],
    ['2,5K', 2500],
    ['1.04M', 1_040_000],
    ['2.3B', 2_300_000_000],
    ['1,2 тыс.', 1200],
    ['12 тыс', 12_000],
    ['1,5 млн', 1_500_000],
    ['10 млн.', 10_000_000],
    ['2 млрд', 2_000_000_000],
    ['867 thousand views', 867_000],
    ['1.5 million', 1_500_000],
    ['3,6 тыс. просмотров', 3600],
    ['1\u00a0234 тыс.', 1_234_000],
    ['214.4K', 214_400],
  ])('reads the compact form %j', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  it.each(['Like', '—', '', '   ', 'Reply', 'Нравится', 'K', 'тыс.'])('finds no count in %j', (text) => {
    expect(parseCount(text)).toBeUndefined();
  });

  it('takes a word after the number as a multiplier only when it is one', () => {
    expect(parseCount('7 Kudos')).toBe(7);
    expect(parseCount('3 Many')).toBe(3);
  });

  it('accepts null and undefined', () => {
    expect(parseCount(null)).toBeUndefined();
    expect(parseCount(undefined)).toBeUndefined();
  });
});
