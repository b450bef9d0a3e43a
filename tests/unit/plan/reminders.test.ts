import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SmmDeckDatabase } from '../../../utils/platform/db';
import { requestProblem } from '../../../utils/platform/message-schemas';
import { createPlanHandlers } from '../../../utils/plan/background';
import { fireReminder, plannedReminders, reminderItemId, syncReminderAlarms, type Notifications } from '../../../utils/plan/reminders';
import { planItem } from './fixtures';

const now = Date.UTC(2026, 10, 27, 12);
const MINUTE = 60_000;

describe('which reminders the plan needs', () => {
  it('one per open, future, not yet reminded item, its lead time before', () => {
    const items = [
      planItem({ id: 1, scheduledAt: now + 120 * MINUTE }),
      // its own lead time wins over the setting
      planItem({ id: 2, scheduledAt: now + 120 * MINUTE, reminderLeadMinutes: 5 }),
      // the lead time has begun: fires at once
      planItem({ id: 3, scheduledAt: now + 10 * MINUTE }),
      planItem({ id: 4, scheduledAt: now - MINUTE }),
      planItem({ id: 5 }),
      planItem({ id: 6, scheduledAt: now + 120 * MINUTE, status: 'published' }),
      planItem({ id: 7, scheduledAt: now + 120 * MINUTE, status: 'cancelled' }),
      planItem({ id: 8, scheduledAt: now + 120 * MINUTE, remindedFor: now + 120 * MINUTE }),
      // moved after its reminder fired: reminded again for the new time
      planItem({ id: 9, scheduledAt: now + 180 * MINUTE, remindedFor: now + 120 * MINUTE }),
    ];
    expect(plannedReminders(items, 30, now)).toEqual([
      { name: 'plan-reminder:1', itemId: 1, when: now + 90 * MINUTE },
      { name: 'plan-reminder:2', itemId: 2, when: now + 115 * MINUTE },
      { name: 'plan-reminder:3', itemId: 3, when: now },
      { name: 'plan-reminder:9', itemId: 9, when: now + 150 * MINUTE },
    ]);
  });

  it('reads item ids back from alarm names', () => {
    expect(reminderItemId('plan-reminder:42')).toBe(42);
    expect(reminderItemId('plan-reminder:x')).toBeUndefined();
    expect(reminderItemId('plan-reminder:0')).toBeUndefined();
    expect(reminderItemId('thin-snapshots')).toBeUndefined();
  });
});

describe('keeping the alarms in step with the database', () => {
  it('creates, moves and clears reminder alarms and leaves other alarms alone', async () => {
    const db = new SmmDeckDatabase(`plan-alarms-${Math.random()}`);
    await db.planItems.bulkAdd([
      planItem({ scheduledAt: now + 60 * MINUTE }),
      planItem({ scheduledAt: now + 120 * MINUTE }),
    ]);
    await fakeBrowser.alarms.create('thin-snapshots', { when: now + 5 * MINUTE });
    await fakeBrowser.alarms.create('plan-reminder:99', { when: now + 5 * MINUTE });
    await syncReminderAlarms(db, fakeBrowser.alarms, 30, now);
    const alarms = async () => (await fakeBrowser.alarms.getAll()).map(({ name, scheduledTime }) => ({ name, scheduledTime })).sort((a, b) => a.name.localeCompare(b.name));
    expect(await alarms()).toEqual([
      { name: 'plan-reminder:1', scheduledTime: now + 30 * MINUTE },
      { name: 'plan-reminder:2', scheduledTime: now + 90 * MINUTE },
      { name: 'thin-snapshots', scheduledTime: now + 5 * MINUTE },
    ]);

    await db.planItems.update(1, { scheduledAt: now + 240 * MINUTE });
    await db.planItems.update(2, { status: 'cancelled' });
    await syncReminderAlarms(db, fakeBrowser.alarms, 30, now);
    expect(await alarms()).toEqual([
      { name: 'plan-reminder:1', scheduledTime: now + 210 * MINUTE },
      { name: 'thin-snapshots', scheduledTime: now + 5 * MINUTE },
    ]);
  });
});

describe('firing a reminder', () => {
  const text = () => ({ title: 'Time to post', message: 'soon', iconUrl: 'icon.png', requireInteraction: true });

  it('shows a notification once for the item\'s time', async () => {
    const db = new SmmDeckDatabase(`plan-fire-${Math.random()}`);
    const id = (await db.planItems.add(planItem({ scheduledAt: now + 30 * MINUTE }))) as number;
    const notifications: Notifications = { create: vi.fn(async (notificationId: string) => notificationId) };
    expect(await fireReminder(db, notifications, id, text)).toBe(true);
    expect(notifications.create).toHaveBeenCalledWith(`plan-reminder:${id}`, { type: 'basic', iconUrl: 'icon.png', title: 'Time to post', message: 'soon', requireInteraction: true });
    expect((await db.planItems.get(id))?.remindedFor).toBe(now + 30 * MINUTE);
    // a worker restart rebuilds alarms, but this reminder does not come back
    expect(plannedReminders(await db.planItems.toArray(), 30, now)).toEqual([]);
    expect(await fireReminder(db, notifications, id, text)).toBe(false);
    expect(notifications.create).toHaveBeenCalledTimes(1);
  });

  it('stays quiet for an item published, cancelled or deleted since', async () => {
    const db = new SmmDeckDatabase(`plan-quiet-${Math.random()}`);
    const published = (await db.planItems.add(planItem({ scheduledAt: now, status: 'published' }))) as number;
    const notifications: Notifications = { create: vi.fn(async (notificationId: string) => notificationId) };
    expect(await fireReminder(db, notifications, published, text)).toBe(false);
    expect(await fireReminder(db, notifications, 12345, text)).toBe(false);
    expect(notifications.create).not.toHaveBeenCalled();
  });
});

describe('the background\'s plan commands', () => {
  it('plan.syncReminders rebuilds the alarms with the lead time from the settings', async () => {
    const db = new SmmDeckDatabase(`plan-handlers-${Math.random()}`);
    const scheduledAt = Date.now() + 120 * MINUTE;
    await db.planItems.add(planItem({ scheduledAt }));
    expect(await createPlanHandlers(db)['plan.syncReminders']({}, {} as never)).toEqual({ reminders: 1 });
    // DEFAULT_SETTINGS: 30 minutes before
    expect(await fakeBrowser.alarms.get('plan-reminder:1')).toMatchObject({ scheduledTime: scheduledAt - 30 * MINUTE });
  });

  it('checks their requests', () => {
    expect(requestProblem('plan.syncReminders', {})).toBeUndefined();
    expect(requestProblem('plan.syncReminders', { all: true })).toMatch(/^all: /);
    expect(requestProblem('plan.openCompose', { itemId: 3, network: 'bluesky' })).toBeUndefined();
    expect(requestProblem('plan.openCompose', { itemId: 0 })).toMatch(/^itemId: /);
    expect(requestProblem('plan.openCompose', { itemId: 3, network: 'myspace' })).toMatch(/^network: /);
  });
});
