import { useMemo, useState } from 'preact/hooks';
import { timedRates, type AccountSummary, type DashboardPost } from '../../utils/dashboard/aggregate';
import { formatRate, weekdayNames } from '../../utils/dashboard/format';
import { t } from '../../utils/platform/i18n';
import { bestTimeHeatmap } from '../../utils/dashboard/metrics';

interface DashboardHeatmapProps {
  posts: readonly DashboardPost[];
  accounts: readonly AccountSummary[];
  timeZone: string;
  /** The report shows every account's posts together, without the picker. */
  pickable?: boolean;
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export function DashboardHeatmap({ posts, accounts, timeZone, pickable = true }: DashboardHeatmapProps) {
  const [account, setAccount] = useState('');
  const shown = account && accounts.some((row) => row.id === account) ? account : '';
  const grid = useMemo(() => bestTimeHeatmap(timedRates(posts, shown || undefined), timeZone), [posts, shown, timeZone]);
  const highest = Math.max(0, ...grid.flat().map((cell) => cell.medianEr ?? 0));
  const days = weekdayNames();
  return (
    <section class="dash-section" data-heatmap>
      <h2>{t('dashHeatmap', timeZone)}</h2>
      {pickable && accounts.length > 1 && (
        <label class="dash-inline-field">
          {t('dashHeatmapAccount')}
          <select value={shown} onChange={(event) => setAccount(event.currentTarget.value)}>
            <option value="">{t('dashHeatmapAll')}</option>
            {accounts.map((row) => (
              <option key={row.id} value={row.id}>
                {row.name ?? row.handle} ({row.network})
              </option>
            ))}
          </select>
        </label>
      )}
      <div class="dash-heatmap" role="table">
        <div class="dash-heatmap__row" role="row">
          <span role="columnheader" />
          {HOURS.map((hour) => (
            <span key={hour} role="columnheader" class="dash-heatmap__hour">
              {hour % 3 === 0 ? hour : ''}
            </span>
          ))}
        </div>
        {grid.map((cells, day) => (
          <div key={day} class="dash-heatmap__row" role="row">
            <span role="rowheader" class="dash-heatmap__day">
              {days[day]}
            </span>
            {cells.map((cell, hour) => (
              <span
                key={hour}
                role="cell"
                class="dash-heatmap__cell"
                data-cell={`${day}-${hour}`}
                data-posts={cell.posts}
                style={cell.medianEr !== undefined && highest > 0 ? { '--heat': String(0.12 + (0.88 * cell.medianEr) / highest) } : undefined}
                title={cell.posts ? t('dashHeatmapCell', days[day]!, hour, cell.posts, formatRate(cell.medianEr)) : undefined}
              />
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}
