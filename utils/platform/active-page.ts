/**
 * Which page the user is looking at, for the side panel's tools, without the `tabs` permission
 * (which alone would reveal a tab's URL):
 *
 *   content script ──page.report {url, network, postId?}──▶ background ──▶ storage.session
 *     (load, in-app navigation, tab shown again)             activePage.<tabId>
 *   side panel: tabs.query({active, currentWindow}) → tab id ──watch──▶ ActivePage | undefined
 *
 * A tab that starts loading another page, or closes, loses its entry, so a page without SMM Deck's
 * content script reads as "no page" rather than as the page before it.
 */
import { browser } from 'wxt/browser';
import type { Network } from '../networks/types';

/** What a content script says about its page. */
export interface PageReport {
  url: string;
  network: Network;
  /** The post whose own page this is. */
  postId?: string;
}

export interface ActivePage extends PageReport {
  tabId: number;
}

/** The part of `browser.storage.session` this file uses (tests give a fake one). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const KEY_PREFIX = 'activePage.';
export const activePageKey = (tabId: number) => `${KEY_PREFIX}${tabId}`;

/** Background: keeps what a tab's content script reported. */
export async function rememberActivePage(area: SessionArea, tabId: number, report: PageReport): Promise<void> {
  const page: ActivePage = { tabId, url: report.url, network: report.network };
  if (report.postId) page.postId = report.postId;
  await area.set({ [activePageKey(tabId)]: page });
}

/** Background: a tab that closes or starts loading a new document forgets its page. */
export function forgetPagesOfClosedAndReloadedTabs(): void {
  const forget = (tabId: number) => void browser.storage.session.remove(activePageKey(tabId));
  browser.tabs.onRemoved.addListener((tabId) => forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forget(tabId);
  });
}

/**
 * Side panel: calls `callback` with the page of this window's active tab now and whenever the
 * user switches tabs or the page reports a change; returns the function that stops watching.
 */
export function watchActivePage(callback: (page: ActivePage | undefined) => void): () => void {
  let activeTabId: number | undefined;
  let stopped = false;

  const publish = async () => {
    const tabId = activeTabId;
    const page = tabId === undefined ? undefined : await readActivePage(tabId);
    if (!stopped && tabId === activeTabId) callback(page);
  };
  const refreshActiveTab = async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    activeTabId = tab?.id;
    await publish();
  };
  const onActivated = () => void refreshActiveTab();
  const onStorage = (changes: Record<string, unknown>) => {
    if (activeTabId !== undefined && activePageKey(activeTabId) in changes) void publish();
  };

  browser.tabs.onActivated.addListener(onActivated);
  browser.storage.session.onChanged.addListener(onStorage);
  void refreshActiveTab();
  return () => {
    stopped = true;
    browser.tabs.onActivated.removeListener(onActivated);
    browser.storage.session.onChanged.removeListener(onStorage);
  };
}

async function readActivePage(tabId: number): Promise<ActivePage | undefined> {
  const key = activePageKey(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  return stored && typeof stored === 'object' ? (stored as ActivePage) : undefined;
}
