import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedClip } from '../../../utils/clip/draft';
import { POPOVER_TAG, showClipPopover } from '../../../utils/clip/popover';

const SAVED: SavedClip = { id: 7, updated: false, title: 'Short video drives discovery', tags: ['video'], note: 'for Monday' };
const shadow = () => document.querySelector(POPOVER_TAG)?.shadowRoot;

afterEach(() => document.querySelector(POPOVER_TAG)?.remove());

describe('the confirmation popover', () => {
  it('says the clip was saved and shows its title, tags and note', () => {
    showClipPopover({ document, outcome: { ok: true, saved: SAVED }, annotate: vi.fn() });
    expect(shadow()!.querySelector('.status')!.textContent).toBe('Saved to Ideas');
    expect(shadow()!.querySelector('.title')!.textContent).toBe('Short video drives discovery');
    expect((shadow()!.querySelector('input[name="tags"]') as HTMLInputElement).value).toBe('video');
    expect((shadow()!.querySelector('textarea[name="note"]') as HTMLTextAreaElement).value).toBe('for Monday');
  });

  it('says so when the URL was in the inbox already', () => {
    showClipPopover({ document, outcome: { ok: true, saved: { ...SAVED, updated: true } }, annotate: vi.fn() });
    expect(shadow()!.querySelector('.status')!.textContent).toBe('Already in Ideas: updated');
  });

  it('Save sends the typed tags and note, then closes', async () => {
    const annotate = vi.fn().mockResolvedValue(SAVED);
    showClipPopover({ document, outcome: { ok: true, saved: SAVED }, annotate });
    (shadow()!.querySelector('input[name="tags"]') as HTMLInputElement).value = 'video, #Research, ';
    (shadow()!.querySelector('textarea[name="note"]') as HTMLTextAreaElement).value = '  ';
    (shadow()!.querySelector('button.save') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(document.querySelector(POPOVER_TAG)).toBeNull());
    expect(annotate).toHaveBeenCalledWith(['video', 'Research'], undefined);
  });

  it('a failed save keeps the popover open with the reason', async () => {
    showClipPopover({ document, outcome: { ok: true, saved: SAVED }, annotate: vi.fn().mockRejectedValue(new Error('disk full')) });
    (shadow()!.querySelector('button.save') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(shadow()!.querySelector('.problem')!.textContent).toBe('Could not clip: disk full'));
    expect(document.querySelector(POPOVER_TAG)).not.toBeNull();
  });

  it('a clip that failed shows the error alone', () => {
    showClipPopover({ document, outcome: { ok: false, error: 'clip.save: rejected' }, annotate: vi.fn() });
    expect(shadow()!.querySelector('.status')!.textContent).toBe('Could not clip: clip.save: rejected');
    expect(shadow()!.querySelector('input')).toBeNull();
  });

  it("keys typed in it never reach the page's shortcuts; Escape closes it", () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    showClipPopover({ document, outcome: { ok: true, saved: SAVED }, annotate: vi.fn() });
    const input = shadow()!.querySelector('input[name="tags"]')!;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', bubbles: true, composed: true }));
    expect(pageKeys).not.toHaveBeenCalled();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(document.querySelector(POPOVER_TAG)).toBeNull();
    document.removeEventListener('keydown', pageKeys);
  });

  it('closes on a click outside, not on a click inside; a second clip replaces the first popover', () => {
    showClipPopover({ document, outcome: { ok: true, saved: SAVED }, annotate: vi.fn() });
    shadow()!.querySelector('input')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(document.querySelector(POPOVER_TAG)).not.toBeNull();
    showClipPopover({ document, outcome: { ok: true, saved: { ...SAVED, id: 8 } }, annotate: vi.fn() });
    expect(document.querySelectorAll(POPOVER_TAG)).toHaveLength(1);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(document.querySelector(POPOVER_TAG)).toBeNull();
  });
});
