import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipRow } from '../../utils/platform/db';
import { PAYLOADS, payloadPage } from '../fixtures/xss/payloads';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { clickContextMenu } from './harness/context-menu';
import { eventually, readTable } from './harness/extension-db';
import { SiteServer } from './harness/site-server';

/**
 * The XSS corpus, clipped for real in Chromium and opened in the reader view. Every payload sets
 * the document's title to `XSS` if it runs. For each one:
 * 1. the payload page itself shows the flag works (for the payloads that run on a plain load);
 * 2. the clip's stored HTML holds nothing that can run: no scripts, handlers, frames, forms,
 *    styles, SVG or MathML, no `javascript:` or `data:` address;
 * 3. the reader view renders it and its title stays;
 * 4. the stored HTML put into an ordinary web page (no extension CSP to help) runs nothing either.
 */
const pageUrl = (index: number) => `https://news.example/xss/${index}`;
const BLANK = 'https://news.example/blank';

let server: SiteServer;
let browser: ExtensionBrowser;
let sidePanel: Page;

beforeAll(async () => {
  server = new SiteServer().page(BLANK, '<!doctype html><title>Blank</title><body></body>');
  PAYLOADS.forEach((payload, index) => server.page(pageUrl(index), payloadPage(index, payload)));
  await server.start();
  browser = await launchWithExtension({ serverPort: server.port, grantedHosts: ['https://news.example/*'] });
  sidePanel = await browser.openExtensionPage('sidepanel.html');
  await sidePanel.locator('.tool-nav__tab[data-tool="ideas"]').click();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** What in `html` could run or load something other than an http(s) address, read from an inert parse in the browser. */
function dangerousParts(page: Page, html: string): Promise<string[]> {
  return page.evaluate((markup) => {
    const template = document.createElement('template');
    template.innerHTML = markup;
    const forbidden = /^(script|iframe|frame|object|embed|form|input|button|style|link|meta|base|svg|math|template|noscript)$/i;
    const problems: string[] = [];
    for (const element of template.content.querySelectorAll('*')) {
      if (forbidden.test(element.localName)) problems.push(`<${element.localName}>`);
      for (const name of element.getAttributeNames()) {
        const value = (element.getAttribute(name) ?? '').replace(/[\s\u0000-\u001f]/g, '');
        if (/^on|^(style|srcdoc|srcset|formaction|action)$/i.test(name)) problems.push(`${element.localName}[${name}]`);
        if (/^(href|src|xlink:href|data|poster|background)$/i.test(name) && !/^(https?:|mailto:|#)/i.test(value)) problems.push(`${element.localName}[${name}=${value}]`);
      }
    }
    return problems;
  }, html);
}

describe.each(PAYLOADS.map((payload, index) => ({ ...payload, index })))('$name', ({ index, runsInAPage, keepsText }) => {
  it('is clipped into HTML that runs nothing, in the reader view or anywhere else', async () => {
    if (await sidePanel.locator('.reader__back').count()) await sidePanel.locator('.reader__back').click();
    const page = await browser.context.newPage();
    await page.goto(pageUrl(index));
    if (runsInAPage) await eventually(async () => expect(await page.title()).toBe('XSS'), 3_000);
    await clickContextMenu(browser, pageUrl(index), { menuItemId: 'clip-page' });
    const clip = await eventually(async () => {
      const found = (await readTable<ClipRow>(sidePanel, 'clips')).find((row) => row.url === pageUrl(index));
      expect(found?.html).toBeDefined();
      return found!;
    });
    await page.close();
    expect(clip.kind).toBe('article');
    expect(await dangerousParts(sidePanel, clip.html!)).toEqual([]);
    // Some payloads swallow the rest of the page as the browser parses it; the text before them is always there.
    expect(clip.text).toContain('First, Brands that post short videos');
    if (keepsText) expect(clip.text).toContain(keepsText);

    const card = sidePanel.locator(`.ideas__list > li[data-clip-id="${clip.id}"]`);
    await card.locator('[data-action="read"]').click();
    const reader = sidePanel.locator('.reader__content');
    await eventually(async () => expect(await reader.textContent()).toContain('First, Brands that post short videos'));
    await sidePanel.locator('.reader__content a').evaluateAll((links) => links.forEach((link) => link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))));
    expect(await dangerousParts(sidePanel, await reader.innerHTML())).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await sidePanel.title()).toBe('SMM Deck');
    await sidePanel.locator('.reader__back').click();

    // Without the extension page's CSP, in a plain page: still nothing runs.
    const blank = await browser.context.newPage();
    await blank.goto(BLANK);
    await blank.evaluate((html) => {
      document.body.innerHTML = html;
    }, clip.html!);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await blank.title()).toBe('Blank');
    await blank.close();
  });
});
