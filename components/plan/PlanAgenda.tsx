import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PerformerRow, PlanItemRow, RubricRow, SmmDeckDatabase } from '../../utils/platform/db';
import { t } from '../../utils/platform/i18n';
import { startOfDay } from '../../utils/plan/calendar';
import { formatClock, formatDay, formatPlanTime, NETWORK_TITLES } from '../../utils/plan/format';
import { weekAgenda, type PlanFilter } from '../../utils/plan/items';
import { PlanFilters } from './PlanFilters';
import { PlanQuickAdd } from './PlanQuickAdd';
import { PlanStatusButton } from './PlanStatusButton';
import { useLiveQuery } from '../shared/use-live-query';
import './Plan.css';

/** The side panel's Plan tab: this week as an agenda, overdue items first. */
export function PlanAgenda({ db }: { db: SmmDeckDatabase }) {
  const data = useLiveQuery(async () => ({
    items: await db.planItems.toArray(),
    rubrics: await db.rubrics.toArray(),
    performers: await db.performers.toArray(),
  }), [db]);
  const [filter, setFilter] = useState<PlanFilter>({});
  // "Now" is read at each render: what is overdue moves on whenever the plan or a filter changes.
  const now = Date.now();
  const agenda = data && weekAgenda(data.items, now, filter);

  return (
    <section class="plan-agenda">
      <PlanQuickAdd db={db} />
      {data && <PlanFilters filter={filter} rubrics={data.rubrics} performers={data.performers} onChange={setFilter} />}
      {agenda && agenda.overdue.length > 0 && (
        <section class="plan-day plan-day--overdue" data-overdue>
          <h3>{t('planOverdue', agenda.overdue.length)}</h3>
          <ul>{agenda.overdue.map((item) => <AgendaRow key={item.id} db={db} item={item} data={data} overdue />)}</ul>
        </section>
      )}
      {agenda?.days.map(({ day, items }) => (
        <section key={day} class={`plan-day${day === startOfDay(now) ? ' plan-day--today' : ''}`} data-day={day}>
          <h3>{formatDay(day)}</h3>
          {items.length === 0 ? <p class="muted plan-day__empty">{t('planNothing')}</p> : (
            <ul>{items.map((item) => <AgendaRow key={item.id} db={db} item={item} data={data} />)}</ul>
          )}
        </section>
      ))}
      <button type="button" class="link-button plan-open-planner" data-open-planner
        onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/planner.html') })}>
        {t('planOpenPlanner')}
      </button>
    </section>
  );
}

interface AgendaRowProps {
  db: SmmDeckDatabase;
  item: PlanItemRow;
  data: { rubrics: RubricRow[]; performers: PerformerRow[] } | undefined;
  overdue?: boolean;
}

function AgendaRow({ db, item, data, overdue }: AgendaRowProps) {
  const rubric = data?.rubrics.find((row) => row.id === item.rubricId);
  const assignee = data?.performers.find((row) => row.id === item.assigneeId);
  return (
    <li class={`plan-row${overdue ? ' plan-row--overdue' : ''}`} data-plan-item={item.id}>
      <time class="plan-row__time">{item.scheduledAt !== undefined && (overdue ? formatPlanTime(item.scheduledAt) : formatClock(item.scheduledAt))}</time>
      <span class="plan-row__main">
        {rubric && <span class="plan-dot" style={{ background: rubric.colour }} title={rubric.name} />}
        <a class="plan-row__title" href={browser.runtime.getURL(`/planner.html#item=${item.id}`)} target="_blank">{item.title}</a>
        <span class="plan-row__meta">
          {item.networks.map((network) => <span key={network} class="network-tag">{NETWORK_TITLES[network]}</span>)}
          {assignee && <span class="muted">{assignee.name}</span>}
        </span>
      </span>
      <PlanStatusButton db={db} item={item} />
    </li>
  );
}
