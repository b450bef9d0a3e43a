import { describe, expect, it } from 'vitest';
import {
  againstMedian,
  averageRate,
  bestTimeHeatmap,
  erDay,
  followerGrowth,
  growthPerHour,
  median,
  postsPerWeek,
} from '../../../utils/dashboard/metrics';

const DAY = 86_400_000;

describe('average ER, three ways, against hand-computed values', () => {
  // Three posts: 100 of 1 000, 30 of 1 000 and 20 of 2 000 followers (10 %, 3 %, 1 %).
  const posts = [
    { value: 100, base: 1_000 },
    { value: 30, base: 1_000 },
    { value: 20, base: 2_000 },
  ];

  it('ratio of sums (Popsters ERpost) = Σ interactions / Σ followers × 100', () => {
    // 150 / 4 000 × 100
    expect(averageRate(posts, 'ratioOfSums')).toBeCloseTo(3.75, 10);
  });

  it('mean of per-post ERs (LiveDune "weighted") = (10 + 3 + 1) / 3', () => {
    expect(averageRate(posts, 'meanOfPosts')).toBeCloseTo(4.666_666_7, 6);
  });

  it('median of per-post ERs = the middle one, or the mean of the two middle ones', () => {
    expect(averageRate(posts, 'median')).toBeCloseTo(3, 10);
    expect(averageRate([...posts, { value: 50, base: 1_000 }], 'median')).toBeCloseTo(4, 10);
  });

  it('leaves out parts without an audience and gives nothing for no parts', () => {
    expect(averageRate([{ value: 5, base: 0 }, { value: 10, base: 500 }], 'meanOfPosts')).toBeCloseTo(2, 10);
    expect(averageRate([], 'ratioOfSums')).toBeUndefined();
    expect(averageRate([{ value: 5, base: 0 }], 'median')).toBeUndefined();
  });

  it('a negative score (Reddit) stays negative', () => {
    expect(averageRate([{ value: -10, base: 1_000 }, { value: 30, base: 1_000 }], 'ratioOfSums')).toBeCloseTo(1, 10);
  });

  it('median of an empty list is undefined; it does not reorder its input', () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([])).toBeUndefined();
  });
});

describe('posting frequency and daily ER', () => {
  it('posts per week = posts / days × 7', () => {
    expect(postsPerWeek(12, 28)).toBe(3);
    expect(postsPerWeek(10, 90)).toBeCloseTo(0.777_78, 4);
    expect(postsPerWeek(5, 0)).toBe(0);
  });

  it('ERday averages each day\'s interactions over followers, days without posts as 0', () => {
    // (200 / 10 000 + 0 / 10 000 + 100 / 5 000) × 100 / 3 = (2 + 0 + 2) / 3
    expect(erDay([{ interactions: 200, followers: 10_000 }, { interactions: 0, followers: 10_000 }, { interactions: 100, followers: 5_000 }])).toBeCloseTo(
      1.333_333,
      5,
    );
    expect(erDay([{ interactions: 50, followers: 1_000 }, { interactions: 10 }])).toBeCloseTo(5, 10);
    expect(erDay([])).toBeUndefined();
  });
});

describe('follower growth (Fanpage Karma weekly rate)', () => {
  it('absolute, % and the compounded weekly rate', () => {
    // 10 000 → 12 100 in 14 days: +2 100, +21 %, and 1.21^(7/14) − 1 = 10 % a week.
    const growth = followerGrowth({ at: 0, followers: 10_000 }, { at: 14 * DAY, followers: 12_100 })!;
    expect(growth.absolute).toBe(2_100);
    expect(growth.percent).toBeCloseTo(21, 10);
    expect(growth.weeklyRate).toBeCloseTo(10, 10);
  });

  it('a loss compounds too: 1 000 → 810 in two weeks is −10 % a week', () => {
    const growth = followerGrowth({ at: 0, followers: 1_000 }, { at: 14 * DAY, followers: 810 })!;
    expect(growth).toEqual({ absolute: -190, percent: -19, weeklyRate: expect.closeTo(-10, 10) });
  });

  it('has no weekly rate for one instant and nothing from zero followers', () => {
    expect(followerGrowth({ at: 5, followers: 100 }, { at: 5, followers: 100 })).toEqual({ absolute: 0, percent: 0, weeklyRate: undefined });
    expect(followerGrowth({ at: 0, followers: 0 }, { at: DAY, followers: 10 })).toBeUndefined();
  });
});

describe('a post against the account\'s own median', () => {
  it('× usual = value / median; z = (value − median) / σ', () => {
    // Values 10, 20, 30, 40, 150: median 30, mean 50, σ = √((1600 + 900 + 400 + 100 + 10000) / 5) = √2600.
    const scored = againstMedian([10, 20, 30, 40, 150]);
    const sigma = Math.sqrt(2_600);
    expect(scored.map((score) => score.timesUsual)).toEqual([1 / 3, 2 / 3, 1, 4 / 3, 5]);
    expect(scored[4]!.zScore).toBeCloseTo(120 / sigma, 10);
    expect(scored[0]!.zScore).toBeCloseTo(-20 / sigma, 10);
    expect(scored[2]!.zScore).toBe(0);
  });

  it('gives no ratio over a zero median and no z when all values are equal', () => {
    expect(againstMedian([0, 0, 9])).toEqual([
      { timesUsual: undefined, zScore: expect.closeTo(0, 10) },
      { timesUsual: undefined, zScore: expect.closeTo(0, 10) },
      { timesUsual: undefined, zScore: expect.closeTo(9 / Math.sqrt(18), 10) },
    ]);
    expect(againstMedian([7, 7])).toEqual([{ timesUsual: 1, zScore: undefined }, { timesUsual: 1, zScore: undefined }]);
    expect(againstMedian([])).toEqual([]);
  });
});

describe('growth of a post\'s metrics per hour since its first snapshot', () => {
  it('= (latest − first) / hours, for the metrics both snapshots show', () => {
    const first = { capturedAt: 0, metrics: { likes: 100, comments: 10, views: 1_000 } };
    const latest = { capturedAt: 4 * 3_600_000, metrics: { likes: 300, comments: 12, shares: 8, views: 9_000 } };
    expect(growthPerHour(first, latest)).toEqual({ likes: 50, comments: 0.5, views: 2_000 });
  });

  it('needs two instants', () => {
    const only = { capturedAt: 10, metrics: { likes: 1 } };
    expect(growthPerHour(only, only)).toBeUndefined();
  });
});

describe('best time heatmap', () => {
  it('puts each post in its weekday and hour in the user\'s zone and takes the median ER per cell', () => {
    // 2026-11-23 is a Monday. 06:30 UTC is 09:30 in Moscow (UTC+3) and 01:30 in New York (UTC−5).
    const monday0630 = Date.parse('2026-11-23T06:30:00Z');
    const posts = [
      { publishedAt: monday0630, er: 2 },
      { publishedAt: monday0630 + 10 * 60_000, er: 4 },
      { publishedAt: monday0630 + 20 * 60_000, er: 9 },
      // Sunday 23:10 UTC: Monday 02:10 in Moscow, Sunday 18:10 in New York.
      { publishedAt: Date.parse('2026-11-22T23:10:00Z'), er: 1 },
    ];
    const moscow = bestTimeHeatmap(posts, 'Europe/Moscow');
    expect(moscow[0]![9]).toEqual({ posts: 3, medianEr: 4 });
    expect(moscow[0]![2]).toEqual({ posts: 1, medianEr: 1 });
    expect(moscow[6]![23]).toEqual({ posts: 0, medianEr: undefined });
    expect(moscow.flat().reduce((total, cell) => total + cell.posts, 0)).toBe(4);

    const newYork = bestTimeHeatmap(posts, 'America/New_York');
    expect(newYork[0]![1]).toEqual({ posts: 3, medianEr: 4 });
    expect(newYork[6]![18]).toEqual({ posts: 1, medianEr: 1 });
  });

  it('follows daylight saving time: the same UTC hour moves by one across the change', () => {
    // New York leaves DST on Sunday 2026-11-01 at 02:00 EDT. 14:00 UTC is 10:00 EDT on the
    // Saturday before and 09:00 EST on the Sunday after.
    const heatmap = bestTimeHeatmap(
      [
        { publishedAt: Date.parse('2026-10-31T14:00:00Z'), er: 1 },
        { publishedAt: Date.parse('2026-11-01T14:00:00Z'), er: 2 },
      ],
      'America/New_York',
    );
    expect(heatmap[5]![10]).toEqual({ posts: 1, medianEr: 1 });
    expect(heatmap[6]![9]).toEqual({ posts: 1, medianEr: 2 });
  });
});
