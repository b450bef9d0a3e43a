/**
 * How long a post may be on each network, counted the way that network counts: user-perceived
 * characters (grapheme clusters, via Intl.Segmenter) everywhere, except where a network documents
 * its own rule (X weighs characters and links; Mastodon counts every link as 23).
 */
import type { Network } from '../networks/types';

export interface TextLimit {
  /** The most characters a post may have; absent where the network publishes no figure. */
  max?: number;
  /** The limit of a caption under a photo or video, where it differs. */
  mediaCaptionMax?: number;
  maxHashtags?: number;
  /** How the network counts: `x-weighted` is twitter-text's weighted length. */
  counting: 'graphemes' | 'x-weighted';
  /** Every link counts as this many characters, whatever its length. */
  linkLength?: number;
  /** Where the figure comes from. */
  source: string;
}

export const TEXT_LIMITS: Record<Network, TextLimit> = {
  // twitter-text v3 config: 280 weighted, links 23 (t.co), CJK and emoji weigh 2.
  x: { max: 280, counting: 'x-weighted', linkLength: 23, source: 'https://docs.x.com/resources/fundamentals/counting-characters' },
  // Bot API sendMessage: 1-4096 characters; sendPhoto/sendVideo caption: 0-1024 (Premium accounts
  // get 4096 captions in the apps, which the plan does not assume).
  telegram: { max: 4_096, mediaCaptionMax: 1_024, counting: 'graphemes', source: 'https://core.telegram.org/bots/api#sendmessage' },
  // VK's wall.post documents no length; 16 384 is the figure commonly reported for the web form.
  // Not confirmed by VK.
  vk: { max: 16_384, counting: 'graphemes', source: 'https://dev.vk.com/en/method/wall.post (no figure published; unconfirmed)' },
  // A video description: "up to 5,000 characters". Community posts publish no separate figure.
  youtube: { max: 5_000, counting: 'graphemes', source: 'https://support.google.com/youtube/answer/12948449' },
  // Graph API: captions up to 2 200 characters. Hashtags: the API still allows 30, but since
  // December 2025 Instagram's own guidance is at most 5 per post, and more are ignored.
  instagram: { max: 2_200, maxHashtags: 5, counting: 'graphemes', source: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media; @creators, Dec 2025 (5 hashtags)' },
  // A text post's body: 40 000 characters (titles 300).
  reddit: { max: 40_000, counting: 'graphemes', source: 'https://support.reddithelp.com/hc/en-us/articles/360043033952' },
  linkedin: { max: 3_000, counting: 'graphemes', source: 'https://www.linkedin.com/help/linkedin/answer/a528176' },
  // The long-standing status limit; Meta no longer documents it on a help page. Unconfirmed today.
  facebook: { max: 63_206, counting: 'graphemes', source: 'Facebook status limit, widely cited since 2011 (not on a current Meta page; unconfirmed)' },
  // The apps and TikTok Studio take 4 000-character captions; the Content Posting API's `title`
  // takes 2 200 UTF-16 units. The plan is published by hand, so the apps' figure applies.
  tiktok: { max: 4_000, counting: 'graphemes', source: 'https://developers.tiktok.com/doc/content-posting-api-reference-direct-post (2 200 via API); TikTok newsroom 2023 (4 000 in the apps)' },
  // Threads API: text up to 500 characters, and one topic tag per post.
  threads: { max: 500, maxHashtags: 1, counting: 'graphemes', source: 'https://developers.facebook.com/docs/threads/create-posts' },
  // "300 Unicode Grapheme Clusters".
  bluesky: { max: 300, counting: 'graphemes', source: 'https://docs.bsky.app/docs/advanced-guides/post-richtext' },
  // A server's default (MAX_CHARS = 500 in StatusLengthValidator); every URL counts as 23.
  // Servers may raise it; the plan assumes the default.
  mastodon: { max: 500, counting: 'graphemes', linkLength: 23, source: 'https://github.com/mastodon/mastodon/blob/main/app/validators/status_length_validator.rb' },
  // OK and Dzen publish no post length: the counter shows the count without a limit.
  ok: { counting: 'graphemes', source: 'no published limit' },
  dzen: { counting: 'graphemes', source: 'no published limit' },
};

export interface TextCount {
  length: number;
  max?: number;
  hashtags: number;
  maxHashtags?: number;
  /** The text is longer than the network allows. */
  tooLong: boolean;
  tooManyHashtags: boolean;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const LINK = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,:;!?)\]}'»]|\bwww\.[^\s<>"]+[^\s<>".,:;!?)\]}'»]/giu;
const HASHTAG = /(?:^|[^\p{L}\p{N}_&#])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
/**
 * Characters that join their neighbours into one grapheme: marks (variation selectors and
 * keycaps included), ZWJ, emoji modifiers, regional indicators, emoji tag characters, Hangul jamo
 * and the few prepended marks. Only the words holding one (with the space before, which a mark
 * may join) go through the segmenter, which is slow; everything else is one grapheme per code
 * point.
 */
const JOINING = '[\\p{M}\\p{Emoji_Modifier}\\p{Regional_Indicator}\\u200d\\u{E0020}-\\u{E007F}\\u1100-\\u11ff\\ua960-\\ua97f\\ud7b0-\\ud7ff\\u0600-\\u0605\\u06dd\\u070f\\u0890\\u0891\\u08e2]';
const JOINED_WORD = new RegExp(`\\s?[^\\s]*${JOINING}[^\\s]*`, 'gu');

// twitter-text v3: code points in these ranges weigh 1, every other one 2; an emoji sequence
// (ZWJ, skin tone, flag) weighs 2 as a whole; links weigh 23; text is NFC-normalised first.
const X_LIGHT_RANGES: readonly [number, number][] = [[0, 4_351], [8_192, 8_205], [8_208, 8_223], [8_242, 8_247]];

function isEmoji(segment: string): boolean {
  return segment.codePointAt(0)! > 0x2000 && PICTOGRAPHIC.test(segment);
}

function xWeight(segment: string): number {
  if (isEmoji(segment)) return 2;
  let weight = 0;
  for (const char of segment) {
    const code = char.codePointAt(0)!;
    weight += X_LIGHT_RANGES.some(([start, end]) => code >= start && code <= end) ? 1 : 2;
  }
  return weight;
}

interface Measure {
  graphemes: number;
  xWeight: number;
}

function measureSegments(text: string): Measure {
  const measure = { graphemes: 0, xWeight: 0 };
  const add = (segment: string) => {
    measure.graphemes += 1;
    measure.xWeight += xWeight(segment);
  };
  // CR LF is one grapheme.
  const flat = text.replace(/\r\n/g, '\n');
  let plainFrom = 0;
  for (const match of flat.matchAll(JOINED_WORD)) {
    for (const char of flat.slice(plainFrom, match.index)) add(char);
    for (const { segment } of graphemes.segment(match[0])) add(segment);
    plainFrom = match.index + match[0].length;
  }
  for (const char of flat.slice(plainFrom)) add(char);
  return measure;
}

// A keystroke checks the same text for every network: it is measured once.
let last: { text: string; measure: Measure } | undefined;

function measureOnce(text: string): Measure {
  if (last?.text !== text) last = { text, measure: measureSegments(text) };
  return last.measure;
}

export function countGraphemes(text: string): number {
  return measureSegments(text).graphemes;
}

/** Distinct hashtags (compared without case), in the order they first appear. */
export function hashtagsIn(text: string): string[] {
  const seen = new Map<string, string>();
  // A link's #fragment is no hashtag.
  for (const match of text.replace(LINK, ' ').matchAll(HASHTAG)) {
    const tag = match[1]!;
    if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}

export function linksIn(text: string): string[] {
  return text.match(LINK) ?? [];
}

/**
 * The text's length as `limit` counts it. A link counted at a fixed length is measured on its own
 * and swapped for that length (a link never joins a neighbour into one grapheme).
 */
export function measureText(text: string, limit: Pick<TextLimit, 'counting' | 'linkLength'>): number {
  const normalized = text.normalize('NFC');
  const pick = (measure: Measure) => (limit.counting === 'graphemes' ? measure.graphemes : measure.xWeight);
  let length = pick(measureOnce(normalized));
  if (limit.linkLength !== undefined) {
    for (const link of linksIn(normalized)) length += limit.linkLength - pick(measureSegments(link));
  }
  return length;
}

/** The text against one network's limits; `hasMedia` picks a caption limit where there is one. */
export function checkText(text: string, network: Network, hasMedia = false): TextCount {
  const limit = TEXT_LIMITS[network];
  const length = measureText(text, limit);
  const max = hasMedia && limit.mediaCaptionMax !== undefined ? limit.mediaCaptionMax : limit.max;
  const hashtags = hashtagsIn(text).length;
  return {
    length,
    max,
    hashtags,
    maxHashtags: limit.maxHashtags,
    tooLong: max !== undefined && length > max,
    tooManyHashtags: limit.maxHashtags !== undefined && hashtags > limit.maxHashtags,
  };
}
