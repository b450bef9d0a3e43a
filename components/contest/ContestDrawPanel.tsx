import { useState } from 'preact/hooks';
import type { ContestRow } from '../../utils/platform/db';
import { formatNumber, t } from '../../utils/platform/i18n';
import { formatDateTime } from './labels';

interface ContestDrawPanelProps {
  /** The contest committed to and not drawn yet. */
  pending?: ContestRow;
  participants: number;
  rulesValid: boolean;
  /** Comments collected after the commitment, which this draw leaves out. */
  newComments: number;
  busy: boolean;
  onPrepare: () => void;
  onDraw: () => void;
  onDiscard: () => void;
}

/** Commit, then reveal: first the commitment (to publish), then the draw. */
export function ContestDrawPanel({ pending, participants, rulesValid, newComments, busy, onPrepare, onDraw, onDiscard }: ContestDrawPanelProps) {
  if (!pending) {
    return (
      <section class="contest-draw">
        <p class="muted">{t('contestPrepareHint')}</p>
        <button type="button" class="primary" name="prepareDraw" disabled={busy || !rulesValid || participants === 0} onClick={onPrepare}>
          {t('contestPrepare', formatNumber(participants))}
        </button>
      </section>
    );
  }
  return (
    <section class="contest-draw contest-draw--pending" data-contest-pending>
      <h3>{t('contestCommitmentTitle')}</h3>
      <p class="muted">{t('contestCommitmentHint', formatDateTime(pending.createdAt))}</p>
      <CopyableCode text={pending.proof.commitment} name="commitment" />
      {newComments > 0 && (
        <p class="notice" role="status" data-new-comments>
          {t('contestNewComments', formatNumber(newComments))}
        </p>
      )}
      <div class="contest-actions">
        <button type="button" class="primary" name="draw" disabled={busy} onClick={onDraw}>
          {t('contestDraw')}
        </button>
        <button type="button" name="discardDraw" disabled={busy} onClick={onDiscard}>
          {t('contestDiscard')}
        </button>
      </div>
    </section>
  );
}

export function CopyableCode({ text, name }: { text: string; name: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    void navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <div class="contest-code">
      <code data-code={name}>{text}</code>
      <button type="button" name={`copy-${name}`} onClick={copy}>
        {copied ? t('contestCopied') : t('contestCopy')}
      </button>
    </div>
  );
}
