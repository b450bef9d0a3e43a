/** The shape every request must have; the background checks it before any handler runs. */
import * as v from 'valibot';
import { MAX_TAG_LENGTH, MAX_TAGS, type ClipDraft } from '../clip/draft';
import type { Command, RequestOf } from './messages';
import { NETWORKS } from '../networks/names';
import { compact } from '../networks/dom';
import { plausibleCount } from '../networks/limits';

const network = v.picklist(NETWORKS);
const shortText = v.pipe(v.string(), v.maxLength(2_000));
const handle = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const httpUrl = v.pipe(v.string(), v.maxLength(4_000), v.url(), v.regex(/^https?:/, 'must be an http(s) URL'));
/**
 * A count past MAX_COUNT (`utils/networks/limits.ts`: no real post or account has one) is a
 * misread label. It is dropped rather than rejected, so that a post keeps its other metrics and a
 * batch its other posts; the capture's absent metric is absent here too. A fraction is a bug in
 * the sender, and rejected.
 */
const wholeNumber = v.pipe(v.number(), v.check((value) => !Number.isFinite(value) || Number.isInteger(value), 'Invalid integer'));
const dropImplausible = v.transform((value: number) => plausibleCount(value));
const count = v.pipe(wholeNumber, v.minValue(0), dropImplausible);
/** Reddit's score is likes minus dislikes, and a downvoted post's is below zero. */
const score = v.pipe(wholeNumber, dropImplausible);

const metrics = v.pipe(
  v.strictObject({
    likes: v.optional(score),
    comments: v.optional(count),
    shares: v.optional(count),
    views: v.optional(count),
    saves: v.optional(count),
  }),
  v.transform(compact),
);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const required = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));

const account = v.pipe(
  v.strictObject({
    network,
    handle,
    name: v.optional(shortText),
    url: httpUrl,
    followers: v.optional(count),
  }),
  v.transform(compact),
);

const post = v.strictObject({
  network,
  postId: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  url: httpUrl,
  authorHandle: handle,
  authorName: v.optional(shortText),
  publishedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  text: v.optional(v.pipe(v.string(), v.maxLength(100_000))),
  metrics,
  pinned: v.optional(v.boolean()),
  repostOf: v.optional(shortText),
});

const commentId = v.pipe(v.string(), v.minLength(1), v.maxLength(300));

const comment = v.strictObject({
  network,
  commentId,
  postId: commentId,
  postUrl: httpUrl,
  authorHandle: handle,
  authorName: v.optional(shortText),
  text: v.pipe(v.string(), v.maxLength(50_000)),
  publishedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  parentId: v.optional(commentId),
});

const clipTags = v.pipe(v.array(required(MAX_TAG_LENGTH)), v.maxLength(MAX_TAGS));
const clipNote = text(5_000);

/** A clip a page hands to the background, checked before it is stored. */
const clipDraft: v.GenericSchema<ClipDraft> = v.strictObject({
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
      metrics,
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
  tags: v.optional(clipTags),
  note: v.optional(clipNote),
});

export const REQUEST_SCHEMAS: { [C in Command]: v.GenericSchema<RequestOf<C>> } = {
  'capture.store': v.strictObject({
    pageUrl: httpUrl,
    capture: v.strictObject({
      account: v.optional(account),
      posts: v.pipe(v.array(post), v.maxLength(1_000)),
    }),
  }),
  'account.setTracked': v.strictObject({ account, tracked: v.boolean() }),
  'account.status': v.strictObject({ network, handle }),
  'clip.save': v.strictObject({ clip: clipDraft }),
  'clip.annotate': v.strictObject({
    id: v.pipe(v.number(), v.integer(), v.minValue(1)),
    tags: clipTags,
    note: v.optional(clipNote),
  }),
  'plan.syncReminders': v.strictObject({}),
  'plan.openCompose': v.strictObject({ itemId: v.pipe(v.number(), v.integer(), v.minValue(1)), network: v.optional(network) }),
  'page.report': v.strictObject({ url: httpUrl, network, postId: v.optional(commentId) }),
  'comments.store': v.strictObject({ comments: v.pipe(v.array(comment), v.maxLength(500)) }),
  'replyTemplates.shortcuts': v.strictObject({ network }),
  'replyTemplates.used': v.strictObject({ id: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
};

/**
 * The request as its handler gets it (implausible counts dropped), or its first problem as
 * "path: message".
 */
export function parseRequest<C extends Command>(command: C, request: unknown): { request: RequestOf<C> } | { problem: string } {
  const result = v.safeParse(REQUEST_SCHEMAS[command] as v.GenericSchema<RequestOf<C>>, request);
  if (result.success) return { request: result.output };
  const issue = result.issues[0];
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return { problem: path ? `${path}: ${issue.message}` : issue.message };
}

/** The first problem with a request, as "path: message", or undefined when it is valid. */
export function requestProblem(command: Command, request: unknown): string | undefined {
  const parsed = parseRequest(command, request);
  return 'problem' in parsed ? parsed.problem : undefined;
}
