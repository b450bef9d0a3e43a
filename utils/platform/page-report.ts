import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendCommand } from './messages';
import type { Network } from '../networks/types';
import { postIdFromUrl } from '../capture/post-url';

/** The page as the side panel should know it (see utils/platform/active-page.ts). */
export function pageReportOf(network: Network, url: URL) {
  const postId = postIdFromUrl(network, url);
  return postId ? { url: url.href, network, postId } : { url: url.href, network };
}

/** Content script: tells the background which page this tab shows, now and whenever that changes. */
export function reportActivePage(ctx: ContentScriptContext, network: Network): void {
  const report = (url = new URL(location.href)) => {
    if (!ctx.isValid) return;
    sendCommand('page.report', pageReportOf(network, url)).catch((error: unknown) =>
      console.debug('[SMM Deck] could not report the page', error),
    );
  };
  report();
  ctx.addEventListener(window, 'wxt:locationchange', (event) => report(event.newUrl));
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') report();
  });
}
