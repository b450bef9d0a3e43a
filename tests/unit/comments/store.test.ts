import { beforeEach, describe, expect, it } from 'vitest';
import { storeComments } from '../../../utils/comments/store';
import type { CapturedComment } from '../../../utils/comments/types';
import { SmmDeckDatabase } from '../../../utils/platform/db';
import type { OwnAccount } from '../../../utils/platform/settings';

const post = { network: 'x' as const, postId: '100', postUrl: 'https://x.com/brand/status/100' };
const kim: CapturedComment = { ...post, commentId: '101', authorHandle: 'kim', authorName: 'Kim Alvarez', text: 'Where can I buy it?', publishedAt: '2025-03-18T09:00:00.000Z' };
const tom: CapturedComment = { ...post, commentId: '102', authorHandle: 'tom', text: 'Love it' };
const ownReply: CapturedComment = { ...post, commentId: '103', authorHandle: 'Brand', text: 'At our shop!', parentId: '101' };
const own: OwnAccount[] = [{ network: 'x', handle: 'brand' }];

let db: SmmDeckDatabase;
beforeEach(async () => {
  db = new SmmDeckDatabase(`comment-store-${Math.random()}`);
  await db.open();
});

describe('storeComments', () => {
  it('stores each comment keyed by network and id, with when it was first and last seen', async () => {
    expect(await storeComments(db, [kim, tom], own, 1000)).toBe(2);
    expect(await db.comments.toArray()).toEqual([
      { ...kim, repliedByOwner: false, firstSeenAt: 1000, lastSeenAt: 1000 },
      { ...tom, repliedByOwner: false, firstSeenAt: 1000, lastSeenAt: 1000 },
    ]);
  });

  it('marks a comment an own account answered, even when the answer comes in a later batch', async () => {
    await storeComments(db, [kim, tom], own, 1000);
    await storeComments(db, [ownReply], own, 2000);
    expect(await db.comments.get(['x', '101'])).toEqual({ ...kim, repliedByOwner: true, firstSeenAt: 1000, lastSeenAt: 1000 });
    expect(await db.comments.get(['x', '102'])).toMatchObject({ repliedByOwner: false });
    expect(await db.comments.get(['x', '103'])).toMatchObject({ repliedByOwner: false });
  });

  it('a reply by someone else, or by the same handle on another network, is not the owner\'s', async () => {
    await storeComments(db, [kim, { ...ownReply, authorHandle: 'tom' }], own, 1000);
    expect(await db.comments.get(['x', '101'])).toMatchObject({ repliedByOwner: false });
    await storeComments(db, [kim, ownReply], [{ network: 'vk', handle: 'brand' }], 2000);
    expect(await db.comments.get(['x', '101'])).toMatchObject({ repliedByOwner: false });
  });

  it('updates an edited text and keeps the first sighting; a resent batch changes nothing else', async () => {
    await storeComments(db, [kim, ownReply], own, 1000);
    await storeComments(db, [{ ...kim, text: 'Where can I buy it? (edited)' }], own, 3000);
    expect(await db.comments.get(['x', '101'])).toEqual({
      ...kim, text: 'Where can I buy it? (edited)', repliedByOwner: true, firstSeenAt: 1000, lastSeenAt: 3000,
    });
    const before = await db.comments.toArray();
    await storeComments(db, [{ ...kim, text: 'Where can I buy it? (edited)' }], own, 3000);
    expect(await db.comments.toArray()).toEqual(before);
  });

  it('keeps the same comment id apart on two networks', async () => {
    await storeComments(db, [kim, { ...kim, network: 'vk', postId: '-1_2', postUrl: 'https://vk.com/wall-1_2' }], own, 1);
    expect(await db.comments.count()).toBe(2);
  });
});
