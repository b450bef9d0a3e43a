import { describe, expect, it } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { setAccountTracked, storeCapture } from '../../../utils/capture/store';
import { SmmDeckDatabase } from '../../../utils/platform/db';
import { DEFAULT_SETTINGS, isOwnAccount, settingsItem } from '../../../utils/platform/settings';

describe('settings', () => {
  it('migrate from version 1, keeping what the user chose and adding the new defaults', async () => {
    await storage.setItem('local:settings', { storeAllPosts: true, showBadges: false, mastodonInstances: ['mastodon.social'] });
    await storage.setMeta('local:settings', { v: 1 });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({
      ...DEFAULT_SETTINGS,
      storeAllPosts: true,
      showBadges: false,
      mastodonInstances: ['mastodon.social'],
    });
  });

  it('match own accounts by network and handle, regardless of case', () => {
    const own = [{ network: 'x' as const, handle: 'NorthwindLab' }];
    expect(isOwnAccount(own, 'x', 'northwindlab')).toBe(true);
    expect(isOwnAccount(own, 'vk', 'northwindlab')).toBe(false);
  });
});

describe('own accounts from the settings', () => {
  it('are stored and marked own the first time they are seen, with their posts', async () => {
    const db = new SmmDeckDatabase(`own-${Math.random()}`);
    const policy = { storeAllPosts: false, ownAccounts: [{ network: 'x' as const, handle: 'northwindlab' }] };
    await storeCapture(
      db,
      {
        account: { network: 'x', handle: 'NorthwindLab', url: 'https://x.com/NorthwindLab', followers: 4_812 },
        posts: [{ network: 'x', postId: '1', url: 'https://x.com/NorthwindLab/status/1', authorHandle: 'NorthwindLab', metrics: { likes: 3 } }],
      },
      policy,
      1_000,
    );
    expect(await db.accounts.get(['x', 'NorthwindLab'])).toMatchObject({ own: true, tracked: false, followers: 4_812 });
    expect(await db.posts.count()).toBe(1);
    await setAccountTracked(db, { network: 'x', handle: 'NorthwindLab', url: 'https://x.com/NorthwindLab' }, true, 2_000);
    expect(await db.accounts.get(['x', 'NorthwindLab'])).toMatchObject({ own: true, tracked: true });
  });
});
