import { useEffect, useMemo, useState } from 'preact/hooks';
import { copyText } from '../../utils/platform/copy-text';
import type { CommentRow, ReplyTemplateRow, SmmDeckDatabase } from '../../utils/platform/db';
import { t, uiLanguage } from '../../utils/platform/i18n';
import { sendToTab, type ReplyFailure } from '../../utils/replies/tab-messages';
import { missingVariables, renderReplyTemplate, type ReplyContext } from '../../utils/replies/template';
import { markTemplateUsed, searchTemplates } from '../../utils/replies/templates';
import type { Settings } from '../../utils/platform/settings';
import { useLiveQuery } from '../shared/use-live-query';

interface ReplyComposerProps {
  db: SmmDeckDatabase;
  comment: CommentRow;
  tabId: number;
  settings: Settings;
  postText?: string;
  onDone: () => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'inserted' }
  | { kind: 'copied'; problem: ReplyFailure | 'error' }
  | { kind: 'failed'; problem: ReplyFailure | 'error' };

/** Pick a template, see the reply as it will read (and change it), insert it into the page's reply box. */
export function ReplyComposer({ db, comment, tabId, settings, postText, onDone }: ReplyComposerProps) {
  const templates = useLiveQuery(
    async () => searchTemplates(await db.replyTemplates.toArray(), '').filter((row) => row.networks.length === 0 || row.networks.includes(comment.network)),
    [db, comment.network],
  );
  const [templateId, setTemplateId] = useState<number | undefined>(undefined);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const context: ReplyContext = useMemo(
    () => ({
      authorName: comment.authorName,
      authorHandle: comment.authorHandle,
      postText,
      brandName: settings.brandName,
      ownHandle: settings.ownAccounts.find((account) => account.network === comment.network)?.handle,
    }),
    [comment, postText, settings],
  );
  const template = templates?.find((row) => row.id === templateId);
  const render = (row: ReplyTemplateRow | undefined) => setText(row ? renderReplyTemplate(row.text, context, { locale: uiLanguage() }) : '');

  useEffect(() => {
    if (templateId === undefined && templates?.[0]) {
      setTemplateId(templates[0].id);
      render(templates[0]);
    }
  }, [templates]);

  const insert = async () => {
    setStatus({ kind: 'working' });
    let problem: ReplyFailure | 'error';
    try {
      const result = await sendToTab(tabId, 'reply.insert', { commentId: comment.commentId, text });
      if (result.ok) {
        if (template?.id !== undefined) await markTemplateUsed(db, template.id, Date.now());
        setStatus({ kind: 'inserted' });
        return;
      }
      problem = result.problem;
    } catch (error) {
      console.error('[SMM Deck] reply not inserted', error);
      problem = 'error';
    }
    const copied = await copyText(text);
    if (copied && template?.id !== undefined) await markTemplateUsed(db, template.id, Date.now());
    setStatus(copied ? { kind: 'copied', problem } : { kind: 'failed', problem });
  };

  if (!templates) return null;
  const missing = template ? missingVariables(template.text, context) : [];
  return (
    <div class="reply-composer" data-reply-composer={comment.commentId}>
      {templates.length === 0 ? (
        <p class="muted">{t('repliesNoTemplates')}</p>
      ) : (
        <div class="reply-composer__row">
          <select
            name="template"
            aria-label={t('repliesTemplate')}
            value={templateId ?? ''}
            onChange={(event) => {
              const id = Number(event.currentTarget.value);
              setTemplateId(id);
              render(templates.find((row) => row.id === id));
            }}
          >
            {templates.map((row) => (
              <option key={row.id} value={row.id}>
                {row.folder ? `${row.folder} / ${row.title}` : row.title}
              </option>
            ))}
          </select>
          <button type="button" class="secondary" title={t('repliesAnotherVariationHint')} onClick={() => render(template)} disabled={!template}>
            {t('repliesAnotherVariation')}
          </button>
        </div>
      )}
      <textarea name="replyText" class="reply-composer__text" rows={4} value={text} onInput={(event) => setText(event.currentTarget.value)} aria-label={t('repliesPreview')} />
      {missing.length > 0 && <p class="reply-composer__warning">{t('repliesMissingValues', missing.map((name) => `{${name}}`).join(', '))}</p>}
      <div class="reply-composer__row">
        <button type="button" class="primary" name="insertReply" disabled={!text.trim() || status.kind === 'working'} onClick={() => void insert()}>
          {t('repliesInsert')}
        </button>
        <button type="button" class="secondary" onClick={onDone}>
          {t('repliesClose')}
        </button>
      </div>
      <ReplyStatus status={status} />
    </div>
  );
}

function ReplyStatus({ status }: { status: Status }) {
  if (status.kind === 'idle' || status.kind === 'working') return null;
  if (status.kind === 'inserted') return <p class="notice notice--ok" role="status">{t('repliesInserted')}</p>;
  const why = t(PROBLEM_MESSAGES[status.problem]);
  return (
    <p class="notice notice--error" role="alert">
      {status.kind === 'copied' ? t('repliesCopiedPressPaste', why) : t('repliesNotInserted', why)}
    </p>
  );
}

const PROBLEM_MESSAGES = {
  'no-comment': 'repliesProblemNoComment',
  'no-reply-control': 'repliesProblemNoControl',
  'no-editor': 'repliesProblemNoEditor',
  'not-verified': 'repliesProblemNotVerified',
  'not-this-page': 'repliesProblemNotThisPage',
  error: 'repliesProblemNoAnswer',
} as const;
