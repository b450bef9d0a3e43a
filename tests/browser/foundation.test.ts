import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { eventually, readTable, sendFromExtensionPage } from './harness/extension-db';
import { SiteServer } from './harness/site-server';

// A real X timeline cell (see ../shared/fixtures/README.md), served at https://x.com/home.
const timelineCell = readFileSync(resolve(import.meta.dirname, '../../../shared/fixtures/x/x-tweet-sample.html'), 'utf8');
const author = { network: 'x', handle: 'TestUser123', name: 'Test User Account', url: 'https://x.com/TestUser123' };

let server: SiteServer;
let browser: ExtensionBrowser;
let sidePanel: Page;

beforeAll(async () => {
  server = await new SiteServer().page('https://x.com/home', timelineCell).start();
  browser = await launchWithExtension({ serverPort: server.port });
  sidePanel = await browser.openExtensionPage('sidepanel.html');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the foundation, end to end in Chromium', () => {
  it('builds a manifest that asks only for what is used', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    // Asked for one Mastodon server at a time, never held in advance.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    const matches: string[] = manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches);
    expect(matches).not.toContain('<all_urls>');
    for (const pattern of matches) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/([a-z]+\/)?\*$/);
  });

  it('a capture on https://x.com travels through the protocol into IndexedDB and the side panel', async () => {
    await expect(sendFromExtensionPage(sidePanel, 'account.setTracked', { account: author, tracked: true })).resolves.toEqual({
      ok: true,
      response: { tracked: true, own: false },
    });
    const row = sidePanel.locator('[data-account="x/TestUser123"]');
    await expect(eventually(async () => (await row.locator('[data-post-count]').textContent()) === '0' || Promise.reject(new Error('row not shown')))).resolves.toBe(true);

    const x = await browser.context.newPage();
    await x.goto('https://x.com/home');
    const posts = await eventually(async () => {
      const rows = await readTable(sidePanel, 'posts');
      if (rows.length === 0) throw new Error('no post stored yet');
      return rows;
    });
    expect(posts).toEqual([
      expect.objectContaining({
        network: 'x',
        postId: '1981398750557065646',
        handle: 'TestUser123',
        url: 'https://x.com/TestUser123/status/1981398750557065646',
        metrics: { comments: 48, shares: 152, likes: 553, views: 30142 },
      }),
    ]);
    expect(await readTable(sidePanel, 'postSnapshots')).toHaveLength(1);

    // The side panel was open all along: its live query shows the new post without a reload.
    await eventually(async () => expect(await row.locator('[data-post-count]').textContent()).toBe('1'));
    await x.close();
  });

  it('rejects a malformed message with a clear error and changes nothing', async () => {
    const before = await readTable(sidePanel, 'posts');
    const reply = await sendFromExtensionPage(sidePanel, 'capture.store', {
      pageUrl: 'https://x.com/home',
      capture: { posts: [{ network: 'x', postId: '1', url: 'https://x.com/a/status/1', authorHandle: 'TestUser123', metrics: { likes: 'many' } }] },
    });
    expect(reply).toEqual({ ok: false, retry: false, error: expect.stringMatching(/^rejected capture\.store: capture\.posts\.0\.metrics\.likes: /) });
    expect(await readTable(sidePanel, 'posts')).toEqual(before);
  });

  it('a web page cannot reach the background: no runtime API, forged window messages do nothing', async () => {
    const snapshotsBefore = await readTable(sidePanel, 'postSnapshots');
    const x = await browser.context.newPage();
    await x.goto('https://x.com/home');
    const runtimeVisible = await x.evaluate(() => {
      const forged = { app: 'smm-deck', command: 'capture.store', request: { pageUrl: location.href, capture: { posts: [] } } };
      window.postMessage(forged, '*');
      return typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage;
    });
    expect(runtimeVisible).toBe('undefined');
    await new Promise((resolve) => setTimeout(resolve, 500));
    // The visit itself refreshes lastSeenAt; nothing forged is stored.
    expect((await readTable<{ postId: string }>(sidePanel, 'posts')).map((post) => post.postId)).toEqual(['1981398750557065646']);
    expect(await readTable(sidePanel, 'postSnapshots')).toEqual(snapshotsBefore);
    await x.close();
  });

  it("the popup's tool buttons open the side panel on that tool, inside the click's gesture", async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: 'Plan' }).click();
    const panels = await eventually(async () => {
      const contexts = await browser.worker.evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { getContexts(filter: object): Promise<{ documentUrl: string }[]> } } })
          .chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }),
      );
      expect(contexts.map((context) => context.documentUrl)).toEqual([`chrome-extension://${browser.extensionId}/sidepanel.html`]);
      return contexts;
    });
    expect(panels).toHaveLength(1);
    // The side panel tab opened earlier follows the tool chosen in the popup.
    await eventually(async () => expect(await sidePanel.locator('main.tool').getAttribute('data-tool')).toBe('plan'));
  });
});
