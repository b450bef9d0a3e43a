import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandlers } from '../utils/background-handlers';
import { database } from '../utils/db';
import { createMessageRouter } from '../utils/message-router';
import { readSettings } from '../utils/settings';
import { openSidePanel } from '../utils/side-panel';

export default defineBackground(() => {
  // Registered synchronously at the top so that a message wakes a sleeping worker.
  const router = createMessageRouter(
    createBackgroundHandlers({ db: database(), settings: readSettings, now: Date.now }),
    { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') },
  );
  browser.runtime.onMessage.addListener(router);
  browser.runtime.onMessageExternal?.addListener((_message, sender) => {
    console.error(`[SMM Deck] rejected a message from outside the extension (${sender.id ?? sender.url ?? 'unknown'})`);
    return Promise.resolve({ ok: false, error: 'SMM Deck accepts no messages from outside the extension' });
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-side-panel') void openSidePanel(tab?.windowId);
  });
});
