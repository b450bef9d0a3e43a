import { webUrl } from '../../utils/dashboard/format';
import { t } from '../../utils/platform/i18n';
import type { Network } from '../../utils/networks/types';

interface Named {
  network: Network;
  handle: string;
  name?: string;
  url: string;
  own: boolean;
}

/** The network tag, the account's name linking to its page, and "own" for the user's accounts. */
export function AccountName({ account }: { account: Named }) {
  return (
    <span class="dash-account">
      <span class={`network-tag network-tag--${account.network}`}>{account.network}</span>
      <a href={webUrl(account.url)} target="_blank" rel="noreferrer" title={`@${account.handle}`}>
        {account.name ?? account.handle}
      </a>
      {account.own && <span class="pill" data-own>{t('ownAccount')}</span>}
    </span>
  );
}
