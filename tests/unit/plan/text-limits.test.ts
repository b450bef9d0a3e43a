import { describe, expect, it } from 'vitest';
import { NETWORKS } from '../../../utils/networks/names';
import { checkText, countGraphemes, hashtagsIn, measureText, TEXT_LIMITS } from '../../../utils/plan/text-limits';

const FAMILY = '👨‍👩‍👧‍👦'; // four people joined by ZWJ: 7 code points, 11 UTF-16 units
const FLAG = '🇷🇺'; // two regional indicators
const THUMB = '👍🏽'; // emoji + skin tone modifier
const E_ACUTE = 'e\u0301'; // e + combining acute accent
const LONG_URL = 'https://example.com/a/very/long/path/that/goes/on?utm_source=plan&utm_medium=social';

describe('counting characters the way people see them', () => {
  it.each([
    ['plain ASCII', 'hello', 5],
    ['Cyrillic', 'привет', 6],
    ['a ZWJ family', FAMILY, 1],
    ['a flag', FLAG, 1],
    ['a skin-toned emoji', THUMB, 1],
    ['a combining accent', E_ACUTE, 1],
    ['stacked combining marks', 'Z\u0351\u036b\u0343', 1],
    ['a mark on a space', 'a \u0301b', 3],
    ['a tag-sequence flag (England)', '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}', 1],
    ['a keycap', '1\uFE0F\u20E3', 1],
    ['a Hangul syllable from jamo', '\u1100\u1161\u11A8', 1],
    ['emoji inside words', `go${FAMILY}go ${THUMB}x`, 8],
    ['an astral emoji alone', '🚀🚀', 2],
    ['all of them with spaces', `${FAMILY} ${FLAG} ${THUMB} ${E_ACUTE}`, 7],
    ['a new line', 'a\r\nb', 3],
  ])('%s', (_, text, expected) => {
    expect(countGraphemes(text)).toBe(expected);
    expect(measureText(text, { counting: 'graphemes' })).toBe(expected);
  });

  it('Bluesky allows exactly 300 graphemes, emoji included', () => {
    expect(checkText(FAMILY.repeat(300), 'bluesky')).toMatchObject({ length: 300, max: 300, tooLong: false });
    expect(checkText(FAMILY.repeat(301), 'bluesky')).toMatchObject({ length: 301, tooLong: true });
  });
});

describe('X counts like twitter-text', () => {
  it('counts every link as 23, however long or short', () => {
    // "Read " 5 + link 23 + " now" 4
    expect(checkText(`Read ${LONG_URL} now`, 'x').length).toBe(32);
    expect(checkText('Read https://t.co/a now', 'x').length).toBe(32);
    // trailing punctuation is not part of the link: 23 + "." 1
    expect(checkText(`${LONG_URL}.`, 'x').length).toBe(24);
  });

  it('weighs emoji sequences and CJK as 2, Latin and Cyrillic as 1', () => {
    expect(checkText(FAMILY, 'x').length).toBe(2);
    expect(checkText(FLAG, 'x').length).toBe(2);
    expect(checkText(THUMB, 'x').length).toBe(2);
    expect(checkText('日本語', 'x').length).toBe(6);
    expect(checkText('привет', 'x').length).toBe(6);
    // NFC turns e + U+0301 into é, one light character
    expect(checkText(E_ACUTE, 'x').length).toBe(1);
  });

  it('allows 280 and flags 281', () => {
    expect(checkText('a'.repeat(280), 'x')).toMatchObject({ length: 280, max: 280, tooLong: false });
    expect(checkText('a'.repeat(140) + '日'.repeat(71), 'x')).toMatchObject({ length: 282, tooLong: true });
  });
});

describe('other networks', () => {
  it('Mastodon counts links as 23 too; LinkedIn counts them as written', () => {
    expect(checkText(LONG_URL, 'mastodon').length).toBe(23);
    expect(checkText(LONG_URL, 'linkedin').length).toBe(LONG_URL.length);
  });

  it('Telegram allows 4 096 in a message and 1 024 under media', () => {
    const text = 'я'.repeat(1_025);
    expect(checkText(text, 'telegram')).toMatchObject({ length: 1_025, max: 4_096, tooLong: false });
    expect(checkText(text, 'telegram', true)).toMatchObject({ max: 1_024, tooLong: true });
    // a network without a caption limit ignores the media flag
    expect(checkText(text, 'linkedin', true).max).toBe(3_000);
  });

  it('Instagram allows five hashtags and Threads one', () => {
    const five = '#one #two #three #four #five';
    expect(checkText(five, 'instagram')).toMatchObject({ hashtags: 5, maxHashtags: 5, tooManyHashtags: false });
    expect(checkText(`${five} #six`, 'instagram')).toMatchObject({ hashtags: 6, tooManyHashtags: true });
    expect(checkText('#one', 'threads').tooManyHashtags).toBe(false);
    expect(checkText('#one #two', 'threads').tooManyHashtags).toBe(true);
  });

  it('finds hashtags, not anchors, HTML entities or numbers alone', () => {
    expect(hashtagsIn('#SMM #smm и #маркетинг, (#x_1) a#b &#39; #2026 https://e.com/#anchor')).toEqual(['SMM', 'маркетинг', 'x_1']);
  });

  it('shows a count without a limit where the network publishes none', () => {
    expect(checkText('текст', 'ok')).toEqual({ length: 5, max: undefined, hashtags: 0, maxHashtags: undefined, tooLong: false, tooManyHashtags: false });
  });

  it('has a limit entry with a source for every network', () => {
    for (const network of NETWORKS) expect(TEXT_LIMITS[network].source).not.toBe('');
    expect(Object.fromEntries(NETWORKS.map((network) => [network, TEXT_LIMITS[network].max]))).toEqual({
      x: 280, telegram: 4_096, vk: 16_384, youtube: 5_000, instagram: 2_200, reddit: 40_000, linkedin: 3_000,
      facebook: 63_206, tiktok: 4_000, threads: 500, bluesky: 300, mastodon: 500, ok: undefined, dzen: undefined,
    });
  });
});
