import type { AccountRow } from '../../utils/platform/db';
import { accountId, isNetwork, type DashboardSelection } from '../../utils/dashboard/selection';
import { addDays, isDayKey, type DayKey } from '../../utils/dashboard/time';
import { methodFormula, methodLabel } from '../../utils/dashboard/format';
import { t } from '../../utils/platform/i18n';
import { ER_METHODS, type ErMethod } from '../../utils/dashboard/metrics';
import { AccountName } from './DashboardAccountName';

interface DashboardControlsProps {
  selection: DashboardSelection;
  followed: readonly AccountRow[];
  today: DayKey;
  onChange: (selection: DashboardSelection) => void;
}

const PRESETS = [7, 30, 90, 365];

export function DashboardControls({ selection, followed, today, onChange }: DashboardControlsProps) {
  const change = (update: Partial<DashboardSelection>) => onChange({ ...selection, ...update });
  const networks = [...new Set(followed.map((row) => row.network))];
  const listed = followed.filter((row) => !selection.network || row.network === selection.network);
  const chosen = new Set(selection.accounts.map(accountId));
  const toggle = (row: AccountRow) => {
    const id = accountId(row);
    const accounts = chosen.has(id)
      ? selection.accounts.filter((key) => accountId(key) !== id)
      : [...selection.accounts, { network: row.network, handle: row.handle }];
    change({ accounts });
  };
  const setNetwork = (value: string) => {
    const network = isNetwork(value) ? value : undefined;
    const accounts = selection.accounts.filter((key) => !network || key.network === network);
    onChange({ ...selection, network, accounts });
  };
  const setDay = (field: 'from' | 'to', value: string) => {
    if (!isDayKey(value)) return;
    const next = { ...selection, [field]: value };
    onChange(next.from > next.to ? { ...next, from: next.to, to: next.from } : next);
  };
  return (
    <form class="dash-controls" onSubmit={(event) => event.preventDefault()}>
      <fieldset class="dash-controls__group">
        <legend>{t('dashNetwork')}</legend>
        <select value={selection.network ?? ''} onChange={(event) => setNetwork(event.currentTarget.value)} data-network-select>
          <option value="">{t('dashAllNetworks')}</option>
          {networks.map((network) => (
            <option key={network} value={network}>
              {network}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset class="dash-controls__group">
        <legend>{t('dashFrom')} / {t('dashTo')}</legend>
        <div class="dash-controls__period">
          <input type="date" value={selection.from} max={today} onChange={(event) => setDay('from', event.currentTarget.value)} aria-label={t('dashFrom')} data-from />
          <input type="date" value={selection.to} max={today} onChange={(event) => setDay('to', event.currentTarget.value)} aria-label={t('dashTo')} data-to />
        </div>
        <div class="dash-controls__presets">
          {PRESETS.map((days) => {
            const from = addDays(today, 1 - days);
            const active = selection.from === from && selection.to === today;
            return (
              <button type="button" key={days} class="chip" aria-pressed={active} onClick={() => change({ from, to: today })} data-preset={days}>
                {t('dashLastDays', days)}
              </button>
            );
          })}
        </div>
      </fieldset>
      <fieldset class="dash-controls__group">
        <legend>{t('dashErMethod')}</legend>
        <select value={selection.method} onChange={(event) => change({ method: event.currentTarget.value as ErMethod })} title={methodFormula(selection.method)} data-method>
          {ER_METHODS.map((method) => (
            <option key={method} value={method} title={methodFormula(method)}>
              {methodLabel(method)}
            </option>
          ))}
        </select>
        <small class="muted">{methodFormula(selection.method)}</small>
      </fieldset>
      <fieldset class="dash-controls__group dash-controls__accounts">
        <legend>
          {t('dashAccounts')} <span class="muted">({t('dashAccountsHint')})</span>
        </legend>
        <ul>
          {listed.map((row) => (
            <li key={accountId(row)}>
              <label>
                <input type="checkbox" checked={chosen.has(accountId(row))} onChange={() => toggle(row)} data-pick={accountId(row)} />
                <AccountName account={row} />
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </form>
  );
}
