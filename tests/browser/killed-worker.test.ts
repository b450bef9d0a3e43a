import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtureCases } from '../unit/networks/fixture-cases';
import { generateFeed } from '../bench/feed';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { eventually, readTable } from './harness/extension-db';
import { SiteServer } from './harness/site-server';

/**
 * The background is a service worker that the browser may stop at any moment. Content scripts
 * keep each batch until the background acknowledges it, so stopping the worker in the middle of
 * a burst loses nothing.
 */
const fixture = loadFixtureCases().find((candidate) => candidate.network === 'x' && candidate.name === 'profile-en')!;
const template = fixture.expected.posts[0]!;
const BURST = 1_000;

let server: SiteServer;
let browser: ExtensionBrowser;
let extensionPage: Page;
let cdp: CDPSession;

beforeAll(async () => {
  server = await new SiteServer().page(fixture.url, fixture.html).start();
  browser = await launchWithExtension({ serverPort: server.port });
  extensionPage = await browser.openExtensionPage('options.html');
  await extensionPage.locator('input[name="storeAllPosts"]').check();
  // DevTools on a page of its own, so that stopping the worker leaves the pages alone.
  cdp = await browser.context.newCDPSession(await browser.context.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a killed service worker', () => {
  it(`loses none of ${BURST} posts captured while it is stopped mid-burst`, async () => {
    const page = await browser.context.newPage();
    await page.goto(fixture.url);
    const burst = generateFeed(page, {
      postSelector: 'article[data-testid="tweet"]',
      idToken: template.postId,
      count: BURST,
      batchSize: 20,
      pauseMs: 40,
    });
    await eventually(async () => expect((await readTable(extensionPage, 'posts')).length).toBeGreaterThan(200));
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => statuses.push(...versions.map((v) => v.runningStatus)));
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Playwright's worker 'close' event is not reliable for extension workers; DevTools' status is.
    await eventually(async () => expect(statuses).toContain('stopped'));
    const storedWhenStopped = (await readTable(extensionPage, 'posts')).length;
    await burst;
    expect(storedWhenStopped).toBeLessThan(BURST);

    const generated = await eventually(async () => {
      const ids = (await readTable<{ postId: string }>(extensionPage, 'posts')).map((post) => post.postId);
      const copies = ids.filter((id) => id.startsWith(template.postId) && id !== template.postId);
      expect(copies).toHaveLength(BURST);
      return copies;
    }, 60_000);
    expect(new Set(generated).size).toBe(BURST);
    await page.close();
  });
});
