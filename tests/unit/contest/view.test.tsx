import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContestView } from '../../../components/contest/ContestView';
import { verifyProof } from '../../../utils/contest/proof';
import { SmmDeckDatabase, type CommentRow } from '../../../utils/platform/db';
import { DEFAULT_SETTINGS, settingsItem } from '../../../utils/platform/settings';

const POST_URL = 'https://vk.com/wall-1_100';
const comment = (commentId: string, authorHandle: string, text: string, minute: number): CommentRow => ({
  network: 'vk', commentId, postId: '-1_100', postUrl: POST_URL, authorHandle, text,
  publishedAt: new Date(Date.UTC(2026, 10, 20, 10, minute)).toISOString(), repliedByOwner: false, firstSeenAt: 1, lastSeenAt: 1,
});

let db: SmmDeckDatabase;
beforeEach(async () => {
  db = new SmmDeckDatabase(`contest-view-${Math.random()}`);
  await db.comments.bulkAdd([
    comment('-1_100_1', 'anna', 'Участвую #розыгрыш', 1),
    comment('-1_100_2', 'boris', 'Я тоже #РОЗЫГРЫШ', 2),
    comment('-1_100_3', 'vera', 'а где приз?', 3),
    comment('-1_100_4', 'brand', 'Удачи всем! #розыгрыш <img src=x onerror="window.hacked=1">', 4),
  ]);
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, ownAccounts: [{ network: 'vk', handle: 'Brand' }] });
});
afterEach(() => render(null, document.body));

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
const type = async (name: string, value: string) => {
  const input = $<HTMLInputElement>(`[name="${name}"]`)!;
  input.value = value;
  await act(async () => void input.dispatchEvent(new Event('input', { bubbles: true })));
};
const click = (selector: string) => act(async () => $(selector)!.click());
const statuses = () => [...document.querySelectorAll('[data-contest-comment]')].map((item) => `${item.getAttribute('data-contest-comment')} ${item.getAttribute('data-status')}`);

describe('ContestView', () => {
  it('off a post page, offers the posts with collected comments', async () => {
    await act(async () => render(<ContestView db={db} />, document.body));
    await expect.poll(() => $('[data-post="vk/-1_100"]')?.textContent).toContain('comments: 4');
  });

  it('shows who takes part and why others do not, live as the rules change, then commits, draws and saves the proof', async () => {
    await act(async () => render(<ContestView db={db} />, document.body));
    await expect.poll(() => $('[data-post="vk/-1_100"]')).not.toBeNull();
    await click('[data-post="vk/-1_100"]');
    await expect.poll(() => $('[data-participant-summary]')?.textContent).toBe('Entries: 3 · excluded: 1');
    expect($('[data-own-accounts]')!.textContent).toBe('Your own accounts are always excluded: @Brand');
    expect($('[data-contest-comment="-1_100_4"] [data-reason]')!.textContent).toBe('your own account');
    // The comment's markup is shown as text.
    expect($('[data-contest-comment="-1_100_4"] img')).toBeNull();

    await type('keyword', '#розыгрыш');
    await expect.poll(() => $('[data-participant-summary]')?.textContent).toBe('Entries: 2 · excluded: 2');
    expect(statuses()).toEqual(['-1_100_1 entry', '-1_100_2 entry', '-1_100_3 excluded', '-1_100_4 excluded']);
    expect($('[data-contest-comment="-1_100_3"] [data-reason]')!.textContent).toBe('no keyword');

    await type('winners', '0');
    expect($('[role="alert"]')!.textContent).toMatch(/^Check the highlighted fields/);
    expect($<HTMLButtonElement>('button[name="prepareDraw"]')!.disabled).toBe(true);
    await type('winners', '1');
    await type('substitutes', '1');
    expect($('button[name="prepareDraw"]')!.textContent).toBe('Prepare the draw among 2');

    await click('button[name="prepareDraw"]');
    await expect.poll(() => $('[data-code="commitment"]')?.textContent).toMatch(/^[0-9a-f]{64}$/);
    expect($<HTMLFieldSetElement>('fieldset.contest-rules')!.disabled).toBe(true);
    const [pending] = await db.contests.toArray();
    expect(pending!.drawnAt).toBeUndefined();
    expect($('[data-code="commitment"]')!.textContent).toBe(pending!.proof.commitment);

    // A comment arriving now is not in this draw, and the panel says so.
    await db.comments.add(comment('-1_100_5', 'gleb', 'поздно #розыгрыш', 5));
    await expect.poll(() => $('[data-new-comments]')?.textContent).toMatch(/^Comments collected after the commitment: 1\./);

    await click('button[name="draw"]');
    await expect.poll(() => $('[data-places="winners"]')?.textContent).toMatch(/^@(anna|boris)/);
    const [drawn] = await db.contests.toArray();
    expect(drawn!.drawnAt).toBeGreaterThan(0);
    expect(drawn!.proof.participants).toEqual([{ handle: 'anna', commentId: '-1_100_1' }, { handle: 'boris', commentId: '-1_100_2' }]);
    expect(drawn!.proof.rules).toEqual({ entryMode: 'person', mentions: 0, keyword: '#розыгрыш', excluded: [], ownAccounts: ['brand'], winners: 1, substitutes: 1 });
    expect(await verifyProof(drawn!.proof)).toEqual([]);
    const winner = drawn!.proof.draw!.winners[0]!;
    expect($(`[data-contest-comment="${winner.commentId}"]`)!.getAttribute('data-status')).toBe('winner');
    // Ready for the next contest: the form is open again, with the live comments.
    expect($<HTMLFieldSetElement>('fieldset.contest-rules')!.disabled).toBe(false);
    await expect.poll(() => $('[data-participant-summary]')?.textContent).toBe('Entries: 3 · excluded: 2');
  });

  it('start over discards the commitment and keeps the rules for editing', async () => {
    await act(async () => render(<ContestView db={db} />, document.body));
    await expect.poll(() => $('[data-post="vk/-1_100"]')).not.toBeNull();
    await click('[data-post="vk/-1_100"]');
    await expect.poll(() => $('button[name="prepareDraw"]')).not.toBeNull();
    await type('mentions', '1');
    await expect.poll(() => $('[data-participant-summary]')?.textContent).toBe('Entries: 0 · excluded: 4');
    expect($<HTMLButtonElement>('button[name="prepareDraw"]')!.disabled).toBe(true);
    await type('mentions', '0');
    await click('button[name="prepareDraw"]');
    await expect.poll(() => $('button[name="discardDraw"]')).not.toBeNull();
    await click('button[name="discardDraw"]');
    await expect.poll(() => $('button[name="prepareDraw"]')).not.toBeNull();
    expect(await db.contests.count()).toBe(0);
  });
});
