import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trendAt } from '../../../utils/clip/trends';
import type { Network } from '../../../utils/networks/types';
import { withPageAt } from './article-page';

const EXPLORE = 'https://x.com/explore/tabs/trending';
const explore = readFileSync(resolve(import.meta.dirname, '../../fixtures/trends/x-explore-en.html'), 'utf8');

/** What trendAt finds under the first element matching `selector`, without the element. */
async function trendUnder(url: string, html: string, selector: string, network: Network) {
  return withPageAt(url, html, (document) => {
    const found = trendAt(document.querySelector(selector)!, new URL(url), network);
    return found && { url: found.url, trend: found.trend, element: found.element.localName };
  });
}

describe('X trends on the Explore page', () => {
  it('a hashtag trend: rank, topic, post count, and the hashtag page as its address', async () => {
    // The pointer is over the count line's text, deep inside the cell.
    await expect(trendUnder(EXPLORE, explore, '[data-testid="trend"] div[dir]:nth-child(3) span', 'x')).resolves.toEqual({
      url: 'https://x.com/hashtag/blackfriday',
      trend: { network: 'x', name: '#BlackFriday', seenOn: EXPLORE, postCount: 125_000, rank: 1 },
      element: 'div',
    });
  });

  it('a topic trend is searched for; a trend without a count has none', async () => {
    const cells = '[data-testid="cellInnerDiv"]';
    await expect(trendUnder(EXPLORE, explore, `${cells}:nth-child(2) [data-testid="trend"]`, 'x')).resolves.toEqual({
      url: 'https://x.com/search?q=Creator%20Economy',
      trend: { network: 'x', name: 'Creator Economy', seenOn: EXPLORE, postCount: 8_412, rank: 2 },
      element: 'div',
    });
    await expect(trendUnder(EXPLORE, explore, `${cells}:nth-child(3) [data-testid="trend"] span`, 'x')).resolves.toEqual({
      url: 'https://x.com/search?q=Threads%20vs%20X',
      trend: { network: 'x', name: 'Threads vs X', seenOn: EXPLORE },
      element: 'div',
    });
  });

  it("a hashtag link in a post: one address whatever the case or X's click parameter", async () => {
    await expect(trendUnder(EXPLORE, explore, '[data-testid="tweetText"] a', 'x')).resolves.toEqual({
      url: 'https://x.com/hashtag/blackfriday',
      trend: { network: 'x', name: '#BlackFriday', seenOn: EXPLORE },
      element: 'a',
    });
  });
});

describe('hashtag links on other networks', () => {
  it('VK: the news search for a hashtag, and a community hashtag #tag@community', async () => {
    const wall = '<div class="wall_post_text">Скидки <a href="/feed?section=search&amp;q=%23чёрнаяпятница">#чёрнаяпятница</a> <a href="/wall-1?q=%23кофе@brand">#кофе@brand</a></div>';
    await expect(trendUnder('https://vk.com/brand', wall, 'a', 'vk')).resolves.toEqual({
      url: 'https://vk.com/feed?section=search&q=%23%D1%87%D1%91%D1%80%D0%BD%D0%B0%D1%8F%D0%BF%D1%8F%D1%82%D0%BD%D0%B8%D1%86%D0%B0',
      trend: { network: 'vk', name: '#чёрнаяпятница', seenOn: 'https://vk.com/brand' },
      element: 'a',
    });
    await expect(trendUnder('https://vk.com/brand', wall, 'a + a', 'vk')).resolves.toMatchObject({
      url: 'https://vk.com/wall-1?q=%23%D0%BA%D0%BE%D1%84%D0%B5@brand',
      trend: { name: '#кофе' },
    });
  });

  it('Telegram: a channel preview links hashtags as ?q=%23tag', async () => {
    const message = '<div class="tgme_widget_message_text js-message_text" dir="auto">New roast <a href="?q=%23coffee">#coffee</a></div>';
    await expect(trendUnder('https://t.me/s/northwind', message, 'a', 'telegram')).resolves.toEqual({
      url: 'https://t.me/s/northwind?q=%23coffee',
      trend: { network: 'telegram', name: '#coffee', seenOn: 'https://t.me/s/northwind' },
      element: 'a',
    });
  });

  it('Instagram, LinkedIn and Mastodon tag links; ordinary links and searches are no trends', async () => {
    const links = `<a id="ig" href="/explore/tags/Latte/">#Latte</a><a id="li" href="https://www.linkedin.com/search/results/all/?keywords=%23coffee&amp;origin=HASH_TAG_FROM_FEED"><span>hashtag</span><span>#Coffee</span></a>
      <a id="plain" href="/northwindlab">Northwind</a><a id="search" href="/search?q=coffee+beans">coffee beans</a><a id="js" href="javascript:void(0)">#x</a>`;
    await expect(trendUnder('https://www.instagram.com/brand/', links, '#ig', 'instagram')).resolves.toMatchObject({
      url: 'https://www.instagram.com/explore/tags/latte/',
      trend: { name: '#Latte' },
    });
    await expect(trendUnder('https://www.linkedin.com/feed/', links, '#li', 'linkedin')).resolves.toMatchObject({ trend: { name: '#coffee' } });
    for (const id of ['#plain', '#search', '#js']) await expect(trendUnder('https://x.com/home', links, id, 'x')).resolves.toBeUndefined();
  });
});
