/**
 * Watches a social page for posts: a full read at start and after each in-app navigation, then
 * only what the page adds. Mutations are collected by one observer and handled on the next idle
 * period, never inside the observer callback, so the page does not feel the extension.
 *
 *   load / locationchange ──▶ extract(document) ─┐
 *   MutationObserver ──▶ added nodes ──idle──▶ closest post ──▶ extract(post) ─┴─▶ onCapture(changed only)
 */
import type { CapturedPost, NetworkAdapter, PageCapture } from './networks/types';

export interface PageWatcherOptions {
  adapter: NetworkAdapter;
  document: Document;
  /** The page's current URL (single-page apps change it without a reload). */
  currentUrl: () => URL;
  /** Called with what is new or changed since the last call. */
  onCapture: (capture: PageCapture, pageUrl: URL) => void;
  signal: AbortSignal;
  /** Defers work to an idle moment; tests pass a synchronous one. */
  schedule?: (task: () => void) => void;
}

/** How long to keep looking for an account header that renders after the posts. */
const ACCOUNT_SEARCH_LIMIT = 10;

export function watchPage(options: PageWatcherOptions): { rescan: () => void } {
  const { adapter, document, currentUrl, onCapture, signal } = options;
  const schedule = options.schedule ?? scheduleWhenIdle;
  const sent = new Map<string, string>();
  const pending = new Set<Node>();
  let flushQueued = false;
  let accountSent = false;
  let accountSearches = 0;

  const report = (capture: PageCapture, url: URL) => {
    const account = capture.account && !accountSent ? capture.account : undefined;
    if (account) accountSent = true;
    const posts = capture.posts.filter((post) => rememberIfChanged(sent, post));
    if (account || posts.length) onCapture({ ...(account ? { account } : {}), posts }, url);
  };

  const scanDocument = () => {
    const url = currentUrl();
    report(adapter.extract(document, url), url);
  };

  const flush = () => {
    flushQueued = false;
    if (signal.aborted) return;
    const url = currentUrl();
    const roots = scanRoots(pending, adapter.postSelector);
    pending.clear();
    const posts: CapturedPost[] = [];
    for (const root of roots) posts.push(...adapter.extract(root, url).posts);
    report({ posts }, url);
    // Profile headers often render after the first posts; look again, a bounded number of times.
    if (!accountSent && accountSearches < ACCOUNT_SEARCH_LIMIT) {
      accountSearches += 1;
      const account = adapter.extract(document, url).account;
      if (account) report({ account, posts: [] }, url);
    }
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.addedNodes.length === 0) continue;
      pending.add(record.target);
    }
    if (!flushQueued && pending.size) {
      flushQueued = true;
      schedule(flush);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  scanDocument();
  return {
    /** After an in-app navigation: forget the account and read the whole new page. */
    rescan: () => {
      accountSent = false;
      accountSearches = 0;
      scanDocument();
    },
  };
}

/**
 * The smallest set of subtrees to re-read: each changed node's enclosing post, or the node itself
 * when it is not inside a post; nodes inside another root are dropped.
 */
export function scanRoots(changed: Iterable<Node>, postSelector: string): Element[] {
  const roots = new Set<Element>();
  for (const node of changed) {
    const element = node instanceof Element ? node : node.parentElement;
    if (!element || !element.isConnected) continue;
    roots.add(element.closest(postSelector) ?? element);
  }
  return [...roots].filter((root) => ![...roots].some((other) => other !== root && other.contains(root)));
}

/** True when the post is new or its fields changed since it was last reported. */
function rememberIfChanged(sent: Map<string, string>, post: CapturedPost): boolean {
  const key = `${post.network}\u0000${post.postId}`;
  const signature = JSON.stringify(post);
  if (sent.get(key) === signature) return false;
  sent.set(key, signature);
  return true;
}

function scheduleWhenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 250 });
  else setTimeout(task, 50);
}
