import { parseCount } from './count';
import { attr, boundedText, capturePage, compact, countBefore, documentOf, multilineTextOf, ownElements, safely, textOf, toIso } from './dom';
import type { CapturedAccount, CapturedPost, NetworkAdapter, PostMetrics } from './types';

/**
 * Threads: profiles (`/@handle`) and a post's page (`/@handle/post/<code>`, with its replies).
 * The markup is Instagram's generated atoms, so only structure is read: a post is a
 * `div[data-pressable-container]`, its permalink the link around its `<time datetime>`, its
 * counts the numbers beside the action bar's icons (svg aria-labels "Like", "Reply", "Repost").
 *
 * postId is the post's code. Permalinks use https://www.threads.com, the host Threads moved to in
 * 2025 (threads.net redirects there), so a post seen on either host is stored once.
 */
const HOSTS = new Set(['www.threads.net', 'threads.net', 'www.threads.com', 'threads.com']);
const ORIGIN = 'https://www.threads.com';
const POST = 'div[data-pressable-container]';
const HANDLE = /^[A-Za-z0-9_.]{1,30}$/;
const POST_HREF = /^(?:https?:\/\/(?:www\.)?threads\.(?:net|com))?\/@([A-Za-z0-9_.]{1,30})\/post\/([A-Za-z0-9_-]{5,40})\/?(?:[?#]|$)/i;
const PROFILE_HREF = /^(?:https?:\/\/(?:www\.)?threads\.(?:net|com))?\/@([A-Za-z0-9_.]{1,30})\/?(?:[?#]|$)/i;

/** The action bar's icons by label (English, Russian); Share has no count and is left out. */
const ICONS: readonly [RegExp, keyof PostMetrics][] = [
  [/^(?:like|unlike|нравится|не нравится)$/i, 'likes'],
  [/^(?:reply|comment|ответить|комментировать|комментарий)$/i, 'comments'],
  [/^(?:repost|reposted|репост|сделать репост)$/i, 'shares'],
];
const PINNED = /^(?:pinned|закреплено|закреплён)$/i;
/** The line above a reposted thread: "brewlabco reposted", "brewlabco сделал(а) репост". */
const REPOSTED = /^@?([A-Za-z0-9_.]{1,30})\s+(?:reposted|сделал\(?а?\)? репост|репостнул\p{L}*)$/iu;

export const threadsAdapter: NetworkAdapter = {
  network: 'threads',
  postSelector: POST,
  matches: (url) => HOSTS.has(url.hostname.toLowerCase()),
  extract(root, url) {
    const doc = documentOf(root);
    const profile = profileHandle(url);
    const name = profile ? profileName(doc) : undefined;
    return capturePage(
      root,
      POST,
      (element) => readPost(element, profile, name),
      (page) => (profile ? readAccount(page, profile, name) : undefined),
    );
  },
  extractAccount(doc, url) {
    const profile = profileHandle(url);
    return profile ? safely(() => readAccount(doc, profile, profileName(doc))) : undefined;
  },
};

function readPost(container: Element, profile: string | undefined, profileNameText: string | undefined): CapturedPost | undefined {
  // A quoted post is a pressable container inside the post: read with its host, never on its own.
  if (container.parentElement?.closest(POST)) return undefined;
  const own = ownElements(container, Array.from(container.querySelectorAll(POST))).all;
  // A post has an action bar; a quoted post (whose container may be all that is left of its host's) has none.
  const icons = own('[role="button"] svg[aria-label]');
  if (!icons.some((svg) => ICONS[0]![0].test(attr(svg, 'aria-label') ?? ''))) return undefined;
  const links = own('a[href*="/post/"]');
  const timed = links.find((a) => a.querySelector('time'));
  const [, handle, code] = POST_HREF.exec(attr(timed ?? links[0], 'href') ?? '') ?? [];
  if (!handle || !code) return undefined;
  // The permalink is the author's: the avatar opening the post names them. A link of another
  // author is a quoted post's whose container could not be told apart.
  const avatar = own('a[href^="/@"]').find((a) => a.querySelector('img'));
  const avatarHandle = PROFILE_HREF.exec(attr(avatar, 'href') ?? '')?.[1];
  if (avatarHandle && avatarHandle.toLowerCase() !== handle.toLowerCase()) return undefined;
  const time = timed?.querySelector('time[datetime]');

  const reposter = reposterOf(own);
  const author = reposter ?? handle;
  return compact({
    network: 'threads' as const,
    postId: code,
    url: `${ORIGIN}/@${handle}/post/${code}`,
    authorHandle: author,
    authorName: profile && author.toLowerCase() === profile.toLowerCase() ? profileNameText : undefined,
    publishedAt: toIso(attr(time, 'datetime')),
    text: postText(own),
    metrics: metricsOf(icons),
    pinned: own('svg[aria-label]').some((svg) => PINNED.test(attr(svg, 'aria-label') ?? '')) || undefined,
    repostOf: reposter ? handle : undefined,
  });
}

/** The reposter named above a reposted thread; undefined when the post is not a repost. */
function reposterOf(own: (selector: string) => Element[]): string | undefined {
  for (const span of own('span')) {
    if (span.childElementCount > 2) continue;
    const shown = textOf(span);
    const match = shown.length <= 60 ? REPOSTED.exec(shown) : null;
    if (!match) continue;
    // The name in the line is the reposter's handle; its link, when there is one, says it exactly.
    const link = span.querySelector('a[href]') ?? span.closest('a[href]');
    return PROFILE_HREF.exec(attr(link, 'href') ?? '')?.[1] ?? match[1];
  }
  return undefined;
}

/**
 * The post's text: its first `span[dir="auto"]` that is not the author's link, a button (a count)
 * or the time, nor a label ("Pinned", "… reposted"). Lines are kept, see multilineTextOf.
 */
function postText(own: (selector: string) => Element[]): string | undefined {
  const span = own('span[dir="auto"]').find((el) => {
    if (el.closest('a, [role="button"], time') || el.querySelector('time')) return false;
    const shown = textOf(el);
    // The author's handle sits in a span of its own around its link.
    const link = el.querySelector('a');
    if (link && textOf(link) === shown) return false;
    return shown !== '' && !PINNED.test(shown) && !REPOSTED.test(shown);
  });
  return multilineTextOf(span);
}

/**
 * Counts beside the action bar's icons. Threads prints none at zero, but a missing number may
 * also be a damaged node, so an icon without a number leaves its metric absent.
 */
function metricsOf(icons: Element[]): PostMetrics {
  const metrics: PostMetrics = {};
  for (const svg of icons) {
    const metric = ICONS.find(([label]) => label.test(attr(svg, 'aria-label') ?? ''))?.[1];
    if (!metric || metrics[metric] !== undefined) continue;
    // The svg's <title> repeats its label; the count is the button's other text.
    const count = parseCount(multilineTextOf(svg.closest('[role="button"]')));
    if (count !== undefined) metrics[metric] = count;
  }
  return metrics;
}

function profileHandle(url: URL): string | undefined {
  const [first, second] = url.pathname.split('/').filter(Boolean);
  const handle = first?.startsWith('@') ? first.slice(1) : undefined;
  return handle && HANDLE.test(handle) && (!second || second === 'replies' || second === 'reposts' || second === 'media')
    ? handle
    : undefined;
}

function profileName(doc: ParentNode): string | undefined {
  return multilineTextOf(doc.querySelector('h1'));
}

function readAccount(doc: ParentNode, handle: string, name: string | undefined): CapturedAccount {
  return compact({
    network: 'threads' as const,
    handle,
    name,
    url: `${ORIGIN}/@${handle}`,
    followers: followersOf(doc),
  });
}

/**
 * "12.3K followers" under the profile's name; the count's `title` holds the exact number. Texts
 * inside posts ("we hit 10K followers!") are not the account's.
 */
function followersOf(doc: ParentNode): number | undefined {
  for (const span of Array.from(doc.querySelectorAll('span[title]'))) {
    if (span.closest(POST) || countBefore(boundedText(span.parentElement), 'followers?|подписчик') === undefined) continue;
    const exact = parseCount(attr(span, 'title'));
    if (exact !== undefined) return exact;
  }
  for (const span of Array.from(doc.querySelectorAll('span[dir="auto"]'))) {
    if (span.closest(POST)) continue;
    const count = countBefore(boundedText(span), 'followers?|подписчик');
    if (count !== undefined) return count;
  }
  return undefined;
}
