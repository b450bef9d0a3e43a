/**
 * The content plan's items: creating, changing and moving them, the status flow, and the week's
 * agenda. Pages write through these functions and then ask the background to rebuild reminders
 * (utils/plan/actions.ts).
 */
import { PLAN_STATUSES, type PlanItemRow, type PlanStatus, type SmmDeckDatabase } from '../platform/db';
import type { Network } from '../networks/types';
import { addDays, startOfDay, startOfWeek } from './calendar';

export type PlanItemDraft = Omit<PlanItemRow, 'id' | 'createdAt' | 'updatedAt' | 'remindedFor'>;

/** The order a post goes through; `cancelled` can be reached from any step and leads nowhere. */
export const STATUS_FLOW: readonly PlanStatus[] = PLAN_STATUSES.filter((status) => status !== 'cancelled');

/** Statuses whose item still needs work: only these can be overdue or get a reminder. */
export function isOpen(status: PlanStatus): boolean {
  return status !== 'published' && status !== 'cancelled';
}

export function nextStatus(status: PlanStatus): PlanStatus | undefined {
  const index = STATUS_FLOW.indexOf(status);
  return index >= 0 ? STATUS_FLOW[index + 1] : undefined;
}

export function emptyDraft(change: Partial<PlanItemDraft> = {}): PlanItemDraft {
  return { title: '', body: '', networks: [], status: 'idea', hashtags: [], links: [], ...change };
}

export async function createPlanItem(db: SmmDeckDatabase, draft: PlanItemDraft, now: number): Promise<number> {
  const title = draft.title.trim();
  if (!title) throw new Error('A plan item needs a title');
  // A field the form left empty is absent from the row, not stored as undefined.
  const fields = Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined)) as PlanItemDraft;
  return (await db.planItems.add({ ...fields, title, createdAt: now, updatedAt: now })) as number;
}

export async function updatePlanItem(db: SmmDeckDatabase, id: number, change: Partial<PlanItemDraft>, now: number): Promise<void> {
  if (change.title !== undefined && !change.title.trim()) throw new Error('A plan item needs a title');
  await db.planItems.update(id, { ...change, updatedAt: now });
}

export function deletePlanItem(db: SmmDeckDatabase, id: number): Promise<void> {
  return db.planItems.delete(id);
}

/** When an item is dropped on a day it keeps its time of day; an unscheduled one gets `defaultHour`. */
export function movedToDay(scheduledAt: number | undefined, day: number, defaultHour = 10): number {
  const target = new Date(day);
  const time = scheduledAt === undefined ? undefined : new Date(scheduledAt);
  target.setHours(time?.getHours() ?? defaultHour, time?.getMinutes() ?? 0, 0, 0);
  return target.getTime();
}

export function isOverdue(item: PlanItemRow, now: number): boolean {
  return item.scheduledAt !== undefined && item.scheduledAt < now && isOpen(item.status);
}

export interface PlanFilter {
  network?: Network;
  rubricId?: number;
  assigneeId?: number;
}

export function matchesFilter(item: PlanItemRow, filter: PlanFilter): boolean {
  return (
    (filter.network === undefined || item.networks.includes(filter.network)) &&
    (filter.rubricId === undefined || item.rubricId === filter.rubricId) &&
    (filter.assigneeId === undefined || item.assigneeId === filter.assigneeId)
  );
}

export interface WeekAgenda {
  /** Open items whose time has passed, this week or before, oldest first. */
  overdue: PlanItemRow[];
  /** The rest of this week (Monday to Sunday) by day, in time order. */
  days: { day: number; items: PlanItemRow[] }[];
}

export function weekAgenda(items: readonly PlanItemRow[], now: number, filter: PlanFilter = {}): WeekAgenda {
  const from = startOfWeek(now);
  const to = addDays(from, 7);
  const shown = items.filter((item) => matchesFilter(item, filter)).sort(byTime);
  const overdue = shown.filter((item) => isOverdue(item, now));
  const days = Array.from({ length: 7 }, (_, index) => addDays(from, index)).map((day) => ({
    day,
    items: shown.filter(
      (item) => item.scheduledAt !== undefined && item.scheduledAt >= from && item.scheduledAt < to &&
        startOfDay(item.scheduledAt) === day && !isOverdue(item, now),
    ),
  }));
  return { overdue, days };
}

export function byTime(a: PlanItemRow, b: PlanItemRow): number {
  return (a.scheduledAt ?? Infinity) - (b.scheduledAt ?? Infinity) || (a.id ?? 0) - (b.id ?? 0);
}
