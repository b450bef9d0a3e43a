import type { Page } from 'playwright-core';

/**
 * Infinite scroll as the sites do it: scrolls down, then appends copies of a post below the last
 * one, each with the post's id rewritten so the page holds new, distinct posts.
 */
export async function scrollAndAppendCopies(
  page: Page,
  options: { postSelector: string; idToken: string; copies: string[]; batchSize: number },
): Promise<void> {
  for (let start = 0; start < options.copies.length; start += options.batchSize) {
    const batch = options.copies.slice(start, start + options.batchSize);
    await page.mouse.wheel(0, 1_500);
    await page.evaluate(
      ({ postSelector, idToken, batch }) => {
        const posts = [...document.querySelectorAll(postSelector)].filter((post) => !post.parentElement?.closest(postSelector));
        const template = posts.find((post) => post.outerHTML.includes(idToken));
        const last = posts[posts.length - 1];
        if (!template || !last) throw new Error(`no post with ${idToken} on the page`);
        // A copy of the page's markup, not of SMM Deck's own badge inside it.
        const markup = template.outerHTML.replace(/<smm-deck-badge\b[^>]*><\/smm-deck-badge>/g, '');
        const html = batch.map((newToken) => markup.replaceAll(idToken, newToken)).join('');
        last.insertAdjacentHTML('afterend', html);
      },
      { postSelector: options.postSelector, idToken: options.idToken, batch },
    );
    await page.waitForTimeout(200);
  }
}
