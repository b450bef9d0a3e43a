import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtureCases } from '../unit/networks/fixture-cases';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { eventually, readTable } from './harness/extension-db';
import { SiteServer } from './harness/site-server';

/**
 * Mastodon has no content script in the manifest. The user adds a server in settings, the
 * browser grants SMM Deck that one host, the background registers the script there, and from
 * then on the server's pages are captured like any network's.
 */
const profile = loadFixtureCases().find((candidate) => candidate.network === 'mastodon' && candidate.name === 'profile-en')!;
const account = profile.expected.account!;

let server: SiteServer;
let browser: ExtensionBrowser;
let options: Page;
const mastodonSection = () => options.locator('[data-section="mastodon"]');

beforeAll(async () => {
  server = await new SiteServer().page(profile.url, profile.html).start();
  browser = await launchWithExtension({ serverPort: server.port, grantedHosts: ['https://mastodon.social/*'] });
  options = await browser.openExtensionPage('options.html');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const registeredScripts = () =>
  browser.worker.evaluate(() =>
    (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches: string[] }[]> } } })
      .chrome.scripting.getRegisteredContentScripts(),
  );

describe('Mastodon servers', () => {
  it('are not read before the user adds them', async () => {
    const page = await browser.context.newPage();
    await page.goto(profile.url);
    await page.waitForTimeout(1_000);
    expect(await page.locator('smm-deck-tracker').count()).toBe(0);
    expect(await registeredScripts()).toEqual([]);
    await page.close();
  });

  it('rejects an address that is not a server, with a clear message', async () => {
    await options.locator('input[name="mastodonInstance"]').fill('not a server');
    await mastodonSection().getByRole('button', { name: 'Add' }).click();
    await expect(eventually(() => mastodonSection().getByRole('alert').textContent())).resolves.toMatch(/^That is not a server address/);
  });

  it('once added and granted, have their pages captured', async () => {
    await options.locator('input[name="mastodonInstance"]').fill('https://mastodon.social/@northwindtea');
    await mastodonSection().getByRole('button', { name: 'Add' }).click();
    await eventually(async () => expect(await options.locator('[data-instance="mastodon.social"]').count()).toBe(1));
    await eventually(async () =>
      expect(await registeredScripts()).toEqual([
        expect.objectContaining({ id: 'smm-deck-mastodon', matches: ['https://mastodon.social/*'] }),
      ]),
    );

    const page = await browser.context.newPage();
    await page.goto(profile.url);
    const tracker = page.locator('smm-deck-tracker');
    await eventually(async () => expect(await tracker.getAttribute('data-account')).toBe(`mastodon/${account.handle}`));
    await page.locator('smm-deck-tracker button.track').click();
    const stored = await eventually(async () => {
      const rows = await readTable<{ network: string; postId: string; handle: string }>(options, 'posts');
      const own = rows.filter((row) => row.network === 'mastodon' && row.handle === account.handle);
      expect(own.length).toBe(profile.expected.posts.filter((post) => post.authorHandle === account.handle).length);
      return own;
    });
    expect(stored.map((row) => row.postId).sort()).toEqual(
      profile.expected.posts.filter((post) => post.authorHandle === account.handle).map((post) => post.postId).sort(),
    );
    await page.close();
  });
});
