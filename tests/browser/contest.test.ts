import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContestRow } from '../../utils/platform/db';
import { shotPath } from './harness/shots';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { eventually, readTable } from './harness/extension-db';
import { SiteServer } from './harness/site-server';
import { xPostPage, type XReply } from './contest-page';

/**
 * A giveaway on a post's page at https://x.com, run as a user runs it: the X content script
 * collects the replies, the side panel follows the post in the active tab, lists who takes part
 * and why others do not, commits, draws, and the proof it exports is checked on the Verify page,
 * untouched (match) and tampered (mismatch).
 */
const POST_ID = '1905000000000000000';
const POST_URL = `https://x.com/BrandCo/status/${POST_ID}`;
const post: XReply = { id: POST_ID, handle: 'BrandCo', name: 'Brand Co', text: 'Giveaway! Tag a friend and write #giveaway to win a coffee set', time: '2026-11-19T09:00:00.000Z' };
const reply = (n: number, handle: string, text: string, time = `2026-11-19T10:${String(n * 5).padStart(2, '0')}:00.000Z`): XReply => ({
  id: `19050000000000001${String(n).padStart(2, '0')}`, handle, name: handle.toUpperCase(), text, time,
});
const REPLIES = [
  reply(1, 'anna', '#Giveaway @boris'),
  reply(2, 'boris', "I'm in! #GIVEAWAY @anna @vera"),
  reply(3, 'anna', 'again #giveaway @gleb'),
  reply(4, 'vera', '#giveaway'),
  reply(5, 'spam_bot', '#giveaway @anna'),
  reply(6, 'BrandCo', 'Good luck! #giveaway @anna'),
  reply(7, 'gleb', '=HYPERLINK("http://evil.example","win") #giveaway @anna'),
  reply(8, 'dina', '<img src=x onerror="window.hacked=1"> #giveaway @boris'),
  reply(9, 'egor', '#giveaway @anna, a little late', '2026-11-23T10:00:00.000Z'),
  reply(10, 'zoya', 'giveaways are fun @anna'),
  reply(11, 'ivan', '#giveaway @ivan'),
];
const ENTRIES = ['anna', 'boris', 'dina', 'gleb'];

let server: SiteServer;
let browser: ExtensionBrowser;
let panel: Page;
let xPage: Page;
let proofFile: string;

beforeAll(async () => {
  server = await new SiteServer().page(POST_URL, xPostPage(post, REPLIES)).start();
  browser = await launchWithExtension({ serverPort: server.port });
  panel = await browser.openExtensionPage('sidepanel.html');
  await panel.evaluate(() =>
    (globalThis as unknown as ChromeStorage).chrome.storage.local.set({
      sidePanelTool: 'contest',
      settings: { brandName: 'Brand Co', ownAccounts: [{ network: 'x', handle: 'BrandCo' }], storeAllPosts: false, showBadges: true, mastodonInstances: [], reminderLeadMinutes: 30, retention: { enabled: true, keepAllDays: 30, dailyUntilDays: 365 } },
    }),
  );
  await panel.setViewportSize({ width: 380, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface ChromeStorage {
  chrome: { storage: { local: { set(items: object): Promise<void> } } };
}

describe('a giveaway from the side panel', () => {
  it('follows the post in the active tab and lists who takes part and why others do not', async () => {
    xPage = await browser.context.newPage();
    await xPage.goto(POST_URL);
    // The X content script collects the replies on the post's page into the comments table.
    const collected = await eventually(async () => {
      const rows = await readTable<{ commentId: string; postId: string }>(panel, 'comments');
      expect(rows).toHaveLength(REPLIES.length);
      return rows;
    });
    expect(collected.map((row) => row.commentId).sort()).toEqual(REPLIES.map((item) => item.id));
    expect(new Set(collected.map((row) => row.postId))).toEqual(new Set([POST_ID]));
    await xPage.bringToFront();
    const contest = panel.locator(`[data-contest-post="x/${POST_ID}"]`);
    await eventually(async () => expect(await contest.count()).toBe(1));
    await eventually(async () => expect(await panel.locator('[data-participant-summary]').textContent()).toBe('Entries: 9 · excluded: 2'));

    await panel.locator('input[name="mentions"]').fill('1');
    await panel.locator('input[name="keyword"]').fill('#giveaway');
    await panel.locator('textarea[name="excluded"]').fill('@spam_bot');
    await panel.locator('input[name="deadline"]').fill('2026-11-21T12:00');
    await panel.locator('input[name="winners"]').fill('2');
    await panel.locator('input[name="substitutes"]').fill('1');
    await eventually(async () => expect(await panel.locator('[data-participant-summary]').textContent()).toBe('Entries: 4 · excluded: 7'));

    const reasons = await panel.locator('[data-contest-comment]').evaluateAll((items) =>
      Object.fromEntries(items.map((item) => [item.getAttribute('data-contest-comment')!.slice(-2), [...item.querySelectorAll('[data-reason]')].map((reason) => reason.textContent).join('; ')])),
    );
    expect(reasons).toEqual({
      '01': '', '02': '', '03': 'repeat entry', '04': 'mentions: 0 of 1', '05': 'excluded account', '06': 'your own account',
      '07': '', '08': '', '09': 'after the deadline', '10': 'no keyword', '11': 'mentions: 0 of 1',
    });
    expect(await panel.locator('[data-own-accounts]').textContent()).toBe('Your own accounts are always excluded: @BrandCo');
    // A comment's markup is shown as text and never runs.
    expect(await panel.locator('[data-contest-comment$="08"] .contest-entry__text').textContent()).toContain('<img src=x onerror="window.hacked=1">');
    expect(await panel.locator('[data-contest-comment] img').count()).toBe(0);
    expect(await panel.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  });

  it('commits, draws, saves the contest and downloads its proof and CSV', async () => {
    await panel.locator('button[name="prepareDraw"]').click();
    const commitment = await eventually(async () => {
      const text = await panel.locator('[data-code="commitment"]').textContent();
      expect(text).toMatch(/^[0-9a-f]{64}$/);
      return text!;
    });
    await panel.locator('button[name="draw"]').click();
    await eventually(async () => expect(await panel.locator('[data-places="winners"] li').count()).toBe(2));

    const [row] = await readTable<ContestRow>(panel, 'contests');
    expect(row!.proof.commitment).toBe(commitment);
    expect(row!.proof.participants.map((entry) => entry.handle)).toEqual(ENTRIES);
    expect(row!.proof.rules).toEqual({
      entryMode: 'person', mentions: 1, keyword: '#giveaway', excluded: ['spam_bot'], ownAccounts: ['brandco'],
      deadline: await panel.evaluate(() => new Date('2026-11-21T12:00').toISOString()), winners: 2, substitutes: 1,
    });
    const drawn = [...row!.proof.draw!.winners, ...row!.proof.draw!.substitutes].map((entry) => entry.handle);
    expect(new Set(drawn).size).toBe(3);
    for (const handle of drawn) expect(ENTRIES).toContain(handle);
    expect(await panel.locator('[data-places="winners"] li').evaluateAll((items) => items.map((item) => item.getAttribute('data-handle')))).toEqual(drawn.slice(0, 2));
    // The side panel is narrow: the result, the rules and the entries must fit its width.
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await panel.screenshot({ path: shotPath('contest-drawn'), fullPage: true });

    const downloading = panel.waitForEvent('download');
    await panel.locator('button[name="exportProof"]').click();
    proofFile = join(tmpdir(), `smm-deck-contest-${Date.now()}.json`);
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`contest-x-${POST_ID}-${row!.proof.draw!.drawnAt.slice(0, 10)}.json`);
    await download.saveAs(proofFile);
    expect(JSON.parse(readFileSync(proofFile, 'utf8'))).toEqual(row!.proof);

    const csvDownloading = panel.waitForEvent('download');
    await panel.locator('button[name="exportCsv"]').click();
    const csvFile = join(tmpdir(), `smm-deck-contest-${Date.now()}.csv`);
    await (await csvDownloading).saveAs(csvFile);
    const csv = readFileSync(csvFile, 'utf8').split('\r\n');
    expect(csv[0]).toBe('\uFEFFStatus,Place,Handle,Name,Comment ID,Time (UTC),Text,Why excluded');
    expect(csv[1]).toMatch(new RegExp(`^winner,1,${drawn[0]},`));
    expect(csv[3]).toMatch(new RegExp(`^substitute,1,${drawn[2]},`));
    expect(csv.find((line) => line.includes(',gleb,'))).toContain(`"'=HYPERLINK(""http://evil.example"",""win"") #giveaway @anna"`);
    expect(csv).toHaveLength(REPLIES.length + 2);
  });

  it('the Verify page confirms the proof, and the commitment published before the draw', async () => {
    const verify = await browser.openExtensionPage('verify.html');
    const [row] = await readTable<ContestRow>(panel, 'contests');
    await verify.locator('input[name="publishedCommitment"]').fill(row!.proof.commitment);
    await verify.locator('input[name="proofFile"]').setInputFiles(proofFile);
    const verdict = verify.locator('[data-verdict]');
    await eventually(async () => expect(await verdict.getAttribute('data-verdict')).toBe('match'));
    expect(await verdict.locator('h2').textContent()).toBe('✓ The draw is verified: everything matches');
    expect(await verdict.locator('[data-published-matches]').textContent()).toBe('✓ the same as the commitment published before the draw');
    expect(await verdict.locator('[data-places="winners"]').textContent()).toBe(row!.proof.draw!.winners.map((entry) => `@${entry.handle}`).join(', '));
    await verify.close();
  });

  it('the Verify page finds a tampered proof out and says what does not match', async () => {
    const proof = JSON.parse(readFileSync(proofFile, 'utf8')) as ContestRow['proof'];
    const drawn = new Set([...proof.draw!.winners, ...proof.draw!.substitutes].map((entry) => entry.commentId));
    const outsider = proof.participants.find((entry) => !drawn.has(entry.commentId))!;
    const tampered = { ...proof, draw: { ...proof.draw!, winners: [outsider, proof.draw!.winners[1]!] } };
    const tamperedFile = join(tmpdir(), `smm-deck-contest-tampered-${Date.now()}.json`);
    writeFileSync(tamperedFile, JSON.stringify(tampered));

    const verify = await browser.openExtensionPage('verify.html');
    await verify.locator('input[name="proofFile"]').setInputFiles(tamperedFile);
    const verdict = verify.locator('[data-verdict]');
    await eventually(async () => expect(await verdict.getAttribute('data-verdict')).toBe('mismatch'));
    expect(await verdict.locator('[data-problem]').evaluateAll((items) => items.map((item) => item.getAttribute('data-problem')))).toEqual(['winners']);
    expect(await verdict.locator('[data-problem="winners"]').textContent()).toBe(
      `The winners are not the ones the seed gives: ${proof.draw!.winners.map((entry) => `@${entry.handle}`).join(', ')}.`,
    );

    // A participant dropped from the list breaks the participants and the commitment.
    const dropped = { ...proof, participants: proof.participants.filter((entry) => entry.commentId !== outsider.commentId) };
    writeFileSync(tamperedFile, JSON.stringify(dropped));
    await verify.locator('input[name="proofFile"]').setInputFiles(tamperedFile);
    await eventually(async () => expect(await verdict.locator('[data-problem]').evaluateAll((items) => items.map((item) => item.getAttribute('data-problem')))).toEqual(expect.arrayContaining(['participants', 'commitment'])));

    // A file that is no proof gets a clear message.
    writeFileSync(tamperedFile, '{"format":"smm-deck-contest-proof","version":1');
    await verify.locator('input[name="proofFile"]').setInputFiles(tamperedFile);
    await eventually(async () => expect(await verify.locator('[data-verdict="unreadable"]').textContent()).toMatch(/The file is not valid JSON/));
  });
});
