/**
 * The Clip buttons on social pages:
 * - one beside each post's engagement badge, clipping the post as the adapter read it (author,
 *   time, text, permalink and its metrics with the author's followers, the evidence of why it works);
 * - one floating button that appears by the trend or hashtag link under the pointer (or keyboard
 *   focus). One delegated listener serves the whole page, so nothing is scanned or observed.
 * Each confirms in the page's popover; nothing navigates away.
 */
import { clipAndConfirm } from './confirm';
import type { ClipDraft } from './draft';
import { trendAt, type FoundTrend } from './trends';
import { BADGE_TAG } from '../capture/post-badge';
import { t } from '../platform/i18n';
import type { CapturedPost, Network } from '../networks/types';
import { createShadowHost, fillShadow } from '../platform/shadow-host';

export const CLIP_BUTTON_TAG = 'smm-deck-clip';
export const TREND_BUTTON_TAG = 'smm-deck-trend-clip';

const BUTTON_STYLE = `
:host { all: initial; display: inline-flex; margin: 4px 0 4px 6px; vertical-align: middle; }
button {
  font: 600 12px/18px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; padding: 0 8px; border-radius: 9px;
  border: 1px solid #2f6feb; background: #fff; color: #2f6feb; cursor: pointer; white-space: nowrap;
}
button:hover, button:focus-visible { background: #e8f0fe; }
`;

/** Each post element's button, with what it clips now (the post's latest reading). */
const postButtons = new WeakMap<Element, { host: Element; clip: () => ClipDraft }>();

/** Puts a Clip button beside the post's badge, or refreshes what it clips. */
export function renderPostClipButton(element: Element, clip: () => ClipDraft): void {
  const existing = postButtons.get(element);
  if (existing?.host.isConnected) {
    existing.clip = clip;
    return;
  }
  const entry = { host: clipButton(element.ownerDocument, CLIP_BUTTON_TAG, (button) => void clipAndConfirm(element.ownerDocument, entry.clip(), button)), clip };
  postButtons.set(element, entry);
  entry.host.setAttribute('data-for', element.localName);
  // Custom elements draw their own shadow DOM, so the badge and the button go after them.
  if (element.localName.includes('-')) {
    const badge = element.nextElementSibling?.localName === BADGE_TAG ? element.nextElementSibling : element;
    badge.after(entry.host);
  } else {
    element.append(entry.host);
  }
}

export function removeClipButtons(root: ParentNode): void {
  root.querySelectorAll(`${CLIP_BUTTON_TAG}, ${TREND_BUTTON_TAG}`).forEach((button) => button.remove());
}

export function postClipDraft(post: CapturedPost, followers: number | undefined): ClipDraft {
  const author = post.authorName ?? `@${post.authorHandle}`;
  const text = post.text?.replace(/\s+/g, ' ').trim();
  const draft: ClipDraft = {
    kind: 'post',
    url: post.url,
    title: text ? `${author}: ${text.length > 120 ? `${text.slice(0, 119)}…` : text}` : author,
    byline: author,
    siteName: new URL(post.url).hostname.replace(/^www\./, ''),
    post: {
      network: post.network,
      postId: post.postId,
      handle: post.authorHandle,
      url: post.url,
      metrics: post.metrics,
    },
  };
  if (post.publishedAt) draft.publishedAt = draft.post!.publishedAt = post.publishedAt;
  if (post.authorName) draft.post!.authorName = post.authorName;
  if (post.text) draft.text = draft.post!.text = post.text;
  if (followers !== undefined) draft.post!.followers = followers;
  return draft;
}

export function trendClipDraft({ url, trend }: FoundTrend): ClipDraft {
  return { kind: 'trend', url, title: trend.name, trend };
}

export interface TrendButtonOptions {
  document: Document;
  network: Network;
  /** Read on every hover: the buttons follow the badges setting. */
  enabled: () => boolean;
  signal: AbortSignal;
}

/** The floating Clip button by the trend or hashtag under the pointer or focus. */
export function watchTrendLinks({ document, network, enabled, signal }: TrendButtonOptions): void {
  let current: FoundTrend | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const host = clipButton(document, TREND_BUTTON_TAG, (button) => {
    if (current) void clipAndConfirm(document, trendClipDraft(current), button);
  });
  host.setAttribute('style', 'position: fixed; z-index: 2147483646; margin: 0;');
  const hide = () => {
    current = undefined;
    host.remove();
  };
  const show = (event: Event) => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || event.composedPath().includes(host)) {
      clearTimeout(hideTimer);
      return;
    }
    const found = enabled() ? trendAt(target, new URL(location.href), network) : undefined;
    if (!found) {
      clearTimeout(hideTimer);
      if (current) hideTimer = setTimeout(hide, 400);
      return;
    }
    clearTimeout(hideTimer);
    current = found;
    const rect = found.element.getBoundingClientRect();
    // After a hashtag link; inside a trend cell's right end, left of X's "More" button.
    const left = found.element.localName === 'a' ? rect.right + 4 : rect.right - 96;
    host.style.setProperty('left', `${Math.max(0, Math.min(left, innerWidth - 80))}px`);
    host.style.setProperty('top', `${rect.top + rect.height / 2 - 13}px`);
    host.shadowRoot!.querySelector('button')!.title = t('clipTrendTitle', found.trend.name);
    if (!host.isConnected) document.documentElement.append(host);
  };
  document.addEventListener('pointerover', show, { signal, passive: true });
  document.addEventListener('focusin', show, { signal });
  document.addEventListener('scroll', hide, { signal, passive: true, capture: true });
  signal.addEventListener('abort', () => {
    clearTimeout(hideTimer);
    hide();
  });
}

function clipButton(document: Document, tag: string, onClick: (button: Element) => void): HTMLElement {
  const { host, root } = createShadowHost(document, tag);
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t('clipButton');
  button.title = t('clipButtonTitle');
  button.addEventListener('click', (event) => {
    // The post or trend around the button is a link: the click is the button's alone.
    event.preventDefault();
    event.stopPropagation();
    onClick(host);
  });
  fillShadow(root, BUTTON_STYLE, button);
  return host;
}
