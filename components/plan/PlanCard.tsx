import type { ComponentChildren } from 'preact';
import type { PlanItemRow, RubricRow } from '../../utils/platform/db';
import { t } from '../../utils/platform/i18n';
import { formatClock, NETWORK_TITLES } from '../../utils/plan/format';
import { isOverdue } from '../../utils/plan/items';
import { dragItemProps } from './drag';
import { STATUS_LABELS } from './labels';

interface PlanCardProps {
  item: PlanItemRow;
  rubric?: RubricRow;
  now: number;
  onOpen: (id: number) => void;
  /** Buttons that do what a drag does, for the keyboard. */
  children?: ComponentChildren;
  showStatus?: boolean;
}

/** An item on the calendar or the board: drag it, or open it in the editor. */
export function PlanCard({ item, rubric, now, onOpen, children, showStatus }: PlanCardProps) {
  const overdue = isOverdue(item, now);
  return (
    <article class={`plan-card plan-card--${item.status}${overdue ? ' plan-card--overdue' : ''}`} data-plan-item={item.id}
      style={{ borderLeftColor: rubric?.colour ?? 'var(--line)' }} {...dragItemProps(item.id!)}>
      <button type="button" class="plan-card__open" onClick={() => onOpen(item.id!)} title={rubric?.name}>
        {item.scheduledAt !== undefined && <time>{formatClock(item.scheduledAt)} </time>}
        <span class="plan-card__title">{item.title}</span>
      </button>
      <span class="plan-card__meta">
        {showStatus && <span class={`plan-status plan-status--${item.status}`}>{t(STATUS_LABELS[item.status])}</span>}
        {item.networks.map((network) => <span key={network} class="network-tag">{NETWORK_TITLES[network]}</span>)}
        {children}
      </span>
    </article>
  );
}
