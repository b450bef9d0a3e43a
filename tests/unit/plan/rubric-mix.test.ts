import { describe, expect, it } from 'vitest';
import type { RubricRow } from '../../../utils/platform/db';
import { rubricMix } from '../../../utils/plan/rubric-mix';
import { planItem } from './fixtures';

const from = new Date(2026, 10, 23).getTime();
const to = new Date(2026, 10, 30).getTime();
const at = (day: number) => new Date(2026, 10, day, 12).getTime();

const education: RubricRow = { id: 1, name: 'Education', colour: '#2f6feb', targetShare: 40 };
const sales: RubricRow = { id: 2, name: 'Sales', colour: '#16a34a', targetShare: 20 };
const fun: RubricRow = { id: 3, name: 'Fun', colour: '#d97706', targetShare: 40 };

describe('rubric mix', () => {
  it('compares each rubric\'s share of the week with its target and warns past 10 points', () => {
    const items = [
      // 8 posts counted: education 4 (50 %), sales 3 (37.5 %), fun 1 (12.5 %)
      ...[23, 24, 25, 26].map((day) => planItem({ scheduledAt: at(day), rubricId: 1 })),
      ...[27, 28, 29].map((day) => planItem({ scheduledAt: at(day), rubricId: 2 })),
      planItem({ scheduledAt: at(29), rubricId: 3 }),
      // not counted: cancelled, unscheduled, outside the week (the 30th is the next Monday)
      planItem({ scheduledAt: at(24), rubricId: 3, status: 'cancelled' }),
      planItem({ rubricId: 3 }),
      planItem({ scheduledAt: at(30), rubricId: 3 }),
      planItem({ scheduledAt: from - 1, rubricId: 3 }),
    ];
    const mix = rubricMix(items, [education, sales, fun], from, to);
    expect(mix).toEqual({
      total: 8,
      withoutRubric: 0,
      shares: [
        // 50 − 40 = +10: exactly 10 points off is still fine
        { rubric: education, count: 4, actualShare: 50, difference: 10, warning: false },
        // 37.5 − 20 = +17.5
        { rubric: sales, count: 3, actualShare: 37.5, difference: 17.5, warning: true },
        // 12.5 − 40 = −27.5
        { rubric: fun, count: 1, actualShare: 12.5, difference: -27.5, warning: true },
      ],
    });
  });

  it('counts items without a rubric (or with a deleted one) in the total', () => {
    const items = [
      planItem({ scheduledAt: at(23), rubricId: 1 }),
      planItem({ scheduledAt: at(24) }),
      planItem({ scheduledAt: at(25), rubricId: 99 }),
      planItem({ scheduledAt: at(26), rubricId: 1, status: 'published' }),
    ];
    const mix = rubricMix(items, [education], from, to);
    expect(mix.total).toBe(4);
    expect(mix.withoutRubric).toBe(2);
    expect(mix.shares[0]).toEqual({ rubric: education, count: 2, actualShare: 50, difference: 10, warning: false });
  });

  it('gives no warnings for an empty range', () => {
    expect(rubricMix([], [education, sales], from, to)).toEqual({
      total: 0,
      withoutRubric: 0,
      shares: [
        { rubric: education, count: 0, actualShare: 0, difference: -40, warning: false },
        { rubric: sales, count: 0, actualShare: 0, difference: -20, warning: false },
      ],
    });
  });
});
