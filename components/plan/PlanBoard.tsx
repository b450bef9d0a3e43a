import { PLAN_STATUSES, type PlanItemRow, type PlanStatus, type RubricRow } from '../../utils/platform/db';
import { t } from '../../utils/platform/i18n';
import { byTime, STATUS_FLOW } from '../../utils/plan/items';
import { PlanCard } from './PlanCard';
import { dropTargetProps } from './drag';
import { STATUS_LABELS } from './labels';

interface PlanBoardProps {
  items: readonly PlanItemRow[];
  rubrics: readonly RubricRow[];
  now: number;
  onOpen: (id: number) => void;
  onStatus: (id: number, status: PlanStatus) => void;
}

/** One column per status; an item dropped on a column takes its status. */
export function PlanBoard({ items, rubrics, now, onOpen, onStatus }: PlanBoardProps) {
  return (
    <div class="plan-board">
      {PLAN_STATUSES.map((status) => {
        const column = items.filter((item) => item.status === status).sort(byTime);
        const index = STATUS_FLOW.indexOf(status);
        return (
          <section key={status} class={`plan-board__column plan-board__column--${status}`} data-status-column={status} {...dropTargetProps((id) => onStatus(id, status))}>
            <h3>{t(STATUS_LABELS[status])} <span class="muted">{column.length}</span></h3>
            {column.map((item) => (
              <PlanCard key={item.id} item={item} rubric={rubrics.find((rubric) => rubric.id === item.rubricId)} now={now} onOpen={onOpen}>
                {index > 0 && (
                  <button type="button" class="plan-icon-button" data-move="back" aria-label={t('planMoveTo', t(STATUS_LABELS[STATUS_FLOW[index - 1]!]))}
                    title={t('planMoveTo', t(STATUS_LABELS[STATUS_FLOW[index - 1]!]))} onClick={() => onStatus(item.id!, STATUS_FLOW[index - 1]!)}>‹</button>
                )}
                {index >= 0 && index < STATUS_FLOW.length - 1 && (
                  <button type="button" class="plan-icon-button" data-move="forward" aria-label={t('planMoveTo', t(STATUS_LABELS[STATUS_FLOW[index + 1]!]))}
                    title={t('planMoveTo', t(STATUS_LABELS[STATUS_FLOW[index + 1]!]))} onClick={() => onStatus(item.id!, STATUS_FLOW[index + 1]!)}>›</button>
                )}
              </PlanCard>
            ))}
          </section>
        );
      })}
    </div>
  );
}
