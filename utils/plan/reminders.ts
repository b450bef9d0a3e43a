/**
 * Reminders for scheduled plan items. Each open item with a time gets an alarm
 * `plan-reminder:<id>` its lead time before; the alarm shows a notification, and clicking the
 * notification opens the compose page (entrypoints/compose), which copies the text and goes on to
 * the network's composer.
 *
 *   item saved ──plan.syncReminders──▶ syncReminderAlarms ──▶ alarms (survive a stopped worker)
 *   worker start / install / startup ──────▶ syncReminderAlarms
 *   alarm ──▶ fireReminder: notification + item.remindedFor ──click──▶ compose.html?item=<id>
 *
 * The alarms are rebuilt from the database every time, so the worker keeps nothing in memory and
 * a lost alarm comes back at the next start.
 */
import type { PlanItemRow, SmmDeckDatabase } from '../platform/db';
import { isOpen } from './items';

export const REMINDER_PREFIX = 'plan-reminder:';

export interface Reminder {
  name: string;
  itemId: number;
  /** When the alarm fires, epoch ms. */
  when: number;
}

/**
 * The reminders the plan needs now: open items scheduled in the future whose reminder has not
 * fired for their current time. One whose lead time has already begun fires at once.
 */
export function plannedReminders(items: readonly PlanItemRow[], defaultLeadMinutes: number, now: number): Reminder[] {
  return items.flatMap((item) => {
    if (item.id === undefined || item.scheduledAt === undefined || item.scheduledAt <= now) return [];
    if (!isOpen(item.status) || item.remindedFor === item.scheduledAt) return [];
    const lead = item.reminderLeadMinutes ?? defaultLeadMinutes;
    const when = Math.max(item.scheduledAt - lead * 60_000, now);
    return [{ name: `${REMINDER_PREFIX}${item.id}`, itemId: item.id, when }];
  });
}

export function reminderItemId(name: string): number | undefined {
  if (!name.startsWith(REMINDER_PREFIX)) return undefined;
  const id = Number(name.slice(REMINDER_PREFIX.length));
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** The part of `browser.alarms` this needs. */
export interface Alarms {
  getAll(): Promise<{ name: string; scheduledTime: number }[]>;
  create(name: string, info: { when: number }): unknown;
  clear(name: string): Promise<boolean>;
}

/** Makes the browser's reminder alarms exactly those the plan needs, touching only the ones that differ. */
export async function syncReminderAlarms(db: SmmDeckDatabase, alarms: Alarms, defaultLeadMinutes: number, now: number): Promise<Reminder[]> {
  const wanted = plannedReminders(await db.planItems.toArray(), defaultLeadMinutes, now);
  const byName = new Map(wanted.map((reminder) => [reminder.name, reminder]));
  const existing = (await alarms.getAll()).filter((alarm) => alarm.name.startsWith(REMINDER_PREFIX));
  for (const alarm of existing) {
    const reminder = byName.get(alarm.name);
    if (!reminder) await alarms.clear(alarm.name);
    // An alarm already due keeps its time; one for a changed time is replaced.
    else if (reminder.when === alarm.scheduledTime || (reminder.when === now && alarm.scheduledTime <= now)) byName.delete(alarm.name);
  }
  for (const reminder of byName.values()) await alarms.create(reminder.name, { when: reminder.when });
  return wanted;
}

/** The part of `browser.notifications` this needs. */
export interface Notifications {
  create(id: string, options: ReminderText & { type: 'basic' }): Promise<string>;
}

export interface ReminderText {
  title: string;
  message: string;
  iconUrl: string;
  /** Chrome keeps such a notification until it is acted on; Firefox refuses the option. */
  requireInteraction?: boolean;
}

/**
 * Shows the item's reminder and records that it fired for this time. An item that was done,
 * cancelled or moved since the alarm was set gets no notification.
 */
export async function fireReminder(
  db: SmmDeckDatabase,
  notifications: Notifications,
  itemId: number,
  text: (item: PlanItemRow) => ReminderText,
): Promise<boolean> {
  const item = await db.planItems.get(itemId);
  if (!item || item.scheduledAt === undefined || !isOpen(item.status) || item.remindedFor === item.scheduledAt) return false;
  await notifications.create(`${REMINDER_PREFIX}${itemId}`, { type: 'basic', ...text(item) });
  await db.planItems.update(itemId, { remindedFor: item.scheduledAt });
  return true;
}
