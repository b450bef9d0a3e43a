import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { OwnPostChoices, PlanItemResults } from '../../../components/plan/PlanItemResults';
import { SmmDeckDatabase } from '../../../utils/platform/db';

afterEach(() => render(null, document.body));

const account = (handle: string, own: boolean) => ({ network: 'x' as const, handle, url: `https://x.com/${handle}`, tracked: !own, own, firstSeenAt: 1, lastSeenAt: 1 });
const post = (handle: string, postId: string, firstSeenAt: number) => ({
  network: 'x' as const, postId, handle, url: `https://x.com/${handle}/status/${postId}`, text: `Post ${postId}`,
  metrics: { likes: 1_200, comments: 34, shares: 5 }, firstSeenAt, lastSeenAt: firstSeenAt,
});

describe('a published item\'s results', () => {
  it('show the metrics once a capture has seen the post, and wait until then', async () => {
    const db = new SmmDeckDatabase(`results-${Math.random()}`);
    const item = { networks: ['x' as const], publishedUrl: 'https://x.com/Brand/status/1981398750557065646' };
    await act(async () => render(<PlanItemResults db={db} item={item} />, document.body));
    await expect.poll(() => document.querySelector('[data-results]')?.textContent).toBe('Metrics appear once SMM Deck sees this post (open it once).');

    await db.posts.add(post('Brand', '1981398750557065646', 5));
    await expect.poll(() => document.querySelector('[data-results="shown"]')?.textContent).toBe('Likes1,200Comments34Shares5Views—');
  });

  it('link the clip the item came from', async () => {
    const db = new SmmDeckDatabase(`results-clip-${Math.random()}`);
    const clipId = (await db.clips.add({ kind: 'link', url: 'https://blog.example/idea', title: 'An idea', tags: [], status: 'planned', createdAt: 1, updatedAt: 1 })) as number;
    await act(async () => render(<PlanItemResults db={db} item={{ networks: [], clipId }} />, document.body));
    await expect.poll(() => document.querySelector('[data-clip-link]')?.getAttribute('href')).toBe('https://blog.example/idea');
  });

  it('offer the user\'s own recent posts on the item\'s networks to pick from', async () => {
    const db = new SmmDeckDatabase(`results-own-${Math.random()}`);
    await db.accounts.bulkAdd([account('Brand', true), account('rival', false)]);
    await db.posts.bulkAdd([post('Brand', '1', 10), post('Brand', '2', 20), post('rival', '3', 30)]);
    await act(async () => render(<OwnPostChoices db={db} networks={['x']} />, document.body));
    await expect.poll(() => [...document.querySelectorAll('#plan-own-posts option')].map((option) => option.getAttribute('value'))).toEqual([
      'https://x.com/Brand/status/2',
      'https://x.com/Brand/status/1',
    ]);
  });
});
