import type { Page } from 'playwright-core';
import { readTable } from './extension-db';

/** A plan item row as the tests write and read it. */
export interface PlanItem {
  id: number;
  title: string;
  body: string;
  networks: string[];
  status: string;
  scheduledAt?: number;
  timeZone?: string;
  hashtags: string[];
  links: string[];
  remindedFor?: number;
  reminderLeadMinutes?: number;
  rubricId?: number;
  assigneeId?: number;
  createdAt: number;
  updatedAt: number;
}

/** Local midnight of today plus `days`, then `hour:minute`, in the browser's (and this machine's) time zone. */
export function day(days: number, hour = 0, minute = 0): number {
  const date = new Date();
  date.setHours(0, 0, 0, 0);
  date.setDate(date.getDate() + days);
  date.setHours(hour, minute);
  return date.getTime();
}

/** A full plan item row; tests override what they are about. */
export function planItem(change: Partial<PlanItem>): Omit<PlanItem, 'id' | 'title'> & Partial<PlanItem> {
  return { body: '', networks: ['x'], status: 'draft', hashtags: [], links: [], createdAt: Date.now(), updatedAt: Date.now(), ...change };
}

export async function planItemById(extensionPage: Page, id: number): Promise<PlanItem | undefined> {
  return (await readTable<PlanItem>(extensionPage, 'planItems')).find((row) => row.id === id);
}
