import { storage } from 'wxt/utils/storage';

export interface Settings {
  /** Store every post seen, not only those of tracked and own accounts. */
  storeAllPosts: boolean;
  /** Engagement badges on posts and Track buttons on account pages. */
  showBadges: boolean;
  /** Mastodon servers the user added (host names); each also needs the user's host permission. */
  mastodonInstances: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  storeAllPosts: false,
  showBadges: true,
  mastodonInstances: [],
};

/** Settings live in `storage.local`, versioned so a later shape migrates instead of breaking. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function readSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}
