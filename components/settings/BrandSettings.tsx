import { useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import { NETWORKS } from '../../utils/networks/names';
import type { Network } from '../../utils/networks/types';
import { updateSettings, type Settings } from '../../utils/platform/settings';

/** The brand's name and the user's own accounts, one per network and handle. */
export function BrandSettings({ settings }: { settings: Settings }) {
  const [network, setNetwork] = useState<Network>('x');
  const [handle, setHandle] = useState('');

  const save = (change: (current: Settings) => Partial<Settings>) => void updateSettings(change);
  const add = (event: Event) => {
    event.preventDefault();
    const clean = handle.trim().replace(/^@/, '');
    if (!clean) return;
    save((current) => ({
      ownAccounts: [
        ...current.ownAccounts.filter((account) => !(account.network === network && account.handle.toLowerCase() === clean.toLowerCase())),
        { network, handle: clean },
      ],
    }));
    setHandle('');
  };

  return (
    <section class="settings-section" data-section="brand">
      <h2>{t('settingsBrand')}</h2>
      <label class="field">
        <span>{t('settingBrandName')}</span>
        <input name="brandName" value={settings.brandName} onChange={(event) => {
          const brandName = event.currentTarget.value.trim();
          save(() => ({ brandName }));
        }} />
      </label>
      <h3>{t('settingOwnAccounts')}</h3>
      <p class="muted">{t('settingOwnAccountsHint')}</p>
      <ul class="instance-list">
        {settings.ownAccounts.map((account) => (
          <li key={`${account.network}/${account.handle}`} data-own-account={`${account.network}/${account.handle}`}>
            <span class={`network-tag network-tag--${account.network}`}>{account.network}</span>
            <span>@{account.handle}</span>
            <button
              type="button"
              class="link-button"
              onClick={() =>
                save((current) => ({
                  ownAccounts: current.ownAccounts.filter((other) => !(other.network === account.network && other.handle === account.handle)),
                }))
              }
            >
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="instance-form" onSubmit={add}>
        <select name="ownNetwork" value={network} onChange={(event) => setNetwork(event.currentTarget.value as Network)}>
          {NETWORKS.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
        <input name="ownHandle" placeholder="@brand" value={handle} onInput={(event) => setHandle(event.currentTarget.value)} aria-label={t('settingOwnHandle')} />
        <button type="submit" class="primary">
          {t('add')}
        </button>
      </form>
    </section>
  );
}
