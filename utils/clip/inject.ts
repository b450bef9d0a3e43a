/**
 * Clipping any site without host permissions: after the user's gesture (a menu click, the
 * keyboard shortcut, the popup's button) `activeTab` lets the extension into that one tab, and
 * the clipper is injected there on demand:
 *
 *   gesture ──▶ scripting.executeScript(files: clipper.js) ──▶ executeScript(func: clipper.clip(request))
 *                                                               └──▶ clip.save ──▶ popover in the page
 */
import { browser, type Browser } from 'wxt/browser';
import type { ClipOutcome } from './popover';
import { t } from '../platform/i18n';

export const CLIPPER_SCRIPT = '/clipper.js';

export type ClipRequest = { mode: 'page' } | { mode: 'selection' } | { mode: 'link'; linkUrl: string };

/** The name under which the clipper leaves its entry point for the `func` injected after it. */
export const CLIPPER_GLOBAL = 'smmDeckClipper';

export interface Clipper {
  clip(request: ClipRequest): Promise<ClipOutcome>;
}

export const CLIP_MENU_IDS = { page: 'clip-page', selection: 'clip-selection', link: 'clip-link' } as const;

/** The Clip entries of the page, selection and link menus; made when the extension is installed or updated. */
export function createClipMenus(): void {
  browser.contextMenus.create({ id: CLIP_MENU_IDS.page, title: t('clipMenuPage'), contexts: ['page'] });
  browser.contextMenus.create({ id: CLIP_MENU_IDS.selection, title: t('clipMenuSelection'), contexts: ['selection'] });
  browser.contextMenus.create({ id: CLIP_MENU_IDS.link, title: t('clipMenuLink'), contexts: ['link'] });
}

export function clipRequestForMenu(info: Browser.contextMenus.OnClickData): ClipRequest | undefined {
  switch (info.menuItemId) {
    case CLIP_MENU_IDS.page:
      return { mode: 'page' };
    case CLIP_MENU_IDS.selection:
      return { mode: 'selection' };
    case CLIP_MENU_IDS.link:
      return info.linkUrl ? { mode: 'link', linkUrl: info.linkUrl } : undefined;
    default:
      return undefined;
  }
}

/** Clips in the tab; a page the browser keeps extensions out of (the Web Store, chrome://) says why. */
export async function clipTab(tabId: number, request: ClipRequest): Promise<ClipOutcome> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CLIPPER_SCRIPT] });
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: (name: string, clipRequest: ClipRequest) => (globalThis as unknown as Record<string, Clipper>)[name]!.clip(clipRequest),
      args: [CLIPPER_GLOBAL, request],
    });
    return (result?.result as ClipOutcome | undefined) ?? { ok: false, error: t('clipNoAnswer') };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** From the background, where there is no page to show a failure in: a notification says it. */
export async function clipTabOrNotify(tabId: number | undefined, request: ClipRequest): Promise<void> {
  const outcome = tabId === undefined ? { ok: false as const, error: t('clipNoTab') } : await clipTab(tabId, request);
  if (outcome.ok) return;
  await browser.notifications.create({
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('extName'),
    message: t('clipFailed', outcome.error),
  });
}

export function onClipMenuClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  const request = clipRequestForMenu(info);
  return request ? clipTabOrNotify(tab?.id, request) : Promise.resolve();
}
