/** The shape of a clip a page hands to the background (`clip.save`), checked before it is stored. */
import * as v from 'valibot';
import type { ClipDraft } from './clip-draft';
import { MAX_TAG_LENGTH, MAX_TAGS } from './clip-draft';
import { NETWORKS } from './networks/names';

const network = v.picklist(NETWORKS);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const required = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const httpUrl = v.pipe(v.string(), v.maxLength(8_000), v.url(), v.regex(/^https?:/, 'must be an http(s) URL'));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const score = v.pipe(v.number(), v.integer(), v.minValue(-Number.MAX_SAFE_INTEGER), v.maxValue(Number.MAX_SAFE_INTEGER));

export const clipTagsSchema = v.pipe(v.array(required(MAX_TAG_LENGTH)), v.maxLength(MAX_TAGS));
export const clipNoteSchema = text(5_000);

export const clipDraftSchema: v.GenericSchema<ClipDraft> = v.strictObject({
  kind: v.picklist(['article', 'selection', 'link', 'post', 'trend']),
  url: httpUrl,
  title: required(2_000),
  byline: v.optional(text(500)),
  siteName: v.optional(text(500)),
  publishedAt: v.optional(text(100)),
  lang: v.optional(text(35)),
  excerpt: v.optional(text(5_000)),
  imageUrl: v.optional(httpUrl),
  readingMinutes: v.optional(count),
  // A long read's sanitized HTML; a 1 MB page gives a few hundred KB.
  html: v.optional(text(5_000_000)),
  text: v.optional(text(2_000_000)),
  post: v.optional(
    v.strictObject({
      network,
      postId: required(300),
      handle: required(200),
      url: httpUrl,
      authorName: v.optional(text(2_000)),
      publishedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
      text: v.optional(text(100_000)),
      metrics: v.strictObject({
        likes: v.optional(score),
        comments: v.optional(count),
        shares: v.optional(count),
        views: v.optional(count),
        saves: v.optional(count),
      }),
      followers: v.optional(count),
    }),
  ),
  trend: v.optional(
    v.strictObject({
      network,
      name: required(500),
      seenOn: httpUrl,
      postCount: v.optional(count),
      rank: v.optional(count),
    }),
  ),
  tags: v.optional(clipTagsSchema),
  note: v.optional(clipNoteSchema),
});
