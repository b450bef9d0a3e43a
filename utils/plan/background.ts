/**
 * The content plan's part of the background worker: reminder alarms kept in step with the
 * database, their notifications, and the compose page a click opens. See utils/plan/reminders.ts.
 */
import { browser } from 'wxt/browser';
import type { PlanItemRow, SmmDeckDatabase } from '../platform/db';
import { formatPlanTime } from './format';
import { t } from '../platform/i18n';
import type { CommandHandlers } from '../platform/message-router';
import type { Network } from '../networks/types';
import { postText } from './composer';
import { fireReminder, reminderItemId, syncReminderAlarms } from './reminders';
import { readSettings, settingsItem } from '../platform/settings';

export function syncPlanReminders(db: SmmDeckDatabase, now = Date.now()) {
  return readSettings().then((settings) => syncReminderAlarms(db, browser.alarms, settings.reminderLeadMinutes, now));
}

function reminderText(item: PlanItemRow) {
  const text = postText(item).replace(/\s+/g, ' ').trim();
  return {
    title: t('planReminderTitle', item.title),
    message: [formatPlanTime(item.scheduledAt!), item.networks.join(', '), text.slice(0, 200)].filter(Boolean).join(' · '),
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    ...(import.meta.env.BROWSER === 'firefox' ? {} : { requireInteraction: true }),
  };
}

/** Opens the page that copies the item's text and goes on to the composer (entrypoints/compose). */
export async function openComposePage(itemId: number, network?: Network): Promise<number | undefined> {
  const query = new URLSearchParams({ item: String(itemId) });
  if (network) query.set('network', network);
  const tab = await browser.tabs.create({ url: browser.runtime.getURL(`/compose.html?${query}`) });
  return tab.id;
}

/** Registered at the worker's top level, so an alarm or a click wakes it. */
export function startPlanReminders(db: SmmDeckDatabase): void {
  const sync = () => void syncPlanReminders(db).catch((error: unknown) => console.error('[SMM Deck] could not set reminders', error));
  browser.alarms.onAlarm.addListener((alarm) => {
    const itemId = reminderItemId(alarm.name);
    if (itemId !== undefined) void fireReminder(db, browser.notifications, itemId, reminderText).catch((error: unknown) => console.error('[SMM Deck] reminder failed', error));
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    const itemId = reminderItemId(notificationId);
    if (itemId === undefined) return;
    void browser.notifications.clear(notificationId);
    void openComposePage(itemId);
  });
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  settingsItem.watch((next, previous) => {
    if (next.reminderLeadMinutes !== previous?.reminderLeadMinutes) sync();
  });
  sync();
}

export function createPlanHandlers(db: SmmDeckDatabase): Pick<CommandHandlers, 'plan.syncReminders' | 'plan.openCompose'> {
  return {
    'plan.syncReminders': async () => ({ reminders: (await syncPlanReminders(db)).length }),
    'plan.openCompose': async ({ itemId, network }) => ({ tabId: await openComposePage(itemId, network) }),
  };
}
