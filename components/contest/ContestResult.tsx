import { browser } from 'wxt/browser';
import { contestCsv } from '../../utils/contest/csv';
import type { Participant } from '../../utils/contest/rules';
import type { ContestRow } from '../../utils/platform/db';
import { t } from '../../utils/platform/i18n';
import { CopyableCode } from './ContestDrawPanel';
import { contestCsvLabels, contestFileName, formatDateTime } from './labels';
import { saveFile } from '../shared/save-file';

/** A drawn contest: winners and substitutes in drawn order, and its proof and CSV to download. */
export function ContestResult({ row }: { row: ContestRow }) {
  const { proof } = row;
  if (!proof.draw) return null;
  const names = new Map(proof.comments.map((comment) => [comment.commentId, comment.authorName]));
  const exportProof = () => saveFile(contestFileName(proof, 'json'), `${JSON.stringify(proof, null, 2)}\n`);
  const exportCsv = () => saveFile(contestFileName(proof, 'csv'), contestCsv(proof, contestCsvLabels()), 'text/csv;charset=utf-8');
  return (
    <article class="contest-result" data-contest-result={row.id}>
      <header class="muted">{t('contestDrawnAt', formatDateTime(proof.draw.drawnAt))}</header>
      <Places title={t('contestWinnersTitle')} entries={proof.draw.winners} names={names} list="winners" />
      {proof.draw.substitutes.length > 0 && <Places title={t('contestSubstitutesTitle')} entries={proof.draw.substitutes} names={names} list="substitutes" />}
      <details>
        <summary>{t('contestCommitmentAndSeed')}</summary>
        <CopyableCode text={proof.commitment} name="result-commitment" />
        <CopyableCode text={proof.seed} name="seed" />
      </details>
      <div class="contest-actions">
        <button type="button" class="primary" name="exportProof" onClick={exportProof}>
          {t('contestExportProof')}
        </button>
        <button type="button" name="exportCsv" onClick={exportCsv}>
          {t('contestExportCsv')}
        </button>
        <a class="link-button" href={browser.runtime.getURL('/verify.html')} target="_blank" rel="noreferrer">
          {t('contestOpenVerify')}
        </a>
      </div>
    </article>
  );
}

function Places({ title, entries, names, list }: { title: string; entries: readonly Participant[]; names: ReadonlyMap<string, string | undefined>; list: string }) {
  return (
    <>
      <h4>{title}</h4>
      <ol class="contest-places" data-places={list}>
        {entries.map((entry) => (
          <li key={entry.commentId} data-handle={entry.handle}>
            <strong>@{entry.handle}</strong> {names.get(entry.commentId) && <span class="muted">{names.get(entry.commentId)}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}
