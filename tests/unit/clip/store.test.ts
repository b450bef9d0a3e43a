import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeTags, parseTagInput, type ClipDraft } from '../../../utils/clip/draft';
import { annotateClip, saveClip } from '../../../utils/clip/store';
import { addClipToPlan } from '../../../utils/clip/to-plan';
import { SmmDeckDatabase } from '../../../utils/platform/db';

let db: SmmDeckDatabase;
let opened = 0;
beforeEach(() => {
  opened += 1;
  db = new SmmDeckDatabase(`clip-store-test-${opened}`);
});
afterEach(async () => {
  await db.delete();
});

const ARTICLE: ClipDraft = {
  kind: 'article',
  url: 'https://news.example/2026/short-video',
  title: 'Short video drives discovery',
  byline: 'Hannah Ellis',
  siteName: 'News Example',
  excerpt: 'Half of brand discovery',
  html: '<p>Half of brand discovery</p>',
  text: 'Half of brand discovery',
  readingMinutes: 1,
  tags: ['video', 'Research'],
};

describe('the clip store', () => {
  it('stores a new clip in the inbox with its tags and note', async () => {
    const saved = await saveClip(db, { ...ARTICLE, note: '  for Monday ' }, 1_000);
    expect(saved).toEqual({ id: 1, updated: false, title: ARTICLE.title, tags: ['video', 'Research'], note: 'for Monday' });
    const { tags: _tags, ...content } = ARTICLE;
    expect(await db.clips.toArray()).toEqual([
      { ...content, id: 1, tags: ['video', 'Research'], note: 'for Monday', status: 'inbox', createdAt: 1_000, updatedAt: 1_000 },
    ]);
  });

  it('clipping the same URL again updates that one clip, merges its tags and says so', async () => {
    await saveClip(db, ARTICLE, 1_000);
    const again = await saveClip(db, { ...ARTICLE, title: 'Short video drives discovery (updated)', tags: ['research', '#trends'] }, 2_000);
    expect(again).toEqual({ id: 1, updated: true, title: 'Short video drives discovery (updated)', tags: ['video', 'Research', 'trends'] });
    const rows = await db.clips.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 1, title: 'Short video drives discovery (updated)', createdAt: 1_000, updatedAt: 2_000, status: 'inbox' });
  });

  it('a link to a page already clipped as an article adds its tags and keeps the article', async () => {
    await saveClip(db, ARTICLE, 1_000);
    await saveClip(db, { kind: 'link', url: ARTICLE.url, title: 'read this', tags: ['later'] }, 2_000);
    const [row] = await db.clips.toArray();
    expect(row).toMatchObject({ kind: 'article', title: ARTICLE.title, html: ARTICLE.html, tags: ['video', 'Research', 'later'], updatedAt: 2_000 });
  });

  it('an article of a page clipped as a link replaces the link, keeping status, tags and plan', async () => {
    await saveClip(db, { kind: 'link', url: ARTICLE.url, title: 'read this', siteName: 'x', tags: ['later'] }, 1_000);
    await db.clips.update(1, { status: 'archived' });
    await saveClip(db, { ...ARTICLE, tags: [] }, 2_000);
    const { tags: _tags, ...content } = ARTICLE;
    expect(await db.clips.get(1)).toEqual({ ...content, id: 1, tags: ['later'], status: 'archived', createdAt: 1_000, updatedAt: 2_000 });
  });

  it("the popover's tags and note replace the clip's: the popover showed them all", async () => {
    const { id } = await saveClip(db, ARTICLE, 1_000);
    await expect(annotateClip(db, id, ['video', 'VIDEO', 'ideas'], 'pitch to the team', 2_000)).resolves.toEqual({
      id, updated: true, title: ARTICLE.title, tags: ['video', 'ideas'], note: 'pitch to the team',
    });
    await annotateClip(db, id, [], '  ', 3_000);
    expect((await db.clips.get(id))!.note).toBeUndefined();
    await expect(annotateClip(db, 99, [], undefined, 4_000)).rejects.toThrow('no clip 99');
  });
});

describe('tags', () => {
  it('trimmed, without #, one of each whatever the case, the first spelling kept', () => {
    expect(mergeTags(['  Video ', '#video', 'SMM'], undefined, ['smm', '', '##trends'])).toEqual(['Video', 'SMM', 'trends']);
    expect(mergeTags(Array.from({ length: 40 }, (_, index) => `t${index}`))).toHaveLength(30);
    expect(mergeTags(['x'.repeat(80)])).toEqual(['x'.repeat(50)]);
  });

  it('typed in one field: commas, or hashtags separated by spaces', () => {
    expect(parseTagInput('video, research ,, ideas for Q1')).toEqual(['video', 'research', 'ideas for Q1']);
    expect(parseTagInput('#video #Black Friday, #sale')).toEqual(['video', 'Black Friday', 'sale']);
  });
});

describe('Add to plan', () => {
  it('creates an idea prefilled from the clip and marks the clip planned; asking twice gives the same item', async () => {
    const { id } = await saveClip(db, ARTICLE, 1_000);
    const itemId = await addClipToPlan(db, id, 5_000);
    expect(await db.planItems.get(itemId)).toEqual({
      id: itemId,
      title: ARTICLE.title,
      body: 'Half of brand discovery',
      networks: [],
      status: 'idea',
      hashtags: [],
      links: [ARTICLE.url],
      clipId: id,
      createdAt: 5_000,
      updatedAt: 5_000,
    });
    expect(await db.clips.get(id)).toMatchObject({ status: 'planned', planItemId: itemId, updatedAt: 5_000 });
    await expect(addClipToPlan(db, id, 6_000)).resolves.toBe(itemId);
    expect(await db.planItems.count()).toBe(1);
  });

  it('a trend becomes an idea for its network with its hashtag; a deleted plan item is made again', async () => {
    const { id } = await saveClip(db, {
      kind: 'trend', url: 'https://x.com/hashtag/blackfriday', title: '#BlackFriday',
      trend: { network: 'x', name: '#BlackFriday', seenOn: 'https://x.com/explore', postCount: 125_000, rank: 1 },
    }, 1_000);
    const first = await addClipToPlan(db, id, 2_000);
    expect(await db.planItems.get(first)).toMatchObject({ networks: ['x'], hashtags: ['#BlackFriday'], body: '', links: ['https://x.com/hashtag/blackfriday'] });
    await db.planItems.delete(first);
    const second = await addClipToPlan(db, id, 3_000);
    expect(second).not.toBe(first);
    expect(await db.clips.get(id)).toMatchObject({ planItemId: second });
  });
});
