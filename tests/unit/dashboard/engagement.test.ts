import { describe, expect, it } from 'vitest';
import { averageEr, erByFollowers, erByViews, interactions, postEngagement } from '../../../utils/dashboard/metrics';

describe('engagement formulas, against hand-computed values', () => {
  it('interactions add the metrics the page shows and nothing else', () => {
    expect(interactions({ likes: 553, comments: 48, shares: 152, views: 30_142 })).toBe(753);
    expect(interactions({ likes: 10 })).toBe(10);
    expect(interactions({ views: 100 })).toBeUndefined();
    expect(interactions({})).toBeUndefined();
  });

  it('ER by followers = interactions / followers × 100', () => {
    expect(erByFollowers({ likes: 553, comments: 48, shares: 152 }, 12_000)).toBeCloseTo(6.275, 10);
    expect(erByFollowers({ likes: 1 }, 0)).toBeUndefined();
    expect(erByFollowers({ likes: 1 }, undefined)).toBeUndefined();
  });

  it('ER by views = interactions / views × 100', () => {
    expect(erByViews({ likes: 553, comments: 48, shares: 152, views: 30_142 })).toBeCloseTo(2.49817, 4);
    expect(erByViews({ likes: 5 })).toBeUndefined();
  });

  it('the badge prefers followers, then views, then the raw count', () => {
    const metrics = { likes: 90, comments: 10, views: 1_000 };
    expect(postEngagement(metrics, 2_000)).toEqual({ basis: 'followers', rate: 5, interactions: 100, followers: 2_000 });
    expect(postEngagement(metrics)).toEqual({ basis: 'views', rate: 10, interactions: 100, views: 1_000 });
    expect(postEngagement({ likes: 7 })).toEqual({ basis: 'interactions', interactions: 7 });
    expect(postEngagement({ views: 7 })).toBeUndefined();
  });

  it('average ER is the mean of per-post ERs by followers', () => {
    expect(averageEr([{ likes: 10 }, { likes: 30 }, { views: 5 }], 1_000)).toBeCloseTo(2, 10);
    expect(averageEr([], 1_000)).toBeUndefined();
  });
});
