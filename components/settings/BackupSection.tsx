import { useState } from 'preact/hooks';
import { BackupError, exportBackupChunks, parseBackup, restoreBackup, type ParsedBackup } from '../../utils/backup/backup';
import type { SmmDeckDatabase } from '../../utils/platform/db';
import { formatNumber, t } from '../../utils/platform/i18n';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '../../utils/platform/settings';
import { saveFile } from '../shared/save-file';

type Status =
  | { kind: 'idle' }
  | { kind: 'exporting'; done: number; total: number }
  | { kind: 'exported'; rows: number }
  | { kind: 'reading' }
  | { kind: 'review'; backup: ParsedBackup; fileName: string }
  | { kind: 'restoring' }
  | { kind: 'restored'; rows: number }
  | { kind: 'failed'; message: string };

/** Everything in one JSON file, and back: export with a progress bar, restore after a summary. */
export function BackupSection({ db, settings }: { db: SmmDeckDatabase; settings: Settings }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'exporting' || status.kind === 'reading' || status.kind === 'restoring';

  const exportAll = async () => {
    setStatus({ kind: 'exporting', done: 0, total: 0 });
    try {
      const parts: string[] = [];
      let rows = 0;
      const chunks = exportBackupChunks(db, settings, {
        onProgress: (done, total) => {
          rows = total;
          setStatus({ kind: 'exporting', done, total });
        },
      });
      for await (const chunk of chunks) parts.push(chunk);
      saveFile(`smm-deck-backup-${new Date().toISOString().slice(0, 10)}.json`, new Blob(parts, { type: 'application/json' }));
      setStatus({ kind: 'exported', rows });
    } catch (error) {
      setStatus({ kind: 'failed', message: messageOf(error) });
    }
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ kind: 'reading' });
    try {
      setStatus({ kind: 'review', backup: parseBackup(await file.text()), fileName: file.name });
    } catch (error) {
      setStatus({ kind: 'failed', message: messageOf(error) });
    }
  };

  const restore = async (backup: ParsedBackup, mode: 'merge' | 'replace') => {
    setStatus({ kind: 'restoring' });
    try {
      const written = await restoreBackup(db, backup, mode);
      if (backup.settings) await settingsItem.setValue({ ...DEFAULT_SETTINGS, ...backup.settings });
      setStatus({ kind: 'restored', rows: Object.values(written).reduce((sum, count) => sum + count, 0) });
    } catch (error) {
      setStatus({ kind: 'failed', message: messageOf(error) });
    }
  };

  return (
    <section class="settings-section" data-section="backup">
      <h2>{t('settingsBackup')}</h2>
      <p class="muted">{t('backupHint')}</p>
      <div class="backup-actions">
        <button type="button" class="primary" name="exportBackup" disabled={busy} onClick={() => void exportAll()}>
          {t('backupExport')}
        </button>
        <label class="file-button">
          {t('backupRestore')}
          <input type="file" name="restoreBackup" accept="application/json,.json" disabled={busy} onChange={(event) => void choose(event.currentTarget.files?.[0])} />
        </label>
      </div>
      {status.kind === 'exporting' && (
        <progress data-backup-progress max={status.total || 1} value={status.done} aria-label={t('backupExporting')} />
      )}
      {status.kind === 'exported' && <p role="status">{t('backupExported', formatNumber(status.rows))}</p>}
      {status.kind === 'review' && <BackupSummary status={status} onRestore={(mode) => void restore(status.backup, mode)} />}
      {status.kind === 'restored' && <p role="status">{t('backupRestored', formatNumber(status.rows))}</p>}
      {status.kind === 'failed' && (
        <p class="form-problem" role="alert">
          {status.message}
        </p>
      )}
    </section>
  );
}

function BackupSummary({ status, onRestore }: { status: Extract<Status, { kind: 'review' }>; onRestore: (mode: 'merge' | 'replace') => void }) {
  const { summary } = status.backup;
  return (
    <div class="backup-summary" data-backup-summary>
      <p>{t('backupSummary', status.fileName, new Date(summary.exportedAt).toLocaleString(), String(summary.schemaVersion))}</p>
      <ul>
        {Object.entries(summary.rows).map(([table, count]) => (
          <li key={table} data-table={table}>
            {table}: {formatNumber(count)}
          </li>
        ))}
      </ul>
      <div class="backup-actions">
        <button type="button" class="primary" name="restoreMerge" onClick={() => onRestore('merge')}>
          {t('backupMerge')}
        </button>
        <button type="button" name="restoreReplace" onClick={() => onRestore('replace')}>
          {t('backupReplace')}
        </button>
      </div>
    </div>
  );
}


function messageOf(error: unknown): string {
  if (error instanceof BackupError) return error.message;
  if (error instanceof Error && error.name === 'QuotaExceededError') return t('backupQuota');
  return t('backupFailed', error instanceof Error ? error.message : String(error));
}
