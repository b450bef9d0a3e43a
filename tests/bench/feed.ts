import type { Page } from 'playwright-core';

/**
 * Turns a saved page into a feed of generated posts: the feed is emptied, then copies of one saved
 * post are appended, each with its id rewritten, `count` in all, `batchSize` at a time with
 * `pauseMs` between batches (as infinite scroll delivers them). Runs in the page.
 */
export function generateFeed(
  page: Page,
  options: { postSelector: string; idToken: string; count: number; batchSize: number; pauseMs: number },
): Promise<void> {
  return page.evaluate(async ({ postSelector, idToken, count, batchSize, pauseMs }) => {
    const posts = [...document.querySelectorAll(postSelector)].filter((post) => !post.parentElement?.closest(postSelector));
    const template = posts.find((post) => post.outerHTML.includes(idToken)) ?? posts[0];
    if (!template?.parentElement) throw new Error('no post to copy on the page');
    const feed = template.parentElement;
    const markup = template.outerHTML.replace(/<smm-deck-badge\b[^>]*><\/smm-deck-badge>/g, '');
    for (const post of posts) if (post.parentElement === feed) post.remove();
    // Numeric ids get digits; others (Facebook's pfbid…, shortcodes) letters their alphabet allows.
    const alphabet = /^[\d_-]+$/.test(idToken) ? '0123456789' : 'ABCDEFGHJK';
    const suffix = (n: number) => [...String(n).padStart(4, '0')].map((digit) => alphabet[Number(digit)]).join('');
    for (let start = 0; start < count; start += batchSize) {
      const html = Array.from({ length: Math.min(batchSize, count - start) }, (_, i) =>
        markup.replaceAll(idToken, `${idToken}${suffix(start + i)}`),
      ).join('');
      feed.insertAdjacentHTML('beforeend', html);
      if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }, options);
}

/** Starts collecting the page's long tasks (over 50 ms); the returned function reads them. */
export async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const durations: number[] = [];
    (window as unknown as { smmLongTasks: number[] }).smmLongTasks = durations;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(entry.duration))).observe({
      type: 'longtask',
      buffered: false,
    });
  });
  return () => page.evaluate(() => (window as unknown as { smmLongTasks: number[] }).smmLongTasks);
}
