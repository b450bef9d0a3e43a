import { useState } from 'preact/hooks';
import type { ReplyTemplateRow, SmmDeckDatabase } from '../../utils/platform/db';
import { formatNumber, t, uiLanguage } from '../../utils/platform/i18n';
import { replyTemplatesChangedItem } from '../../utils/replies/shortcuts';
import { exportTemplates, importTemplates, searchTemplates, TemplateProblem } from '../../utils/replies/templates';
import { ReplyTemplateForm } from './ReplyTemplateForm';
import { useLiveQuery } from '../shared/use-live-query';
import { saveFile } from '../shared/save-file';

type Notice = { kind: 'ok' | 'error'; text: string };

/** The template library: search, folders, create, edit, delete, import and export. */
export function ReplyTemplatesManager({ db }: { db: SmmDeckDatabase }) {
  const rows = useLiveQuery(() => db.replyTemplates.toArray(), [db]);
  const [query, setQuery] = useState('');
  const [folder, setFolder] = useState<string | undefined>(undefined);
  const [editing, setEditing] = useState<ReplyTemplateRow | 'new' | undefined>(undefined);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  if (!rows) return <p class="muted">{t('repliesLoading')}</p>;

  const folders = [...new Set(rows.map((row) => row.folder))].filter(Boolean).sort((a, b) => a.localeCompare(b));
  const shown = searchTemplates(rows, query).filter((row) => folder === undefined || row.folder === folder);
  const changed = () => replyTemplatesChangedItem.setValue(Date.now());

  const remove = async (row: ReplyTemplateRow) => {
    if (row.id === undefined || !confirm(t('repliesDeleteConfirm', row.title))) return;
    await db.replyTemplates.delete(row.id);
    await changed();
  };
  const download = () => saveFile(`smm-deck-reply-templates-${new Date().toISOString().slice(0, 10)}.json`, exportTemplates(rows, Date.now()));
  const upload = async (file: File | undefined) => {
    if (!file) return;
    try {
      const { added, updated } = await importTemplates(db, await file.text(), Date.now());
      await changed();
      setNotice({ kind: 'ok', text: t('repliesImported', formatNumber(added), formatNumber(updated)) });
    } catch (error) {
      setNotice({ kind: 'error', text: t('repliesImportFailed', error instanceof TemplateProblem ? error.message : String(error)) });
    }
  };

  if (editing) {
    return <ReplyTemplateForm db={db} template={editing === 'new' ? undefined : editing} folders={folders} onDone={() => setEditing(undefined)} />;
  }
  return (
    <section class="templates">
      <div class="templates__toolbar">
        <input type="search" name="templateSearch" placeholder={t('repliesSearch')} aria-label={t('repliesSearch')} value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
        <button type="button" class="primary" name="newTemplate" onClick={() => setEditing('new')}>{t('repliesNewTemplate')}</button>
      </div>
      {folders.length > 0 && (
        <div class="templates__folders" role="group" aria-label={t('repliesFolders')}>
          <button type="button" class="chip" aria-pressed={folder === undefined} onClick={() => setFolder(undefined)}>{t('repliesAllFolders')}</button>
          {folders.map((name) => (
            <button key={name} type="button" class="chip" aria-pressed={folder === name} onClick={() => setFolder(name)}>{name}</button>
          ))}
        </div>
      )}
      {shown.length === 0 ? (
        <p class="empty-state">{rows.length === 0 ? t('repliesNoTemplatesYet') : t('repliesNothingFound')}</p>
      ) : (
        <ul class="templates__list">
          {shown.map((row) => (
            <TemplateItem key={row.id} row={row} onEdit={() => setEditing(row)} onDelete={() => void remove(row)} />
          ))}
        </ul>
      )}
      <div class="templates__files">
        <button type="button" class="secondary" name="exportTemplates" onClick={download} disabled={rows.length === 0}>{t('repliesExport')}</button>
        <label class="file-button">
          {t('repliesImport')}
          <input type="file" name="importTemplates" accept="application/json,.json" onChange={(event) => {
            const input = event.currentTarget;
            void upload(input.files?.[0]).finally(() => (input.value = ''));
          }} />
        </label>
      </div>
      {notice && <p class={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>{notice.text}</p>}
    </section>
  );
}

function TemplateItem({ row, onEdit, onDelete }: { row: ReplyTemplateRow; onEdit: () => void; onDelete: () => void }) {
  const lastUsed = row.lastUsedAt ? new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(row.lastUsedAt) : undefined;
  return (
    <li class="template" data-template={row.title}>
      <div class="template__head">
        <strong>{row.title}</strong>
        {row.shortcut && <code class="template__shortcut">{row.shortcut}</code>}
        {row.folder && <span class="muted">{row.folder}</span>}
      </div>
      <p class="template__text">{row.text}</p>
      <div class="template__foot muted">
        <span data-usage-count={row.usageCount}>{t('repliesUsage', formatNumber(row.usageCount))}</span>
        {lastUsed && <span>{t('repliesLastUsed', lastUsed)}</span>}
        {row.networks.length > 0 && <span>{row.networks.join(', ')}</span>}
        <button type="button" class="link-button" onClick={onEdit}>{t('repliesEdit')}</button>
        <button type="button" class="link-button link-button--danger" onClick={onDelete}>{t('repliesDelete')}</button>
      </div>
    </li>
  );
}
