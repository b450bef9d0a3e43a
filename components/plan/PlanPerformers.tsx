import type { PerformerRow, PlanItemRow, RubricRow } from '../../utils/platform/db';
import { t } from '../../utils/platform/i18n';
import { byTime, isOpen, isOverdue } from '../../utils/plan/items';
import { PlanCard } from './PlanCard';

interface PlanPerformersProps {
  items: readonly PlanItemRow[];
  performers: readonly PerformerRow[];
  rubrics: readonly RubricRow[];
  now: number;
  onOpen: (id: number) => void;
}

/** Each performer's open items: what is overdue, what awaits review, and the rest. */
export function PlanPerformers({ items, performers, rubrics, now, onOpen }: PlanPerformersProps) {
  const people = [...performers.map((performer) => ({ key: String(performer.id), performer })), { key: 'none', performer: undefined }];
  return (
    <div class="plan-performers">
      {people.map(({ key, performer }) => {
        const own = items.filter((item) => isOpen(item.status) && item.assigneeId === performer?.id).sort(byTime);
        if (!performer && own.length === 0) return null;
        const groups = [
          { name: 'overdue', label: t('planPerformerOverdue'), list: own.filter((item) => isOverdue(item, now)) },
          { name: 'review', label: t('planPerformerReview'), list: own.filter((item) => item.status === 'review' && !isOverdue(item, now)) },
          { name: 'other', label: t('planPerformerUpcoming'), list: own.filter((item) => item.status !== 'review' && !isOverdue(item, now)) },
        ];
        return (
          <section key={key} class="plan-performer" data-performer={performer?.name ?? ''}>
            <h3>{performer?.name ?? t('planUnassigned')} {performer?.role && <span class="muted">· {performer.role}</span>}
              {performer?.contact && <span class="muted"> · {performer.contact}</span>}</h3>
            {own.length === 0 && <p class="muted">{t('planNothingOpen')}</p>}
            {groups.filter((group) => group.list.length > 0).map((group) => (
              <div key={group.name} class={`plan-performer__group plan-performer__group--${group.name}`} data-group={group.name}>
                <h4>{group.label} <span class="muted">{group.list.length}</span></h4>
                {group.list.map((item) => <PlanCard key={item.id} item={item} rubric={rubrics.find((rubric) => rubric.id === item.rubricId)} now={now} onOpen={onOpen} showStatus />)}
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
