import type { ExtensionBrowser } from './chromium';

/**
 * Chrome's own context menu is browser UI that no automation can click. The background leaves
 * its menu handler as `smmDeckContextMenuClicked`; this calls it in the worker with the same info
 * object and tab that Chrome passes when the user picks an entry.
 */
export async function clickContextMenu(browser: ExtensionBrowser, pageUrl: string, info: Record<string, unknown>): Promise<void> {
  const tabId = await tabIdOf(browser, pageUrl);
  await browser.worker.evaluate(
    ({ clickData, id }) =>
      (globalThis as unknown as { smmDeckContextMenuClicked(info: unknown, tab: unknown): Promise<void> }).smmDeckContextMenuClicked(clickData, { id }),
    { clickData: { editable: false, frameId: 0, pageUrl, ...info }, id: tabId },
  );
}

/** The newest tab at that address: a closed page's tab may still be listed for a moment. */
export function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  return browser.worker.evaluate(async (address) => {
    const tabs = await (globalThis as unknown as ChromeTabs).chrome.tabs.query({ url: address });
    return Math.max(...tabs.map((tab) => tab.id));
  }, url);
}

export interface ChromeTabs {
  chrome: {
    tabs: {
      query(filter: object): Promise<{ id: number; url?: string; windowId: number }[]>;
      get(id: number): Promise<{ id: number; windowId: number }>;
      create(properties: object): Promise<{ id: number }>;
    };
  };
}
