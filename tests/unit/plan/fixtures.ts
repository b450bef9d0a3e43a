import type { PlanItemRow } from '../../../utils/platform/db';

/** A full plan item; tests override what they are about. */
export function planItem(change: Partial<PlanItemRow> = {}): PlanItemRow {
  return {
    title: 'Post',
    body: '',
    networks: ['x'],
    status: 'draft',
    hashtags: [],
    links: [],
    createdAt: Date.UTC(2026, 10, 1),
    updatedAt: Date.UTC(2026, 10, 1),
    ...change,
  };
}
