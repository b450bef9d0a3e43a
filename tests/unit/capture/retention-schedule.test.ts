import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SmmDeckDatabase } from '../../../utils/platform/db';
import { RETENTION_ALARM, runRetention, scheduleRetention } from '../../../utils/capture/retention-schedule';
import { DEFAULT_SETTINGS, settingsItem } from '../../../utils/platform/settings';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 27, 12);

async function databaseWithOldSnapshots() {
  const db = new SmmDeckDatabase(`retention-schedule-${Math.random()}`);
  // Three snapshots on one day 100 days ago, then a recent one: the day keeps its last.
  const day = now - 100 * DAY;
  await db.postSnapshots.bulkAdd([0, 1, 2].map((hour) => ({ network: 'x' as const, postId: '1', capturedAt: day + hour * 3_600_000, metrics: { likes: hour } })));
  await db.postSnapshots.add({ network: 'x', postId: '1', capturedAt: now - DAY, metrics: { likes: 9 } });
  await db.postSnapshots.add({ network: 'x', postId: '1', capturedAt: now, metrics: { likes: 10 } });
  return db;
}

describe('retention in the background', () => {
  it('creates its daily alarm once', async () => {
    const db = new SmmDeckDatabase(`retention-alarm-${Math.random()}`);
    scheduleRetention(db);
    await expect.poll(() => fakeBrowser.alarms.get(RETENTION_ALARM)).toMatchObject({ name: RETENTION_ALARM, periodInMinutes: 1_440 });
  });

  it('thins by the settings, and not at all when the user switched it off', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retention: { ...DEFAULT_SETTINGS.retention, enabled: false } });
    const db = await databaseWithOldSnapshots();
    expect(await runRetention(db, now)).toBeUndefined();
    expect(await db.postSnapshots.count()).toBe(5);

    await settingsItem.setValue(DEFAULT_SETTINGS);
    expect(await runRetention(db, now)).toEqual({ postSnapshotsDeleted: 1, accountSnapshotsDeleted: 0 });
    // The first snapshot (the baseline) and the day's last stay; the one between goes.
    expect((await db.postSnapshots.toArray()).map((row) => row.metrics.likes)).toEqual([0, 2, 9, 10]);
  });
});
