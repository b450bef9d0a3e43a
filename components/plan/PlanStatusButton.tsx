import type { PlanItemRow, SmmDeckDatabase } from '../../utils/platform/db';
import { t } from '../../utils/platform/i18n';
import { changeItem } from '../../utils/plan/actions';
import { nextStatus } from '../../utils/plan/items';
import { STATUS_LABELS } from './labels';

/** The item's status; one click moves it to the next step of the flow. */
export function PlanStatusButton({ db, item }: { db: SmmDeckDatabase; item: PlanItemRow }) {
  const next = nextStatus(item.status);
  if (!next) return <span class={`plan-status plan-status--${item.status}`} data-status={item.status}>{t(STATUS_LABELS[item.status])}</span>;
  return (
    <button type="button" class={`plan-status plan-status--${item.status}`} data-status={item.status} data-next-status={next}
      title={t('planMoveTo', t(STATUS_LABELS[next]))} aria-label={t('planStatusMove', t(STATUS_LABELS[item.status]), t(STATUS_LABELS[next]))}
      onClick={() => void changeItem(db, item.id!, { status: next })}>
      {t(STATUS_LABELS[item.status])} →
    </button>
  );
}
