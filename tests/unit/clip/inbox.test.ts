import { describe, expect, it } from 'vitest';
import { filterClips, tagCounts } from '../../../utils/clip/inbox';
import type { ClipRow } from '../../../utils/platform/db';

const clip = (id: number, fields: Partial<ClipRow>): ClipRow => ({
  id, kind: 'article', url: `https://news.example/${id}`, title: `Clip ${id}`, tags: [], status: 'inbox', createdAt: id * 1_000, updatedAt: id * 1_000, ...fields,
});

const CLIPS = [
  clip(1, { title: 'Short video drives discovery', text: 'Half of brand discovery is video', tags: ['video', 'Research'] }),
  clip(2, { kind: 'post', title: '@northwind: Friday deals', post: { network: 'x', postId: '9', handle: 'northwind', url: 'https://x.com/northwind/status/9', text: 'Friday deals from 9am', metrics: { likes: 5 } }, tags: ['competitors'], status: 'planned' }),
  clip(3, { kind: 'trend', title: '#BlackFriday', trend: { network: 'x', name: '#BlackFriday', seenOn: 'https://x.com/explore' }, tags: ['Video'], status: 'archived' }),
  clip(4, { kind: 'selection', title: 'Бренды перенесли бюджеты в короткие видео', text: 'Аудитория решает за две секунды', note: 'для рубрики «Цифры»' }),
];

const ids = (clips: ClipRow[]) => clips.map((row) => row.id);

describe('the inbox filters', () => {
  it('newest first, every status when none is chosen', () => {
    expect(ids(filterClips(CLIPS, { query: '' }))).toEqual([4, 3, 2, 1]);
  });

  it('search: every word, in title, text, note, post or trend, whatever the case', () => {
    expect(ids(filterClips(CLIPS, { query: 'BRAND video' }))).toEqual([1]);
    expect(ids(filterClips(CLIPS, { query: 'friday' }))).toEqual([3, 2]);
    expect(ids(filterClips(CLIPS, { query: 'две секунды' }))).toEqual([4]);
    expect(ids(filterClips(CLIPS, { query: 'цифры' }))).toEqual([4]);
    expect(ids(filterClips(CLIPS, { query: 'nothing like this' }))).toEqual([]);
  });

  it('by kind, status and tag (a tag in any case), combined', () => {
    expect(ids(filterClips(CLIPS, { query: '', kind: 'post' }))).toEqual([2]);
    expect(ids(filterClips(CLIPS, { query: '', status: 'inbox' }))).toEqual([4, 1]);
    expect(ids(filterClips(CLIPS, { query: '', tag: 'video' }))).toEqual([3, 1]);
    expect(ids(filterClips(CLIPS, { query: '', tag: 'video', status: 'archived' }))).toEqual([3]);
  });

  it('tag counts: most used first, one entry per tag whatever the case', () => {
    expect(tagCounts(CLIPS)).toEqual([
      { tag: 'video', count: 2 },
      { tag: 'competitors', count: 1 },
      { tag: 'Research', count: 1 },
    ]);
  });
});
