import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipRow, PlanItemRow } from '../../utils/platform/db';
import type { CapturedAccount, CapturedPost } from '../../utils/networks/types';
import { loadFixtureCases } from '../unit/networks/fixture-cases';
import { shotPath } from './harness/shots';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { clickContextMenu, tabIdOf, type ChromeTabs } from './harness/context-menu';
import { eventually, readTable } from './harness/extension-db';
import { SiteServer } from './harness/site-server';

/**
 * Clipping in Chromium, end to end: the context menu's handler (harness/context-menu.ts), the popup's button, a selection, a link, a post's and a trend's Clip buttons on
 * https://x.com, the same URL twice, and the inbox in the side panel.
 *
 * `activeTab` is granted only by a real user gesture; the test extension holds the two hosts as
 * granted instead (harness `grantedHosts`), which lets `scripting.executeScript` in exactly as
 * `activeTab` does after a click.
 */
const fixture = (path: string) => readFileSync(resolve(import.meta.dirname, '../fixtures', path), 'utf8');
const ARTICLE_URL = 'https://news.example/media/2026/nov/20/short-video-brand-discovery-survey';
const GUARDIAN = 'https://www.theguardian.com/media/2026/nov/20/short-video-brand-discovery-survey';
const RUSSIAN_URL = 'https://news.example/news/2026/11/21/korotkie-video/';
const EXPLORE_URL = 'https://x.com/explore/tabs/trending';
const profile = loadFixtureCases().find((entry) => entry.network === 'x' && entry.name === 'profile-en')!;

let server: SiteServer;
let browser: ExtensionBrowser;
let sidePanel: Page;

beforeAll(async () => {
  server = new SiteServer()
    .page(ARTICLE_URL, fixture('articles/guardian-en.html'))
    .page(RUSSIAN_URL, fixture('articles/lenta-ru.html'))
    .page(EXPLORE_URL, fixture('trends/x-explore-en.html'))
    .page(profile.url, profile.html);
  await server.start();
  browser = await launchWithExtension({ serverPort: server.port, grantedHosts: ['https://news.example/*', 'https://x.com/*'] });
  sidePanel = await browser.openExtensionPage('sidepanel.html');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const clipFromMenu = (page: Page, info: Record<string, unknown>) => clickContextMenu(browser, page.url(), info);

const clips = () => readTable<ClipRow>(sidePanel, 'clips');
const clipAt = async (url: string) => {
  const found = (await clips()).filter((clip) => clip.url === url);
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** The page's confirmation popover: its status line once it shows. */
async function popoverStatus(page: Page): Promise<string> {
  return eventually(async () => {
    const text = await page.locator('smm-deck-clip-popover .status').textContent({ timeout: 500 });
    if (!text) throw new Error('no popover yet');
    return text;
  });
}

describe('clipping a page', () => {
  it('"Clip page" in the context menu stores the article, and the popover adds tags and a note without leaving the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(ARTICLE_URL);
    await clipFromMenu(page, { menuItemId: 'clip-page' });
    expect(await popoverStatus(page)).toBe('Saved to Ideas');
    await page.screenshot({ path: shotPath('clip-popover') });
    await page.locator('smm-deck-clip-popover input[name="tags"]').fill('video, Research');
    await page.locator('smm-deck-clip-popover textarea[name="note"]').fill('Pitch for the Monday post');
    await page.locator('smm-deck-clip-popover button.save').click();
    await eventually(async () => expect(await page.locator('smm-deck-clip-popover').count()).toBe(0));
    expect(page.url()).toBe(ARTICLE_URL);

    const clip = await eventually(async () => {
      const row = await clipAt(GUARDIAN);
      expect(row.tags).toEqual(['video', 'Research']);
      return row;
    });
    const { html, text, id, createdAt, updatedAt, ...fields } = clip;
    expect(fields).toEqual({
      kind: 'article',
      url: GUARDIAN,
      title: 'Short video now drives half of brand discovery, survey finds',
      byline: 'Hannah Ellis',
      siteName: 'The Guardian',
      publishedAt: '2026-11-20T07:00:12.000Z',
      lang: 'en',
      excerpt: 'Marketers shift budgets to vertical video as a survey of 4,000 shoppers shows short clips overtaking search for finding new brands',
      imageUrl: 'https://i.guim.co.uk/img/media/4f2a/master/3000.jpg?width=1200&quality=85',
      readingMinutes: 2,
      tags: ['video', 'Research'],
      note: 'Pitch for the Monday post',
      status: 'inbox',
    });
    expect(id).toEqual(expect.any(Number));
    expect(updatedAt).toBeGreaterThanOrEqual(createdAt);
    expect(text!.split('\n')[1]).toBe(
      'Short videos now account for half of the moments when shoppers first hear of a brand, according to a survey that suggests marketers are right to move money away from search and display advertising.',
    );
    // Sanitized in Chromium: links made absolute (against the address the page was read at) that
    // open in a new tab; the lazy image's real address, loaded lazily without a referrer; no classes or ids.
    expect(html).toContain('<a href="https://news.example/media/advertising" target="_blank" rel="noopener noreferrer">Advertising Association</a>');
    expect(html).toContain('<img src="https://i.guim.co.uk/img/media/81bc/master/chart.png?width=620" alt="Chart showing where shoppers discover brands" loading="lazy" referrerpolicy="no-referrer">');
    expect(html).not.toMatch(/\s(class|id|style|data-[\w-]+)=/);
    await page.close();
  });

  it('clipping the same URL again updates the one clip, merges the tags and says so', async () => {
    const page = await browser.context.newPage();
    await page.goto(ARTICLE_URL);
    await clipFromMenu(page, { menuItemId: 'clip-page' });
    expect(await popoverStatus(page)).toBe('Already in Ideas: updated');
    // The popover shows the clip's tags; the user adds one.
    const tags = page.locator('smm-deck-clip-popover input[name="tags"]');
    expect(await tags.inputValue()).toBe('video, Research');
    await tags.fill('video, Research, #ideas');
    await tags.press('Enter');
    await eventually(async () => expect((await clipAt(GUARDIAN)).tags).toEqual(['video', 'Research', 'ideas']));
    expect((await clips()).filter((clip) => clip.url === GUARDIAN)).toHaveLength(1);

    // Escape closes the popover and keeps the clip as it was.
    await clipFromMenu(page, { menuItemId: 'clip-page' });
    await popoverStatus(page);
    await page.keyboard.press('Escape');
    await eventually(async () => expect(await page.locator('smm-deck-clip-popover').count()).toBe(0));
    expect((await clipAt(GUARDIAN)).tags).toEqual(['video', 'Research', 'ideas']);
    await page.close();
  });

  it('"Clip selection" keeps the selected fragment with the page metadata, at the page address with a text fragment', async () => {
    const page = await browser.context.newPage();
    await page.goto(ARTICLE_URL);
    const selectionText = await page.evaluate(() => {
      const paragraph = document.querySelectorAll('#maincontent > p')[2]!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    await clipFromMenu(page, { menuItemId: 'clip-selection', selectionText });
    expect(await popoverStatus(page)).toBe('Saved to Ideas');
    const url = `${GUARDIAN}#:~:text=%E2%80%9CThe%20feed%20has%20become%20the,them%2C%20and%20missing%20everyone%20else.%E2%80%9D`;
    const clip = await eventually(() => clipAt(url));
    expect(clip).toMatchObject({
      kind: 'selection',
      title: 'Short video now drives half of brand discovery, survey finds',
      siteName: 'the Guardian',
      byline: 'Hannah Ellis',
      text: selectionText,
      html: `“The feed has become the shop window,” said Priya Natarajan, the institute’s head of research. “Brands that still plan their year around a television flight and a search budget are talking to the people who are already looking for them, and missing everyone else.”`,
      status: 'inbox',
      tags: [],
    });
    await page.close();
  });

  it('"Clip link" stores the link with its text as the title', async () => {
    const page = await browser.context.newPage();
    await page.goto(ARTICLE_URL);
    await clipFromMenu(page, { menuItemId: 'clip-link', linkUrl: 'https://news.example/money/2026/nov/19/energy-bills' });
    expect(await popoverStatus(page)).toBe('Saved to Ideas');
    await expect(eventually(() => clipAt('https://news.example/money/2026/nov/19/energy-bills'))).resolves.toMatchObject({
      kind: 'link',
      title: 'Energy bills to fall by £50 in January',
      siteName: 'news.example',
      tags: [],
      status: 'inbox',
    });
    await page.close();
  });

  it("the popup's Clip button clips the active tab of its window", async () => {
    const page = await browser.context.newPage();
    await page.goto(RUSSIAN_URL);
    const tabId = await tabIdOf(browser, page.url());
    // The popup opened over the article: a tab of the same window that is not the active one.
    const popupOpened = browser.context.waitForEvent('page');
    await browser.worker.evaluate(async ({ id, url }) => {
      const { chrome } = globalThis as unknown as ChromeTabs;
      const tab = await chrome.tabs.get(id);
      await chrome.tabs.create({ url, windowId: tab.windowId, active: false });
    }, { id: tabId, url: `chrome-extension://${browser.extensionId}/popup.html` });
    const popup = await popupOpened;
    await popup.waitForLoadState();
    await popup.locator('[data-clip-page]').dispatchEvent('click');
    expect(await popoverStatus(page)).toBe('Saved to Ideas');
    await expect(eventually(() => clipAt('https://lenta.ru/news/2026/11/21/korotkie-video/'))).resolves.toMatchObject({
      kind: 'article',
      title: 'Бренды перенесли половину бюджетов в короткие видео',
      byline: 'Мария Соколова',
      siteName: 'Lenta.RU',
      publishedAt: '2026-11-21T10:45:00+03:00',
      lang: 'ru',
      readingMinutes: 1,
    });
    await page.close();
  });
});

describe('clipping on a social page (x.com)', () => {
  it("a post's Clip button, beside its badge, stores the post with its metrics and the author's followers", async () => {
    const account = profile.expected.account as CapturedAccount;
    const post = (profile.expected.posts as CapturedPost[])[0]!;
    const page = await browser.context.newPage();
    await page.goto(profile.url);
    const button = page.locator('article[data-testid="tweet"]').first().locator('smm-deck-clip button');
    await eventually(async () => expect(await button.count()).toBe(1));
    await page.locator('article[data-testid="tweet"]').first().screenshot({ path: shotPath('clip-post-button') });
    await button.click();
    expect(await popoverStatus(page)).toBe('Saved to Ideas');
    expect(page.url()).toBe(profile.url);
    await page.screenshot({ path: shotPath('clip-post-popover') });
    const clip = await eventually(() => clipAt(post.url));
    const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = clip;
    expect(fields).toEqual({
      kind: 'post',
      url: post.url,
      title: `${post.authorName}: ${post.text!.replace(/\s+/g, ' ')}`,
      byline: post.authorName,
      siteName: 'x.com',
      publishedAt: post.publishedAt,
      text: post.text,
      post: {
        network: 'x',
        postId: post.postId,
        handle: post.authorHandle,
        url: post.url,
        authorName: post.authorName,
        publishedAt: post.publishedAt,
        text: post.text,
        metrics: post.metrics,
        followers: account.followers,
      },
      tags: [],
      status: 'inbox',
    });
    await page.close();
  });

  it('a trend on Explore and the same hashtag in a post: one trend clip, with its rank and post count', async () => {
    const page = await browser.context.newPage();
    await page.goto(EXPLORE_URL);
    await page.locator('[data-testid="trend"]').first().hover();
    const trendButton = page.locator('smm-deck-trend-clip button');
    await eventually(async () => expect(await trendButton.isVisible()).toBe(true));
    await page.screenshot({ path: shotPath('clip-trend-button') });
    await trendButton.click();
    expect(await popoverStatus(page)).toBe('Saved to Ideas');
    const trend = { network: 'x', name: '#BlackFriday', seenOn: EXPLORE_URL, postCount: 125_000, rank: 1 };
    await expect(eventually(() => clipAt('https://x.com/hashtag/blackfriday'))).resolves.toMatchObject({
      kind: 'trend', title: '#BlackFriday', trend, tags: [], status: 'inbox',
    });
    await page.keyboard.press('Escape');

    await page.locator('[data-testid="tweetText"] a').first().hover();
    await eventually(async () => expect(await trendButton.isVisible()).toBe(true));
    await trendButton.click();
    expect(await popoverStatus(page)).toBe('Already in Ideas: updated');
    // The hashtag link shows no rank or count: the clip now holds what this page showed.
    const again = await clipAt('https://x.com/hashtag/blackfriday');
    expect(again.trend).toEqual({ network: 'x', name: '#BlackFriday', seenOn: EXPLORE_URL });
    await page.close();
  });
});

describe('the ideas inbox in the side panel', () => {
  it('lists every clip newest first, searches, filters, reads an article and adds it to the plan', async () => {
    await sidePanel.setViewportSize({ width: 380, height: 900 });
    await sidePanel.locator('.tool-nav__tab[data-tool="ideas"]').click();
    const items = sidePanel.locator('.ideas__list > li');
    const stored = await clips();
    const newestFirst = [...stored].sort((a, b) => b.createdAt - a.createdAt).map((clip) => String(clip.id));
    await eventually(async () => expect(await items.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-clip-id')))).toEqual(newestFirst));
    await sidePanel.screenshot({ path: shotPath('clip-inbox'), fullPage: true });

    await sidePanel.locator('input[name="ideas-search"]').fill('short video');
    await eventually(async () => expect(await items.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind')))).toEqual(['selection', 'article']));
    await sidePanel.locator('input[name="ideas-search"]').fill('');
    await sidePanel.locator('select[name="ideas-kind"]').selectOption('post');
    await eventually(async () => expect(await items.count()).toBe(1));
    expect(await items.locator('[data-metrics]').textContent()).toBe('likes 1,206 · comments 12 · shares 34 · views 48,213 · 4,812 followers · ER 26%');
    await sidePanel.locator('select[name="ideas-kind"]').selectOption('');
    await sidePanel.locator('select[name="ideas-tag"]').selectOption('ideas');
    await eventually(async () => expect(await items.count()).toBe(1));
    await sidePanel.locator('select[name="ideas-tag"]').selectOption('');

    const article = (await clipAt(GUARDIAN)).id!;
    const card = sidePanel.locator(`.ideas__list > li[data-clip-id="${article}"]`);
    await card.locator('[data-action="read"]').click();
    const reader = sidePanel.locator('.reader__content');
    await eventually(async () => expect(await reader.locator('p').first().textContent()).toMatch(/^Marketers shift budgets/));
    expect(await reader.locator('img').evaluateAll((images) => images.map((image) => image.getAttribute('loading')))).toEqual(['lazy']);
    await sidePanel.screenshot({ path: shotPath('clip-reader') });

    await sidePanel.locator('.reader [data-action="plan"]').click();
    const item = await eventually(async () => {
      const rows = await readTable<PlanItemRow>(sidePanel, 'planItems');
      const found = rows.find((row) => row.clipId === article);
      expect(found).toBeDefined();
      return found!;
    });
    expect(item).toMatchObject({
      title: 'Short video now drives half of brand discovery, survey finds',
      body: 'Marketers shift budgets to vertical video as a survey of 4,000 shoppers shows short clips overtaking search for finding new brands',
      links: [GUARDIAN],
      status: 'idea',
      networks: [],
      hashtags: [],
    });
    await eventually(async () => expect(await clipAt(GUARDIAN)).toMatchObject({ status: 'planned', planItemId: item.id }));
    await sidePanel.locator('.reader__back').click();
    // Planned clips leave the inbox view and show under Planned.
    await eventually(async () => expect(await sidePanel.locator(`.ideas__list > li[data-clip-id="${article}"]`).count()).toBe(0));
    await sidePanel.locator('select[name="ideas-status"]').selectOption('planned');
    await eventually(async () => expect(await items.count()).toBe(1));
    await sidePanel.locator('select[name="ideas-status"]').selectOption('inbox');
  });
});
