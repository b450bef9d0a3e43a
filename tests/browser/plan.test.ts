import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shotPath } from './harness/shots';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { eventually, putRows, readTable } from './harness/extension-db';
import { day, planItem, planItemById, type PlanItem } from './harness/plan-items';
import { SiteServer } from './harness/site-server';

/**
 * The content plan in Chromium: quick add and the agenda in the side panel; in the planner, drag
 * and drop on the board and the calendar (and the keyboard buttons that do the same), the
 * per-performer view, the library and the editor's live limit counters.
 */
let server: SiteServer;
let browser: ExtensionBrowser;
let sidePanel: Page;

const mondayOffset = () => -((new Date().getDay() + 6) % 7);

beforeAll(async () => {
  server = await new SiteServer().start();
  browser = await launchWithExtension({ serverPort: server.port });
  sidePanel = await browser.openExtensionPage('sidepanel.html');
  await sidePanel.setViewportSize({ width: 380, height: 900 });
  await sidePanel.click('.tool-nav__tab[data-tool="plan"]');
  await sidePanel.waitForSelector('[data-quick-add]');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the side panel Plan tab', () => {
  it('adds an item in one line and moves its status on with one click', async () => {
    // Late today, so that it is still ahead of the clock (unless the test runs in the last minute).
    const when = day(0, 23, 59);
    await sidePanel.fill('[data-quick-add] input[name="title"]', 'Пятничный кейс 🚀');
    await sidePanel.fill('[data-quick-add] input[name="when"]', new Date(when - new Date(when).getTimezoneOffset() * 60_000).toISOString().slice(0, 16));
    await sidePanel.selectOption('[data-quick-add] select[name="network"]', 'telegram');
    await sidePanel.click('[data-quick-add] button[type="submit"]');

    const [row] = await eventually(async () => {
      const rows = await readTable<PlanItem>(sidePanel, 'planItems');
      if (rows.length !== 1) throw new Error(`${rows.length} items`);
      return rows;
    });
    expect(row).toEqual({
      id: 1,
      title: 'Пятничный кейс 🚀',
      body: '',
      networks: ['telegram'],
      status: 'idea',
      scheduledAt: when,
      timeZone: expect.any(String),
      hashtags: [],
      links: [],
      createdAt: expect.any(Number),
      updatedAt: row!.createdAt,
    });
    // the form is empty again, and the agenda shows the item under today
    expect(await sidePanel.inputValue('[data-quick-add] input[name="title"]')).toBe('');
    const shown = sidePanel.locator(`[data-day="${day(0)}"] [data-plan-item="1"]`);
    await shown.waitFor();
    expect(await shown.locator('.plan-row__title').textContent()).toBe('Пятничный кейс 🚀');

    await shown.locator('button[data-next-status="draft"]').click();
    await eventually(async () => expect((await planItemById(sidePanel, 1))?.status).toBe('draft'));
    await shown.locator('button[data-next-status="review"]').waitFor();
  });

  it('refuses an empty title and writes nothing', async () => {
    const before = await readTable(sidePanel, 'planItems');
    await sidePanel.fill('[data-quick-add] input[name="title"]', '   ');
    await sidePanel.click('[data-quick-add] button[type="submit"]');
    expect(await sidePanel.locator('[data-quick-add] .form-problem').textContent()).toBe('Give the item a title.');
    expect(await readTable(sidePanel, 'planItems')).toEqual(before);
  });

  it('shows overdue items first, in red, and filters by network', async () => {
    await putRows(sidePanel, 'planItems', [
      planItem({ id: 2, title: 'Yesterday, forgotten', scheduledAt: day(-1, 10), networks: ['vk'] }),
      planItem({ id: 3, title: 'Published yesterday', scheduledAt: day(-1, 11), status: 'published' }),
    ]);
    // Written past Dexie, so no live query hears of it: the reopened panel reads it.
    await sidePanel.reload();
    const overdue = sidePanel.locator('[data-overdue]');
    await overdue.locator('[data-plan-item="2"]').waitFor();
    expect(await overdue.locator('[data-plan-item]').count()).toBe(1);
    expect(await overdue.locator('[data-plan-item="2"]').evaluate((row) => getComputedStyle(row).backgroundColor)).toBe('rgb(253, 236, 234)');
    // overdue comes before the days of the week
    expect(await sidePanel.locator('.plan-day').first().getAttribute('data-overdue')).toBe('true');

    await sidePanel.selectOption('[data-filter="network"]', 'telegram');
    await eventually(async () => expect(await sidePanel.locator('[data-overdue]').count()).toBe(0));
    expect(await sidePanel.locator('[data-plan-item="1"]').count()).toBe(1);
    await sidePanel.screenshot({ path: shotPath('plan-sidepanel-filtered'), fullPage: true });
    await sidePanel.selectOption('[data-filter="network"]', '');
    await sidePanel.screenshot({ path: shotPath('plan-sidepanel'), fullPage: true });
  });
});

describe('the planner', () => {
  let planner: Page;

  beforeAll(async () => {
    await putRows(sidePanel, 'rubrics', [
      { id: 1, name: 'Education', colour: '#2f6feb', targetShare: 50 },
      { id: 2, name: 'Sales', colour: '#16a34a', targetShare: 30 },
      { id: 3, name: 'Fun', colour: '#d97706', targetShare: 20 },
    ]);
    await putRows(sidePanel, 'performers', [{ id: 1, name: 'Anna', role: 'Copywriter' }]);
    await putRows(sidePanel, 'planItems', [
      planItem({ id: 10, title: 'Board card', status: 'draft', scheduledAt: day(1, 12), rubricId: 1, assigneeId: 1 }),
      planItem({ id: 11, title: 'Calendar card', status: 'approved', scheduledAt: day(0, 15, 45), rubricId: 2, networks: ['x', 'bluesky'] }),
      planItem({ id: 12, title: 'Sales post', status: 'review', scheduledAt: day(0, 9), rubricId: 2, assigneeId: 1 }),
    ]);
    planner = await browser.openExtensionPage('planner.html');
    await planner.waitForSelector('.plan-calendar');
  });

  it('moves an item to another status by dragging it on the board', async () => {
    await planner.click('[data-view="board"]');
    const card = planner.locator('[data-status-column="draft"] [data-plan-item="10"]');
    await card.dragTo(planner.locator('[data-status-column="review"]'));
    await eventually(async () => expect((await planItemById(sidePanel, 10))?.status).toBe('review'));
    await planner.locator('[data-status-column="review"] [data-plan-item="10"]').waitFor();
    expect((await planItemById(sidePanel, 10))?.scheduledAt).toBe(day(1, 12));
    await planner.screenshot({ path: shotPath('plan-board'), fullPage: true });
  });

  it('moves it on the board with the keyboard buttons too', async () => {
    await planner.locator('[data-status-column="review"] [data-plan-item="10"] button[data-move="forward"]').click();
    await eventually(async () => expect((await planItemById(sidePanel, 10))?.status).toBe('approved'));
    await planner.locator('[data-status-column="approved"] [data-plan-item="10"] button[data-move="back"]').click();
    await eventually(async () => expect((await planItemById(sidePanel, 10))?.status).toBe('review'));
  });

  it('reschedules an item by dragging it to another day of the month, keeping its time', async () => {
    await planner.click('[data-view="month"]');
    const target = day(mondayOffset() === 0 ? 1 : mondayOffset());
    await planner.locator(`[data-day="${day(0)}"] [data-plan-item="11"]`).dragTo(planner.locator(`[data-day="${target}"]`));
    await eventually(async () => expect((await planItemById(sidePanel, 11))?.scheduledAt).toBe(target + (15 * 60 + 45) * 60_000));
    await planner.locator(`[data-day="${target}"] [data-plan-item="11"]`).waitFor();
    await planner.screenshot({ path: shotPath('plan-month'), fullPage: true });
  });

  it('moves an item a day later on the week view with its button', async () => {
    await planner.click('[data-view="week"]');
    const card = planner.locator('[data-plan-item="12"]');
    await card.locator('button[data-move="later"]').click();
    await eventually(async () => expect((await planItemById(sidePanel, 12))?.scheduledAt).toBe(day(1, 9)));
    await planner.screenshot({ path: shotPath('plan-week'), fullPage: true });
  });

  it('shows each performer\'s items: what is overdue and what awaits review', async () => {
    await planner.click('[data-view="performers"]');
    const anna = planner.locator('[data-performer="Anna"]');
    await anna.waitFor();
    // both in review, tomorrow at 9:00 and 12:00
    expect(await anna.locator('[data-group="review"] [data-plan-item]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-plan-item')))).toEqual(['12', '10']);
    expect(await anna.locator('[data-group="overdue"]').count()).toBe(0);
    expect(await planner.locator('[data-performer=""] [data-group="overdue"] [data-plan-item="2"]').count()).toBe(1);
    await planner.screenshot({ path: shotPath('plan-performers'), fullPage: true });
  });

  it('adds rubrics, performers and hashtag sets in the library', async () => {
    await planner.click('[data-view="library"]');
    const rubrics = planner.locator('[data-library="rubrics"]');
    await rubrics.locator('input[name="name"]').fill('Behind the scenes');
    await rubrics.locator('input[name="share"]').fill('10');
    await rubrics.locator('button[type="submit"]').click();
    await eventually(async () => expect((await readTable(sidePanel, 'rubrics')).at(-1)).toEqual({ id: 4, name: 'Behind the scenes', colour: '#db2777', targetShare: 10 }));
    // a name taken already is refused with a message
    await rubrics.locator('input[name="name"]').fill('Sales');
    await rubrics.locator('button[type="submit"]').click();
    expect(await rubrics.locator('.form-problem[role="alert"]').textContent()).toBe('“Sales” already exists');
    const sets = planner.locator('[data-library="hashtagSets"]');
    await sets.locator('input[name="name"]').fill('Launch');
    await sets.locator('input[name="hashtags"]').fill('launch, #New #launch');
    await sets.locator('button[type="submit"]').click();
    await eventually(async () => expect((await readTable(sidePanel, 'hashtagSets')).at(-1)).toMatchObject({ name: 'Launch', hashtags: ['#launch', '#New'] }));
    await sets.locator('li', { hasText: 'Launch' }).waitFor();
    await planner.screenshot({ path: shotPath('plan-library'), fullPage: true });
  });

  it('counts each network\'s limit live in the editor and inserts a hashtag set once', async () => {
    await putRows(sidePanel, 'hashtagSets', [{ id: 1, name: 'Brand', hashtags: ['#smmdeck', '#plan'] }]);
    await planner.goto(`${planner.url().split('#')[0]}#item=11`);
    // Reloaded to read the set written past Dexie; the hash opens the item's editor.
    await planner.reload();
    const editor = planner.locator('[data-editor="11"]');
    await editor.waitFor();
    await editor.locator('textarea[name="body"]').fill(`${'a'.repeat(270)} https://example.com/a/very/long/link 👨‍👩‍👧‍👦`);
    // X: 270 + space + 23 for the link + space + 2 for the emoji = 297;
    // Bluesky counts graphemes: 270 + 1 + 36 (the link as written) + 1 + 1 = 309
    expect(await editor.locator('[data-counter="x"] [data-length]').textContent()).toBe('297 / 280');
    expect(await editor.locator('[data-counter="bluesky"] [data-length]').textContent()).toBe('309 / 300');
    expect(await editor.locator('[data-counter="x"]').getAttribute('class')).toContain('plan-counter--over');
    await editor.locator('textarea[name="body"]').fill('Short #plan');
    await editor.locator('[data-hashtag-set="Brand"]').click();
    await editor.locator('[data-hashtag-set="Brand"]').click();
    expect(await editor.locator('textarea[name="body"]').inputValue()).toBe('Short #plan\n\n#smmdeck');
    // "Short #plan" 11 + two new lines + "#smmdeck" 8 = 21
    expect(await editor.locator('[data-counter="x"] [data-length]').textContent()).toBe('21 / 280');
    await planner.screenshot({ path: shotPath('plan-editor'), fullPage: true });
    await editor.locator('button[type="submit"]').click();
    await eventually(async () => expect((await planItemById(sidePanel, 11))?.body).toBe('Short #plan\n\n#smmdeck'));
  });
});
