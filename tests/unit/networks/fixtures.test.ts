import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestProblem } from '../../../utils/platform/message-schemas';
import { adapterFor, adapters } from '../../../utils/networks';
import type { CapturedPost, PageCapture } from '../../../utils/networks/types';
import { loadFixtureCases, withPage } from './fixture-cases';
import { applyMutations, pageMutations } from './page-mutations';

const cases = loadFixtureCases();

describe.each(cases)('$network: $name', ({ url, html, expected, summedMetrics }) => {
  it('extracts every field of every post and the account', async () => {
    const pageUrl = new URL(url);
    const adapter = adapterFor(pageUrl);
    expect(adapter, `no adapter matches ${url}`).toBeDefined();
    expect(await withPage(html, (doc) => adapter!.extract(doc, pageUrl))).toEqual(expected);
  });

  it('reads the account alone, without the posts, the same as with them', async () => {
    const pageUrl = new URL(url);
    const adapter = adapterFor(pageUrl)!;
    if (!adapter.extractAccount) return;
    expect(await withPage(html, (doc) => adapter.extractAccount!(doc, pageUrl))).toEqual(expected.account);
  });

  it('gives a capture the background accepts', () => {
    expect(requestProblem('capture.store', { pageUrl: url, capture: expected })).toBeUndefined();
  });

  it('reads each post alone, as the page watcher does when a post is added or changes, the same as in the page', async () => {
    const pageUrl = new URL(url);
    const adapter = adapterFor(pageUrl)!;
    const alone = await withPage(html, (doc) => {
      const elements = [...doc.querySelectorAll(adapter.postSelector)];
      const outermost = elements.filter((element) => !elements.some((other) => other !== element && other.contains(element)));
      return outermost.map((element) => adapter.extract(element, pageUrl));
    });
    expect(alone.flatMap((capture) => capture.posts)).toEqual(expected.posts);
  });

  it('never throws and never invents a post or a number on a damaged page', async () => {
    const pageUrl = new URL(url);
    const adapter = adapterFor(pageUrl)!;
    await withPage(html, (intactPage) => fc.assert(
      fc.property(pageMutations, (mutations) => {
        const doc = intactPage.cloneNode(true) as Document;
        applyMutations(doc, mutations);
        const damaged = adapter.extract(doc, pageUrl);
        expectNothingInvented(damaged, expected, summedMetrics);
        expect(requestProblem('capture.store', { pageUrl: url, capture: damaged })).toBeUndefined();
      }),
      // A megabyte-sized real capture costs a second per damaged copy; fewer runs still cover it.
      { numRuns: html.length > 200_000 ? 6 : 40 },
    ));
  }, 60_000);
});

describe('the adapter registry', () => {
  it.each(adapters.map((adapter) => [adapter.network, adapter] as const))(
    '%s has at least one fixture test',
    (network) => {
      expect(cases.some((fixture) => fixture.network === network)).toBe(true);
    },
  );
});

/**
 * A damaged page may lose posts and metrics, but whatever remains must be what the intact page
 * said. A metric may fall back from an exact label to the compact visible text (30 142 → 29.9K),
 * so it may differ from the exact value by the rounding of a compact count (5 %).
 */
function expectNothingInvented(damaged: PageCapture, intact: PageCapture, summedMetrics: string[]): void {
  const intactPosts = new Map(intact.posts.map((post) => [post.postId, post]));
  for (const post of damaged.posts) {
    const original = intactPosts.get(post.postId);
    expect(original, `invented post ${post.postId}`).toBeDefined();
    expectMetricsWithin(post, original!, summedMetrics);
  }
  if (damaged.account?.followers !== undefined) {
    expect(intact.account?.followers).toBeDefined();
    expectClose(damaged.account.followers, intact.account!.followers!, 'followers');
  }
}

function expectMetricsWithin(post: CapturedPost, original: CapturedPost, summedMetrics: string[]): void {
  for (const [metric, value] of Object.entries(post.metrics)) {
    if (value === undefined) continue;
    const originalValue = original.metrics[metric as keyof CapturedPost['metrics']];
    expect(originalValue, `${post.postId}: invented ${metric} = ${value}`).toBeDefined();
    if (summedMetrics.includes(metric)) expect(value).toBeLessThanOrEqual(originalValue! * 1.05);
    else expectClose(value, originalValue!, `${post.postId} ${metric}`);
  }
}

function expectClose(value: number, original: number, what: string): void {
  expect(Math.abs(value - original), `${what}: ${value} vs ${original}`).toBeLessThanOrEqual(
    Math.max(0, original * 0.05),
  );
}
