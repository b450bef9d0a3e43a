import { useEffect, useState } from 'preact/hooks';
import type { SmmDeckDatabase } from '../../utils/platform/db';
import { formatDateTime, formatDay, methodFormula, methodLabel } from '../../utils/dashboard/format';
import { loadDashboard, type DashboardData } from '../../utils/dashboard/query';
import { parseSelection } from '../../utils/dashboard/selection';
import type { DayKey } from '../../utils/dashboard/time';
import { t } from '../../utils/platform/i18n';
import { readSettings } from '../../utils/platform/settings';
import { DashboardFigures } from './DashboardApp';
import './Dashboard.css';
import './Report.css';

interface ReportAppProps {
  db: SmmDeckDatabase;
  timeZone: string;
  today: DayKey;
}

/** The dashboard's selection (from the URL) laid out for A4, to print or save as PDF. */
export function ReportApp({ db, timeZone, today }: ReportAppProps) {
  const [report, setReport] = useState<{ data: DashboardData; brand: string; madeAt: number }>();
  useEffect(() => {
    const selection = parseSelection(new URLSearchParams(location.search), today);
    void readSettings().then(async (settings) => {
      const data = await loadDashboard(db, selection, timeZone, settings.ownAccounts);
      setReport({ data, brand: settings.brandName, madeAt: Date.now() });
    });
  }, [db, timeZone, today]);
  if (!report) return <p class="muted">{t('dashLoading')}</p>;
  const { data, brand, madeAt } = report;
  return (
    <article class="report" data-report>
      <header class="report__header">
        <button type="button" class="primary report__print" onClick={() => print()}>
          {t('reportPrint')}
        </button>
        <h1>{t('reportTitle')}</h1>
        {brand && <p class="report__brand">{t('reportFor', brand)}</p>}
        <p data-period>{t('dashPeriodSummary', formatDay(data.period.from), formatDay(data.period.to), data.period.days, timeZone)}</p>
        <p class="muted">{t('reportMethod', methodLabel(data.method), methodFormula(data.method))}</p>
      </header>
      {data.accounts.length === 0 ? <p class="empty-state">{t('dashEmpty')}</p> : <DashboardFigures data={data} printable />}
      <footer class="report__footer muted">{t('reportMade', formatDateTime(madeAt, timeZone))}</footer>
    </article>
  );
}
