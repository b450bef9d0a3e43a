import { browser } from 'wxt/browser';
import { forgetPagesOfClosedAndReloadedTabs } from '../utils/platform/active-page';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandlers } from '../utils/platform/background-handlers';
import { clipTabOrNotify, createClipMenus, onClipMenuClicked } from '../utils/clip/inject';
import { database } from '../utils/platform/db';
import { createMessageRouter } from '../utils/platform/message-router';
import { syncMastodonScript, type ScriptRegistry } from '../utils/capture/mastodon-instances';
import { startPlanReminders } from '../utils/plan/background';
import { scheduleRetention } from '../utils/capture/retention-schedule';
import { readSettings, settingsItem } from '../utils/platform/settings';
import { openSidePanel } from '../utils/platform/side-panel';

export default defineBackground(() => {
  // Registered synchronously at the top so that a message wakes a sleeping worker.
  const router = createMessageRouter(
    createBackgroundHandlers({ db: database(), settings: readSettings, now: Date.now, session: browser.storage.session }),
    { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') },
  );
  browser.runtime.onMessage.addListener(router);
  browser.runtime.onMessageExternal?.addListener((_message, sender) => {
    console.error(`[SMM Deck] rejected a message from outside the extension (${sender.id ?? sender.url ?? 'unknown'})`);
    return Promise.resolve({ ok: false, error: 'SMM Deck accepts no messages from outside the extension' });
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-side-panel') void openSidePanel(tab?.windowId);
    if (command === 'clip-page') void clipTabOrNotify(tab?.id, { mode: 'page' });
  });
  browser.runtime.onInstalled.addListener(() => createClipMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void onClipMenuClicked(info, tab));
  // No automation can click the browser's own context menu: a test build (WXT_TEST_HOOKS=1) leaves
  // the handler for the browser tests to call. The shipped build has no such global.
  if (import.meta.env.WXT_TEST_HOOKS === '1') Object.assign(globalThis, { smmDeckContextMenuClicked: onClipMenuClicked });

  const registry = { permissions: browser.permissions, scripting: browser.scripting } as unknown as ScriptRegistry;
  const syncMastodon = () =>
    readSettings()
      .then((settings) => syncMastodonScript(registry, settings.mastodonInstances))
      .catch((error: unknown) => console.error('[SMM Deck] could not register the Mastodon script', error));
  void syncMastodon();
  settingsItem.watch(() => void syncMastodon());
  browser.permissions.onAdded.addListener(() => void syncMastodon());
  browser.permissions.onRemoved.addListener(() => void syncMastodon());

  scheduleRetention(database());
  startPlanReminders(database());
  forgetPagesOfClosedAndReloadedTabs();
});
