import { useState } from 'preact/hooks';
import type { PerformerRow, PlanItemRow, RubricRow, SmmDeckDatabase } from '../../utils/platform/db';
import { t } from '../../utils/platform/i18n';
import { itemsChanged } from '../../utils/plan/actions';
import { addDays, startOfDay } from '../../utils/plan/calendar';
import { parsePlanCsv, planToCsv, type ImportedPlanRow } from '../../utils/plan/csv';
import { formatPlanTime, NETWORK_TITLES } from '../../utils/plan/format';
import { planToIcs } from '../../utils/plan/ics';
import { importPlanRows, newNames } from '../../utils/plan/library';
import { saveFile } from '../shared/save-file';

interface PlanTransferProps {
  db: SmmDeckDatabase;
  items: readonly PlanItemRow[];
  rubrics: readonly RubricRow[];
  performers: readonly PerformerRow[];
  /** The range the calendar shows, the default for the .ics export. */
  range: { from: number; to: number };
}


const dateInput = (time: number) => new Date(time - new Date(time).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
const fromDateInput = (value: string) => new Date(`${value}T00:00`).getTime();

/** iCalendar export of a range, CSV export of the plan, and CSV import with a preview. */
export function PlanTransfer({ db, items, rubrics, performers, range }: PlanTransferProps) {
  const [from, setFrom] = useState(dateInput(range.from));
  const [to, setTo] = useState(dateInput(addDays(range.to, -1)));
  const [preview, setPreview] = useState<{ name: string; rows: ImportedPlanRow[] }>();
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');

  const added = preview ? [...newNames(preview.rows, rubrics, (row) => row.rubricName), ...newNames(preview.rows, performers, (row) => row.assigneeName)] : [];

  const exportIcs = () => {
    const start = fromDateInput(from);
    const end = addDays(startOfDay(fromDateInput(to)), 1);
    const inRange = items.filter((item) => item.scheduledAt !== undefined && item.scheduledAt >= start && item.scheduledAt < end);
    saveFile(`smm-deck-plan-${from}-${to}.ics`, planToIcs(inRange, { rubrics, performers, now: Date.now() }), 'text/calendar;charset=utf-8');
  };

  const read = async (file: File | undefined) => {
    setPreview(undefined);
    setDone('');
    if (!file) return;
    const result = parsePlanCsv(await file.text());
    if (!result.ok) return setProblem(t('planImportProblem', file.name, result.error));
    setProblem('');
    setPreview({ name: file.name, rows: result.rows });
  };

  const write = async () => {
    if (!preview) return;
    const ids = await importPlanRows(db, preview.rows, Date.now());
    itemsChanged();
    setPreview(undefined);
    setDone(t('planImported', ids.length));
  };

  return (
    <div class="plan-transfer">
      <section>
        <h3>{t('planExportIcs')}</h3>
        <div class="plan-transfer__row">
          <label>{t('planFrom')} <input type="date" name="from" value={from} onInput={(event) => setFrom(event.currentTarget.value)} /></label>
          <label>{t('planTo')} <input type="date" name="to" value={to} onInput={(event) => setTo(event.currentTarget.value)} /></label>
          <button type="button" data-export="ics" onClick={exportIcs}>{t('planDownloadIcs')}</button>
        </div>
      </section>
      <section>
        <h3>{t('planCsv')}</h3>
        <div class="plan-transfer__row">
          <button type="button" data-export="csv" onClick={() => saveFile('smm-deck-plan.csv', planToCsv(items, { rubrics, performers }), 'text/csv;charset=utf-8')}>{t('planDownloadCsv')}</button>
          <label class="file-button">{t('planImportCsv')}
            <input type="file" accept=".csv,text/csv" data-import="csv" onChange={(event) => void read(event.currentTarget.files?.[0])} />
          </label>
        </div>
        <p class="muted">{t('planCsvColumns')}</p>
        {problem && <p class="notice notice--error" role="alert" data-import-problem>{problem}</p>}
        {done && <p class="notice" role="status" data-import-done>{done}</p>}
        {preview && (
          <div class="plan-preview" data-import-preview>
            <p>{t('planPreview', preview.name, preview.rows.length)}</p>
            {added.length > 0 && <p class="muted">{t('planPreviewNew', added.join(', '))}</p>}
            <table>
              <thead><tr><th>{t('planItemTitle')}</th><th>{t('planItemWhen')}</th><th>{t('planItemNetworks')}</th><th>{t('planItemText')}</th></tr></thead>
              <tbody>
                {preview.rows.slice(0, 50).map((row, index) => (
                  <tr key={index}>
                    <td>{row.title}</td>
                    <td>{row.scheduledAt === undefined ? '' : formatPlanTime(row.scheduledAt)}</td>
                    <td>{row.networks.map((network) => NETWORK_TITLES[network]).join(', ')}</td>
                    <td class="plan-preview__text">{row.body}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div class="plan-transfer__row">
              <button type="button" class="primary" data-import-confirm onClick={() => void write()}>{t('planImportConfirm', preview.rows.length)}</button>
              <button type="button" onClick={() => setPreview(undefined)}>{t('planCancel')}</button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
