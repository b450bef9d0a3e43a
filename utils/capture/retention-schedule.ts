import { browser } from 'wxt/browser';
import type { SmmDeckDatabase } from '../platform/db';
import { thinSnapshots } from './retention';
import { readSettings } from '../platform/settings';

export const RETENTION_ALARM = 'thin-snapshots';
const DAY_MINUTES = 24 * 60;

/**
 * Thins old snapshots once a day, in the background worker, in small steps that never hold the
 * database for long. The alarm survives the worker being stopped; it is created only once.
 */
export function scheduleRetention(db: SmmDeckDatabase): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void runRetention(db);
  });
  void browser.alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 10, periodInMinutes: DAY_MINUTES });
  });
}

export async function runRetention(db: SmmDeckDatabase, now = Date.now()) {
  const { retention } = await readSettings();
  if (!retention.enabled) return undefined;
  return thinSnapshots(db, now, { keepAllDays: retention.keepAllDays, dailyUntilDays: retention.dailyUntilDays });
}
