import { afterEach, describe, expect, it } from 'vitest';
import type { CapturedAccount, NetworkAdapter } from '../../../utils/networks/types';
import { postElements, scanRoots, watchPage, type FoundPost } from '../../../utils/capture/page-watcher';

/** A tiny adapter over `<article data-id><span>likes</span></article>` so the watcher is tested alone. */
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
  const found: FoundPost[][] = [];
  const accounts: CapturedAccount[] = [];
  const controller = new AbortController();
  controllers.push(controller);
  const watcher = watchPage({
    adapter: testAdapter,
    document,
    currentUrl: () => new URL('https://x.com/brand'),
    onPosts: (posts) => found.push(posts),
    onAccount: (account) => accounts.push(account),
    signal: controller.signal,
    schedule: (task) => tasks.push(task),
  });
  return { found, accounts, watcher, controller };
}

const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));
const article = (id: string, likes: number) => `<article data-id="${id}"><span>${likes}</span></article>`;
const ids = (posts: FoundPost[] | undefined) => posts?.map(({ post }) => post.postId);

describe('watchPage', () => {
  it('reads the page at start, then only the posts the page adds, in the next idle task', async () => {
    document.body.innerHTML = `<header data-followers="500"></header><main>${article('1', 3)}</main>`;
    const tasks: (() => void)[] = [];
    const { found, accounts } = start(tasks);
    expect(ids(found[0])).toEqual(['1']);
    expect(found[0]![0]!.element).toBe(document.querySelector('article'));
    expect(accounts).toEqual([expect.objectContaining({ handle: 'brand', followers: 500 })]);

    document.querySelector('main')!.insertAdjacentHTML('beforeend', article('2', 7) + article('3', 1));
    await mutationsDelivered();
    expect(found).toHaveLength(1); // nothing is done inside the observer callback
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(ids(found[1])).toEqual(['2', '3']);
    expect(accounts).toHaveLength(1);
  });

  it('re-reads only the post whose count changed', async () => {
    document.body.innerHTML = `<main>${article('1', 3)}${article('2', 4)}</main>`;
    const tasks: (() => void)[] = [];
    const { found } = start(tasks);
    document.querySelector('article[data-id="1"] span')!.textContent = '4';
    await mutationsDelivered();
    tasks.shift()!();
    expect(found.at(-1)!.map(({ post }) => post)).toEqual([expect.objectContaining({ postId: '1', metrics: { likes: 4 } })]);
  });

  it("ignores the extension's own badges being added", async () => {
    document.body.innerHTML = `<main>${article('1', 3)}</main>`;
    const tasks: (() => void)[] = [];
    start(tasks);
    document.querySelector('article')!.append(document.createElement('smm-deck-badge'));
    await mutationsDelivered();
    expect(tasks).toHaveLength(0);
  });

  it('finds an account header that renders after the posts', async () => {
    document.body.innerHTML = `<main>${article('1', 3)}</main>`;
    const tasks: (() => void)[] = [];
    const { accounts } = start(tasks);
    expect(accounts).toEqual([]);
    document.body.insertAdjacentHTML('afterbegin', '<header data-followers="42"></header>');
    await mutationsDelivered();
    tasks.shift()!();
    expect(accounts).toEqual([expect.objectContaining({ followers: 42 })]);
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
    const { found, accounts, watcher } = start(tasks);
    document.body.innerHTML = `<header data-followers="900"></header>${article('5', 3)}`;
    watcher.rescan();
    expect(ids(found.at(-1))).toEqual(['5']);
    expect(accounts.at(-1)).toMatchObject({ followers: 900 });
  });
});

describe('scanRoots and postElements', () => {
  it('reduce changed nodes to their posts and drop nested roots', () => {
    document.body.innerHTML = `<main>${article('1', 1)}<div id="loose"><p>x</p></div></main>`;
    const span = document.querySelector('article span')!;
    const loose = document.getElementById('loose')!;
    const roots = scanRoots([span.firstChild!, span, loose, loose.firstElementChild!], 'article');
    expect(roots).toEqual([document.querySelector('article'), loose]);
  });

  it('a post quoted inside a post is not a post element of its own', () => {
    document.body.innerHTML = `<main><article data-id="1"><article data-id="2"></article></article>${article('3', 1)}</main>`;
    expect(postElements(document, 'article').map((element) => element.getAttribute('data-id'))).toEqual(['1', '3']);
  });
});

describe('other readers share the watcher', () => {
  it('a reader gets the whole page at start and after a rescan, then only the elements the page added', async () => {
    const tasks: (() => void)[] = [];
    const reads: string[][] = [];
    const controller = new AbortController();
    controllers.push(controller);
    document.body.innerHTML = `<ul><li data-c="1">one</li></ul>`;
    const watcher = watchPage({
      adapter: testAdapter,
      document,
      currentUrl: () => new URL('https://x.com/brand/status/1'),
      onPosts: () => undefined,
      onAccount: () => undefined,
      signal: controller.signal,
      schedule: (task) => tasks.push(task),
      readers: [
        {
          selector: 'li',
          read: (roots) => reads.push([...roots].flatMap((root) => [...root.querySelectorAll('li'), ...(root instanceof Element && root.matches('li') ? [root] : [])].map((li) => li.getAttribute('data-c')!))),
        },
      ],
    });
    expect(reads).toEqual([['1']]);

    document.querySelector('ul')!.insertAdjacentHTML('beforeend', '<li data-c="2">two</li>');
    document.querySelector('li[data-c="1"]')!.append(' (edited)');
    await mutationsDelivered();
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(reads[1]!.sort()).toEqual(['1', '2']);

    watcher.rescan();
    expect(reads[2]).toEqual(['1', '2']);
  });
});
