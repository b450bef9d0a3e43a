import { beforeEach, describe, expect, it } from 'vitest';
import type { CapturedPost } from '../../../utils/networks/types';
import { BADGE_TAG, removePostBadges, renderPostBadge } from '../../../utils/capture/post-badge';

const post: CapturedPost = { network: 'x', postId: '1', url: 'https://x.com/a/status/1', authorHandle: 'a', metrics: { likes: 90, comments: 10, views: 1_000 } };

beforeEach(() => {
  document.body.innerHTML = '<article id="post"><p>text</p></article><shreddit-post id="custom"></shreddit-post>';
});

const badgeOf = (root: ParentNode) => root.querySelector(BADGE_TAG);

describe('renderPostBadge', () => {
  it('shows ER by followers when the audience is known, with the formula in the tooltip host data', () => {
    const article = document.getElementById('post')!;
    renderPostBadge(article, post, 2_000);
    const badge = article.lastElementChild!;
    expect(badge.localName).toBe(BADGE_TAG);
    expect(badge.getAttribute('data-basis')).toBe('followers');
    expect(badge.getAttribute('data-value')).toBe('ER 5%');
    expect(badge.getAttribute('title')).toBe('ER by followers = (likes 90 + comments 10) / 2,000 followers × 100 = 5%');
  });

  it('falls back to ER by views, and updates the same badge instead of adding another', () => {
    const article = document.getElementById('post')!;
    renderPostBadge(article, post, undefined);
    renderPostBadge(article, { ...post, metrics: { ...post.metrics, likes: 190 } }, undefined);
    expect(article.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    expect(badgeOf(article)!.getAttribute('data-value')).toBe('ER 20%');
    expect(badgeOf(article)!.getAttribute('data-basis')).toBe('views');
    expect(badgeOf(article)!.getAttribute('title')).toBe('ER by views = (likes 190 + comments 10) / 1,000 views × 100 = 20%');
  });

  it('puts the badge after a custom element, which would not render a light-DOM child', () => {
    const custom = document.getElementById('custom')!;
    renderPostBadge(custom, post, 2_000);
    expect(custom.nextElementSibling?.localName).toBe(BADGE_TAG);
    expect(custom.children).toHaveLength(0);
  });

  it('keeps each post its own badge when the site inserts posts between a post and its badge', () => {
    const first = document.getElementById('custom')!;
    renderPostBadge(first, post, 2_000);
    first.insertAdjacentHTML('afterend', '<shreddit-post id="second"></shreddit-post>');
    const second = document.getElementById('second')!;
    renderPostBadge(second, { ...post, metrics: { likes: 300 } }, 2_000);
    renderPostBadge(first, post, 2_000);
    expect([...document.querySelectorAll(BADGE_TAG)].map((badge) => badge.getAttribute('data-value'))).toEqual(['ER 15%', 'ER 5%']);
  });

  it('shows no badge for a post without counts, and badges can all be removed', () => {
    const article = document.getElementById('post')!;
    renderPostBadge(article, { ...post, metrics: {} }, 2_000);
    expect(badgeOf(document)).toBeNull();
    renderPostBadge(article, post, 2_000);
    removePostBadges(document);
    expect(badgeOf(document)).toBeNull();
  });

  it('keeps its content and styles in a shadow root, apart from the page', () => {
    const article = document.getElementById('post')!;
    renderPostBadge(article, post, 2_000);
    expect(badgeOf(article)!.textContent).toBe('');
    expect(badgeOf(article)!.shadowRoot!.querySelector('span')!.textContent).toBe('ER 5%');
    expect(badgeOf(article)!.shadowRoot!.querySelector('style')!.textContent).toContain(':host { all: initial;');
  });
});
