import { describe, expect, it, vi } from 'vitest';
import { clipArticle, clipLink, clipSelection, normalizeUrl, pageMetadata, readingMinutes, textFragment } from '../../../utils/clip/extract';
import { articleFixture, withPageAt } from './article-page';

// happy-dom cannot host DOMPurify (it drops allowed elements and refuses in-place roots), so the
// sanitizer is tested where it runs, in Chromium (tests/browser/clip-xss.test.ts and clip.test.ts);
// here the extraction is checked with the HTML passed through as Readability gave it.
vi.mock('../../../utils/clip/sanitize', () => ({
  sanitizeClipHtml: (html: string) => html,
  sanitizeClipElement: (element: Element) => element.innerHTML,
}));

const GUARDIAN = 'https://www.theguardian.com/media/2026/nov/20/short-video-brand-discovery-survey';
const LENTA = 'https://lenta.ru/news/2026/11/21/korotkie-video/';

describe('Readability on saved news pages', () => {
  it('an English article (the Guardian): metadata, reading time and the text from its first paragraph', async () => {
    const html = articleFixture('guardian-en.html');
    // Opened from a shared link: the tracking parameters are not part of the clip's address.
    const draft = await withPageAt(`${GUARDIAN}?utm_source=twitter&utm_medium=social`, html, (document) => clipArticle(document));
    const { html: content, text, ...rest } = draft;
    expect(rest).toEqual({
      kind: 'article',
      url: GUARDIAN,
      title: 'Short video now drives half of brand discovery, survey finds',
      byline: 'Hannah Ellis',
      siteName: 'The Guardian',
      publishedAt: '2026-11-20T07:00:12.000Z',
      lang: 'en',
      excerpt: 'Marketers shift budgets to vertical video as a survey of 4,000 shoppers shows short clips overtaking search for finding new brands',
      imageUrl: 'https://i.guim.co.uk/img/media/4f2a/master/3000.jpg?width=1200&quality=85',
      readingMinutes: 2,
    });
    expect(text!.split('\n').slice(0, 2)).toEqual([
      'Marketers shift budgets to vertical video as a survey of 4,000 shoppers shows short clips overtaking search for finding new brands',
      'Short videos now account for half of the moments when shoppers first hear of a brand, according to a survey that suggests marketers are right to move money away from search and display advertising.',
    ]);
    expect(text).toContain('“A good idea posted on Tuesday beats a perfect one posted next month.”');
    // Navigation, the "most viewed" list, the sign-up form and the footer are not the article.
    for (const chrome of ['Most viewed', 'Sign up', 'Privacy policy', 'Support the Guardian']) expect(text).not.toContain(chrome);
    // The lazy image's real address and the relative link, made absolute.
    expect(content).toContain('https://i.guim.co.uk/img/media/81bc/master/chart.png?width=620');
    expect(content).toContain('href="https://www.theguardian.com/media/advertising"');
  });

  it('a Russian article (Lenta.ru): metadata from og:* and JSON-LD, the text in Cyrillic', async () => {
    const draft = await withPageAt(LENTA, articleFixture('lenta-ru.html'), (document) => clipArticle(document));
    const { html: _content, text, ...rest } = draft;
    expect(rest).toEqual({
      kind: 'article',
      url: LENTA,
      title: 'Бренды перенесли половину бюджетов в короткие видео',
      byline: 'Мария Соколова',
      siteName: 'Lenta.RU',
      publishedAt: '2026-11-21T10:45:00+03:00',
      lang: 'ru',
      excerpt: 'Российские бренды впервые потратили на короткие вертикальные видео больше, чем на баннерную рекламу',
      imageUrl: 'https://icdn.lenta.ru/images/2026/11/21/10/20261121104512345/share_9a1b.jpg',
      readingMinutes: 1,
    });
    const paragraphs = text!.split('\n');
    // Readability keeps the lead picture's credit line; the article's first paragraph follows it.
    expect(paragraphs[0]).toBe('Фото: Екатерина Чеснокова / РИА Новости');
    expect(paragraphs[1]).toMatch(/^Российские компании в третьем квартале впервые потратили на короткие вертикальные видео/);
    expect(paragraphs.at(-1)).toBe('Эксперты ожидают, что к концу года доля коротких видео в digital-бюджетах превысит 30 процентов. В 2025 году она составляла 19 процентов.');
    for (const chrome of ['Все новости', 'Курс доллара', 'Все права защищены', 'Читайте также']) expect(text).not.toContain(chrome);
  });

  it('never changes the live page: Readability reads a clone', async () => {
    const html = articleFixture('guardian-en.html');
    await withPageAt(GUARDIAN, html, (document) => {
      const before = document.documentElement.outerHTML;
      clipArticle(document);
      expect(document.documentElement.outerHTML).toBe(before);
    });
  });

  it('a page that is no article (a home page) becomes a link clip with the page metadata', async () => {
    const home = `<html lang="en"><head><title>Acme — home</title><meta property="og:description" content="Tools for makers">
      <meta property="og:image" content="/img/share.png"></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>`;
    const draft = await withPageAt('https://acme.example/?fbclid=abc#top', home, (document) => clipArticle(document));
    expect(draft).toEqual({
      kind: 'link',
      url: 'https://acme.example/#top',
      title: 'Acme — home',
      siteName: 'acme.example',
      lang: 'en',
      excerpt: 'Tools for makers',
      imageUrl: 'https://acme.example/img/share.png',
    });
  });
});

describe('a selection', () => {
  it('keeps the selected fragment as HTML and text, with the page metadata and a text-fragment address', async () => {
    const html = articleFixture('guardian-en.html');
    const draft = await withPageAt(GUARDIAN, html, (document, window) => {
      const paragraphs = document.querySelectorAll('#maincontent > p');
      const range = document.createRange();
      range.setStart(paragraphs[3]!, 0);
      range.setEnd(paragraphs[3]!, paragraphs[3]!.childNodes.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range as never);
      return clipSelection(document, selection as unknown as Selection);
    });
    const text = 'Spending followed the change of habit. Advertisers put £4.1bn into short-form video in the first nine months of the year, up by a third, while spending on display banners fell by 8%, according to figures from the Advertising Association.';
    const { html: fragment, ...rest } = draft!;
    expect(rest).toEqual({
      kind: 'selection',
      url: `${GUARDIAN}#:~:text=Spending%20followed%20the%20change%20of,figures%20from%20the%20Advertising%20Association.`,
      title: 'Short video now drives half of brand discovery, survey finds',
      byline: 'Hannah Ellis',
      siteName: 'the Guardian',
      publishedAt: '2026-11-20T07:00:12.000Z',
      lang: 'en',
      excerpt: text,
      imageUrl: 'https://i.guim.co.uk/img/media/4f2a/master/3000.jpg?width=1200&quality=85',
      text,
      readingMinutes: 1,
    });
    expect(fragment).toContain('<a href="https://www.theguardian.com/media/advertising"');
  });

  it('nothing selected: no clip', async () => {
    await withPageAt(GUARDIAN, '<p>text</p>', (document, window) => {
      expect(clipSelection(document, window.getSelection() as unknown as Selection)).toBeUndefined();
      expect(clipSelection(document, null)).toBeUndefined();
    });
  });
});

describe('a link and the page metadata', () => {
  it('a link clip takes the link text as its title and drops tracking parameters', async () => {
    const draft = await withPageAt(GUARDIAN, articleFixture('guardian-en.html'), (document) =>
      clipLink(document, 'https://www.theguardian.com/money/2026/nov/19/energy-bills'),
    );
    expect(draft).toEqual({
      kind: 'link',
      url: 'https://www.theguardian.com/money/2026/nov/19/energy-bills',
      title: 'Energy bills to fall by £50 in January',
      siteName: 'theguardian.com',
    });
    const unknown = await withPageAt(GUARDIAN, '<p></p>', (document) => clipLink(document, 'https://blog.example/post?utm_campaign=x&id=2'));
    expect(unknown).toEqual({ kind: 'link', url: 'https://blog.example/post?id=2', title: 'https://blog.example/post?id=2', siteName: 'blog.example' });
  });

  it('falls back from the canonical link to og:url to the address, and ignores a bad date or canonical', async () => {
    const page = `<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="/news/1">
      <meta property="article:published_time" content="yesterday"><title> A  title </title></head><body><time datetime="2026-01-02">2 Jan</time></body></html>`;
    const metadata = await withPageAt('https://site.example/news/1?utm_source=a', page, (document) => pageMetadata(document));
    expect(metadata).toEqual({ url: 'https://site.example/news/1', title: 'A title', siteName: 'site.example', publishedAt: '2026-01-02' });
  });
});

describe('helpers', () => {
  it('reading time at 200 words a minute, at least one minute', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes(Array(500).fill('слово').join(' '))).toBe(3);
    expect(readingMinutes(Array(1_000).fill('w').join('\n'))).toBe(5);
  });

  it('a text fragment encodes the dash and comma that the syntax reserves', () => {
    expect(textFragment('Tea, coffee - and  cake')).toBe('Tea%2C%20coffee%20%2D%20and%20cake');
    expect(textFragment('one two three four five six seven eight nine ten eleven')).toBe('one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven');
  });

  it('normalizeUrl keeps http(s) only, drops tracking parameters and addresses too long to store', () => {
    expect(normalizeUrl(`https://cdn.example/lead.jpg?sig=${'a'.repeat(4_000)}`)).toBeUndefined();
    expect(normalizeUrl('https://a.example/p?utm_source=x&q=1&fbclid=2#')).toBe('https://a.example/p?q=1');
    expect(normalizeUrl('javascript:alert(1)')).toBeUndefined();
    expect(normalizeUrl('data:text/html,hi')).toBeUndefined();
    expect(normalizeUrl('not a url')).toBeUndefined();
  });
});
