import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLIP_BUTTON_TAG, postClipDraft, removeClipButtons, renderPostClipButton } from '../../../utils/clip/button';
import type { ClipDraft } from '../../../utils/clip/draft';
import type { CapturedPost } from '../../../utils/networks/types';

const POST: CapturedPost = {
  network: 'x',
  postId: '1896543210987654321',
  url: 'https://x.com/northwindlab/status/1896543210987654321',
  authorHandle: 'northwindlab',
  authorName: 'Northwind Coffee Lab',
  publishedAt: '2025-03-04T08:30:00.000Z',
  text: 'Our spring menu is here ☕\n\nThree new single-origin pours.',
  metrics: { comments: 12, shares: 34, likes: 1_206, views: 48_213 },
  pinned: true,
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a post clip', () => {
  it('holds the post as the adapter read it, with the author followers as evidence', () => {
    expect(postClipDraft(POST, 4_812)).toEqual({
      kind: 'post',
      url: POST.url,
      title: 'Northwind Coffee Lab: Our spring menu is here ☕ Three new single-origin pours.',
      byline: 'Northwind Coffee Lab',
      siteName: 'x.com',
      publishedAt: POST.publishedAt,
      text: POST.text,
      post: {
        network: 'x',
        postId: POST.postId,
        handle: 'northwindlab',
        url: POST.url,
        authorName: 'Northwind Coffee Lab',
        publishedAt: POST.publishedAt,
        text: POST.text,
        metrics: POST.metrics,
        followers: 4_812,
      },
    } satisfies ClipDraft);
  });

  it('a post without text or name is titled by its handle; a long text is cut', () => {
    const bare = postClipDraft({ network: 'telegram', postId: 'brand/5', url: 'https://t.me/brand/5', authorHandle: 'brand', metrics: {} }, undefined);
    expect(bare).toEqual({
      kind: 'post', url: 'https://t.me/brand/5', title: '@brand', byline: '@brand', siteName: 't.me',
      post: { network: 'telegram', postId: 'brand/5', handle: 'brand', url: 'https://t.me/brand/5', metrics: {} },
    });
    expect(postClipDraft({ ...POST, text: 'word '.repeat(60) }, undefined).title).toHaveLength('Northwind Coffee Lab: '.length + 120);
  });
});

describe('the Clip button beside a post', () => {
  it('one per post, after its badge; a redraw updates what it clips; removing takes them all', () => {
    const article = document.createElement('article');
    article.append(document.createElement('smm-deck-badge'));
    document.body.append(article);
    const first = vi.fn(() => postClipDraft(POST, undefined));
    const second = vi.fn(() => postClipDraft(POST, 4_812));
    renderPostClipButton(article, first);
    renderPostClipButton(article, second);
    expect([...article.children].map((child) => child.localName)).toEqual(['smm-deck-badge', CLIP_BUTTON_TAG]);
    // The click clips the post's latest reading and stays the button's: the post's own link never sees it.
    const postClicks = vi.fn();
    article.addEventListener('click', postClicks);
    (article.querySelector(CLIP_BUTTON_TAG)!.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
    expect(postClicks).not.toHaveBeenCalled();
    removeClipButtons(document);
    expect(document.querySelector(CLIP_BUTTON_TAG)).toBeNull();
  });

  it('a custom element post (Reddit) gets it after itself and its badge', () => {
    const post = document.createElement('shreddit-post');
    const badge = document.createElement('smm-deck-badge');
    document.body.append(post, badge);
    renderPostClipButton(post, () => postClipDraft(POST, undefined));
    expect([...document.body.children].map((child) => child.localName)).toEqual(['shreddit-post', 'smm-deck-badge', CLIP_BUTTON_TAG]);
  });
});
