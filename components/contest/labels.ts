/** How the Contest tool and the Verify page write reasons, times and file names for the user. */
import type { ContestCsvLabels } from '../../utils/contest/csv';
import type { ContestProof } from '../../utils/contest/proof';
import type { ExclusionReason } from '../../utils/contest/rules';
import { t, uiLanguage } from '../../utils/platform/i18n';

export function reasonLabel(reason: ExclusionReason): string {
  switch (reason.kind) {
    case 'own-account':
      return t('contestReasonOwnAccount');
    case 'excluded':
      return t('contestReasonExcluded');
    case 'no-time':
      return t('contestReasonNoTime');
    case 'after-deadline':
      return t('contestReasonAfterDeadline');
    case 'mentions':
      return t('contestReasonMentions', reason.found, reason.required);
    case 'keyword':
      return t('contestReasonKeyword');
    case 'repeat':
      return t('contestReasonRepeat');
  }
}

export function formatDateTime(time: string | number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(time));
}

export function contestCsvLabels(): ContestCsvLabels {
  return {
    header: [
      t('contestCsvStatus'), t('contestCsvPlace'), t('contestCsvHandle'), t('contestCsvName'),
      t('contestCsvComment'), t('contestCsvTime'), t('contestCsvText'), t('contestCsvReasons'),
    ],
    status: {
      winner: t('contestStatusWinner'),
      substitute: t('contestStatusSubstitute'),
      participant: t('contestStatusParticipant'),
      excluded: t('contestStatusExcluded'),
    },
    reason: reasonLabel,
  };
}

/** `contest-x-1900…-2026-11-21.json`: the network, the post and the day of the draw. */
export function contestFileName(proof: ContestProof, extension: 'json' | 'csv'): string {
  const day = (proof.draw?.drawnAt ?? proof.committedAt).slice(0, 10);
  const post = proof.postId.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 60);
  return `contest-${proof.network}-${post}-${day}.${extension}`;
}

