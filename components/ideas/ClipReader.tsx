import { useEffect, useMemo, useState } from 'preact/hooks';
import { sanitizeClipHtml } from '../../utils/clip/sanitize';
import type { ClipRow, SmmDeckDatabase } from '../../utils/platform/db';
import { t } from '../../utils/platform/i18n';
import { addToPlan, clipSourceLine, runClipAction } from './clip-actions';

/**
 * An article or selection in the extension's own styles. The stored HTML was sanitized when it
 * was clipped; it is sanitized again here, in case anything reached the database another way
 * (a restored backup, an older version). Images load lazily from their original addresses.
 */
export function ClipReader({ db, clip, onBack }: { db: SmmDeckDatabase; clip: ClipRow; onBack: () => void }) {
  const [problem, setProblem] = useState<string>();
  const html = useMemo(() => sanitizeClipHtml(clip.html ?? ''), [clip.html]);
  // The list was scrolled to the clip; its text starts at the top.
  useEffect(() => globalThis.scrollTo(0, 0), [clip.id]);
  return (
    <article class="reader" lang={clip.lang} data-clip-id={clip.id}>
      <nav class="reader__nav">
        <button type="button" class="link-button reader__back" onClick={onBack}>{t('ideasBack')}</button>
        <a href={clip.url} target="_blank" rel="noopener noreferrer">{t('ideasOpenOriginal')}</a>
        {clip.status === 'planned' ? (
          <span class="clip__planned">{t('ideasInPlan')}</span>
        ) : (
          <button type="button" data-action="plan" onClick={() => void runClipAction(() => addToPlan(db, clip), setProblem)}>{t('ideasAddToPlan')}</button>
        )}
      </nav>
      {problem && <p class="form-problem" role="alert">{problem}</p>}
      <h2 class="reader__title">{clip.title}</h2>
      {clipSourceLine(clip) && <p class="muted reader__source">{clipSourceLine(clip)}</p>}
      <div class="reader__content" dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
