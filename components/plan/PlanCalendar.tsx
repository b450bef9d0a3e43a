import type { PlanItemRow, RubricRow } from '../../utils/platform/db';
import { t } from '../../utils/platform/i18n';
import { addDays, monthGrid, startOfDay, weekDays } from '../../utils/plan/calendar';
import { formatDay, weekdayNames } from '../../utils/plan/format';
import { byTime } from '../../utils/plan/items';
import { PlanCard } from './PlanCard';
import { dropTargetProps } from './drag';

interface PlanCalendarProps {
  mode: 'month' | 'week';
  /** Any time in the month or week shown. */
  anchor: number;
  items: readonly PlanItemRow[];
  rubrics: readonly RubricRow[];
  now: number;
  onOpen: (id: number) => void;
  onNew: (day: number) => void;
  onMoveToDay: (id: number, day: number) => void;
}

/** A month or week of days; an item dropped on a day moves there and keeps its time. */
export function PlanCalendar({ mode, anchor, items, rubrics, now, onOpen, onNew, onMoveToDay }: PlanCalendarProps) {
  const weeks = mode === 'month' ? monthGrid(anchor) : [weekDays(anchor)];
  const month = new Date(anchor).getMonth();
  const today = startOfDay(now);
  const byDay = new Map<number, PlanItemRow[]>();
  for (const item of [...items].sort(byTime)) {
    if (item.scheduledAt === undefined) continue;
    const key = startOfDay(item.scheduledAt);
    byDay.set(key, [...(byDay.get(key) ?? []), item]);
  }
  const onDay = (day: number) => byDay.get(day) ?? [];
  return (
    <div class={`plan-calendar plan-calendar--${mode}`} role="grid">
      <div class="plan-calendar__weekdays" role="row">
        {weekdayNames(weeks[0]!).map((name) => <span key={name} role="columnheader">{name}</span>)}
      </div>
      {weeks.map((week) => (
        <div key={week[0]} class="plan-calendar__week" role="row">
          {week.map((day) => (
            <div key={day} role="gridcell" data-day={day} aria-label={formatDay(day)}
              class={`plan-calendar__day${new Date(day).getMonth() !== month && mode === 'month' ? ' plan-calendar__day--outside' : ''}${day === today ? ' plan-calendar__day--today' : ''}`}
              {...dropTargetProps((id) => onMoveToDay(id, day))}>
              <div class="plan-calendar__day-head">
                <span>{mode === 'week' ? formatDay(day, { weekday: 'short', day: 'numeric', month: 'short' }) : new Date(day).getDate()}</span>
                <button type="button" class="plan-icon-button" aria-label={t('planAddOn', formatDay(day))} title={t('planAddOn', formatDay(day))} onClick={() => onNew(day)}>+</button>
              </div>
              {onDay(day).map((item) => (
                <PlanCard key={item.id} item={item} rubric={rubrics.find((rubric) => rubric.id === item.rubricId)} now={now} onOpen={onOpen}>
                  {mode === 'week' && (
                    <>
                      <button type="button" class="plan-icon-button" data-move="earlier" aria-label={t('planDayEarlier', item.title)} title={t('planDayEarlier', item.title)}
                        onClick={() => onMoveToDay(item.id!, addDays(day, -1))}>‹</button>
                      <button type="button" class="plan-icon-button" data-move="later" aria-label={t('planDayLater', item.title)} title={t('planDayLater', item.title)}
                        onClick={() => onMoveToDay(item.id!, addDays(day, 1))}>›</button>
                    </>
                  )}
                </PlanCard>
              ))}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
