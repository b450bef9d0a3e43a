/**
 * Who takes part in a contest: each collected comment is judged against the rules, and every
 * reason it does not count is named, so the side panel can show the user why.
 *
 * Decisions (the README's Contests section says the same):
 * - Handles are compared without `@`, without regard to case, in Unicode NFC.
 * - A mention is `@handle` not preceded by a letter, digit, `_` or `.` (so e-mail addresses are
 *   not mentions). Required mentions are distinct people other than the commenter: mentioning
 *   yourself, one of the user's own accounts or an excluded account does not count.
 * - The keyword (a word, a phrase or a #hashtag) matches as a whole word, in any case, in any
 *   script: `giveaway` matches "GIVEAWAY!" and "#giveaway", not "giveaways".
 * - A comment published exactly at the deadline counts; one a millisecond later does not. With a
 *   deadline set, a comment whose time the page did not show cannot be shown to be in time and
 *   does not count.
 * - One entry per person: a person's first qualifying comment (oldest first) is the entry, their
 *   later qualifying ones are repeats.
 */

export type EntryMode = 'person' | 'comment';

export interface ContestRules {
  /** One entry per person, or one per qualifying comment. */
  entryMode: EntryMode;
  /** Distinct other people a comment must @mention. */
  mentions: number;
  /** A word, phrase or #hashtag the comment must contain; empty for none. */
  keyword: string;
  /** Accounts the user excluded, as normalized handles (see `normalizeHandle`). */
  excluded: string[];
  /** The user's own accounts on the post's network (settings), always excluded; normalized. */
  ownAccounts: string[];
  /** ISO 8601; comments published after it do not count. */
  deadline?: string;
  winners: number;
  substitutes: number;
}

/** The part of a collected comment that the draw depends on; it goes into the proof as is. */
export interface ContestComment {
  commentId: string;
  authorHandle: string;
  authorName?: string;
  text: string;
  publishedAt?: string;
}

/** One entry in the draw. */
export interface Participant {
  handle: string;
  commentId: string;
}

export type ExclusionReason =
  | { kind: 'own-account' }
  | { kind: 'excluded' }
  | { kind: 'no-time' }
  | { kind: 'after-deadline' }
  | { kind: 'mentions'; found: number; required: number }
  | { kind: 'keyword' }
  | { kind: 'repeat'; entryCommentId: string };

export interface JudgedComment {
  comment: ContestComment;
  /** Empty when the comment is an entry. */
  reasons: ExclusionReason[];
}

export interface Judgement {
  /** Every comment, oldest first. */
  comments: JudgedComment[];
  /** The entries, sorted by handle and then comment id (code-unit order): the draw's input. */
  participants: Participant[];
}

export function normalizeHandle(handle: string): string {
  return handle.trim().replace(/^@+/, '').normalize('NFC').toLowerCase();
}

/** Handles typed by the user, separated by commas, spaces or new lines; normalized, without repeats. */
export function parseHandleList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/u).map(normalizeHandle).filter(Boolean))];
}

/** `@` and a handle whose dots and hyphens sit between letters or digits (a sentence's full stop is not part of it). */
const MENTION = /(?<![\p{L}\p{N}\p{M}_.@])@([\p{L}\p{N}\p{M}_]+(?:[.-]+[\p{L}\p{N}\p{M}_]+)*)/gu;

/** The distinct handles a text @mentions, normalized. */
export function mentionsIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.normalize('NFC').matchAll(MENTION)) found.add(match[1]!.toLowerCase());
  return [...found];
}

const WORD_CHARACTER = '[\\p{L}\\p{N}\\p{M}_]';

/** Whether the text holds the keyword as a whole word (or phrase), in any case. */
export function containsKeyword(text: string, keyword: string): boolean {
  return keywordTest(keyword)(text);
}

/** The keyword's test, made once for all comments; an empty keyword passes every text. */
function keywordTest(keyword: string): (text: string) => boolean {
  const wanted = keyword.normalize('NFC').trim();
  if (!wanted) return () => true;
  const pattern = wanted
    .split(/\s+/u)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const matcher = new RegExp(`(?<!${WORD_CHARACTER})${pattern}(?!${WORD_CHARACTER})`, 'iu');
  return (text) => matcher.test(text.normalize('NFC'));
}

export function judgeComments(comments: readonly ContestComment[], rules: ContestRules): Judgement {
  const own = new Set(rules.ownAccounts.map(normalizeHandle));
  const excluded = new Set(rules.excluded.map(normalizeHandle));
  const deadline = rules.deadline === undefined ? undefined : Date.parse(rules.deadline);
  const hasKeyword = keywordTest(rules.keyword);
  const entryOf = new Map<string, string>();
  const timed = comments.map((comment) => ({ comment, time: publishedTime(comment) }));
  timed.sort((a, b) => a.time - b.time || compareCodeUnits(a.comment.commentId, b.comment.commentId));
  const judged = timed.map(({ comment, time }): JudgedComment => {
    const author = normalizeHandle(comment.authorHandle);
    const reasons: ExclusionReason[] = [];
    if (own.has(author)) reasons.push({ kind: 'own-account' });
    if (excluded.has(author)) reasons.push({ kind: 'excluded' });
    if (deadline !== undefined) {
      if (time === Infinity) reasons.push({ kind: 'no-time' });
      else if (time > deadline) reasons.push({ kind: 'after-deadline' });
    }
    if (rules.mentions > 0) {
      const found = mentionsIn(comment.text).filter((handle) => handle !== author && !own.has(handle) && !excluded.has(handle)).length;
      if (found < rules.mentions) reasons.push({ kind: 'mentions', found, required: rules.mentions });
    }
    if (!hasKeyword(comment.text)) reasons.push({ kind: 'keyword' });
    if (reasons.length === 0 && rules.entryMode === 'person') {
      const entry = entryOf.get(author);
      if (entry === undefined) entryOf.set(author, comment.commentId);
      else reasons.push({ kind: 'repeat', entryCommentId: entry });
    }
    return { comment, reasons };
  });
  const participants = judged
    .filter((entry) => entry.reasons.length === 0)
    .map(({ comment }) => ({ handle: comment.authorHandle, commentId: comment.commentId }))
    .sort(byHandleThenComment);
  return { comments: judged, participants };
}

/** Epoch ms; Infinity for a comment without a readable time, so it sorts last. */
function publishedTime(comment: ContestComment): number {
  const parsed = comment.publishedAt === undefined ? NaN : Date.parse(comment.publishedAt);
  return Number.isNaN(parsed) ? Infinity : parsed;
}

export function byHandleThenComment(a: Participant, b: Participant): number {
  return compareCodeUnits(a.handle, b.handle) || compareCodeUnits(a.commentId, b.commentId);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
