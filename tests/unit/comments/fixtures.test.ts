import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentSourceFor, commentSources } from '../../../utils/comments';
import type { CapturedComment } from '../../../utils/comments/types';
import { requestProblem } from '../../../utils/platform/message-schemas';
import type { Network } from '../../../utils/networks/types';
import { applyMutations, pageMutations } from '../networks/page-mutations';
import { loadCommentCases, parsePage } from './cases';

const cases = loadCommentCases();

describe.each(cases)('$network: $name', ({ network, url, html, expected }) => {
  const source = commentSourceFor(network as Network)!;
  const pageUrl = new URL(url);

  it('reads every field of every comment, replies after the comment they answer', () => {
    expect(source.matches(pageUrl)).toBe(true);
    expect(source.extractComments(parsePage(html, url), pageUrl)).toEqual(expected);
  });

  it('gives comments the background accepts', () => {
    expect(requestProblem('comments.store', { comments: expected })).toBeUndefined();
  });

  it('reads each comment alone, as the watcher does when comments are added, the same as in the page', () => {
    const page = parsePage(html, url);
    const alone = [...page.querySelectorAll(source.commentSelector)].flatMap((element) => source.extractComments(element, pageUrl));
    const unique = [...new Map(alone.map((comment) => [comment.commentId, comment])).values()];
    expect(unique).toEqual(expected);
  });

  it('finds each comment\'s element and its Reply control by the comment id', () => {
    const page = parsePage(html, url);
    for (const comment of expected) {
      const element = source.findComment(page, comment.commentId);
      expect(element, comment.commentId).toBeDefined();
      expect(source.extractComments(element!, pageUrl).find((read) => read.commentId === comment.commentId)).toEqual(comment);
      const control = source.replyControl(element!);
      if (control) expect(control.textContent + (control.getAttribute('aria-label') ?? '')).toMatch(/reply|ответить/i);
    }
  });

  it('never throws and never invents a comment on a damaged page', () => {
    const intact = parsePage(html, url);
    const known = new Map(expected.map((comment) => [comment.commentId, comment]));
    const handles = new Set([...expected.map((comment) => comment.authorHandle), ...pageUrl.pathname.split('/').filter(Boolean)]);
    fc.assert(
      fc.property(pageMutations, (mutations) => {
        const page = intact.cloneNode(true) as Document;
        applyMutations(page, mutations);
        const damaged = source.extractComments(page, pageUrl);
        for (const comment of damaged) expectFromPage(comment, known.get(comment.commentId), handles);
        expect(requestProblem('comments.store', { comments: damaged })).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('the comment sources', () => {
  it.each(commentSources.map((source) => [source.network]))('%s has fixtures, and each has a Reply control found', (network) => {
    const own = cases.filter((fixture) => fixture.network === network);
    expect(own.length).toBeGreaterThanOrEqual(2);
    const withControls = own.some(({ url, html, expected }) => {
      const source = commentSourceFor(network)!;
      const page = parsePage(html, url);
      return expected.every((comment) => source.replyControl(source.findComment(page, comment.commentId)!) !== undefined);
    });
    expect(withControls).toBe(true);
  });

  it('reads the comments under the posts of a Facebook group, as under a page\'s', () => {
    expect(commentSourceFor('facebook')!.matches(new URL('https://www.facebook.com/groups/kazanbakers/'))).toBe(true);
    expect(commentSourceFor('facebook')!.matches(new URL('https://www.facebook.com/groups/kazanbakers/posts/1234567890123/'))).toBe(true);
  });

  it('reads nothing on pages that are not a post\'s own', () => {
    expect(commentSourceFor('x')!.matches(new URL('https://x.com/northwindlab'))).toBe(false);
    expect(commentSourceFor('youtube')!.matches(new URL('https://www.youtube.com/@northwind'))).toBe(false);
    expect(commentSourceFor('instagram')!.matches(new URL('https://www.instagram.com/northwind/'))).toBe(false);
    expect(commentSourceFor('reddit')!.matches(new URL('https://www.reddit.com/r/kazan/'))).toBe(false);
    expect(commentSourceFor('facebook')!.matches(new URL('https://www.facebook.com/'))).toBe(false);
    expect(commentSourceFor('facebook')!.matches(new URL('https://www.facebook.com/marketplace/'))).toBe(false);
    expect(commentSourceFor('facebook')!.matches(new URL('https://www.facebook.com/harborlightbakery/about'))).toBe(false);
    expect(commentSourceFor('bluesky')!.matches(new URL('https://bsky.app/profile/harborbakes.bsky.social'))).toBe(false);
    expect(commentSourceFor('bluesky')!.matches(new URL('https://bsky.app/profile/harborbakes.bsky.social/post/3lmho2amy222b/liked-by'))).toBe(false);
    expect(commentSourceFor('mastodon')!.matches(new URL('https://hachyderm.io/@harborbakes'))).toBe(false);
    expect(commentSourceFor('mastodon')!.matches(new URL('https://hachyderm.io/@harborbakes/with_replies'))).toBe(false);
  });
});

/**
 * A comment read from a damaged page is one of the page's, under the same post, by someone the
 * page names; its text and name may lose parts with the markup around them, but stay text.
 */
function expectFromPage(comment: CapturedComment, original: CapturedComment | undefined, handles: ReadonlySet<string>): void {
  expect(original, `invented comment ${comment.commentId}`).toBeDefined();
  const { network, commentId, postId, postUrl } = comment;
  expect({ network, commentId, postId, postUrl }).toEqual({ network: original!.network, commentId: original!.commentId, postId: original!.postId, postUrl: original!.postUrl });
  expect(handles.has(comment.authorHandle), `invented author ${comment.authorHandle}`).toBe(true);
  if (comment.publishedAt !== undefined) expect(comment.publishedAt).toBe(original!.publishedAt);
  expect(typeof comment.text).toBe('string');
  if (comment.authorName !== undefined) expect(typeof comment.authorName).toBe('string');
}
