import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../../utils/dashboard/aggregate';
import { COLUMNS, sortAccounts } from '../../../utils/dashboard/columns';
import { webUrl } from '../../../utils/dashboard/format';

const row = (id: string, name: string, followers: number | undefined, er: number | undefined): AccountSummary => ({
  id, network: 'x', handle: id, name, url: `https://x.com/${id}`, own: false, followers, posts: 1, postsPerWeek: 1, er,
});
const rows = [row('a', 'Beta', 500, 2), row('b', 'alpha', undefined, 5), row('c', 'Gamma', 9_000, undefined), row('d', 'Delta', 100, 1)];

describe('the comparison table', () => {
  it('sorts by a figure, either way, with missing figures last both times', () => {
    expect(sortAccounts(rows, { column: 'er', direction: 'descending' }).map((r) => r.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(sortAccounts(rows, { column: 'er', direction: 'ascending' }).map((r) => r.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(sortAccounts(rows, { column: 'followers', direction: 'descending' }).map((r) => r.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortAccounts(rows, { column: 'followers', direction: 'ascending' }).map((r) => r.id)).toEqual(['d', 'a', 'c', 'b']);
  });

  it('sorts by name in the language\'s order', () => {
    expect(sortAccounts(rows, { column: 'account', direction: 'ascending' }).map((r) => r.name)).toEqual(['alpha', 'Beta', 'Delta', 'Gamma']);
  });

  it('has a column for every account figure, each with its formula', () => {
    expect(COLUMNS.map((column) => column.id)).toEqual([
      'followers', 'growth', 'growthPercent', 'weeklyGrowth', 'posts', 'postsPerWeek', 'interactions', 'er', 'erViews', 'erDay', 'loveRate', 'talkRate', 'amplification',
    ]);
    expect(COLUMNS.find((column) => column.id === 'er')!.label('median')).toBe('ER, median');
    expect(COLUMNS.find((column) => column.id === 'er')!.title('meanOfPosts')).toMatch(/^Mean of each post's interactions \/ followers × 100/);
    for (const column of COLUMNS) expect(column.title('ratioOfSums')).not.toBe('');
  });
});

describe('links', () => {
  it('go only to web pages', () => {
    expect(webUrl('https://x.com/brand')).toBe('https://x.com/brand');
    expect(webUrl('http://vk.com/club')).toBe('http://vk.com/club');
    expect(webUrl('javascript:alert(1)')).toBeUndefined();
    expect(webUrl(' JaVaScRiPt:alert(1)')).toBeUndefined();
  });
});
