/**
 * Watches a social page for posts, and for whatever else a feature reads from it (a post's
 * comments): a full read at start and after each in-app navigation, then only what the page adds
 * or changes. Mutations are collected by one observer for all readers and handled on the next
 * idle period, never inside the observer callback, so the page does not feel the extension.
 *
 *   load / rescan ──▶ every post element ─┐
 *   MutationObserver ──▶ changed nodes ──idle──▶ their post elements ─┴─▶ adapter.extract(element)
 *                                 │                                      ──▶ onPosts([{ element, post }])
 *                                 └──idle──▶ each reader's own roots ──▶ reader.read(roots)
 *   account header (bounded search) ──▶ onAccount(account)
 */
import type { CapturedAccount, CapturedPost, NetworkAdapter } from '../networks/types';

export interface FoundPost {
  element: Element;
  post: CapturedPost;
}

/** Another feature's reading of the same page, fed by the same observer. */
export interface PageReader {
  /** The elements it reads one at a time; a change inside one is read as that whole element. */
  selector: string;
  read(roots: Iterable<Element | Document>, pageUrl: URL): void;
}

export interface PageWatcherOptions {
  adapter: NetworkAdapter;
  document: Document;
  /** The page's current URL (single-page apps change it without a reload). */
  currentUrl: () => URL;
  onPosts: (found: FoundPost[], pageUrl: URL) => void;
  onAccount: (account: CapturedAccount, pageUrl: URL) => void;
  signal: AbortSignal;
  readers?: readonly PageReader[];
  /** Defers work to an idle moment; tests pass their own. */
  schedule?: (task: () => void) => void;
}

/** How many idle periods to keep looking for an account header that renders after the posts. */
const ACCOUNT_SEARCH_LIMIT = 10;

/** Elements SMM Deck itself adds to pages (badges, buttons); their insertion is not a page change. */
export const OWN_ELEMENT_PREFIX = 'SMM-DECK-';

export function watchPage(options: PageWatcherOptions): { rescan: () => void } {
  const { adapter, document, currentUrl, onPosts, onAccount, signal, readers = [] } = options;
  const schedule = options.schedule ?? scheduleWhenIdle;
  const pending = new Set<Node>();
  let flushQueued = false;
  let accountFound = false;
  let accountSearches = 0;

  const readPosts = (roots: Iterable<Element | Document>) => {
    const url = currentUrl();
    const found: FoundPost[] = [];
    for (const root of roots) {
      for (const element of postElements(root, adapter.postSelector)) {
        for (const post of adapter.extract(element, url).posts) found.push({ element, post });
      }
    }
    if (found.length) onPosts(found, url);
  };

  const searchAccount = () => {
    if (accountFound || accountSearches >= ACCOUNT_SEARCH_LIMIT) return;
    accountSearches += 1;
    const url = currentUrl();
    const account = adapter.extractAccount ? adapter.extractAccount(document, url) : adapter.extract(document, url).account;
    if (!account) return;
    accountFound = true;
    onAccount(account, url);
  };

  const flush = () => {
    flushQueued = false;
    if (signal.aborted) return;
    const url = currentUrl();
    for (const reader of readers) reader.read(scanRoots(pending, reader.selector), url);
    const roots = scanRoots(pending, adapter.postSelector);
    pending.clear();
    readPosts(roots);
    searchAccount();
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!node.nodeName.startsWith(OWN_ELEMENT_PREFIX)) pending.add(node);
      }
    }
    if (!flushQueued && pending.size) {
      flushQueued = true;
      schedule(flush);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  const rescan = () => {
    accountFound = false;
    accountSearches = 0;
    for (const reader of readers) reader.read([document], currentUrl());
    readPosts([document]);
    searchAccount();
  };
  rescan();
  return { rescan };
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

/** The outermost post elements at or under `root` (a quoted post inside a post is not its own). */
export function postElements(root: Element | Document, postSelector: string): Element[] {
  if (root instanceof Element && root.matches(postSelector)) return [root];
  const all = [...root.querySelectorAll(postSelector)];
  return all.filter((element) => !element.parentElement?.closest(postSelector));
}

/** Runs `task` in the next idle period (within 250 ms), never in the caller's turn. */
export function scheduleWhenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 250 });
  else setTimeout(task, 50);
}
