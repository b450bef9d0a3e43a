import { MAX_TEXT_LENGTH, plausibleCount } from './limits';

/**
 * Reads a count as people see it in English and Russian interfaces:
 * `1,234`, `1 234`, `29.9K`, `1.04M`, `2.3B`, `1,2 тыс.`, `1,5 млн`, `2 млрд`,
 * `867 thousand views`, `3,6 тыс. просмотров`. The first count in the text wins.
 */
const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3, к: 1e3, thousand: 1e3, тыс: 1e3,
  m: 1e6, м: 1e6, mln: 1e6, million: 1e6, млн: 1e6,
  b: 1e9, bn: 1e9, billion: 1e9, млрд: 1e9,
};

// Space-like group separators: normal, no-break, narrow no-break and thin spaces.
const GROUP_SEPARATOR = '[ \\u00a0\\u202f\\u2009]';
const NUMBER = new RegExp(
  `(\\d{1,3}(?:(?:${GROUP_SEPARATOR}|,)\\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)?)` + // 1 234 | 1,234 | 12.5
    `(?:${GROUP_SEPARATOR}?([a-zа-яё.]+))?`, // the word after it, for the multiplier
  'iu',
);

export function parseCount(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const match = NUMBER.exec(text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text);
  if (!match) return undefined;
  const digits = match[1]!;
  const word = match[2] ?? '';
  // Only a whole word multiplies: `K` and `тыс.` do, `Kudos` and `likes` do not.
  const multiplier = MULTIPLIERS[word.replace(/\.+$/, '').toLowerCase()];
  const value = multiplier ? readDecimal(digits) * multiplier : readInteger(digits);
  return plausibleCount(Math.round(value));
}

function readDecimal(digits: string): number {
  const grouped = new RegExp(`^\\d{1,3}(?:${GROUP_SEPARATOR}\\d{3})+$`, 'u');
  if (grouped.test(digits)) return Number(digits.replace(/\D/g, ''));
  return Number(digits.replace(',', '.'));
}

/** A count is whole: `1,234` and `1.234` group thousands; `1,5` without a multiplier rounds. */
function readInteger(digits: string): number {
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(digits)) return Number(digits.replace(/[.,]/g, ''));
  return Number(digits.replace(/[ \u00a0\u202f\u2009]/g, '').replace(',', '.'));
}
