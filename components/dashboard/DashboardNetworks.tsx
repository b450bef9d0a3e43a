import type { NetworkSummary } from '../../utils/dashboard/aggregate';
import { formatAverage, formatCount, formatRate, methodLabel } from '../../utils/dashboard/format';
import { t } from '../../utils/platform/i18n';
import type { ErMethod } from '../../utils/dashboard/metrics';

/** For each network, its tracked accounts' audience, posting frequency and ER side by side. */
export function DashboardNetworks({ networks, method }: { networks: readonly NetworkSummary[]; method: ErMethod }) {
  return (
    <section class="dash-section" data-networks>
      <h2>{t('dashNetworks')}</h2>
      <div class="dash-table-wrap">
        <table class="dash-table">
          <thead>
            <tr>
              <th scope="col">{t('dashColNetwork')}</th>
              <th scope="col">{t('dashColAccounts')}</th>
              <th scope="col">{t('dashColAudience')}</th>
              <th scope="col">{t('dashColPostsPerWeekPerAccount')}</th>
              <th scope="col">{t('dashColEr', methodLabel(method))}</th>
            </tr>
          </thead>
          <tbody>
            {networks.map((row) => (
              <tr key={row.network} data-network={row.network}>
                <th scope="row">
                  <span class={`network-tag network-tag--${row.network}`}>{row.network}</span>
                </th>
                <td>{formatCount(row.accounts)}</td>
                <td>{formatCount(row.followers)}</td>
                <td>{formatAverage(row.postsPerWeek)}</td>
                <td>{formatRate(row.er)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
