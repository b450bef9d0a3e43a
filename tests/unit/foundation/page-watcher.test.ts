import { afterEach, describe, expect, it } from 'vitest';
import type { NetworkAdapter, PageCapture } from '../../../utils/networks/types';
import { scanRoots, watchPage } from '../../../utils/page-watcher';

/** A tiny adapter over `<article data-id data-likes>` so the watcher is tested on its own. */
const testAdapter: NetworkAdapter = {
  network: 'x',
  postSelector: 'article',
  matches: () => true,
  extract(root) {
    const articles = [...(root instanceof Element && root.matches('article') ? [root] : []), ...root.querySelectorAll('article')];
    const header = root.querySelector('header[data-followers]');
    return {
      ...(header ? { account: { network: 'x', handle: 'brand', url: 'https://x.com/brand', followers: Number(header.getAttribute('data-followers')) } } : {}),
      posts: articles.map((article) => ({
        network: 'x',
        postId: article.getAttribute('data-id')!,
        url: `https://x.com/brand/status/${article.getAttribute('data-id')}`,
        authorHandle: 'brand',
        metrics: { likes: Number(article.querySelector('span')?.textContent) },
      })),
    };
  },
};

const controllers: AbortController[] = [];
afterEach(() => {
  controllers.forEach((controller) => controller.abort());
  document.body.innerHTML = '';
});

function start(tasks: (() => void)[]) {
  const captures: PageCapture[] = [];
  const controller = new AbortController();
  controllers.push(controller);
  const watcher = watchPage({
    adapter: testAdapter,
    document,
    currentUrl: () => new URL('https://x.com/brand'),
    onCapture: (capture) => captures.push(capture),
    signal: controller.signal,
    schedule: (task) => tasks.push(task),
  });
  return { captures, watcher, controller };
}

const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));
const article = (id: string, likes: number) => `<article data-id="${id}"><span>${likes}</span></article>`;

describe('watchPage', () => {
  it('reads the page at start, then only posts the page adds, in the next idle task', async () => {
    document.body.innerHTML = `<header data-followers="500"></header><main>${article('1', 3)}</main>`;
    const tasks: (() => void)[] = [];
    const { captures } = start(tasks);
    expect(captures).toHaveLength(1);
    expect(captures[0]!.account?.followers).toBe(500);

    document.querySelector('main')!.insertAdjacentHTML('beforeend', article('2', 7) + article('3', 1));
    await mutationsDelivered();
    expect(captures).toHaveLength(1); // nothing is done inside the observer callback
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(captures[1]!.posts.map((post) => post.postId)).toEqual(['2', '3']);
  });

  it('re-reads a post whose count changed, and skips posts that did not change', async () => {
    document.body.innerHTML = `<main>${article('1', 3)}${article('2', 4)}</main>`;
    const tasks: (() => void)[] = [];
    const { captures } = start(tasks);
    document.querySelector('article[data-id="1"] span')!.textContent = '4';
    await mutationsDelivered();
    tasks.shift()!();
    expect(captures.at(-1)!.posts).toEqual([expect.objectContaining({ postId: '1', metrics: { likes: 4 } })]);
  });

  it('stops observing when the content script is invalidated', async () => {
    document.body.innerHTML = '<main></main>';
    const tasks: (() => void)[] = [];
    const { controller } = start(tasks);
    controller.abort();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', article('9', 1));
    await mutationsDelivered();
    expect(tasks).toHaveLength(0);
  });

  it('rescans the whole page after an in-app navigation', () => {
    document.body.innerHTML = `<header data-followers="500"></header>${article('1', 3)}`;
    const tasks: (() => void)[] = [];
    const { captures, watcher } = start(tasks);
    document.body.innerHTML = `<header data-followers="900"></header>${article('5', 3)}`;
    watcher.rescan();
    expect(captures.at(-1)).toMatchObject({ account: { followers: 900 }, posts: [{ postId: '5' }] });
  });
});

describe('scanRoots', () => {
  it('reduces changed nodes to their posts and drops nested roots', () => {
    document.body.innerHTML = `<main>${article('1', 1)}<div id="loose"><p>x</p></div></main>`;
    const span = document.querySelector('article span')!;
    const loose = document.getElementById('loose')!;
    const roots = scanRoots([span.firstChild!, span, loose, loose.firstElementChild!], 'article');
    expect(roots).toEqual([document.querySelector('article'), loose]);
  });
});
