import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComposeHandoff } from '../../../components/plan/ComposeHandoff';
import { PlanLimitCounters } from '../../../components/plan/PlanLimitCounters';
import { SmmDeckDatabase } from '../../../utils/platform/db';
import { planItem } from './fixtures';

afterEach(() => {
  render(null, document.body);
  vi.restoreAllMocks();
});

describe('the compose page a reminder opens', () => {
  it('keeps the text on screen with a button per network when the browser refuses the copy', async () => {
    const db = new SmmDeckDatabase(`compose-${Math.random()}`);
    const id = (await db.planItems.add(planItem({ title: 'Launch', body: 'Big news', variants: { vk: 'Большие новости' }, networks: ['x', 'vk'] }))) as number;
    const writeText = vi.fn().mockRejectedValue(new DOMException('Document is not focused', 'NotAllowedError'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    await act(async () => render(<ComposeHandoff db={db} itemId={id} />, document.body));
    await expect.poll(() => document.querySelectorAll('[data-compose-network]').length).toBe(2);
    // several networks: nothing is copied until the user picks one
    expect(writeText).not.toHaveBeenCalled();
    expect(document.querySelector<HTMLTextAreaElement>('[data-compose-text]')?.value).toBe('Big news');
    expect([...document.querySelectorAll('[data-compose-network]')].map((button) => button.textContent)).toEqual([
      'Copy text and open the X composer',
      'Copy text and open the VK composer',
    ]);

    await act(async () => document.querySelector<HTMLButtonElement>('[data-compose-network="vk"]')!.click());
    expect(writeText).toHaveBeenCalledWith('Большие новости');
    await expect.poll(() => document.querySelector('[role="alert"]')?.textContent).toMatch(/^The browser did not let SMM Deck copy the text by itself\./);
  });

  it('says so when the item is gone', async () => {
    const db = new SmmDeckDatabase(`compose-gone-${Math.random()}`);
    await act(async () => render(<ComposeHandoff db={db} itemId={404} />, document.body));
    await expect.poll(() => document.body.textContent).toBe('This plan item no longer exists.');
  });
});

describe('the live limit counters', () => {
  it('show each chosen network\'s count, red past the limit or the hashtag cap', async () => {
    const draft = { body: `${'я'.repeat(1_030)} #a #b`, networks: ['telegram', 'threads', 'ok'] as const, links: [], hashtags: [], hasMedia: true };
    await act(async () => render(<PlanLimitCounters draft={{ ...draft, networks: [...draft.networks] }} />, document.body));
    const counter = (network: string) => document.querySelector(`[data-counter="${network}"]`)!;
    // 1 030 + " #a #b" 6 = 1 036, over Telegram's 1 024 caption limit by 12
    expect(counter('telegram').textContent).toBe('Telegram1,036 / 1,02412 over');
    expect(counter('telegram').className).toBe('plan-counter plan-counter--over');
    expect(counter('threads').textContent).toBe('Threads1,036 / 500hashtags 2 / 1536 over');
    expect(counter('ok').textContent).toBe('OK1,036');
    expect(counter('ok').className).toBe('plan-counter');
  });
});
