import type { Tabs } from 'webextension-polyfill';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activePageKey, rememberActivePage, watchActivePage, type ActivePage } from '../../../utils/platform/active-page';
import { pageReportOf } from '../../../utils/platform/page-report';
import { postIdFromUrl } from '../../../utils/capture/post-url';
import type { Network } from '../../../utils/networks/types';

describe('postIdFromUrl', () => {
  const cases: [Network, string, string | undefined][] = [
    ['x', 'https://x.com/northwindlab/status/1901555666777888999', '1901555666777888999'],
    ['x', 'https://x.com/northwindlab/status/1901555666777888999/photo/1', '1901555666777888999'],
    ['x', 'https://x.com/northwindlab', undefined],
    ['youtube', 'https://www.youtube.com/watch?v=nwK8dQ2pLs0&t=30s', 'nwK8dQ2pLs0'],
    ['youtube', 'https://www.youtube.com/shorts/nwK8dQ2pLs0', 'nwK8dQ2pLs0'],
    ['youtube', 'https://www.youtube.com/watch?v=short', undefined],
    ['youtube', 'https://www.youtube.com/@northwind', undefined],
    ['vk', 'https://vk.com/wall-220000001_4512', '-220000001_4512'],
    ['vk', 'https://vk.com/solodbrew?w=wall-220000001_4512', '-220000001_4512'],
    ['vk', 'https://vk.com/solodbrew', undefined],
    ['instagram', 'https://www.instagram.com/p/C6nWb_kLqR2/', 'C6nWb_kLqR2'],
    ['instagram', 'https://www.instagram.com/northwindbakery/reel/C6nWb_kLqR2/', 'C6nWb_kLqR2'],
    ['instagram', 'https://www.instagram.com/northwindbakery/', undefined],
    ['reddit', 'https://www.reddit.com/r/cozybrewers/comments/1d3kq7x/first_brew/', 't3_1d3kq7x'],
    ['reddit', 'https://www.reddit.com/r/cozybrewers/', undefined],
    ['telegram', 'https://t.me/s/northwind/1205', 'northwind/1205'],
    ['threads', 'https://www.threads.com/@northwind/post/C9xYz12AbCd', 'C9xYz12AbCd'],
    ['tiktok', 'https://www.tiktok.com/@northwind/video/7362901234567890123', '7362901234567890123'],
    ['bluesky', 'https://bsky.app/profile/northwind.bsky.social/post/3kxyzabcde2f', '3kxyzabcde2f'],
    ['linkedin', 'https://www.linkedin.com/feed/update/urn:li:activity:7252025923942678530/', '7252025923942678530'],
    ['linkedin', 'https://www.linkedin.com/posts/northwind-roasters_coffee-activity-7252025923942678530-Xk2q/', '7252025923942678530'],
    ['linkedin', 'https://www.linkedin.com/company/northwind-roasters/posts/', undefined],
    ['facebook', 'https://www.facebook.com/northwind/posts/pfbid02abcDEF123', 'pfbid02abcDEF123'],
    ['facebook', 'https://www.facebook.com/permalink.php?story_fbid=123456789&id=42', '123456789'],
    ['mastodon', 'https://mastodon.social/@northwind/112233445566778899', '112233445566778899'],
    ['ok', 'https://ok.ru/group/70000001234567/topic/155000000000001', '155000000000001'],
    ['dzen', 'https://dzen.ru/a/ZkHq3Q2nYx1bC9Fz', 'ZkHq3Q2nYx1bC9Fz'],
  ];
  it.each(cases)('%s %s → %s', (network, url, expected) => {
    expect(postIdFromUrl(network, new URL(url))).toBe(expected);
  });

  it('a report names the post only on its own page', () => {
    expect(pageReportOf('x', new URL('https://x.com/a/status/12'))).toEqual({ url: 'https://x.com/a/status/12', network: 'x', postId: '12' });
    expect(pageReportOf('x', new URL('https://x.com/a'))).toEqual({ url: 'https://x.com/a', network: 'x' });
  });
});

describe('the active page', () => {
  const xPost: ActivePage = { tabId: 7, url: 'https://x.com/a/status/12', network: 'x', postId: '12' };

  it('the background keeps each tab\'s report in session storage', async () => {
    await rememberActivePage(fakeBrowser.storage.session, 7, { url: xPost.url, network: 'x', postId: '12' });
    await rememberActivePage(fakeBrowser.storage.session, 8, { url: 'https://vk.com/club1', network: 'vk' });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({
      [activePageKey(7)]: xPost,
      [activePageKey(8)]: { tabId: 8, url: 'https://vk.com/club1', network: 'vk' },
    });
  });

  it('the side panel sees the active tab\'s page, its changes, and another tab when the user switches', async () => {
    // Which tab is active in the side panel's window.
    let activeTab = 3;
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [{ id: activeTab } as Tabs.Tab]);
    const seen: (ActivePage | undefined)[] = [];
    await rememberActivePage(fakeBrowser.storage.session, 3, { url: xPost.url, network: 'x', postId: '12' });
    const stop = watchActivePage((page) => seen.push(page));
    await waitFor(() => seen.length === 1);
    expect(seen[0]).toEqual({ ...xPost, tabId: 3 });

    await rememberActivePage(fakeBrowser.storage.session, 3, { url: 'https://x.com/a', network: 'x' });
    await waitFor(() => seen.length === 2);
    expect(seen[1]).toEqual({ tabId: 3, url: 'https://x.com/a', network: 'x' });

    activeTab = 4;
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 4, windowId: 1 });
    await waitFor(() => seen.length === 3);
    expect(seen[2]).toBeUndefined();
    stop();
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 100 && !condition(); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}
