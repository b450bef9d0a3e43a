import { browser } from 'wxt/browser';
import { rememberActivePage, type SessionArea } from './active-page';
import { setAccountTracked, storeCapture } from '../capture/store';
import { annotateClip, saveClip } from '../clip/store';
import { storeComments } from '../comments/store';
import type { SmmDeckDatabase } from './db';
import type { CommandHandlers } from './message-router';
import { createPlanHandlers } from '../plan/background';
import { markTemplateUsed, shortcutTemplates } from '../replies/templates';
import type { Settings } from './settings';
import { watchingQuota } from './storage-notice';

export interface BackgroundDeps {
  db: SmmDeckDatabase;
  /** Read on every call: the worker keeps no settings in memory. */
  settings: () => Promise<Settings>;
  now: () => number;
  /** Where the page each tab shows is kept; `browser.storage.session` unless a test gives its own. */
  session?: SessionArea;
}

export function createBackgroundHandlers({ db, settings, now, session }: BackgroundDeps): CommandHandlers {
  return {
    'capture.store': async ({ capture }) => {
      const policy = await settings();
      return watchingQuota(() => storeCapture(db, capture, policy, now()), now);
    },
    'account.setTracked': async ({ account, tracked }) => {
      const row = await setAccountTracked(db, account, tracked, now());
      return { tracked: row.tracked, own: row.own };
    },
    'account.status': async ({ network, handle }) => {
      const row = await db.accounts.get([network, handle]);
      return { tracked: row?.tracked ?? false, own: row?.own ?? false };
    },
    'clip.save': ({ clip }) => watchingQuota(() => saveClip(db, clip, now()), now),
    'clip.annotate': ({ id, tags, note }) => annotateClip(db, id, tags, note, now()),
    ...createPlanHandlers(db),
    'page.report': async (report, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) throw new Error('only a tab\'s top page reports its page');
      await rememberActivePage(session ?? browser.storage.session, tabId, report);
      return { tabId };
    },
    'comments.store': async ({ comments }) => {
      const { ownAccounts } = await settings();
      return { stored: await watchingQuota(() => storeComments(db, comments, ownAccounts, now()), now) };
    },
    'replyTemplates.shortcuts': async ({ network }) => ({ templates: await shortcutTemplates(db, network) }),
    'replyTemplates.used': async ({ id }) => ({ usageCount: await markTemplateUsed(db, id, now()) }),
  };
}
