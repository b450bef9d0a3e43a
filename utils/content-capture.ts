/** What every network's content script runs: the page watcher feeding the capture outbox. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CaptureOutbox } from './capture-outbox';
import { sendCommand } from './messages';
import type { NetworkAdapter } from './networks/types';
import { watchPage } from './page-watcher';

export function startCapture(ctx: ContentScriptContext, adapter: NetworkAdapter): void {
  const outbox = new CaptureOutbox({
    send: (capture, pageUrl) => sendCommand('capture.store', { pageUrl, capture }),
    onError: (error) => console.debug('[SMM Deck] capture not stored yet, will retry', error),
  });
  try {
    const watcher = watchPage({
      adapter,
      document,
      currentUrl: () => new URL(location.href),
      onCapture: (capture, url) => outbox.add(capture, url.href),
      signal: ctx.signal,
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.rescan());
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'hidden') void outbox.flush();
    });
    ctx.onInvalidated(() => outbox.dispose());
  } catch (error) {
    // A page we cannot read must never break the page itself.
    console.error('[SMM Deck] capture stopped on this page', error);
  }
}
