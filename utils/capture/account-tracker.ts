/**
 * The Track / Untrack control on an account's page: a small panel pinned to the page's corner,
 * in a shadow root so the page's styles neither reach in nor leak out.
 */
import { formatNumber, t } from '../platform/i18n';
import type { CapturedAccount } from '../networks/types';
import { createShadowHost, fillShadow } from '../platform/shadow-host';

export const TRACKER_TAG = 'smm-deck-tracker';

const TRACKER_STYLE = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; }
.panel {
  display: flex; align-items: center; gap: 8px; padding: 6px 6px 6px 12px; border-radius: 20px;
  background: #fff; color: #1b1f24; box-shadow: 0 2px 12px rgba(0,0,0,.25);
  font: 13px/20px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
}
.name { font-weight: 600; max-width: 180px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.followers { color: #5f6b7a; white-space: nowrap; }
button { font: inherit; font-weight: 600; border: 0; border-radius: 14px; padding: 2px 12px; cursor: pointer; }
.track { background: #2f6feb; color: #fff; }
.track[aria-pressed='true'] { background: #e8f0fe; color: #2f6feb; }
.hide { background: none; color: #5f6b7a; padding: 2px 6px; }
`;

export interface AccountTracker {
  update(account: CapturedAccount, tracked: boolean): void;
  remove(): void;
}

export function showAccountTracker(
  document: Document,
  onToggle: (account: CapturedAccount, tracked: boolean) => void,
): AccountTracker {
  const { host, root } = createShadowHost(document, TRACKER_TAG);
  const panel = document.createElement('div');
  panel.className = 'panel';
  const name = document.createElement('span');
  name.className = 'name';
  const followers = document.createElement('span');
  followers.className = 'followers';
  const track = document.createElement('button');
  track.className = 'track';
  track.type = 'button';
  const hide = document.createElement('button');
  hide.className = 'hide';
  hide.type = 'button';
  hide.textContent = '×';
  hide.title = t('trackerHide');
  panel.append(name, followers, track, hide);
  fillShadow(root, TRACKER_STYLE, panel);
  document.documentElement.append(host);

  let current: { account: CapturedAccount; tracked: boolean } | undefined;
  track.addEventListener('click', () => current && onToggle(current.account, !current.tracked));
  hide.addEventListener('click', () => host.remove());

  return {
    update(account, tracked) {
      current = { account, tracked };
      name.textContent = account.name ?? account.handle;
      followers.textContent = account.followers === undefined ? '' : t('trackerFollowers', formatNumber(account.followers));
      track.textContent = tracked ? t('trackerTracking') : t('track');
      track.title = tracked ? t('untrack') : t('track');
      track.setAttribute('aria-pressed', String(tracked));
      host.setAttribute('data-tracked', String(tracked));
      host.setAttribute('data-account', `${account.network}/${account.handle}`);
    },
    remove: () => host.remove(),
  };
}
