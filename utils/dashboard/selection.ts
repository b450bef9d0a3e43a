/**
 * What the dashboard shows, as URL parameters, so that the side panel can link to one account
 * and the report page opens with the dashboard's selection:
 * `?account=x/brand&account=vk/rival&network=x&from=2026-08-01&to=2026-10-29&er=median`;
 * `?network=x&handle=brand` names one account.
 */
import { addDays, isDayKey, type DayKey } from './time';
import { ER_METHODS, type ErMethod } from './metrics';
import { NETWORKS } from '../networks/names';
import type { Network } from '../networks/types';

export interface AccountKey {
  network: Network;
  handle: string;
}

export interface DashboardSelection {
  /** The chosen accounts; empty for every followed account (of `network`, when set). */
  accounts: AccountKey[];
  network?: Network;
  /** Both days included, in the user's time zone. */
  from: DayKey;
  to: DayKey;
  method: ErMethod;
}

export const DEFAULT_PERIOD_DAYS = 30;

export const accountId = ({ network, handle }: AccountKey): string => `${network}/${handle}`;

export function isNetwork(value: string | null | undefined): value is Network {
  return (NETWORKS as readonly string[]).includes(value ?? '');
}

export function parseAccountId(id: string): AccountKey | undefined {
  const slash = id.indexOf('/');
  const network = id.slice(0, slash);
  const handle = id.slice(slash + 1);
  return slash > 0 && handle && isNetwork(network) ? { network, handle } : undefined;
}

/** Reads the parameters, falling back to the last 30 days up to `today` for anything unusable. */
export function parseSelection(params: URLSearchParams, today: DayKey): DashboardSelection {
  const network = params.get('network');
  const handle = params.get('handle');
  const accounts = params.getAll('account').map(parseAccountId).filter((key): key is AccountKey => key !== undefined);
  if (isNetwork(network) && handle) accounts.push({ network, handle });
  const method = params.get('er');
  let from = params.get('from') ?? '';
  let to = params.get('to') ?? '';
  if (!isDayKey(to)) to = today;
  if (!isDayKey(from)) from = addDays(to, 1 - DEFAULT_PERIOD_DAYS);
  if (from > to) [from, to] = [to, from];
  return {
    accounts,
    ...(isNetwork(network) ? { network } : {}),
    from,
    to,
    method: ER_METHODS.includes(method as ErMethod) ? (method as ErMethod) : 'ratioOfSums',
  };
}

export function selectionParams(selection: DashboardSelection): URLSearchParams {
  const params = new URLSearchParams();
  for (const account of selection.accounts) params.append('account', accountId(account));
  if (selection.network) params.set('network', selection.network);
  params.set('from', selection.from);
  params.set('to', selection.to);
  params.set('er', selection.method);
  return params;
}
