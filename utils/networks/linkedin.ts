import { parseCount } from './count';
import { attr, capturePage, compact, countBefore, multilineTextOf, safely, textOf } from './dom';
import { ownParts, readFirst } from './parts';
import type { CapturedAccount, CapturedPost, NetworkAdapter, PostMetrics } from './types';

/**
 * LinkedIn: the feed, a company's posts, a person's activity, a profile's activity previews and a
 * single post. Every post is a `.feed-shared-update-v2` whose `data-urn` is its activity urn.
 *
 * postId is the activity number (`urn:li:activity:7252025923942678530` → `7252025923942678530`);
 * only activity urns are read (aggregates and sponsored `urn:li:sponsoredContent` are not posts of
 * the page), so the number alone is unambiguous and the permalink is rebuilt from it.
 */
const HOSTS = new Set(['www.linkedin.com', 'linkedin.com']);
const ORIGIN = 'https://www.linkedin.com';
const POST = '.feed-shared-update-v2[data-urn^="urn:li:activity:"], [data-id^="urn:li:activity:"]';
const ACTIVITY = /^urn:li:activity:(\d{6,25})$/;

/** What belongs to another post or to the comments: a reshared original, the comment list. */
const FOREIGN = '.update-components-mini-update-v2, .feed-shared-mini-update-v2, .feed-shared-update-v2__comments-container, .comments-comments-list, .comments-comment-list__container';
const ACTOR_LINK = 'a.update-components-actor__meta-link, a.update-components-actor__image, .update-components-actor__container a[href], .feed-shared-actor__container-link';
const ACTOR_NAME = '.update-components-actor__title span[aria-hidden="true"], .update-components-actor__name span[aria-hidden="true"], .feed-shared-actor__name span[aria-hidden="true"]';
const TEXT = '.update-components-text, .feed-shared-text';
const COUNTS = '.social-details-social-counts';
const REACTIONS = '.social-details-social-counts__reactions, button[data-reaction-details]';
/** "… and 150 others", "… и ещё 150": the one named plus the others. */
const SOCIAL_PROOF = /(?:^|\s)(?:and|и ещё|и еще)\s+(\d(?:[\d\u00a0\u202f ,.]*\d)?)(?:\s+(?:others?|другим|других))?\s*$/iu;
const HEADER = '.update-components-header__text-view, .update-components-header__text, .feed-shared-header__text';

/** "X reposted this", "X сделал(а) репост": the post shown is the original, shared by X. */
const REPOSTED = /\s*(?:reposted this|reposted|сделал\(?а?\)? репост(?: этого)?|поделил(?:ся|ась)(?: этим)?)\s*$/i;

const METRIC_WORDS: readonly [RegExp, keyof PostMetrics][] = [
  [/reaction|реакци/i, 'likes'],
  [/comment|коммент/i, 'comments'],
  [/repost|share|репост/i, 'shares'],
  [/view|impression|просмотр/i, 'views'],
];
/** Where a company's or person's page shows its followers count. */
const FOLLOWERS = '.org-top-card-summary-info-list__info-item, .org-top-card-summary-info-list, .pvs-header__optional-link, .pv-top-card--list li';
/** Profile path kinds whose second segment is the account's slug. */
const ACCOUNT_KINDS = new Set(['in', 'company', 'showcase', 'school']);

export const linkedinAdapter: NetworkAdapter = {
  network: 'linkedin',
  postSelector: POST,
  matches: (url) => HOSTS.has(url.hostname.toLowerCase()),
  extract: (root, url) => capturePage(root, POST, readPost, (page) => readAccount(page, url)),
  extractAccount: (doc, url) => safely(() => readAccount(doc, url)),
};


function activityId(el: Element): string | undefined {
  const urn = attr(el, 'data-urn') ?? attr(el, 'data-id');
  return ACTIVITY.exec(urn ?? '')?.[1];
}

function readPost(element: Element): CapturedPost | undefined {
  // The `data-id` wrapper and the update inside it are one post; the inner one carries it.
  const inner = element.matches('[data-id]') ? element.querySelector('.feed-shared-update-v2[data-urn]') : null;
  const post = inner && activityId(inner) === activityId(element) ? inner : element;
  const id = activityId(post);
  if (!id) return undefined;
  // A reshared original or the comments under the post are not its own.
  const own = ownParts(post, FOREIGN);
  const actorHandle = own.find(ACTOR_LINK, (a) => handleFromHref(attr(a, 'href')));
  if (!actorHandle) return undefined;
  const actorName = textOf(own.first(ACTOR_NAME)) || undefined;
  const header = own.first(HEADER);
  const reposter = reposterOf(header);
  // A repost whose reposter cannot be read is skipped rather than credited to the original's author.
  if (!reposter && REPOSTED.test(textOf(header))) return undefined;

  return compact({
    network: 'linkedin' as const,
    postId: id,
    url: `${ORIGIN}/feed/update/urn:li:activity:${id}/`,
    authorHandle: reposter?.handle ?? actorHandle,
    authorName: reposter ? reposter.name : actorName,
    publishedAt: publishedAtOf(id),
    text: multilineTextOf(own.first(TEXT), '.visually-hidden, button'),
    metrics: metricsOf(own.first(COUNTS)),
    repostOf: reposter ? actorHandle : undefined,
  });
}

/**
 * An activity id (a comment's id too) is a snowflake: its top 41 bits are the Unix time in
 * milliseconds when it was made. The page itself only prints vague ages ("6mo", "2 days ago"), so
 * this is the exact date.
 */
export function publishedAtOf(id: string): string | undefined {
  const ms = Number(BigInt(id) >> 22n);
  // Before LinkedIn's snowflake ids (2013) or in the future: not a timestamp.
  return ms > 1_350_000_000_000 && ms < Date.now() + 86_400_000 ? new Date(ms).toISOString() : undefined;
}

function reposterOf(header: Element | undefined): { handle: string; name?: string } | undefined {
  const text = textOf(header);
  if (!header || !REPOSTED.test(text)) return undefined;
  const wrapper = header.closest('.update-components-header, .feed-shared-header') ?? header.parentElement;
  const link = Array.from(wrapper?.querySelectorAll('a[href]') ?? []).find((a) => handleFromHref(attr(a, 'href')));
  const handle = handleFromHref(attr(link, 'href'));
  if (!handle) return undefined;
  const name = text.replace(REPOSTED, '').trim();
  return compact({ handle, name: name || undefined });
}

/**
 * The counts bar under a post. Its buttons' labels are exact ("134 reactions", "23 comments",
 * "12 reposts of Ann's post"); the visible texts are the fallback. LinkedIn leaves a count out at
 * zero, but a missing item may also be a damaged one, so a count not shown stays absent.
 */
function metricsOf(bar: Element | undefined): PostMetrics {
  const metrics: PostMetrics = {};
  if (!bar) return metrics;
  const reactions = bar.querySelector(REACTIONS);
  const likes = reactionsOf(reactions);
  if (likes !== undefined) metrics.likes = likes;
  for (const el of Array.from(bar.querySelectorAll('button, [aria-label]'))) {
    // The reactions button may name a connection ("Sharon Lee and 5 others"): never a metric word.
    if (reactions?.contains(el)) continue;
    const label = attr(el, 'aria-label') ?? '';
    const shown = textOf(el);
    for (const text of [label, shown]) {
      const metric = METRIC_WORDS.find(([word]) => word.test(text))?.[1];
      const count = metric && metrics[metric] === undefined ? parseCount(text) : undefined;
      if (metric && count !== undefined) metrics[metric] = count;
    }
  }
  return metrics;
}

/**
 * The reactions count: "134 reactions" in the button's label, or, when a connection reacted, the
 * label names them ("Justin Wolz and 150 others", "Иван Петров и ещё 150") and the total is the
 * hidden `social-proof-fallback-number` (151); the visible count node is the last resort.
 */
function reactionsOf(reactions: Element | null): number | undefined {
  if (!reactions) return undefined;
  const button = reactions.matches('button') ? reactions : reactions.querySelector('button');
  const label = attr(button, 'aria-label') ?? '';
  if (/reaction|реакци/i.test(label)) return parseCount(label);
  const total = parseCount(textOf(reactions.querySelector('.social-details-social-counts__social-proof-fallback-number')));
  if (total !== undefined) return total;
  const shown = parseCount(textOf(reactions.querySelector('.social-details-social-counts__reactions-count')));
  if (shown !== undefined) return shown;
  const others = SOCIAL_PROOF.exec(label || textOf(reactions.querySelector('.social-details-social-counts__social-proof-text')));
  const count = others ? parseCount(others[1]) : undefined;
  return count === undefined ? undefined : count + 1;
}

/** The slug in `/in/<slug>/`, `/company/<slug>/posts/`, `https://www.linkedin.com/in/slug?mini…`. */
export function handleFromHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  const path = safely(() => new URL(href, ORIGIN));
  if (!path || !HOSTS.has(path.hostname.toLowerCase())) return undefined;
  const [kind, slug] = path.pathname.split('/').filter(Boolean);
  if (!kind || !slug || !ACCOUNT_KINDS.has(kind)) return undefined;
  const decoded = safely(() => decodeURIComponent(slug)) ?? slug;
  return /^[\p{L}\p{N}_.-]{2,100}$/u.test(decoded) ? decoded : undefined;
}

/** The company or person whose page this is; none on the feed or a single post. */
function readAccount(doc: ParentNode, url: URL): CapturedAccount | undefined {
  const [kind, slug] = url.pathname.split('/').filter(Boolean);
  if (!kind || !ACCOUNT_KINDS.has(kind)) return undefined;
  const handle = handleFromHref(`/${kind}/${slug ?? ''}/`);
  if (!handle) return undefined;
  const heading = doc.querySelector('.org-top-card-summary__title, h1.text-heading-xlarge, main h1') ?? doc.querySelector('h1');
  const name = textOf(heading);
  return compact({
    network: 'linkedin' as const,
    handle,
    name: name || undefined,
    url: `${ORIGIN}/${kind}/${encodeURIComponent(handle)}/`,
    followers: followersOf(doc),
  });
}

/**
 * "12,345 followers" in a company's top card, or in a profile's top card or Activity header;
 * "1 234 подписчика" in Russian. Only the number right before the word counts (a top card line
 * also says "501-1K employees").
 */
function followersOf(doc: ParentNode): number | undefined {
  return readFirst(doc, FOLLOWERS, (el) => countBefore(textOf(el), 'followers?|подписчик'));
}
