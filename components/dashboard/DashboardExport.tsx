import { useState } from 'preact/hooks';
import type { SmmDeckDatabase } from '../../utils/platform/db';
import { accountsCsv, csvFormatFor, dashboardJson, exportFileName, postsCsv } from '../../utils/dashboard/export';
import { withGrowth, type DashboardData } from '../../utils/dashboard/query';
import { selectionParams, type DashboardSelection } from '../../utils/dashboard/selection';
import { t, uiLanguage } from '../../utils/platform/i18n';
import { saveFile } from '../shared/save-file';

interface DashboardExportProps {
  db: SmmDeckDatabase;
  data: DashboardData;
  selection: DashboardSelection;
}

export function DashboardExport({ db, data, selection }: DashboardExportProps) {
  const [problem, setProblem] = useState<string>();
  const run = (make: () => Promise<[name: string, text: string, type: string]>) => async () => {
    setProblem(undefined);
    try {
      saveFile(...(await make()));
    } catch (error) {
      setProblem(t('dashExportFailed', error instanceof Error ? error.message : String(error)));
    }
  };
  const format = csvFormatFor(uiLanguage());
  const csvType = 'text/csv;charset=utf-8';
  return (
    <div class="dash-export" data-export>
      <span class="muted">{t('dashExport')}</span>
      <button type="button" onClick={run(async () => [exportFileName(data, 'accounts', 'csv'), accountsCsv(data, format), csvType])} data-export-accounts>
        {t('dashExportAccountsCsv')}
      </button>
      <button
        type="button"
        onClick={run(async () => [exportFileName(data, 'posts', 'csv'), postsCsv(data, await withGrowth(db, data.posts), format), csvType])}
        data-export-posts
      >
        {t('dashExportPostsCsv')}
      </button>
      <button
        type="button"
        onClick={run(async () => [exportFileName(data, 'dashboard', 'json'), dashboardJson(data, await withGrowth(db, data.posts), Date.now()), 'application/json'])}
        data-export-json
      >
        {t('dashExportJson')}
      </button>
      <a class="primary-link" href={`report.html?${selectionParams(selection)}`} target="_blank" rel="noreferrer" data-report-link>
        {t('dashOpenReport')}
      </a>
      {problem && <p class="form-problem" role="alert">{problem}</p>}
    </div>
  );
}

