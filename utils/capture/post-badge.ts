/**
 * The engagement badge SMM Deck puts on each post: one small element per post, its content in a
 * shadow root so the page's styles neither reach in nor leak out.
 */
import { formatNumber, t } from '../platform/i18n';
import { postEngagement, type PostEngagement } from '../dashboard/metrics';
import type { CapturedPost } from '../networks/types';
import { createShadowHost, fillShadow } from '../platform/shadow-host';

export const BADGE_TAG = 'smm-deck-badge';

/** Each post element's badge; position alone cannot tell, since sites insert posts between them. */
const badges = new WeakMap<Element, Element>();

const BADGE_STYLE = `
:host { all: initial; display: inline-flex; margin: 4px 0; }
span {
  font: 600 12px/18px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  padding: 0 8px; border-radius: 9px; background: #2f6feb; color: #fff; cursor: help; white-space: nowrap;
}
span.raw { background: #5f6b7a; }
`;

/** Puts or refreshes the badge of `post` on its element; removes it when the page shows no counts. */
export function renderPostBadge(element: Element, post: CapturedPost, followers: number | undefined): void {
  const engagement = postEngagement(post.metrics, followers);
  const existing = findBadge(element);
  if (!engagement) {
    existing?.remove();
    return;
  }
  const host = existing ?? insertBadge(element);
  const label = host.ownerDocument.createElement('span');
  label.className = engagement.basis === 'interactions' ? 'raw' : 'rate';
  label.textContent = badgeText(engagement);
  fillShadow(host.shadowRoot!, BADGE_STYLE, label);
  // The formula as the host's tooltip: hovering the badge shows it, and tests can read it.
  host.setAttribute('title', badgeFormula(engagement, post));
  host.setAttribute('data-basis', engagement.basis);
  host.setAttribute('data-value', badgeText(engagement));
}

export function removePostBadges(root: ParentNode): void {
  root.querySelectorAll(BADGE_TAG).forEach((badge) => badge.remove());
}

/**
 * Custom elements (Reddit's `shreddit-post`, YouTube's renderers) draw their own shadow DOM and
 * would not show a child, so the badge goes after them; elsewhere it goes inside, at the end.
 */
function insertBadge(element: Element): Element {
  const { host } = createShadowHost(element.ownerDocument, BADGE_TAG);
  badges.set(element, host);
  host.setAttribute('data-for', element.localName);
  if (element.localName.includes('-')) element.after(host);
  else element.append(host);
  return host;
}

function findBadge(element: Element): Element | undefined {
  const badge = badges.get(element);
  return badge?.isConnected ? badge : undefined;
}

function badgeText(engagement: PostEngagement): string {
  if (engagement.basis === 'interactions') return formatNumber(engagement.interactions);
  return `ER ${formatRate(engagement.rate)}%`;
}

function badgeFormula(engagement: PostEngagement, post: CapturedPost): string {
  const { likes, comments, shares } = post.metrics;
  const parts = [
    likes !== undefined && `${t('metricLikes')} ${formatNumber(likes)}`,
    comments !== undefined && `${t('metricComments')} ${formatNumber(comments)}`,
    shares !== undefined && `${t('metricShares')} ${formatNumber(shares)}`,
  ].filter(Boolean).join(' + ');
  switch (engagement.basis) {
    case 'followers':
      return t('badgeErByFollowers', parts, formatNumber(engagement.followers), formatRate(engagement.rate));
    case 'views':
      return t('badgeErByViews', parts, formatNumber(engagement.views), formatRate(engagement.rate));
    case 'interactions':
      return t('badgeInteractions', parts, formatNumber(engagement.interactions));
  }
}

function formatRate(rate: number): string {
  return rate.toLocaleString(undefined, { maximumFractionDigits: rate < 1 ? 2 : 1 });
}
