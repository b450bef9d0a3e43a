import { describe, expect, it } from 'vitest';
import type { Dashboard, DashboardPost } from '../../../utils/dashboard/aggregate';
import { accountsCsv, csvFormatFor, dashboardJson, exportFileName, postsCsv, toCsv } from '../../../utils/dashboard/export';
import { periodOf } from '../../../utils/dashboard/time';

const ZONE = 'Europe/Moscow';
const post: DashboardPost = {
  account: 'x/brand', network: 'x', handle: 'brand', postId: '42', url: 'https://x.com/brand/status/42',
  text: 'Sale; "50%" off,\nnow', publishedAt: Date.parse('2026-11-03T21:30:00Z'), dated: true,
  metrics: { likes: 100, comments: 10, shares: 0, views: 2_200 }, interactions: 110, followers: 1_100,
  erFollowers: 10, erViews: 5, timesUsual: 2.2, zScore: 1.23456789, growthPerHour: { likes: 50 / 24 },
};
const dashboard: Dashboard = {
  period: periodOf('2026-11-01', '2026-11-07', ZONE),
  timeZone: ZONE,
  method: 'median',
  accounts: [{
    id: 'x/brand', network: 'x', handle: 'brand', name: 'Brand, Inc.', url: 'https://x.com/brand', own: false, followers: 1_100,
    growth: { absolute: -100, percent: -8.333333, weeklyRate: -2.5 }, posts: 3, postsPerWeek: 3, averageInteractions: 57.333333,
    er: 5, erViews: 5, erDay: 2.2987, loveRate: 4.6061, talkRate: 0.4545, amplification: undefined,
  }],
  posts: [post],
  topPosts: [post],
  networks: [],
  followerSeries: { buckets: [], lines: [] },
  erSeries: { buckets: [], lines: [] },
};

describe('CSV for Excel in the user\'s language', () => {
  it('uses ; and a decimal comma where the locale writes 1,5 (ru, de), and , with a point elsewhere', () => {
    expect(csvFormatFor('ru')).toEqual({ separator: ';', decimal: ',' });
    expect(csvFormatFor('de-DE')).toEqual({ separator: ';', decimal: ',' });
    expect(csvFormatFor('en-US')).toEqual({ separator: ',', decimal: '.' });
  });

  it('starts with a BOM, ends lines with CRLF, quotes what needs it and keeps formulas as text', () => {
    const csv = toCsv(['a', 'b', 'c', 'd'], [['=SUM(A1)', 'x;y', -1.5, true], ['"hi"', undefined, 1_234_567.891_23, false]], csvFormatFor('ru'));
    expect(csv).toBe('\uFEFFa;b;c;d\r\n\'=SUM(A1);"x;y";-1,5;yes\r\n"""hi""";;1234567,8912;no\r\n');
  });

  it('one row per account and period, the ER columns naming their method', () => {
    const lines = accountsCsv(dashboard, csvFormatFor('en')).slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'network,handle,name,own,from,to,time_zone,followers,follower_growth,follower_growth_pct,weekly_growth_pct,posts,' +
        'posts_per_week,average_interactions,er_pct_median,er_views_pct_median,er_day_pct,love_rate_pct_median,' +
        'talk_rate_pct_median,amplification_pct_median',
    );
    expect(lines[1]).toBe('x,brand,"Brand, Inc.",no,2026-11-01,2026-11-07,Europe/Moscow,1100,-100,-8.3333,-2.5,3,3,57.3333,5,5,2.2987,4.6061,0.4545,');
  });

  it('one row per post, published in the user\'s zone', () => {
    const undated = { ...post, postId: '43', url: 'https://x.com/brand/status/43', dated: false, text: undefined, growthPerHour: undefined };
    const lines = postsCsv(dashboard, [post, undated], csvFormatFor('ru')).slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'network;handle;post_id;url;published_Europe/Moscow;first_seen_Europe/Moscow;text;likes;comments;shares;views;saves;interactions;followers;' +
        'er_followers_pct;er_views_pct;times_usual;z_score;likes_per_hour;comments_per_hour;shares_per_hour;views_per_hour',
    );
    expect(lines[1]).toBe(
      'x;brand;42;https://x.com/brand/status/42;2026-11-04 00:30;;"Sale; ""50%"" off,\nnow";100;10;0;2200;;110;1100;10;5;2,2;1,2346;2,0833;;;',
    );
    // A post the page showed without a date: when it was first seen, in its own column.
    expect(lines[2]).toBe('x;brand;43;https://x.com/brand/status/43;;2026-11-04 00:30;;100;10;0;2200;;110;1100;10;5;2,2;1,2346;;;;');
  });
});

describe('JSON export', () => {
  it('holds the period, the method, the accounts and the posts with ISO times', () => {
    const parsed = JSON.parse(dashboardJson(dashboard, [post], Date.parse('2026-11-27T10:00:00Z')));
    expect(parsed).toEqual({
      app: 'smm-deck',
      kind: 'dashboard',
      generatedAt: '2026-11-27T10:00:00.000Z',
      timeZone: ZONE,
      period: { from: '2026-11-01', to: '2026-11-07', days: 7 },
      erMethod: 'median',
      accounts: [{ ...dashboard.accounts[0], amplification: undefined }].map((row) => JSON.parse(JSON.stringify(row))),
      networks: [],
      posts: [{ ...post, publishedAt: '2026-11-03T21:30:00.000Z' }],
    });
  });

  it('names files by what they hold and the period', () => {
    expect(exportFileName(dashboard, 'posts', 'csv')).toBe('smm-deck-posts-2026-11-01-2026-11-07.csv');
  });
});
