import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clipRequestForMenu, clipTab, clipTabOrNotify, CLIPPER_SCRIPT } from '../../../utils/clip/inject';

const click = (info: Record<string, unknown>) => ({ editable: false, pageUrl: 'https://news.example/a', ...info }) as never;

describe('the Clip menu entries', () => {
  it('each entry asks the clipper for its own kind of clip', () => {
    expect(clipRequestForMenu(click({ menuItemId: 'clip-page' }))).toEqual({ mode: 'page' });
    expect(clipRequestForMenu(click({ menuItemId: 'clip-selection', selectionText: 'text' }))).toEqual({ mode: 'selection' });
    expect(clipRequestForMenu(click({ menuItemId: 'clip-link', linkUrl: 'https://news.example/b' }))).toEqual({ mode: 'link', linkUrl: 'https://news.example/b' });
    expect(clipRequestForMenu(click({ menuItemId: 'clip-link' }))).toBeUndefined();
    expect(clipRequestForMenu(click({ menuItemId: 'someone-elses-entry' }))).toBeUndefined();
  });
});

describe('clipping a tab', () => {
  it('injects the clipper, then asks it to clip, and hands back its outcome', async () => {
    const executeScript = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValueOnce([] as never)
      .mockResolvedValueOnce([{ frameId: 0, result: { ok: true, saved: { id: 1, updated: false, title: 'A', tags: [] } } }] as never);
    await expect(clipTab(5, { mode: 'page' })).resolves.toEqual({ ok: true, saved: { id: 1, updated: false, title: 'A', tags: [] } });
    expect(executeScript.mock.calls[0]![0]).toEqual({ target: { tabId: 5 }, files: [CLIPPER_SCRIPT] });
    expect(executeScript.mock.calls[1]![0]).toMatchObject({ target: { tabId: 5 }, args: ['smmDeckClipper', { mode: 'page' }] });
  });

  it('a page the browser keeps extensions out of is told in a notification', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('n1' as never);
    await clipTabOrNotify(9, { mode: 'page' });
    expect(create).toHaveBeenCalledWith({
      type: 'basic',
      iconUrl: 'chrome-extension://test-extension-id/icon/128.png',
      title: 'SMM Deck',
      message: 'Could not clip: Cannot access a chrome:// URL',
    });
  });
});
