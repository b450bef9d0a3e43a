/** Dates and times of the plan in the UI language and the browser's time zone. */
import { uiLanguage } from '../platform/i18n';
import type { Network } from '../networks/types';

export function formatPlanTime(time: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(time);
}

export function formatClock(time: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { hour: '2-digit', minute: '2-digit' }).format(time);
}

export function formatDay(day: number, options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' }): string {
  return new Intl.DateTimeFormat(uiLanguage(), options).format(day);
}

export function formatMonth(month: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { month: 'long', year: 'numeric' }).format(month);
}

/** Monday to Sunday, short, in the UI language. */
export function weekdayNames(mondays: readonly number[]): string[] {
  return mondays.map((day) => formatDay(day, { weekday: 'short' }));
}

/** Network names as the networks write them (the same in English and Russian). */
export const NETWORK_TITLES: Record<Network, string> = {
  x: 'X', telegram: 'Telegram', vk: 'VK', youtube: 'YouTube', instagram: 'Instagram', reddit: 'Reddit', linkedin: 'LinkedIn',
  facebook: 'Facebook', tiktok: 'TikTok', threads: 'Threads', bluesky: 'Bluesky', mastodon: 'Mastodon', ok: 'OK', dzen: 'Dzen',
};
