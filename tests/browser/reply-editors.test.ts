import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEditorsScript, editorsPage } from './editors/build-editors';
import { shotPath } from './harness/shots';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { eventually, putRows, readTable } from './harness/extension-db';
import { SiteServer } from './harness/site-server';

/**
 * Inserting a reply into real editors built from their own npm packages (React 18, Draft.js,
 * Lexical), on a page at x.com so that SMM Deck's content script runs there. The test reads each
 * editor's own state: the text must be there exactly once, line breaks and all.
 */
const PAGE_URL = 'https://x.com/editors-lab';
const REPLY = 'Thank you, Kim!\nSee you at the tasting.';

interface EditorCase {
  name: string;
  selector: string;
  state: 'reactValue' | 'draftText' | 'lexicalText';
  /** The way in that the chain picks for a multi-line text. */
  method: string;
}
const EDITORS: EditorCase[] = [
  { name: 'a React-controlled textarea', selector: '#react-reply', state: 'reactValue', method: 'value-setter' },
  { name: 'a Draft.js editor', selector: '#draft-reply .public-DraftEditor-content', state: 'draftText', method: 'paste' },
  { name: 'a Lexical editor', selector: '#lexical-reply', state: 'lexicalText', method: 'paste' },
];

let server: SiteServer;
let browser: ExtensionBrowser;
let extensionPage: Page;

beforeAll(async () => {
  server = new SiteServer().page(PAGE_URL, editorsPage()).page('https://x.com/editors-lab/editors.js', await buildEditorsScript(), 'text/javascript');
  await server.start();
  browser = await launchWithExtension({ serverPort: server.port });
  extensionPage = await browser.openExtensionPage('sidepanel.html');
  await putRows(extensionPage, 'replyTemplates', [
    { title: 'Thanks', text: '{Thanks|Thanks}, {name}!\nSee you at {brand}.', folder: 'Greetings', shortcut: ';thanks', networks: [], usageCount: 0, createdAt: 1, updatedAt: 1 },
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openEditors(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(PAGE_URL);
  await page.waitForFunction(() => 'editors' in window);
  return page;
}

const stateOf = (page: Page, state: EditorCase['state']) =>
  page.evaluate((name) => (window as unknown as { editors: Record<string, () => string> }).editors[name]!(), state);

describe.each(EDITORS)('$name', ({ selector, state, method }) => {
  it('takes the reply once, with its line breaks, in the editor\'s own state', async () => {
    const page = await openEditors();
    const result = await page.evaluate(
      ([target, text]) => (window as unknown as { editors: { insert: (s: string, t: string) => Promise<unknown> } }).editors.insert(target, text),
      [selector, REPLY] as const,
    );
    expect(result).toMatchObject({ verified: true, method });
    await eventually(async () => expect(await stateOf(page, state)).toBe(REPLY));
    if (state === 'reactValue') expect(await page.locator('#react-post').isEnabled()).toBe(true);
    await page.close();
  });

  it('replaces a typed shortcut and Tab with the rendered template, through the content script', async () => {
    const page = await openEditors();
    await page.locator(selector).click();
    await page.keyboard.type('Hi ;thanks');
    await page.keyboard.press('Tab');
    await eventually(async () => expect(await stateOf(page, state)).toBe('Hi Thanks, [name]!\nSee you at [brand].'));
    await page.screenshot({ path: shotPath(`replies-editor-${state}`) });
    await page.close();
  });
});

it('a one-line reply goes into Lexical as a beforeinput insertText, once', async () => {
  const page = await openEditors();
  const result = await page.evaluate(
    (text) => (window as unknown as { editors: { insert: (s: string, t: string) => Promise<unknown> } }).editors.insert('#lexical-reply', text),
    'Thanks, Kim!',
  );
  expect(result).toMatchObject({ verified: true, method: 'beforeinput' });
  await eventually(async () => expect(await stateOf(page, 'lexicalText')).toBe('Thanks, Kim!'));
  await page.close();
});

it('counts each shortcut used on the template', async () => {
  await eventually(async () => {
    const [template] = await readTable<{ usageCount: number; lastUsedAt?: number }>(extensionPage, 'replyTemplates');
    expect(template!.usageCount).toBe(EDITORS.length);
    expect(template!.lastUsedAt).toBeGreaterThan(0);
  });
});
