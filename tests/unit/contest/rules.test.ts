import { describe, expect, it } from 'vitest';
import {
  containsKeyword,
  judgeComments,
  mentionsIn,
  normalizeHandle,
  parseHandleList,
  type ContestComment,
  type ContestRules,
} from '../../../utils/contest/rules';

const OPEN: ContestRules = { entryMode: 'comment', mentions: 0, keyword: '', excluded: [], ownAccounts: [], winners: 1, substitutes: 0 };
const DEADLINE = '2026-11-20T18:00:00.000Z';

/** Comments on one giveaway post, oldest first, with the cases the rules must get right. */
const COMMENTS: ContestComment[] = [
  { commentId: 'c1', authorHandle: 'anna', authorName: 'Анна', text: 'Участвую! @boris @vera #Розыгрыш', publishedAt: '2026-11-20T10:00:00.000Z' },
  { commentId: 'c2', authorHandle: 'Anna', text: 'И ещё раз @boris @gleb #розыгрыш', publishedAt: '2026-11-20T11:00:00.000Z' },
  { commentId: 'c3', authorHandle: 'boris', text: '@brand @shop_bot #РОЗЫГРЫШ', publishedAt: '2026-11-20T12:00:00.000Z' },
  { commentId: 'c4', authorHandle: 'vera', text: '@boris @boris @Boris #розыгрыш', publishedAt: '2026-11-20T13:00:00.000Z' },
  { commentId: 'c5', authorHandle: 'gleb', text: '@gleb @dina #розыгрыш', publishedAt: '2026-11-20T14:00:00.000Z' },
  { commentId: 'c6', authorHandle: 'dina', text: '@anna @gleb #розыгрыши', publishedAt: '2026-11-20T15:00:00.000Z' },
  { commentId: 'c7', authorHandle: 'egor', text: '@anna @vera #розыгрыш', publishedAt: DEADLINE },
  { commentId: 'c8', authorHandle: 'zhenya', text: '@anna @vera #розыгрыш', publishedAt: '2026-11-20T18:00:00.001Z' },
  { commentId: 'c9', authorHandle: 'shop_bot', text: '@anna @vera #розыгрыш', publishedAt: '2026-11-20T16:00:00.000Z' },
  { commentId: 'c10', authorHandle: 'Brand', authorName: 'Our brand', text: 'Спасибо всем! @anna @vera #розыгрыш', publishedAt: '2026-11-20T17:00:00.000Z' },
  { commentId: 'c11', authorHandle: 'zoya', text: 'no time shown @anna @vera #розыгрыш' },
];

const judge = (rules: Partial<ContestRules>, comments = COMMENTS) => judgeComments(comments, { ...OPEN, ...rules });
const reasonsById = (rules: Partial<ContestRules>) =>
  Object.fromEntries(judge(rules).comments.map(({ comment, reasons }) => [comment.commentId, reasons.map((reason) => reason.kind)]));

describe('handles and mentions', () => {
  it('compare handles without @, case or Unicode form', () => {
    expect(normalizeHandle(' @Ёлка_Shop ')).toBe('ёлка_shop');
    expect(normalizeHandle('cafe\u0301')).toBe(normalizeHandle('CAFÉ'));
  });

  it('read a typed list of handles split by commas, spaces or lines, without repeats', () => {
    expect(parseHandleList('@Shop_Bot, boris\n@shop_bot;  ')).toEqual(['shop_bot', 'boris']);
  });

  it('find distinct @mentions in any script, but not e-mail addresses or trailing dots', () => {
    expect(mentionsIn('Hi @Boris, @boris and @вера_1. Mail me: a@b.com @bob.bsky.social!')).toEqual(['boris', 'вера_1', 'bob.bsky.social']);
    expect(mentionsIn('no mentions @ here')).toEqual([]);
  });
});

describe('the keyword', () => {
  it('matches as a whole word in any case and script', () => {
    expect(containsKeyword('Хочу в РОЗЫГРЫШ!', 'розыгрыш')).toBe(true);
    expect(containsKeyword('розыгрыши все', 'розыгрыш')).toBe(false);
    expect(containsKeyword('GIVEAWAY time', 'giveaway')).toBe(true);
    expect(containsKeyword('giveaways', 'giveaway')).toBe(false);
    expect(containsKeyword('#giveaway', 'giveaway')).toBe(true);
  });

  it('as a #hashtag needs the hash; as a phrase allows any spacing', () => {
    expect(containsKeyword('giveaway', '#giveaway')).toBe(false);
    expect(containsKeyword('#GiveAway2026 no', '#giveaway')).toBe(false);
    expect(containsKeyword('I am\n IN', 'i am in')).toBe(true);
  });

  it('treats regular expression characters as text and composed letters as equal', () => {
    expect(containsKeyword('win a c++ book', 'c++')).toBe(true);
    expect(containsKeyword('win a c book', 'c++')).toBe(false);
    expect(containsKeyword('cafe\u0301 prize', 'CAFÉ')).toBe(true);
  });
});

describe('each rule alone', () => {
  it('no rules: every comment is an entry, oldest first, the one without a time last', () => {
    const { comments, participants } = judge({});
    expect(comments.map(({ comment }) => comment.commentId)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c9', 'c10', 'c7', 'c8', 'c11']);
    expect(participants).toHaveLength(11);
    // Sorted by handle, then comment id, in code-unit order: capitals first.
    expect(participants.slice(0, 3)).toEqual([
      { handle: 'Anna', commentId: 'c2' },
      { handle: 'Brand', commentId: 'c10' },
      { handle: 'anna', commentId: 'c1' },
    ]);
  });

  it('one entry per person: the same person twice (in any case) enters once, with the first comment', () => {
    const reasons = judge({ entryMode: 'person' }).comments.find(({ comment }) => comment.commentId === 'c2')!.reasons;
    expect(reasons).toEqual([{ kind: 'repeat', entryCommentId: 'c1' }]);
    expect(judge({ entryMode: 'person' }).participants.map((entry) => entry.commentId)).not.toContain('c2');
    expect(judge({ entryMode: 'person' }).participants).toHaveLength(10);
  });

  it('required mentions count distinct other people, not yourself', () => {
    expect(reasonsById({ mentions: 2 })).toEqual({
      c1: [], c2: [], c3: [], c4: ['mentions'], c5: ['mentions'], c6: [], c7: [], c8: [], c9: [], c10: [], c11: [],
    });
    const vera = judge({ mentions: 2 }).comments.find(({ comment }) => comment.commentId === 'c4')!;
    expect(vera.reasons).toEqual([{ kind: 'mentions', found: 1, required: 2 }]);
  });

  it('the keyword in a different case counts; a longer word does not', () => {
    expect(reasonsById({ keyword: '#розыгрыш' })).toEqual({
      c1: [], c2: [], c3: [], c4: [], c5: [], c6: ['keyword'], c7: [], c8: [], c9: [], c10: [], c11: [],
    });
  });

  it("excluded accounts and the user's own accounts do not enter, and mentioning them does not count", () => {
    const rules = { excluded: ['shop_bot'], ownAccounts: ['brand'], mentions: 2 };
    expect(reasonsById(rules)).toEqual({
      c1: [], c2: [], c3: ['mentions'], c4: ['mentions'], c5: ['mentions'], c6: [], c7: [], c8: [], c9: ['excluded'], c10: ['own-account'], c11: [],
    });
    expect(judge(rules).comments.find(({ comment }) => comment.commentId === 'c3')!.reasons).toEqual([{ kind: 'mentions', found: 0, required: 2 }]);
  });

  it('a comment exactly at the deadline counts, a millisecond later does not, and one without a time does not', () => {
    expect(reasonsById({ deadline: DEADLINE })).toEqual({
      c1: [], c2: [], c3: [], c4: [], c5: [], c6: [], c7: [], c8: ['after-deadline'], c9: [], c10: [], c11: ['no-time'],
    });
  });

  it('a deadline in another zone is the same instant', () => {
    expect(reasonsById({ deadline: '2026-11-20T21:00:00+03:00' })).toEqual(reasonsById({ deadline: DEADLINE }));
  });
});

describe('all rules together', () => {
  const rules: Partial<ContestRules> = {
    entryMode: 'person', mentions: 2, keyword: '#РОЗЫГРЫШ', excluded: ['shop_bot'], ownAccounts: ['brand'], deadline: DEADLINE,
  };

  it('name every reason a comment fails, and the entries that remain', () => {
    const { comments, participants } = judge(rules);
    expect(Object.fromEntries(comments.map(({ comment, reasons }) => [comment.commentId, reasons]))).toEqual({
      c1: [],
      c2: [{ kind: 'repeat', entryCommentId: 'c1' }],
      c3: [{ kind: 'mentions', found: 0, required: 2 }],
      c4: [{ kind: 'mentions', found: 1, required: 2 }],
      c5: [{ kind: 'mentions', found: 1, required: 2 }],
      c6: [{ kind: 'keyword' }],
      c7: [],
      c8: [{ kind: 'after-deadline' }],
      c9: [{ kind: 'excluded' }],
      c10: [{ kind: 'own-account' }],
      c11: [{ kind: 'no-time' }],
    });
    expect(participants).toEqual([
      { handle: 'anna', commentId: 'c1' },
      { handle: 'egor', commentId: 'c7' },
    ]);
  });

  it("a person's first failing comment does not use up their entry", () => {
    const comments: ContestComment[] = [
      { commentId: 'a', authorHandle: 'ivan', text: 'forgot the tag', publishedAt: '2026-11-20T10:00:00.000Z' },
      { commentId: 'b', authorHandle: 'ivan', text: '@anna @boris #розыгрыш', publishedAt: '2026-11-20T10:05:00.000Z' },
    ];
    expect(judge(rules, comments).participants).toEqual([{ handle: 'ivan', commentId: 'b' }]);
  });

  it('one entry per comment lets the same person enter with each qualifying comment', () => {
    expect(judge({ ...rules, entryMode: 'comment' }).participants).toEqual([
      { handle: 'Anna', commentId: 'c2' },
      { handle: 'anna', commentId: 'c1' },
      { handle: 'egor', commentId: 'c7' },
    ]);
  });
});
