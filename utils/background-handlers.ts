import { setAccountTracked, storeCapture } from './capture-store';
import type { SmmDeckDatabase } from './db';
import type { CommandHandlers } from './message-router';
import type { Settings } from './settings';
import { watchingQuota } from './storage-notice';

export interface BackgroundDeps {
  db: SmmDeckDatabase;
  /** Read on every call: the worker keeps no settings in memory. */
  settings: () => Promise<Settings>;
  now: () => number;
}

export function createBackgroundHandlers({ db, settings, now }: BackgroundDeps): CommandHandlers {
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
  };
}
