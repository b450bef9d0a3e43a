import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SmmDeckDatabase } from '../../utils/platform/db';
import { formatCount, formatDay, formatRate, methodLabel } from '../../utils/dashboard/format';
import { loadDashboard, type DashboardData } from '../../utils/dashboard/query';
import { parseSelection, selectionParams } from '../../utils/dashboard/selection';
import { daysInclusive, type DayKey } from '../../utils/dashboard/time';
import { t } from '../../utils/platform/i18n';
import { readSettings, settingsItem, type OwnAccount } from '../../utils/platform/settings';
import { DashboardChart, type ChartLine } from './DashboardChart';
import { DashboardControls } from './DashboardControls';
import { DashboardExport } from './DashboardExport';
import { DashboardHeatmap } from './DashboardHeatmap';
import { DashboardNetworks } from './DashboardNetworks';
import { DashboardTable } from './DashboardTable';
import { DashboardTopPosts } from './DashboardTopPosts';
import { useLiveQuery } from '../shared/use-live-query';
import './Dashboard.css';

interface DashboardAppProps {
  db: SmmDeckDatabase;
  timeZone: string;
  today: DayKey;
}

export function DashboardApp({ db, timeZone, today }: DashboardAppProps) {
  const [selection, setSelection] = useState(() => parseSelection(new URLSearchParams(location.search), today));
  useEffect(() => history.replaceState(null, '', `?${selectionParams(selection)}`), [selection]);
  const ownAccounts = useOwnAccounts();
  const data = useLiveQuery(
    async () => (ownAccounts ? loadDashboard(db, selection, timeZone, ownAccounts) : undefined),
    [db, selection, timeZone, ownAccounts],
  );
  return (
    <div class="dash">
      <header class="dash__header">
        <h1>{t('dashTitle')}</h1>
        <p class="muted" data-period>
          {t('dashPeriodSummary', formatDay(selection.from), formatDay(selection.to), daysInclusive(selection.from, selection.to), timeZone)}
        </p>
      </header>
      {!data ? (
        <p class="muted">{t('dashLoading')}</p>
      ) : data.followed.length === 0 ? (
        <p class="empty-state">{t('dashEmpty')}</p>
      ) : (
        <div class="dash__body">
          <DashboardControls selection={selection} followed={data.followed} today={today} onChange={setSelection} />
          <main class="dash__main">
            <DashboardExport db={db} data={data} selection={selection} />
            <DashboardFigures data={data} />
          </main>
        </div>
      )}
    </div>
  );
}

/** The comparison, charts, heatmap, top posts and networks: the dashboard and the report both show them. */
export function DashboardFigures({ data, printable = false }: { data: DashboardData; printable?: boolean }) {
  const { accounts, method, timeZone } = data;
  const names = useMemo(() => new Map(accounts.map((row) => [row.id, `${row.name ?? row.handle} (${row.network})`])), [accounts]);
  const charts = useMemo(() => {
    const times = data.followerSeries.buckets.map((bucket) => bucket.start);
    const lines = (series: DashboardData['followerSeries']): ChartLine[] =>
      series.lines.map((line) => ({ label: names.get(line.id) ?? line.id, values: line.values }));
    return { times, followers: lines(data.followerSeries), er: lines(data.erSeries) };
  }, [data, names]);
  const weekly = data.period.days > 45;
  const chartWidth = printable ? 680 : undefined;
  return (
    <>
      <section class="dash-section">
        <h2>{t('dashCompare')}</h2>
        <DashboardTable accounts={accounts} method={method} sortable={!printable} />
      </section>
      <section class="dash-section dash-charts">
        <DashboardChart
          title={t('dashChartFollowers')}
          times={charts.times}
          lines={charts.followers}
          timeZone={timeZone}
          formatValue={formatCount}
          width={chartWidth}
        />
        <DashboardChart
          title={t(weekly ? 'dashChartErWeekly' : 'dashChartErDaily', methodLabel(method))}
          times={charts.times}
          lines={charts.er}
          timeZone={timeZone}
          formatValue={(value) => formatRate(value)}
          width={chartWidth}
        />
      </section>
      <DashboardHeatmap posts={data.posts} accounts={accounts} timeZone={timeZone} pickable={!printable} />
      <DashboardTopPosts posts={data.topPosts} names={names} timeZone={timeZone} />
      <DashboardNetworks networks={data.networks} method={method} />
    </>
  );
}

/** The own accounts named in the settings, kept current. */
function useOwnAccounts(): OwnAccount[] | undefined {
  const [own, setOwn] = useState<OwnAccount[]>();
  useEffect(() => {
    void readSettings().then((settings) => setOwn(settings.ownAccounts));
    return settingsItem.watch((settings) => setOwn(settings?.ownAccounts ?? []));
  }, []);
  return own;
}
