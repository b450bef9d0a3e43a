import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postEngagement } from '../../utils/dashboard/metrics';
import { adapterFor } from '../../utils/networks';
import type { CapturedPost, Network, PageCapture } from '../../utils/networks/types';
import { loadFixtureCases } from '../unit/networks/fixture-cases';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { eventually, readTable } from './harness/extension-db';
import { scrollAndAppendCopies } from './harness/page-scroll';
import { SiteServer } from './harness/site-server';

/**
 * For each network: a competitor's page at its real host name. The user presses Track on the
 * page; the account's posts are stored with a first snapshot; posts appended while scrolling are
 * stored too; every post with counts wears an engagement badge.
 */
const PAGES: Partial<Record<Network, { fixture: string; newIds: (token: string) => string[] }>> = {
  x: { fixture: 'profile-en', newIds: (id) => ['1', '2', '3', '4'].map((n) => `${id.slice(0, -1)}${n}`) },
  telegram: { fixture: 'channel-en', newIds: (id) => ['91', '92', '93', '94'].map((n) => `${id}${n}`) },
  vk: { fixture: 'community-ru', newIds: (id) => ['91', '92', '93', '94'].map((n) => `${id}${n}`) },
  youtube: { fixture: 'channel-videos-en', newIds: (id) => ['a1', 'a2', 'a3', 'a4'].map((n) => `${id.slice(0, -2)}${n}`) },
  reddit: { fixture: 'user', newIds: (id) => ['q1', 'q2', 'q3', 'q4'].map((n) => `${id}${n}`) },
  instagram: { fixture: 'profile-en', newIds: (id) => ['Q1', 'Q2', 'Q3', 'Q4'].map((n) => `${id.slice(0, -2)}${n}`) },
  linkedin: { fixture: 'company-posts-en', newIds: (id) => ['1', '2', '3', '4'].map((n) => `${id.slice(0, -1)}${n}`) },
  facebook: {
    fixture: 'page-en',
    // Numeric ids stay numeric; pfbid ids take base58 letters.
    newIds: (id) => ['1', '2', '3', '4'].map((n) => `${id.slice(0, -2)}${/^\d+$/.test(id) ? '9' : 'Q'}${n}`),
  },
  tiktok: { fixture: 'profile-en', newIds: (id) => ['1', '2', '3', '4'].map((n) => `${id.slice(0, -1)}${n}`) },
  threads: { fixture: 'profile-en', newIds: (id) => ['Z1', 'Z2', 'Z3', 'Z4'].map((n) => `${id.slice(0, -2)}${n}`) },
  // A record key's last character is its clock id, not its time: the copies keep the date.
  bluesky: { fixture: 'profile-en', newIds: (id) => ['2', '3', '4', '5'].map((n) => `${id.slice(0, -1)}${n}`) },
  ok: { fixture: 'group-ru', newIds: (id) => ['1', '2', '3', '4'].map((n) => `${id}9${n}`) },
  dzen: { fixture: 'channel-ru', newIds: (id) => ['Q1', 'Q2', 'Q3', 'Q4'].map((n) => `${id.slice(0, -2)}${n}`) },
};

const fixtures = loadFixtureCases();
const networks = Object.entries(PAGES)
  .map(([network, page]) => ({ network, ...page!, fixture: fixtures.find((f) => f.network === network && f.name === page!.fixture) }))
  .filter((entry) => entry.fixture !== undefined);

let server: SiteServer;
let browser: ExtensionBrowser;
let extensionPage: Page;

beforeAll(async () => {
  server = new SiteServer();
  for (const { fixture } of networks) server.page(fixture!.url, fixture!.html);
  await server.start();
  browser = await launchWithExtension({ serverPort: server.port });
  extensionPage = await browser.openExtensionPage('sidepanel.html');
  mkdirSync('test-results', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The id as it is written in the page's markup (`-1_2` is `post-1_2` and `wall-1_2`; `t3_x` is `/comments/x/`). */
const idToken = (postId: string) => postId.replace(/^(-|t3_)/, '');

type PostRow = Omit<CapturedPost, 'authorHandle'> & { handle: string };
const asRow = ({ authorHandle, ...post }: CapturedPost) => ({ ...post, handle: authorHandle });

async function storedPostsOf(network: string, handle: string): Promise<PostRow[]> {
  const rows = await readTable<PostRow & { firstSeenAt: number; lastSeenAt: number }>(extensionPage, 'posts');
  return rows
    .filter((row) => row.network === network && row.handle === handle)
    .map(({ firstSeenAt: _first, lastSeenAt: _last, ...row }) => row);
}

describe.each(networks)('$network', ({ network, fixture, newIds }) => {
  const { url, expected } = fixture!;
  const capture = expected as PageCapture;
  const account = capture.account!;
  const own = capture.posts.filter((post) => post.authorHandle === account.handle);
  const adapter = adapterFor(url)!;

  it('Track on the page stores the account and its posts with a first snapshot', async () => {
    const page = await browser.context.newPage();
    await page.goto(url);
    const trackButton = page.locator('smm-deck-tracker button.track');
    await expect(eventually(() => trackButton.textContent())).resolves.toBe('Track');
    await trackButton.click();
    await eventually(async () => expect(await trackButton.getAttribute('aria-pressed')).toBe('true'));

    const accounts = await eventually(async () => {
      const rows = await readTable<{ network: string; handle: string }>(extensionPage, 'accounts');
      const row = rows.find((candidate) => candidate.network === network && candidate.handle === account.handle);
      expect(row).toBeDefined();
      return row;
    });
    expect(accounts).toMatchObject({ ...account, tracked: true, own: false });

    const stored = await eventually(async () => {
      const rows = await storedPostsOf(network, account.handle);
      expect(rows).toHaveLength(own.length);
      return rows;
    });
    expect(sortById(stored)).toEqual(sortById(own.map(asRow)));
    const snapshots = await readTable<{ network: string; postId: string }>(extensionPage, 'postSnapshots');
    for (const post of own) expect(snapshots.filter((s) => s.network === network && s.postId === post.postId)).toHaveLength(1);
    await page.close();
  });

  it('stores the posts that appear while the user scrolls, and badges every post with counts', async () => {
    const page = await browser.context.newPage();
    await page.goto(url);
    const template = own.find((post) => post.metrics.likes !== undefined || post.metrics.views !== undefined) ?? own[0]!;
    const token = idToken(template.postId);
    const copies = newIds(token);
    await scrollAndAppendCopies(page, { postSelector: adapter.postSelector, idToken: token, copies, batchSize: 2 });

    const expectedCopies = copies.map((copy) => ({
      ...asRow(template),
      postId: template.postId.replace(token, copy),
      url: template.url.replace(token, copy),
    }));
    await eventually(async () => {
      const rows = await storedPostsOf(network, account.handle);
      for (const copy of expectedCopies) expect(rows).toContainEqual(copy);
    });

    // A post whose page shows views alone (a YouTube grid) has no interactions to rate: no badge.
    const withCounts = [...own, ...expectedCopies].filter((post) => postEngagement(post.metrics) !== undefined);
    const badges = page.locator('smm-deck-badge');
    await eventually(async () => expect(await badges.count()).toBe(withCounts.length));
    const engagement = postEngagement(template.metrics, account.followers);
    if (engagement) {
      // Where the page shows the account's followers, its posts are rated by followers.
      const bases = await badges.evaluateAll((hosts) => hosts.map((host) => host.getAttribute('data-basis')));
      expect(bases).toContain(engagement.basis);
    }
    await page.locator(adapter.postSelector).first().screenshot({ path: `test-results/capture-${network}-post.png` });
    await page.screenshot({ path: `test-results/capture-${network}.png` });
    await page.close();
  });
});

describe('a single-page app', () => {
  it('reads the new page after an in-app navigation, without a reload', async () => {
    const x = networks.find((entry) => entry.network === 'x')!.fixture!;
    const page = await browser.context.newPage();
    await page.goto(x.url);
    const tracker = page.locator('smm-deck-tracker');
    await eventually(async () => expect(await tracker.getAttribute('data-account')).toBe('x/northwindlab'));
    // The site swaps its content and its URL, as X's router does.
    const other = new URL(x.url);
    other.pathname = '/otherbrand';
    await page.evaluate(
      ({ href, body }) => {
        history.pushState({}, '', href);
        document.body.innerHTML = body;
      },
      { href: other.href, body: x.html.replaceAll('northwindlab', 'otherbrand').replace(/^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/g, '') },
    );
    // The panel now offers the new account: tracking it stores @otherbrand.
    await eventually(async () => expect(await tracker.getAttribute('data-account')).toBe('x/otherbrand'));
    await page.locator('smm-deck-tracker button.track').click();
    await eventually(async () => {
      const accounts = await readTable<{ handle: string; tracked: boolean }>(extensionPage, 'accounts');
      expect(accounts.find((account) => account.handle === 'otherbrand')?.tracked).toBe(true);
    });
    await page.close();
  });
});

describe('settings', () => {
  it('switching badges off in settings takes them off an open page, and back on', async () => {
    const { url } = networks[0]!.fixture!;
    const page = await browser.context.newPage();
    await page.goto(url);
    const badges = page.locator('smm-deck-badge');
    await eventually(async () => expect(await badges.count()).toBeGreaterThan(0));
    const options = await browser.openExtensionPage('options.html');
    await options.locator('input[name="showBadges"]').uncheck();
    await eventually(async () => expect(await badges.count()).toBe(0));
    expect(await page.locator('smm-deck-tracker').count()).toBe(0);
    await options.locator('input[name="showBadges"]').check();
    await eventually(async () => expect(await badges.count()).toBeGreaterThan(0));
    await options.close();
    await page.close();
  });
});

function sortById<T extends { postId: string }>(posts: T[]): T[] {
  return [...posts].sort((a, b) => a.postId.localeCompare(b.postId));
}
