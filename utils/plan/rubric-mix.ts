import type { PlanItemRow, RubricRow } from '../platform/db';

/** A rubric more than this many percentage points off its target gets a warning. */
export const MIX_TOLERANCE_POINTS = 10;

export interface RubricShare {
  rubric: RubricRow;
  count: number;
  /** The rubric's share of the range's posts, in %. */
  actualShare: number;
  /** Actual minus target, in percentage points. */
  difference: number;
  warning: boolean;
}

export interface RubricMix {
  /** Posts in the range: every item scheduled in it except cancelled ones. */
  total: number;
  withoutRubric: number;
  shares: RubricShare[];
}

/** Each rubric's share of the posts scheduled in [from, to) against its target. */
export function rubricMix(items: readonly PlanItemRow[], rubrics: readonly RubricRow[], from: number, to: number): RubricMix {
  const counted = items.filter(
    (item) => item.status !== 'cancelled' && item.scheduledAt !== undefined && item.scheduledAt >= from && item.scheduledAt < to,
  );
  const total = counted.length;
  const shares = rubrics.map((rubric) => {
    const count = counted.filter((item) => item.rubricId === rubric.id).length;
    const actualShare = total === 0 ? 0 : (count / total) * 100;
    const difference = actualShare - rubric.targetShare;
    // An empty range has no mix to judge.
    return { rubric, count, actualShare, difference, warning: total > 0 && Math.abs(difference) > MIX_TOLERANCE_POINTS };
  });
  const known = new Set(rubrics.map((rubric) => rubric.id));
  const withoutRubric = counted.filter((item) => item.rubricId === undefined || !known.has(item.rubricId)).length;
  return { total, withoutRubric, shares };
}
