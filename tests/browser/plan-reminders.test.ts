import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shotPath } from './harness/shots';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { eventually, putRows, readTable, sendFromExtensionPage } from './harness/extension-db';
import { day, planItem, planItemById, type PlanItem } from './harness/plan-items';
import { SiteServer } from './harness/site-server';

/**
 * The content plan's way out of the extension, in Chromium: CSV import with its preview and
 * errors, the .ics download, the popup's "copy and open the composer", a reminder that really
 * fires and whose click opens the composer with the text copied, and reminders rebuilt when a
 * stopped worker starts again.
 */

/** The extension API the tests call inside the worker and the extension pages. */
declare const chrome: {
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]>; clear(name: string): Promise<boolean> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
};

let server: SiteServer;
let browser: ExtensionBrowser;
let sidePanel: Page;

beforeAll(async () => {
  server = await new SiteServer().start();
  browser = await launchWithExtension({ serverPort: server.port });
  // The tests read the clipboard back; copying needs no grant.
  await browser.context.grantPermissions(['clipboard-read']);
  sidePanel = await browser.openExtensionPage('sidepanel.html');
  await sidePanel.waitForSelector('.tool');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('import and export in the planner', () => {
  let planner: Page;

  beforeAll(async () => {
    planner = await browser.openExtensionPage('planner.html');
    await planner.click('[data-view="transfer"]');
  });

  it('refuses a bad CSV naming its row and column, and writes nothing', async () => {
    const before = await readTable(sidePanel, 'planItems');
    await planner.setInputFiles('[data-import="csv"]', {
      name: 'plan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('title,date,networks\nGood,2026-12-01 10:00,x\nBad,31.02.2026,vk\n'),
    });
    expect(await planner.locator('[data-import-problem]').textContent()).toBe(
      'plan.csv was not imported. Row 3, column "date": "31.02.2026" is not a date (write 2026-11-27 14:30 or 27.11.2026 14:30)',
    );
    expect(await planner.locator('[data-import-preview]').count()).toBe(0);
    expect(await readTable(sidePanel, 'planItems')).toEqual(before);
  });

  it('previews a good CSV and writes it only when confirmed', async () => {
    const before = await readTable<PlanItem>(sidePanel, 'planItems');
    await planner.setInputFiles('[data-import="csv"]', {
      name: 'december.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('\uFEFFtitle;date;networks;rubric;text\nНовогодний пост;27.12.2026 12:00;ВКонтакте, Telegram;Праздники;"С наступающим!\nВаш бренд"\n'),
    });
    const preview = planner.locator('[data-import-preview]');
    await preview.waitFor();
    expect(await preview.locator('tbody tr').count()).toBe(1);
    expect(await preview.locator('p.muted').textContent()).toBe('Will be created: Праздники');
    expect(await readTable(sidePanel, 'planItems')).toEqual(before);
    await planner.click('[data-import-confirm]');
    expect(await planner.locator('[data-import-done]').textContent()).toBe('Items imported: 1.');
    const added = (await readTable<PlanItem & { rubricId?: number }>(sidePanel, 'planItems')).filter((row) => !before.some((old) => old.id === row.id));
    const rubric = (await readTable<{ id: number; name: string }>(sidePanel, 'rubrics')).find((row) => row.name === 'Праздники');
    expect(added).toEqual([{
      id: expect.any(Number), title: 'Новогодний пост', body: 'С наступающим!\nВаш бренд', networks: ['vk', 'telegram'], status: 'idea',
      scheduledAt: new Date(2026, 11, 27, 12).getTime(), timeZone: expect.any(String), rubricId: rubric!.id, hashtags: [], links: [],
      createdAt: expect.any(Number), updatedAt: expect.any(Number),
    }]);
  });

  it('downloads the shown range as an .ics file', async () => {
    await planner.fill('input[name="from"]', '2026-12-01');
    await planner.fill('input[name="to"]', '2026-12-31');
    const download = planner.waitForEvent('download');
    await planner.click('[data-export="ics"]');
    const file = await download;
    expect(file.suggestedFilename()).toBe('smm-deck-plan-2026-12-01-2026-12-31.ics');
    const chunks: Buffer[] = [];
    for await (const chunk of (await file.createReadStream())) chunks.push(chunk as Buffer);
    const ics = Buffer.concat(chunks).toString('utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('SUMMARY:Новогодний пост\r\n');
    await planner.screenshot({ path: shotPath('plan-transfer'), fullPage: true });
  });
});

describe('the popup', () => {
  it('lists today\'s items and copies the text on the way to the network\'s composer', async () => {
    await putRows(sidePanel, 'planItems', [planItem({ id: 30, title: 'Lunch post', body: 'Обед — в 13:00 🍲', networks: ['x', 'vk'], scheduledAt: day(0, 13) })]);
    const popup = await browser.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 320, height: 600 });
    const row = popup.locator('[data-plan-item="30"]');
    await row.waitFor();
    await popup.screenshot({ path: shotPath('plan-popup'), fullPage: true });
    const composer = browser.context.waitForEvent('page');
    await row.locator('[data-compose-network="x"]').click();
    const page = await composer;
    await page.waitForURL(/^https:\/\/x\.com\/intent\/post\?/);
    expect(new URL(page.url()).searchParams.get('text')).toBe('Обед — в 13:00 🍲');
    await popup.bringToFront();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe('Обед — в 13:00 🍲');
    await page.close();
    await popup.close();
  });
});

describe('reminders', () => {
  it('fires a notification its lead time before the post, and its click opens the composer with the text copied', async () => {
    // Due in 65 s with a 1-minute lead: the alarm is 5 s away (unpacked extensions may set alarms under 30 s).
    const scheduledAt = Date.now() + 65_000;
    await putRows(sidePanel, 'planItems', [
      planItem({ id: 20, title: 'Launch post', body: 'Big news, друзья! 🎉', networks: ['bluesky'], status: 'scheduled', scheduledAt, reminderLeadMinutes: 1 }),
    ]);
    expect(await sendFromExtensionPage(sidePanel, 'plan.syncReminders', {})).toEqual({ ok: true, response: { reminders: expect.any(Number) } });
    const alarms = await browser.worker.evaluate(() => chrome.alarms.getAll());
    expect(alarms).toContainEqual(expect.objectContaining({ name: 'plan-reminder:20', scheduledTime: scheduledAt - 60_000 }));

    const notifications = await eventually(async () => {
      const shown = await browser.worker.evaluate(() => chrome.notifications.getAll());
      if (!('plan-reminder:20' in shown)) throw new Error(`no reminder yet: ${JSON.stringify(shown)}`);
      return shown;
    }, 30_000);
    expect(Object.keys(notifications)).toContain('plan-reminder:20');
    await eventually(async () => expect((await planItemById(sidePanel, 20))?.remindedFor).toBe(scheduledAt));
    // rebuilt from the database, the fired reminder does not come back
    await sendFromExtensionPage(sidePanel, 'plan.syncReminders', {});
    expect((await browser.worker.evaluate(() => chrome.alarms.getAll())).map((alarm) => alarm.name)).not.toContain('plan-reminder:20');

    // The click handler and this command open the same page.
    const composer = browser.context.waitForEvent('page', { predicate: (page) => page.url().includes('compose') || page.url().includes('bsky.app') });
    await sendFromExtensionPage(sidePanel, 'plan.openCompose', { itemId: 20 });
    const page = await composer;
    await page.waitForURL(/^https:\/\/bsky\.app\/intent\/compose\?/);
    expect(new URL(page.url()).searchParams.get('text')).toBe('Big news, друзья! 🎉');
    const clipboard = await browser.openExtensionPage('sidepanel.html');
    await clipboard.bringToFront();
    expect(await clipboard.evaluate(() => navigator.clipboard.readText())).toBe('Big news, друзья! 🎉');
    await clipboard.close();
    await page.close();
  });

  it('are rebuilt from the database when a stopped worker starts again', async () => {
    const scheduledAt = day(3, 10);
    await putRows(sidePanel, 'planItems', [planItem({ id: 40, title: 'Written while the worker slept', status: 'approved', scheduledAt })]);
    await sidePanel.evaluate(() => chrome.alarms.clear('plan-reminder:40'));
    const cdp = await browser.context.newCDPSession(await browser.context.newPage());
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => statuses.push(...versions.map((version) => version.runningStatus)));
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await eventually(async () => expect(statuses).toContain('stopped'));
    expect((await sidePanel.evaluate(() => chrome.alarms.getAll())).map((alarm) => alarm.name)).not.toContain('plan-reminder:40');

    // Any event wakes it; its top-level start rebuilds the alarms.
    await sendFromExtensionPage(sidePanel, 'account.status', { network: 'x', handle: 'nobody' });
    const alarm = await eventually(async () => {
      const found = (await sidePanel.evaluate(() => chrome.alarms.getAll())).find((candidate) => candidate.name === 'plan-reminder:40');
      if (!found) throw new Error('no alarm yet');
      return found;
    });
    // the default lead time, 30 minutes
    expect(alarm.scheduledTime).toBe(scheduledAt - 30 * 60_000);
  });
});
