import Dexie from 'dexie';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageNotice } from '../../../components/shared/StorageNotice';
import { createBackgroundHandlers } from '../../../utils/platform/background-handlers';
import { setAccountTracked } from '../../../utils/capture/store';
import { SmmDeckDatabase } from '../../../utils/platform/db';
import { createMessageRouter } from '../../../utils/platform/message-router';
import { MESSAGE_APP } from '../../../utils/platform/messages';
import { DEFAULT_SETTINGS } from '../../../utils/platform/settings';
import { storageProblemItem } from '../../../utils/platform/storage-notice';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const sender = { id: EXTENSION_ID, url: 'https://x.com/brand', tab: { id: 1 } } as never;
const capture = {
  account: { network: 'x', handle: 'brand', url: 'https://x.com/brand', followers: 10 },
  posts: [{ network: 'x', postId: '1', url: 'https://x.com/brand/status/1', authorHandle: 'brand', metrics: { likes: 3 } }],
};
const message = { app: MESSAGE_APP, command: 'capture.store', request: { pageUrl: 'https://x.com/brand', capture } };

afterEach(() => render(null, document.body));

describe('a full disk', () => {
  it('makes capture answer "retry" and the UI say so, until a write succeeds again', async () => {
    const db = new SmmDeckDatabase(`quota-${Math.random()}`);
    await setAccountTracked(db, capture.account as never, true, 1);
    const route = createMessageRouter(createBackgroundHandlers({ db, settings: async () => DEFAULT_SETTINGS, now: () => 5 }), {
      extensionId: EXTENSION_ID,
      extensionOrigin: `chrome-extension://${EXTENSION_ID}/`,
      log: () => undefined,
    });
    const full = vi.spyOn(db.posts, 'bulkPut').mockRejectedValueOnce(new Dexie.QuotaExceededError('Quota exceeded'));

    await act(async () => render(<StorageNotice />, document.body));
    expect(await route(message, sender)).toMatchObject({ ok: false, retry: true });
    expect(await db.posts.count()).toBe(0);
    await expect.poll(() => document.querySelector('[data-storage-problem]')?.textContent).toMatch(/^The browser has no more room/);

    // The content script resends; there is room again.
    expect(await route(message, sender)).toMatchObject({ ok: true });
    expect(await db.posts.count()).toBe(1);
    expect(await storageProblemItem.getValue()).toBeNull();
    await expect.poll(() => document.querySelector('[data-storage-problem]')).toBeNull();
    full.mockRestore();
  });
});
