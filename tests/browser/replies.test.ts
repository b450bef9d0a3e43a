import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEditorsScript } from './editors/build-editors';
import { shotPath } from './harness/shots';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { eventually, readTable } from './harness/extension-db';
import { SiteServer } from './harness/site-server';

/**
 * Replies from the side panel, end to end: an X post's page (tests/fixtures/comments/x/thread-ru)
 * whose Reply buttons open a real Draft.js reply dialog. The content script stores the comments;
 * the side panel lists the page's comments, unanswered first; Reply with a template puts the
 * rendered reply into the dialog of the right comment, and the template's usage goes up.
 */
const POST_URL = 'https://x.com/northwindlab/status/1902000000000000000';
const html = readFileSync('tests/fixtures/comments/x/thread-ru.html', 'utf8').replace('</body>', '<script src="/reply-dialog.js"></script></body>');

let server: SiteServer;
let browser: ExtensionBrowser;
let panel: Page;
let post: Page;

beforeAll(async () => {
  server = new SiteServer().page(POST_URL, html).page('https://x.com/reply-dialog.js', await buildEditorsScript('x-reply-dialog'), 'text/javascript');
  await server.start();
  browser = await launchWithExtension({ serverPort: server.port });
  panel = await browser.openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 380, height: 800 });
  await panel.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({
      settings: { brandName: 'Northwind Coffee Lab', ownAccounts: [{ network: 'x', handle: 'northwindlab' }] },
      sidePanelTool: 'replies',
    }),
  );
  await panel.reload();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the Replies tab', () => {
  it('creates a template in the manager', async () => {
    await panel.locator('button[name="section-templates"]').click();
    await panel.locator('button[name="newTemplate"]').click();
    const form = panel.locator('form[data-template-form="new"]');
    await form.locator('input[name="title"]').fill('Спасибо');
    await form.locator('textarea[name="text"]').fill('{Спасибо|Спасибо}, {name}!\nЖдём вас в {brand} — {me}');
    await form.locator('input[name="folder"]').fill('Благодарности');
    await form.locator('input[name="shortcut"]').fill(';spasibo');
    await form.locator('input[name="network-x"]').check();
    await panel.screenshot({ path: shotPath('replies-template-form'), fullPage: true });
    await form.locator('button[type="submit"]').click();
    await eventually(async () => expect(await panel.locator('li.template').count()).toBe(1));
    const [row] = await readTable(panel, 'replyTemplates');
    expect(row).toMatchObject({ title: 'Спасибо', folder: 'Благодарности', shortcut: ';spasibo', networks: ['x'], usageCount: 0 });
    await panel.screenshot({ path: shotPath('replies-templates'), fullPage: true });
  });

  it('lists the comments of the post in the active tab, unanswered first, and stores them', async () => {
    await panel.locator('button[name="section-comments"]').click();
    post = await browser.context.newPage();
    await post.goto(POST_URL);
    await post.bringToFront();
    const items = panel.locator('li.comment');
    await eventually(async () => expect(await items.count()).toBe(4), 15_000);
    expect(await items.evaluateAll((list) => list.map((item) => item.getAttribute('data-comment')))).toEqual([
      '1902000000000000201', // Иван, 09:10, unanswered
      '1902000000000000301', // Оля, 10:00, unanswered
      '1902000000000000101', // Мария, answered by @northwindlab
      '1902000000000000102', // the brand's own reply
    ]);
    expect(await panel.locator('li.comment[data-comment="1902000000000000101"] .pill').textContent()).toBe('answered');
    expect(await panel.locator('[data-comment-counts]').textContent()).toBe('4 comments, 2 waiting for a reply');
    const stored = await readTable<{ commentId: string; repliedByOwner: boolean }>(panel, 'comments');
    expect(stored.map((row) => [row.commentId, row.repliedByOwner]).sort()).toEqual([
      ['1902000000000000101', true],
      ['1902000000000000102', false],
      ['1902000000000000201', false],
      ['1902000000000000301', false],
    ]);
    await panel.screenshot({ path: shotPath('replies-comments'), fullPage: true });
  });

  it('Reply inserts the rendered template into the reply box of that comment, and counts the use', async () => {
    const ivan = panel.locator('li.comment[data-comment="1902000000000000201"]');
    await ivan.locator('button[name="reply"]').click();
    const text = ivan.locator('textarea[name="replyText"]');
    await eventually(async () => expect(await text.inputValue()).toBe('Спасибо, Иван!\nЖдём вас в Northwind Coffee Lab — @northwindlab'));
    await panel.screenshot({ path: shotPath('replies-composer'), fullPage: true });
    await ivan.locator('button[name="insertReply"]').click();
    await eventually(async () => expect(await ivan.locator('[role="status"]').textContent()).toContain('Inserted'));

    const dialog = await post.evaluate(() => {
      const state = (window as unknown as { replyDialog: { replyingTo?: string; text: () => string; postEnabled: () => boolean } }).replyDialog;
      return { replyingTo: state.replyingTo, text: state.text(), postEnabled: state.postEnabled() };
    });
    expect(dialog).toEqual({
      replyingTo: '1902000000000000201',
      text: 'Спасибо, Иван!\nЖдём вас в Northwind Coffee Lab — @northwindlab',
      postEnabled: true,
    });
    await eventually(async () => {
      const [row] = await readTable<{ usageCount: number; lastUsedAt?: number }>(panel, 'replyTemplates');
      expect(row!.usageCount).toBe(1);
      expect(row!.lastUsedAt).toBeGreaterThan(0);
    });
    await post.screenshot({ path: shotPath('replies-x-dialog') });
  });

  it('when the page offers no way to insert, the reply is copied and the user told to press Ctrl+V', async () => {
    await post.evaluate(() => {
      const link = document.querySelector('a[href$="/status/1902000000000000301"]');
      link?.closest('article')?.querySelector('[data-testid="reply"]')?.remove();
    });
    const olya = panel.locator('li.comment[data-comment="1902000000000000301"]');
    await olya.locator('button[name="reply"]').click();
    await eventually(async () => expect(await olya.locator('textarea[name="replyText"]').inputValue()).toBe('Спасибо, Оля!\nЖдём вас в Northwind Coffee Lab — @northwindlab'));
    await olya.locator('button[name="insertReply"]').click();
    await eventually(async () =>
      expect(await olya.locator('[role="alert"]').textContent()).toBe(
        'The page shows no Reply button for this comment. The reply is copied: click the reply box on the page and press Ctrl+V.',
      ),
    );
    await panel.screenshot({ path: shotPath('replies-copied'), fullPage: true });
  });
});
