/**
 * What the plan's pages do to items: the store's change, then a word to the background to
 * rebuild the reminder alarms from the database (the pages cannot hold alarms themselves).
 */
import type { SmmDeckDatabase } from '../platform/db';
import { sendCommand } from '../platform/messages';
import { createPlanItem, deletePlanItem, updatePlanItem, type PlanItemDraft } from './items';

function syncReminders(): void {
  void sendCommand('plan.syncReminders', {}).catch((error: unknown) => console.error('[SMM Deck] could not update reminders', error));
}

export async function addItem(db: SmmDeckDatabase, draft: PlanItemDraft): Promise<number> {
  const id = await createPlanItem(db, { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, ...draft }, Date.now());
  syncReminders();
  return id;
}

export async function changeItem(db: SmmDeckDatabase, id: number, change: Partial<PlanItemDraft>): Promise<void> {
  await updatePlanItem(db, id, change, Date.now());
  syncReminders();
}

export async function removeItem(db: SmmDeckDatabase, id: number): Promise<void> {
  await deletePlanItem(db, id);
  syncReminders();
}

/** After an import or a restore: many items changed at once. */
export function itemsChanged(): void {
  syncReminders();
}
