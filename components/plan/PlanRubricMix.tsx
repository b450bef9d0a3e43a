import type { PlanItemRow, RubricRow } from '../../utils/platform/db';
import { formatPercent, formatSignedNumber, t } from '../../utils/platform/i18n';
import { rubricMix } from '../../utils/plan/rubric-mix';

interface PlanRubricMixProps {
  items: readonly PlanItemRow[];
  rubrics: readonly RubricRow[];
  from: number;
  to: number;
}

/** Each rubric's actual share of the shown range against its target. */
export function PlanRubricMix({ items, rubrics, from, to }: PlanRubricMixProps) {
  if (rubrics.length === 0) return null;
  const mix = rubricMix(items, rubrics, from, to);
  return (
    <section class="plan-mix" aria-label={t('planRubricMix')}>
      <h3>{t('planRubricMix')} <span class="muted">{t('planMixTotal', mix.total)}</span></h3>
      <ul>
        {mix.shares.map((share) => (
          <li key={share.rubric.id} class={share.warning ? 'plan-mix__row plan-mix__row--warning' : 'plan-mix__row'} data-rubric-share={share.rubric.name}>
            <span class="plan-dot" style={{ background: share.rubric.colour }} />
            <span class="plan-mix__name">{share.rubric.name}</span>
            <span class="plan-mix__bar" aria-hidden="true">
              <span style={{ width: `${Math.min(100, share.actualShare)}%`, background: share.rubric.colour }} />
              <span class="plan-mix__target" style={{ left: `${Math.min(100, share.rubric.targetShare)}%` }} />
            </span>
            <span class="plan-mix__figures">
              {t('planMixShare', formatPercent(share.actualShare), formatPercent(share.rubric.targetShare))}
              {share.warning && <strong role="note"> {t('planMixOff', formatSignedNumber(Math.round(share.difference)))}</strong>}
            </span>
          </li>
        ))}
      </ul>
      {mix.withoutRubric > 0 && <p class="muted">{t('planMixWithout', mix.withoutRubric)}</p>}
    </section>
  );
}
