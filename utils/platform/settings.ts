import { storage } from 'wxt/utils/storage';
import type { Network } from '../networks/types';

export interface OwnAccount {
  network: Network;
  /** As the network writes it, without `@`; compared without regard to case. */
  handle: string;
}

export interface RetentionSettings {
  /** Thin old snapshots in the background. */
  enabled: boolean;
  /** Keep every snapshot younger than this many days. */
  keepAllDays: number;
  /** Until this age keep one snapshot a day, after it one a week. */
  dailyUntilDays: number;
}

export interface Settings {
  /** The brand the user promotes, for reply templates and reports. */
  brandName: string;
  /** The user's own accounts: their posts are always stored and marked as own. */
  ownAccounts: OwnAccount[];
  /** Store every post seen, not only those of tracked and own accounts. */
  storeAllPosts: boolean;
  /** Engagement badges on posts and Track buttons on account pages. */
  showBadges: boolean;
  /** Mastodon servers the user added (host names); each also needs the user's host permission. */
  mastodonInstances: string[];
  /** How long before a scheduled post its reminder fires, in minutes. */
  reminderLeadMinutes: number;
  retention: RetentionSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  brandName: '',
  ownAccounts: [],
  storeAllPosts: false,
  showBadges: true,
  mastodonInstances: [],
  reminderLeadMinutes: 30,
  retention: { enabled: true, keepAllDays: 30, dailyUntilDays: 365 },
};

/**
 * Settings live in `storage.local`, versioned: each new shape is a new version with a migration
 * from the one before, so a user's choices survive every update.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    // Version 2 added the brand, own accounts, reminders and retention.
    2: (old: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...old }),
  },
});

export async function readSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

/** Changes some settings, over what is stored now (not over a copy a page read earlier). */
export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<void> {
  const current = await readSettings();
  await settingsItem.setValue({ ...current, ...change(current) });
}

export function isOwnAccount(own: readonly OwnAccount[], network: Network, handle: string): boolean {
  const wanted = handle.toLowerCase();
  return own.some((account) => account.network === network && account.handle.toLowerCase() === wanted);
}

/** The settings as a content script holds them: read once, then kept current from storage. */
export interface LiveSettings {
  readonly current: Settings;
  /** Called after each change, with the new settings. */
  onChange(listener: (next: Settings) => void): void;
}

/** One read and one watch per content script, shared by every feature on the page. */
export async function liveSettings(ctx: { onInvalidated(cleanup: () => void): void }): Promise<LiveSettings> {
  const listeners: ((next: Settings) => void)[] = [];
  const live = { current: await readSettings(), onChange: (listener: (next: Settings) => void) => void listeners.push(listener) };
  ctx.onInvalidated(
    settingsItem.watch((next) => {
      live.current = { ...DEFAULT_SETTINGS, ...next };
      for (const listener of listeners) listener(live.current);
    }),
  );
  return live;
}
