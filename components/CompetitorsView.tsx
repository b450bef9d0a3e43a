import { loadCompetitorSummaries } from '../utils/competitors';
import type { SmmDeckDatabase } from '../utils/db';
import { formatNumber, t } from '../utils/i18n';
import { useLiveQuery } from './use-live-query';

export function CompetitorsView({ db }: { db: SmmDeckDatabase }) {
  const summaries = useLiveQuery(() => loadCompetitorSummaries(db), [db]);
  if (!summaries) return <p class="muted">{t('competitorsLoading')}</p>;
  if (summaries.length === 0) return <p class="empty-state">{t('competitorsEmpty')}</p>;
  return (
    <table class="data-table competitors">
      <thead>
        <tr>
          <th scope="col">{t('columnAccount')}</th>
          <th scope="col" class="num">{t('columnFollowers')}</th>
          <th scope="col" class="num">{t('columnPosts')}</th>
        </tr>
      </thead>
      <tbody>
        {summaries.map(({ account, postCount }) => (
          <tr key={`${account.network}/${account.handle}`} data-account={`${account.network}/${account.handle}`}>
            <td>
              <span class={`network-tag network-tag--${account.network}`}>{account.network}</span>{' '}
              <a href={account.url} target="_blank" rel="noreferrer">
                {account.name ?? account.handle}
              </a>{' '}
              <span class="muted">@{account.handle}</span>
              {account.own && <span class="pill">{t('ownAccount')}</span>}
            </td>
            <td class="num">{formatNumber(account.followers)}</td>
            <td class="num" data-post-count>{formatNumber(postCount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
