import { useState } from 'preact/hooks';
import type { ContestDraw } from '../../utils/contest/proof';
import type { Judgement } from '../../utils/contest/rules';
import { formatNumber, t } from '../../utils/platform/i18n';
import { formatDateTime, reasonLabel } from './labels';

/** Who takes part and who does not, and why: every comment of the post, oldest first. */
export function ContestParticipants({ judgement, draw }: { judgement: Judgement; draw?: ContestDraw }) {
  const [onlyEntries, setOnlyEntries] = useState(false);
  const winners = new Set(draw?.winners.map((entry) => entry.commentId));
  const substitutes = new Set(draw?.substitutes.map((entry) => entry.commentId));
  const excluded = judgement.comments.length - judgement.participants.length;
  const shown = onlyEntries ? judgement.comments.filter((entry) => entry.reasons.length === 0) : judgement.comments;
  return (
    <section class="contest-participants">
      <header class="contest-participants__header">
        <h3 data-participant-summary>{t('contestParticipantSummary', formatNumber(judgement.participants.length), formatNumber(excluded))}</h3>
        <label class="muted">
          <input type="checkbox" checked={onlyEntries} onChange={(event) => setOnlyEntries(event.currentTarget.checked)} />
          {t('contestOnlyEntries')}
        </label>
      </header>
      {judgement.comments.length === 0 && <p class="muted">{t('contestNoComments')}</p>}
      <ol class="contest-participants__list">
        {shown.map(({ comment, reasons }) => {
          const status = winners.has(comment.commentId) ? 'winner' : substitutes.has(comment.commentId) ? 'substitute' : reasons.length ? 'excluded' : 'entry';
          return (
            <li key={comment.commentId} class={`contest-entry contest-entry--${status}`} data-contest-comment={comment.commentId} data-status={status}>
              <div class="contest-entry__who">
                <strong>@{comment.authorHandle}</strong>
                {comment.authorName && <span class="muted">{comment.authorName}</span>}
                {comment.publishedAt && <time class="muted" dateTime={comment.publishedAt}>{formatDateTime(comment.publishedAt)}</time>}
              </div>
              <p class="contest-entry__text">{comment.text}</p>
              {reasons.length > 0 && (
                <ul class="contest-entry__reasons" aria-label={t('contestWhyExcluded')}>
                  {reasons.map((reason) => (
                    <li key={reason.kind} data-reason={reason.kind}>
                      {reasonLabel(reason)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
