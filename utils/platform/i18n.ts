import { browser } from 'wxt/browser';
import type english from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/** A UI string in the browser's language (English or Russian), from public/_locales. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string[]) => string;
  return getMessage(key, substitutions.map(String)) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage?.() || 'en';
}

export function formatNumber(value: number | undefined): string {
  return value === undefined ? t('notShown') : new Intl.NumberFormat(uiLanguage()).format(value);
}

export function formatSignedNumber(value: number): string {
  return new Intl.NumberFormat(uiLanguage(), { signDisplay: 'exceptZero' }).format(value);
}

/** A percentage given in percent (4.2 → "4.2%"). */
export function formatPercent(value: number): string {
  return `${new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: value < 1 ? 2 : 1 }).format(value)}%`;
}
