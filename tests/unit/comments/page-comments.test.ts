import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commentSources } from '../../../utils/comments';
import type { CommentRow } from '../../../utils/platform/db';
import { orderForReplying } from '../../../utils/comments/page-comments';

const row = (commentId: string, authorHandle: string, publishedAt: string | undefined, repliedByOwner = false, firstSeenAt = 0): CommentRow => ({
  network: 'x', commentId, postId: '1', postUrl: 'https://x.com/brand/status/1', authorHandle, text: commentId, repliedByOwner, firstSeenAt, lastSeenAt: firstSeenAt,
  ...(publishedAt ? { publishedAt } : {}),
});

describe('orderForReplying', () => {
  it('lists unanswered comments first, oldest first, then answered ones, then the user\'s own', () => {
    const rows = [
      row('own', 'Brand', '2025-03-20T08:20:00.000Z'),
      row('answered', 'masha', '2025-03-20T08:05:00.000Z', true),
      row('late', 'olya', '2025-03-20T10:00:00.000Z'),
      row('early', 'ivan', '2025-03-20T09:10:00.000Z'),
      // No time on the page: when SMM Deck first saw it stands in.
      row('undated', 'sam', undefined, false, Date.parse('2025-03-20T09:30:00.000Z')),
    ];
    expect(orderForReplying(rows, [{ network: 'x', handle: 'brand' }]).map((item) => [item.row.commentId, item.own, item.answered])).toEqual([
      ['early', false, false],
      ['undated', false, false],
      ['late', false, false],
      ['answered', false, true],
      ['own', true, false],
    ]);
  });

  it('an own account on another network is not the author here', () => {
    expect(orderForReplying([row('a', 'brand', undefined)], [{ network: 'vk', handle: 'brand' }])[0]).toMatchObject({ own: false });
  });
});

describe('content scripts', () => {
  it.each(commentSources.map((source) => [source.network]))('%s hands its comment source to startCapture', (network) => {
    const script = readFileSync(`entrypoints/${network}.content.ts`, 'utf8');
    expect(script).toContain(`startCapture(ctx, ${network}Adapter, ${network}Comments)`);
  });
});
