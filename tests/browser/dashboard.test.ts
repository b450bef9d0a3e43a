import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { averageRate, erDay, followerGrowth, postsPerWeek } from '../../utils/dashboard/metrics';
import { shotPath } from './harness/shots';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { eventually, putRows } from './harness/extension-db';
import { SiteServer } from './harness/site-server';

/**
 * A week of three accounts in Moscow (UTC+3, the browser's zone here): x/rival and vk/club are
 * tracked competitors, telegram/us is the user's own channel. The dashboard compares them; its
 * figures must be the metrics functions' over the same numbers.
 */
process.env.TZ = 'Europe/Moscow';
const at = (iso: string) => Date.parse(iso);
const WEEK = 'from=2026-11-01&to=2026-11-07&er=ratioOfSums';

const accounts = [
  { network: 'x', handle: 'rival', name: 'Rival Coffee', url: 'https://x.com/rival', followers: 12_000, tracked: true, own: false, firstSeenAt: 0, lastSeenAt: 0 },
  { network: 'vk', handle: 'club', name: 'Клуб кофе', url: 'https://vk.com/club', followers: 5_000, tracked: true, own: false, firstSeenAt: 0, lastSeenAt: 0 },
  { network: 'telegram', handle: 'us', name: 'Our channel', url: 'https://t.me/us', followers: 2_000, tracked: false, own: true, firstSeenAt: 0, lastSeenAt: 0 },
  { network: 'x', handle: 'stranger', url: 'https://x.com/stranger', followers: 1, tracked: false, own: false, firstSeenAt: 0, lastSeenAt: 0 },
];
const accountSnapshots = [
  { network: 'x', handle: 'rival', capturedAt: at('2026-10-20T10:00:00Z'), followers: 10_000 },
  { network: 'x', handle: 'rival', capturedAt: at('2026-11-03T12:00:00Z'), followers: 11_000 },
  { network: 'x', handle: 'rival', capturedAt: at('2026-11-20T00:00:00Z'), followers: 12_000 },
  { network: 'vk', handle: 'club', capturedAt: at('2026-10-30T00:00:00Z'), followers: 5_000 },
];
const HOSTILE = '<img src=x onerror="window.hacked=1">Sale; "50%" off';
const post = (network: string, handle: string, postId: string, publishedAt: string, lastSeenAt: string, metrics: Record<string, number>, text = `Post ${postId}`) => ({
  network, handle, postId, url: `https://${network}.example/${postId}`, publishedAt, text, metrics, firstSeenAt: at(lastSeenAt), lastSeenAt: at(lastSeenAt),
});
const posts = [
  post('x', 'rival', 'r1', '2026-11-01T09:00:00.000Z', '2026-11-02T00:00:00Z', { likes: 300, comments: 40, shares: 60, views: 20_000 }),
  post('x', 'rival', 'r2', '2026-11-04T15:00:00.000Z', '2026-11-05T00:00:00Z', { likes: 900, comments: 50, shares: 150, views: 40_000 }, 'Our autumn blend is back'),
  post('x', 'rival', 'r3', '2026-11-06T08:00:00.000Z', '2026-11-07T00:00:00Z', { likes: 80, comments: 10, shares: 20 }),
  post('x', 'rival', 'r4', '2026-11-02T11:00:00.000Z', '2026-11-03T00:00:00Z', { likes: 200, comments: 30, shares: 0 }, HOSTILE),
  post('vk', 'club', 'c1', '2026-11-02T07:00:00.000Z', '2026-11-03T00:00:00Z', { likes: 100, comments: 20, shares: 5, views: 3_000 }),
  post('vk', 'club', 'c2', '2026-11-05T18:00:00.000Z', '2026-11-06T00:00:00Z', { likes: 40, comments: 5, shares: 5 }),
  post('telegram', 'us', 'u1', '2026-11-03T10:00:00.000Z', '2026-11-04T00:00:00Z', { likes: 60, views: 1_500 }),
  post('x', 'stranger', 's1', '2026-11-03T10:00:00.000Z', '2026-11-04T00:00:00Z', { likes: 1 }),
  // Outside the week in Moscow: 23:30 on October 31.
  post('x', 'rival', 'r0', '2026-10-31T20:30:00.000Z', '2026-11-01T00:00:00Z', { likes: 5_000 }),
];
const postSnapshots = [
  { network: 'x', postId: 'r2', capturedAt: at('2026-11-04T16:00:00Z'), metrics: { likes: 300, comments: 10, shares: 50, views: 10_000 } },
  { network: 'x', postId: 'r2', capturedAt: at('2026-11-05T00:00:00Z'), metrics: { likes: 900, comments: 50, shares: 150, views: 40_000 } },
];

/** The figures, from the metrics functions over the numbers above. */
const rival = {
  // Followers at capture: r1 and r4 were seen at 10 000, r2 and r3 at 11 000.
  er: averageRate([{ value: 400, base: 10_000 }, { value: 1_100, base: 11_000 }, { value: 110, base: 11_000 }, { value: 230, base: 10_000 }], 'ratioOfSums')!,
  growth: followerGrowth({ at: at('2026-10-20T10:00:00Z'), followers: 10_000 }, { at: at('2026-11-03T12:00:00Z'), followers: 11_000 })!,
  postsPerWeek: postsPerWeek(4, 7),
  // Days (Moscow): Nov 1 400, Nov 2 230, Nov 4 1 100, Nov 6 110; followers 10 000 until the
  // Nov 3 snapshot, 11 000 from the end of Nov 3 on.
  erDay: erDay([
    { interactions: 400, followers: 10_000 }, { interactions: 230, followers: 10_000 }, { interactions: 0, followers: 11_000 },
    { interactions: 1_100, followers: 11_000 }, { interactions: 0, followers: 11_000 }, { interactions: 110, followers: 11_000 },
    { interactions: 0, followers: 11_000 },
  ])!,
};
const club = { er: averageRate([{ value: 125, base: 5_000 }, { value: 50, base: 5_000 }], 'ratioOfSums')! };
const us = { er: averageRate([{ value: 60, base: 2_000 }], 'ratioOfSums')! };

const en = (value: number, digits: number, signed = false) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: signed ? 'exceptZero' : 'auto' }).format(value);
const rate = (value: number, signed = false) => `${en(value, Math.abs(value) < 10 ? 2 : 1, signed)}%`;

let server: SiteServer;
let browser: ExtensionBrowser;
let dashboard: Page;

/** The week's rows in the extension's database, then its dashboard. */
async function openFilledDashboard(extension: ExtensionBrowser): Promise<Page> {
  const sidePanel = await extension.openExtensionPage('sidepanel.html');
  await sidePanel.locator('.empty-state').waitFor();
  await putRows(sidePanel, 'accounts', accounts);
  await putRows(sidePanel, 'accountSnapshots', accountSnapshots);
  await putRows(sidePanel, 'posts', posts);
  await putRows(sidePanel, 'postSnapshots', postSnapshots);
  await sidePanel.close();
  const page = await extension.openExtensionPage(`dashboard.html?${WEEK}`);
  await page.locator('[data-compare] tbody tr').first().waitFor();
  return page;
}

beforeAll(async () => {
  server = await new SiteServer().start();
  browser = await launchWithExtension({ serverPort: server.port });
  dashboard = await openFilledDashboard(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const cell = (account: string, column: string) => dashboard.locator(`[data-compare] tr[data-account="${account}"] td[data-column="${column}"]`).textContent();
const rowOrder = () => dashboard.locator('[data-compare] tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-account')));

describe('the competitor dashboard in Chromium', () => {
  it('compares the followed accounts with the figures of the metrics functions, own accounts marked', async () => {
    expect(await dashboard.locator('[data-period]').textContent()).toBe('Nov 1, 2026 – Nov 7, 2026 · 7 days · times in Europe/Moscow');
    // Sorted by ER, highest first: 4.38 %, 3 %, 1.75 %.
    expect(await rowOrder()).toEqual(['x/rival', 'telegram/us', 'vk/club']);
    expect(await cell('x/rival', 'followers')).toBe('11,000');
    expect(await cell('x/rival', 'growth')).toBe('+1,000');
    expect(await cell('x/rival', 'growthPercent')).toBe(rate(rival.growth.percent, true));
    expect(await cell('x/rival', 'weeklyGrowth')).toBe(rate(rival.growth.weeklyRate!, true));
    expect(await cell('x/rival', 'posts')).toBe('4');
    expect(await cell('x/rival', 'postsPerWeek')).toBe(en(rival.postsPerWeek, 0));
    expect(await cell('x/rival', 'er')).toBe(rate(rival.er));
    expect(rate(rival.er)).toBe('4.38%');
    expect(await cell('x/rival', 'erDay')).toBe(rate(rival.erDay));
    expect(await cell('vk/club', 'er')).toBe(rate(club.er));
    expect(await cell('telegram/us', 'er')).toBe(rate(us.er));
    expect(await cell('telegram/us', 'growth')).toBe('—');
    expect(await dashboard.locator('[data-compare] tr[data-account="telegram/us"] [data-own]').count()).toBe(1);
    expect(await dashboard.locator('[data-compare] tr[data-account="x/stranger"]').count()).toBe(0);
    const header = await dashboard.locator('[data-compare] th[data-column="er"]').textContent();
    expect(header).toBe('ER, ratio of sums');
    await dashboard.screenshot({ path: shotPath('dash-dashboard'), fullPage: true });
  });

  it('sorts by any column, both ways', async () => {
    await dashboard.locator('[data-compare] th[data-column="followers"] button').click();
    expect(await rowOrder()).toEqual(['x/rival', 'vk/club', 'telegram/us']);
    await dashboard.locator('[data-compare] th[data-column="followers"] button').click();
    expect(await rowOrder()).toEqual(['telegram/us', 'vk/club', 'x/rival']);
    expect(await dashboard.locator('[data-compare] th[data-column="followers"]').getAttribute('aria-sort')).toBe('ascending');
  });

  it('switches the ER method and names it everywhere', async () => {
    await dashboard.locator('[data-method]').selectOption('median');
    await eventually(async () => expect(await cell('x/rival', 'er')).toBe(rate(averageRate([{ value: 400, base: 10_000 }, { value: 1_100, base: 11_000 }, { value: 110, base: 11_000 }, { value: 230, base: 10_000 }], 'median')!)));
    expect(await dashboard.locator('[data-compare] th[data-column="er"]').textContent()).toBe('ER, median');
    expect(await dashboard.locator('.dash-chart figcaption').allTextContents()).toEqual(['Followers', 'ER by followers, median, per day']);
    expect(new URL(dashboard.url()).searchParams.get('er')).toBe('median');
    await dashboard.locator('[data-method]').selectOption('ratioOfSums');
    await eventually(async () => expect(await cell('x/rival', 'er')).toBe(rate(rival.er)));
  });

  it('draws both charts, the heatmap and the top posts, hostile text as text', async () => {
    expect(await dashboard.locator('.dash-chart canvas').count()).toBe(2);
    // r2 went out on Wednesday at 18:00 in Moscow: row 2 (Monday first), hour 18.
    expect(await dashboard.locator('[data-cell="2-18"]').getAttribute('data-posts')).toBe('1');
    expect(await dashboard.locator('[data-top-posts] [data-post]').evaluateAll((items) => items.map((item) => item.getAttribute('data-post')))).toEqual([
      // r3 and c2 both have 1 %: r3's 110 interactions beat c2's 50.
      'r2', 'r1', 'u1', 'c1', 'r4', 'r3', 'c2',
    ]);
    const best = dashboard.locator('[data-top-posts] [data-post="r2"]');
    expect(await best.locator('[data-er]').textContent()).toBe('ER 10.0%');
    // 600 more likes in the 8 hours between its snapshots.
    expect(await best.locator('.dash-post__growth').textContent()).toContain('75 likes/h');
    expect(await dashboard.locator('[data-post="r4"] .dash-post__text').textContent()).toBe(HOSTILE);
    expect(await dashboard.locator('[data-post="r4"] img').count()).toBe(0);
    expect(await dashboard.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await dashboard.locator('[data-networks] tr[data-network="x"] td').allTextContents()).toEqual(['1', '11,000', '4', rate(rival.er)]);
  });

  it('downloads the posts and the accounts as CSV for Excel', async () => {
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.locator('[data-export-posts]').click()]);
    expect(download.suggestedFilename()).toBe('smm-deck-posts-2026-11-01-2026-11-07.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFnetwork,handle,post_id,url,published_Europe/Moscow,first_seen_Europe/Moscow,text,likes,comments,shares,views,saves,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 7);
    // rival's interactions 400, 1 100, 110, 230: median 315, mean 460, σ = √(588 600 / 4) ≈ 383.6014.
    // r2: 1 100 / 315 = 3.4921× usual, z = 785 / 383.6014; per hour over 8 h: 600 likes, 40 comments, 100 shares, 30 000 views.
    expect(lines).toContain('x,rival,r2,https://x.example/r2,2026-11-04 18:00,,Our autumn blend is back,900,50,150,40000,,1100,11000,10,2.75,3.4921,2.0464,75,5,12.5,3750');
    expect(lines).toContain('x,rival,r4,https://x.example/r4,2026-11-02 14:00,,"<img src=x onerror=""window.hacked=1"">Sale; ""50%"" off",200,30,0,,,230,10000,2.3,,0.7302,-0.2216,,,,');

    const [accountsFile] = await Promise.all([dashboard.waitForEvent('download'), dashboard.locator('[data-export-accounts]').click()]);
    const accountLines = readFileSync((await accountsFile.path())!, 'utf8').slice(1).trimEnd().split('\r\n');
    expect(accountLines).toHaveLength(1 + 3);
    expect(accountLines.find((line) => line.startsWith('telegram,us,'))).toBe(
      // The channel shows no comments or shares: no talk rate, no amplification.
      'telegram,us,Our channel,yes,2026-11-01,2026-11-07,Europe/Moscow,2000,,,,1,1,60,3,4,0.4286,3,,',
    );
  });

  it('opens the printable A4 report with the same selection', async () => {
    const [report] = await Promise.all([browser.context.waitForEvent('page'), dashboard.locator('[data-report-link]').click()]);
    await report.locator('[data-report] [data-compare] tbody tr').first().waitFor();
    expect(new URL(report.url()).searchParams.get('from')).toBe('2026-11-01');
    expect(await report.locator('[data-report] [data-compare] tbody tr').count()).toBe(3);
    expect(await report.locator('.dash-chart canvas').count()).toBe(2);
    await report.waitForTimeout(300);
    await report.screenshot({ path: shotPath('dash-report'), fullPage: true });
    // A4 less its 12 mm print margins is 186 mm, 703 px at 96 dpi: nothing may stick out of it.
    await report.emulateMedia({ media: 'print' });
    await report.setViewportSize({ width: 703, height: 1_032 });
    expect(await report.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(703);
    await report.screenshot({ path: shotPath('dash-report-print'), fullPage: true });
    await report.close();
  });

  it('the side panel links each account to its own dashboard', async () => {
    const sidePanel = await browser.openExtensionPage('sidepanel.html');
    await sidePanel.setViewportSize({ width: 380, height: 800 });
    const link = sidePanel.locator('[data-account="x/rival"] [data-dashboard-link]');
    expect(await link.getAttribute('href')).toBe('dashboard.html?network=x&handle=rival');
    const [page] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    await page.locator('[data-compare] tbody tr').first().waitFor();
    expect(await page.locator('[data-compare] tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-account')))).toEqual(['x/rival']);
    await page.setViewportSize({ width: 400, height: 900 });
    await page.screenshot({ path: shotPath('dash-narrow'), fullPage: true });
    await sidePanel.screenshot({ path: shotPath('dash-sidepanel') });
    await page.close();
    await sidePanel.close();
  });

  it('the popup opens the dashboard in a tab', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 360, height: 420 });
    await popup.locator('[data-open-dashboard]').waitFor();
    await popup.screenshot({ path: shotPath('dash-popup') });
    const [page] = await Promise.all([browser.context.waitForEvent('page'), popup.locator('[data-open-dashboard]').click()]);
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe('/dashboard.html');
    await page.close();
    await popup.close();
  });
});

describe('the dashboard in Russian', () => {
  it('writes figures with a decimal comma and exports CSV with semicolons for Excel', async () => {
    const russian = await launchWithExtension({ serverPort: server.port, uiLanguage: 'ru' });
    try {
      const page = await openFilledDashboard(russian);
      expect(await page.locator('h1').textContent()).toBe('Дашборд конкурентов');
      expect(await page.locator('[data-compare] th[data-column="er"]').textContent()).toBe('ER, отношение сумм');
      expect(await page.locator('[data-compare] tr[data-account="x/rival"] td[data-column="er"]').textContent()).toBe('4,38%');
      expect(await page.locator('[data-compare] tr[data-account="x/rival"] td[data-column="followers"]').textContent()).toBe('11\u00a0000');
      await page.screenshot({ path: shotPath('dash-ru'), fullPage: true });
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export-accounts]').click()]);
      const lines = readFileSync((await download.path())!, 'utf8').slice(1).trimEnd().split('\r\n');
      expect(lines[0]!.startsWith('network;handle;name;own;from;to;time_zone;followers;')).toBe(true);
      expect(lines.find((line) => line.startsWith('vk;club;'))).toBe(
        // (125 + 50) / (5 000 + 5 000); ERday (125 + 50) / 5 000 / 7; no growth from a single snapshot.
        'vk;club;Клуб кофе;no;2026-11-01;2026-11-07;Europe/Moscow;5000;;;;2;2;87,5;1,75;4,1667;0,5;1,4;0,25;0,1',
      );
    } finally {
      await russian.close();
    }
  });
});
