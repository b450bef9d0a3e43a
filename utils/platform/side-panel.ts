import { browser } from 'wxt/browser';

/**
 * Opens the side panel (Chrome) or sidebar (Firefox). Must run inside the user's gesture: a
 * click in an extension page, an action click or a keyboard command.
 */
export async function openSidePanel(windowId: number | undefined): Promise<void> {
  if (import.meta.env.FIREFOX) {
    await (browser as unknown as FirefoxBrowser).sidebarAction.open();
    return;
  }
  if (windowId !== undefined) await browser.sidePanel.open({ windowId });
}

interface FirefoxBrowser {
  sidebarAction: { open(): Promise<void> };
}
