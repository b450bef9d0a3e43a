/** How the dashboard and the report write figures and dates: the UI language, the user's zone. */
import type { DayKey } from './time';
import { formatNumber, t, uiLanguage, type MessageKey } from '../platform/i18n';
import type { ErMethod } from './metrics';

const METHOD_LABELS: Record<ErMethod, MessageKey> = {
  ratioOfSums: 'dashMethodRatioOfSums',
  meanOfPosts: 'dashMethodMeanOfPosts',
  median: 'dashMethodMedian',
};

const METHOD_FORMULAS: Record<ErMethod, MessageKey> = {
  ratioOfSums: 'dashMethodRatioOfSumsFormula',
  meanOfPosts: 'dashMethodMeanOfPostsFormula',
  median: 'dashMethodMedianFormula',
};

export const methodLabel = (method: ErMethod): string => t(METHOD_LABELS[method]);
export const methodFormula = (method: ErMethod): string => t(METHOD_FORMULAS[method]);

/** A rate in % with two decimals below 10 and one above; a dash when unknown. */
export function formatRate(value: number | undefined, signed = false): string {
  if (value === undefined) return t('notShown');
  const digits = Math.abs(value) < 10 ? 2 : 1;
  return `${new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: digits, minimumFractionDigits: digits, signDisplay: signed ? 'exceptZero' : 'auto' }).format(value)}%`;
}

export function formatSigned(value: number | undefined): string {
  return value === undefined ? t('notShown') : new Intl.NumberFormat(uiLanguage(), { signDisplay: 'exceptZero' }).format(value);
}

/** A count that may be fractional (posts per week, mean interactions): one decimal. */
export function formatAverage(value: number | undefined): string {
  return value === undefined ? t('notShown') : new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 1 }).format(value);
}

export function formatCount(value: number | undefined): string {
  return value === undefined ? t('notShown') : formatNumber(Math.round(value));
}

export function formatDay(day: DayKey): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(`${day}T00:00:00Z`));
}

export function formatDateTime(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(ms);
}

/** Monday first, short names in the UI language. */
export function weekdayNames(): string[] {
  const format = new Intl.DateTimeFormat(uiLanguage(), { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, day) => format.format(Date.UTC(2024, 0, 1 + day)));
}

/** A link only to a web page: a stored URL (or a restored backup's) is never run as `javascript:`. */
export function webUrl(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
