import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompetitorsView } from '../../../components/sidepanel/CompetitorsView';
import { setAccountTracked, storeCapture } from '../../../utils/capture/store';
import { loadCompetitorSummaries } from '../../../utils/capture/competitors';
import { SmmDeckDatabase } from '../../../utils/platform/db';
import type { CapturedAccount } from '../../../utils/networks/types';

const rival: CapturedAccount = { network: 'vk', handle: 'rival', name: 'Rival Coffee', url: 'https://vk.com/rival', followers: 10_000 };
const post = (postId: string, publishedAt: string, likes: number) => ({
  network: 'vk' as const, postId, url: `https://vk.com/wall${postId}`, authorHandle: 'rival', publishedAt, text: `Post ${postId}`, metrics: { likes, comments: 0 },
});

let db: SmmDeckDatabase;
beforeEach(async () => {
  db = new SmmDeckDatabase(`competitors-${Math.random()}`);
  await setAccountTracked(db, rival, true, 1_000);
});
afterEach(() => render(null, document.body));

describe('competitor summaries', () => {
  it('give followers, their change since the first snapshot, post count, average ER and the latest posts', async () => {
    await storeCapture(db, { account: { ...rival, followers: 10_500 }, posts: [post('-1_1', '2024-05-01T10:00:00.000Z', 100), post('-1_2', '2024-05-03T10:00:00.000Z', 300)] }, { storeAllPosts: false }, 2_000);
    const [summary] = await loadCompetitorSummaries(db);
    expect(summary!.followerChange).toBe(500);
    expect(summary!.postCount).toBe(2);
    // (100 / 10 500 + 300 / 10 500) / 2 × 100
    expect(summary!.averageEr).toBeCloseTo(1.9048, 4);
    expect(summary!.latestPosts.map((row) => row.postId)).toEqual(['-1_2', '-1_1']);
  });

  it('take the average ER and the latest posts from the newest 30 posts, undated ones by when first seen, and count them all', async () => {
    const old = [post('-1_1', '2024-01-01T10:00:00.000Z', 5_000), post('-1_2', '2024-01-02T10:00:00.000Z', 5_000)];
    const recent = Array.from({ length: 30 }, (_, day) => post(`-1_${100 + day}`, `2024-03-${String(day + 1).padStart(2, '0')}T10:00:00.000Z`, 105));
    await storeCapture(db, { account: { ...rival, followers: 10_500 }, posts: [...old, ...recent] }, { storeAllPosts: false }, 2_000);
    // A post shown without a date (a YouTube grid, say), first seen after all the others were.
    const { publishedAt: _undated, ...undated } = post('-1_999', '', 210);
    await storeCapture(db, { posts: [undated] }, { storeAllPosts: false }, Date.parse('2024-04-01T00:00:00Z'));
    const [summary] = await loadCompetitorSummaries(db);
    expect(summary!.postCount).toBe(33);
    // (210 + 29 × 105) / 30 / 10 500 × 100
    expect(summary!.averageEr).toBeCloseTo(((210 + 29 * 105) / 30 / 10_500) * 100, 10);
    expect(summary!.latestPosts.map((row) => row.postId)).toEqual(['-1_999', '-1_129', '-1_128']);
  });

  it('leave out accounts that are neither tracked nor own', async () => {
    await setAccountTracked(db, rival, false, 3_000);
    expect(await loadCompetitorSummaries(db)).toEqual([]);
  });
});

describe('CompetitorsView', () => {
  it('lists tracked accounts and updates live when posts are stored', async () => {
    await act(async () => render(<CompetitorsView db={db} />, document.body));
    const card = () => document.querySelector('[data-account="vk/rival"]')!;
    await expect.poll(() => card()?.querySelector('[data-post-count]')?.textContent).toBe('0');
    expect(card().querySelector('[data-followers]')!.textContent).toBe('10,000');

    await storeCapture(db, { posts: [post('-1_1', '2024-05-01T10:00:00.000Z', 100)] }, { storeAllPosts: false }, 2_000);
    await expect.poll(() => card().querySelector('[data-post-count]')!.textContent).toBe('1');
    expect(card().querySelector('[data-average-er]')!.textContent).toBe('1%');
    expect(card().querySelector('[data-post="-1_1"]')!.textContent).toContain('Post -1_1');
  });

  it('shows post text as text, never as markup', async () => {
    await storeCapture(db, { posts: [{ ...post('-1_9', '2024-05-01T10:00:00.000Z', 1), text: '<img src=x onerror="window.hacked=1">' }] }, { storeAllPosts: false }, 2_000);
    await act(async () => render(<CompetitorsView db={db} />, document.body));
    await expect.poll(() => document.querySelector('[data-post="-1_9"]')?.textContent).toContain('<img src=x');
    expect(document.querySelector('[data-post="-1_9"] img')).toBeNull();
  });

  it('says what to do when nothing is tracked yet', async () => {
    await setAccountTracked(db, rival, false, 3_000);
    await act(async () => render(<CompetitorsView db={db} />, document.body));
    await expect.poll(() => document.querySelector('.empty-state')?.textContent).toMatch(/^No competitors yet/);
  });
});
