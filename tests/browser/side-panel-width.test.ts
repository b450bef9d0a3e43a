import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { shotPath } from './harness/shots';
import { SiteServer } from './harness/site-server';

/** Chrome's side panel can be dragged down to 320 px: every tool must fit it without a sideways scroll. */
const NARROWEST = 320;
// Listed here rather than imported from utils/platform/tools.ts, whose storage item needs a browser to load.
const TOOLS = ['competitors', 'ideas', 'plan', 'replies', 'contest'];

let server: SiteServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await new SiteServer().start();
  browser = await launchWithExtension({ serverPort: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the side panel at its narrowest', () => {
  it.each(TOOLS)('the %s tool fits 320 px', async (tool) => {
    const panel = await browser.openExtensionPage('sidepanel.html');
    await panel.setViewportSize({ width: NARROWEST, height: 800 });
    await panel.locator(`.tool-nav__tab[data-tool="${tool}"]`).click();
    await panel.locator(`main.tool[data-tool="${tool}"] > *`).first().waitFor();
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROWEST);
    await panel.screenshot({ path: shotPath(`side-panel-${tool}-320`), fullPage: true });
    await panel.close();
  });

  it('lists every tool the navigation has', async () => {
    const panel = await browser.openExtensionPage('sidepanel.html');
    const tabs = await panel.locator('.tool-nav__tab').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-tool')));
    expect(tabs).toEqual(TOOLS);
    await panel.close();
  });
});
