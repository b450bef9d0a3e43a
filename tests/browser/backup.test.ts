import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { eventually, readTable } from './harness/extension-db';

/**
 * Backup and restore as a user does them on the settings page: export from one browser profile,
 * restore into an empty one, and find every table identical, row by row.
 */
const TABLES = ['accounts', 'accountSnapshots', 'posts', 'postSnapshots'] as const;
const POSTS = 2_000;
const SNAPSHOTS_PER_POST = 10;

let source: ExtensionBrowser;
let target: ExtensionBrowser;
let sourceOptions: Page;
let targetOptions: Page;
const timings: Record<string, number> = {};

beforeAll(async () => {
  source = await launchWithExtension({ serverPort: 1 });
  target = await launchWithExtension({ serverPort: 1 });
  // The side panel opens the database, so Dexie has created it before anything is written.
  for (const browser of [source, target]) await (await browser.openExtensionPage('sidepanel.html')).waitForSelector('.tool');
  sourceOptions = await source.openExtensionPage('options.html');
  targetOptions = await target.openExtensionPage('options.html');
  await fillEveryTable(sourceOptions);
});

afterAll(async () => {
  console.log(`backup of ${POSTS} posts and ${POSTS * SNAPSHOTS_PER_POST} snapshots: export ${timings.export} ms, restore ${timings.restore} ms`);
  await source?.close();
  await target?.close();
});

/** A generated data set with every table filled, written straight into the extension's database. */
function fillEveryTable(page: Page) {
  return page.evaluate(
    ({ posts, perPost }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('smm-deck');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['accounts', 'accountSnapshots', 'posts', 'postSnapshots'], 'readwrite');
          const start = Date.UTC(2026, 0, 1);
          for (let a = 0; a < 20; a += 1) {
            tx.objectStore('accounts').put({ network: 'vk', handle: `brand${a}`, name: `Бренд <b>${a}</b>`, url: `https://vk.com/brand${a}`, followers: 1_000 + a, tracked: a % 2 === 0, own: a === 1, firstSeenAt: start, lastSeenAt: start + a });
            for (let s = 0; s < 5; s += 1) tx.objectStore('accountSnapshots').add({ network: 'vk', handle: `brand${a}`, capturedAt: start + s * 3_600_000, followers: 1_000 + a + s });
          }
          for (let p = 0; p < posts; p += 1) {
            const metrics = p % 7 === 0 ? { likes: -3, comments: 1 } : { likes: p, comments: p % 13, shares: p % 5, views: p * 10 };
            tx.objectStore('posts').put({ network: 'vk', postId: `-1_${p}`, handle: `brand${p % 20}`, url: `https://vk.com/wall-1_${p}`, text: `Пост №${p} <script>window.hacked=1</script> 🎉`, publishedAt: new Date(start + p * 60_000).toISOString(), metrics, firstSeenAt: start, lastSeenAt: start + p });
            for (let s = 0; s < perPost; s += 1) tx.objectStore('postSnapshots').add({ network: 'vk', postId: `-1_${p}`, capturedAt: start + s * 3_600_000, metrics: { ...metrics, likes: (metrics.likes ?? 0) + s } });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { posts: POSTS, perPost: SNAPSHOTS_PER_POST },
  );
}

async function allTables(page: Page) {
  const tables: Record<string, unknown[]> = {};
  for (const table of TABLES) tables[table] = await readTable(page, table);
  return tables;
}

describe('backup and restore', () => {
  it('restores everything into an empty profile, identical row by row', async () => {
    let started = Date.now();
    const downloading = sourceOptions.waitForEvent('download');
    await sourceOptions.locator('button[name="exportBackup"]').click();
    const download = await downloading;
    const file = join(tmpdir(), `smm-deck-backup-${Date.now()}.json`);
    await download.saveAs(file);
    timings.export = Date.now() - started;
    await expect(eventually(() => sourceOptions.getByRole('status').textContent())).resolves.toMatch(/^Exported/);

    started = Date.now();
    await targetOptions.locator('input[name="restoreBackup"]').setInputFiles(file);
    const summary = targetOptions.locator('[data-backup-summary]');
    await eventually(async () => expect(await summary.locator('[data-table="postSnapshots"]').textContent()).toBe(`postSnapshots: ${(POSTS * SNAPSHOTS_PER_POST).toLocaleString('en')}`));
    await targetOptions.locator('button[name="restoreReplace"]').click();
    await eventually(async () => expect(await targetOptions.getByRole('status').textContent()).toMatch(/^Restored/), 60_000);
    timings.restore = Date.now() - started;

    const [before, after] = [await allTables(sourceOptions), await allTables(targetOptions)];
    for (const table of TABLES) {
      expect(after[table]!.length, table).toBe(before[table]!.length);
      expect(after[table], table).toEqual(before[table]);
    }
  });

  it('refuses a malformed file with a clear message and changes nothing', async () => {
    const before = await allTables(targetOptions);
    const bad = join(tmpdir(), `smm-deck-bad-${Date.now()}.json`);
    writeFileSync(bad, '{"format":"smm-deck-backup","backupVersion":1,"schemaVersion":1,"exportedAt":"2026-11-27T10:00:00.000Z","tables":{"accounts":[{"network":"vk"');
    await targetOptions.locator('input[name="restoreBackup"]').setInputFiles(bad);
    await expect(eventually(() => targetOptions.getByRole('alert').textContent())).resolves.toMatch(/not valid JSON/);
    expect(await allTables(targetOptions)).toEqual(before);
  });

  it('shows restored texts that hold HTML and script as text, running none of it', async () => {
    const panel = await target.openExtensionPage('sidepanel.html');
    const card = panel.locator('[data-account="vk/brand0"]');
    await eventually(async () => expect(await card.locator('[data-post]').count()).toBeGreaterThan(0));
    expect(await card.locator('[data-post]').first().textContent()).toContain('<script>window.hacked=1</script>');
    expect(await card.locator('script').count()).toBe(0);
    expect(await panel.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  });
});
