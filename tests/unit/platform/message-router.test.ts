import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createBackgroundHandlers } from '../../../utils/platform/background-handlers';
import { SmmDeckDatabase } from '../../../utils/platform/db';
import { createMessageRouter } from '../../../utils/platform/message-router';
import { MESSAGE_APP } from '../../../utils/platform/messages';
import { DEFAULT_SETTINGS } from '../../../utils/platform/settings';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const fromContentScript: Runtime.MessageSender = { id: EXTENSION_ID, url: 'https://x.com/rivalbrand', tab: { id: 1 } as Runtime.MessageSender['tab'] };
const fromSidePanel: Runtime.MessageSender = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/sidepanel.html` };

const capture = {
  account: { network: 'x', handle: 'rivalbrand', url: 'https://x.com/rivalbrand', followers: 10 },
  posts: [{ network: 'x', postId: '1', url: 'https://x.com/rivalbrand/status/1', authorHandle: 'rivalbrand', metrics: { likes: 3 } }],
};

let db: SmmDeckDatabase;
let log: ReturnType<typeof vi.fn<(message: string) => void>>;
let route: ReturnType<typeof createMessageRouter>;

beforeEach(async () => {
  db = new SmmDeckDatabase(`router-${Math.random()}`);
  log = vi.fn<(message: string) => void>();
  route = createMessageRouter(
    createBackgroundHandlers({ db, settings: async () => ({ ...DEFAULT_SETTINGS, storeAllPosts: true }), now: () => 1000 }),
    { extensionId: EXTENSION_ID, extensionOrigin: `chrome-extension://${EXTENSION_ID}/`, log },
  );
});

async function databaseIsEmpty() {
  expect(await db.accounts.count()).toBe(0);
  expect(await db.posts.count()).toBe(0);
  expect(await db.postSnapshots.count()).toBe(0);
}

describe('the message router', () => {
  it('runs a valid command from a content script', async () => {
    const reply = await route({ app: MESSAGE_APP, command: 'capture.store', request: { pageUrl: 'https://x.com/rivalbrand', capture } }, fromContentScript);
    expect(reply).toEqual({ ok: true, response: { accountsStored: 1, postsStored: 1, postSnapshotsAdded: 1, accountSnapshotsAdded: 1, knownFollowers: { rivalbrand: 10 } } });
    expect(await db.posts.count()).toBe(1);
  });

  it('answers a command from an extension page', async () => {
    const reply = await route({ app: MESSAGE_APP, command: 'account.status', request: { network: 'x', handle: 'nobody' } }, fromSidePanel);
    expect(reply).toEqual({ ok: true, response: { tracked: false, own: false } });
  });

  it.each([
    ['another extension', { id: 'otherextensionidotherextensionid', url: 'chrome-extension://otherextensionidotherextensionid/page.html' }],
    ['a web page', { url: 'https://evil.example/', origin: 'https://evil.example' }],
    ['our id but no tab and a foreign URL', { id: EXTENSION_ID, url: 'https://evil.example/' }],
  ])('rejects a message from %s and changes nothing', async (_, sender) => {
    const reply = await route({ app: MESSAGE_APP, command: 'capture.store', request: { pageUrl: 'https://x.com/', capture } }, sender as Runtime.MessageSender);
    expect(reply).toMatchObject({ ok: false });
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^rejected a message from/));
    await databaseIsEmpty();
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['another app', { app: 'other', command: 'capture.store', request: {} }],
    ['an unknown command', { app: MESSAGE_APP, command: 'db.clear', request: {} }],
    ['a prototype key as command', { app: MESSAGE_APP, command: 'toString', request: {} }],
  ])('rejects %s with a clear error', async (_, message) => {
    const reply = await route(message, fromContentScript);
    expect(reply).toEqual({ ok: false, error: 'rejected a message that is not an SMM Deck command', retry: false });
    await databaseIsEmpty();
  });

  it.each([
    ['a negative count', { ...capture, posts: [{ ...capture.posts[0], metrics: { views: -1 } }] }, /^rejected capture\.store: capture\.posts\.0\.metrics\.views: /],
    ['a fractional count', { ...capture, posts: [{ ...capture.posts[0], metrics: { likes: 1.5 } }] }, /capture\.posts\.0\.metrics\.likes/],
    ['a javascript: URL', { ...capture, posts: [{ ...capture.posts[0], url: 'javascript:alert(1)' }] }, /capture\.posts\.0\.url/],
    ['an unknown network', { ...capture, account: { ...capture.account, network: 'myspace' } }, /capture\.account\.network/],
    ['an extra field', { ...capture, evil: true }, /capture\.evil/],
    ['no posts array', { account: capture.account }, /capture\.posts/],
    ['a string count', { ...capture, posts: [{ ...capture.posts[0], metrics: { views: '12K' } }] }, /metrics\.views/],
  ])('rejects a request with %s, naming the field, and changes nothing', async (_, badCapture, error) => {
    const reply = await route({ app: MESSAGE_APP, command: 'capture.store', request: { pageUrl: 'https://x.com/', capture: badCapture } }, fromContentScript);
    expect(reply).toMatchObject({ ok: false, retry: false });
    expect(!reply.ok && reply.error).toMatch(error);
    await databaseIsEmpty();
  });

  it("accepts a Reddit score below zero, the one count that may be negative", async () => {
    const downvoted = { ...capture, posts: [{ ...capture.posts[0], metrics: { likes: -3, comments: 2 } }] };
    const reply = await route({ app: MESSAGE_APP, command: 'capture.store', request: { pageUrl: 'https://x.com/', capture: downvoted } }, fromContentScript);
    expect(reply).toMatchObject({ ok: true });
  });

  it('turns a failing handler into an error reply instead of a crash', async () => {
    db.close();
    await db.delete();
    const broken = createMessageRouter(
      { ...createBackgroundHandlers({ db, settings: async () => DEFAULT_SETTINGS, now: () => 1 }), 'account.status': async () => { throw new Error('disk full'); } },
      { extensionId: EXTENSION_ID, extensionOrigin: `chrome-extension://${EXTENSION_ID}/`, log },
    );
    const reply = await broken({ app: MESSAGE_APP, command: 'account.status', request: { network: 'x', handle: 'a' } }, fromSidePanel);
    expect(reply).toEqual({ ok: false, error: 'account.status failed: disk full', retry: true });
  });
});
