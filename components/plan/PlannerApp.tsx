import { useEffect, useState } from 'preact/hooks';
import type { PlanStatus, SmmDeckDatabase } from '../../utils/platform/db';
import { t, type MessageKey } from '../../utils/platform/i18n';
import { changeItem } from '../../utils/plan/actions';
import { addDays, addMonths, startOfMonth, startOfWeek } from '../../utils/plan/calendar';
import { formatDay, formatMonth } from '../../utils/plan/format';
import { emptyDraft, matchesFilter, movedToDay, type PlanFilter } from '../../utils/plan/items';
import { readSettings } from '../../utils/platform/settings';
import { PlanBoard } from './PlanBoard';
import { PlanCalendar } from './PlanCalendar';
import { PlanFilters } from './PlanFilters';
import { PlanItemEditor } from './PlanItemEditor';
import { PlanLibrary } from './PlanLibrary';
import { PlanPerformers } from './PlanPerformers';
import { PlanRubricMix } from './PlanRubricMix';
import { PlanTransfer } from './PlanTransfer';
import { useLiveQuery } from '../shared/use-live-query';
import './Plan.css';

const VIEWS = ['month', 'week', 'board', 'performers', 'library', 'transfer'] as const;
type View = (typeof VIEWS)[number];
const VIEW_LABELS: Record<View, MessageKey> = {
  month: 'planViewMonth', week: 'planViewWeek', board: 'planViewBoard', performers: 'planViewPerformers', library: 'planViewLibrary', transfer: 'planViewTransfer',
};

/** What the address's hash asks for: `#item=12` opens an item, `#new=<day>` a new one on that day. */
type Editing = { id: number } | { newOn?: number } | undefined;

function editingFromHash(): Editing {
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.has('item')) return { id: Number(params.get('item')) };
  if (params.has('new')) return { newOn: Number(params.get('new')) || undefined };
  return undefined;
}

/** The full-page planner: calendars, board, performers, library, import and export. */
export function PlannerApp({ db }: { db: SmmDeckDatabase }) {
  // One query per table, so that moving an item re-reads the items alone.
  const planItems = useLiveQuery(() => db.planItems.toArray(), [db]);
  const rubrics = useLiveQuery(() => db.rubrics.orderBy('name').toArray(), [db]);
  const performers = useLiveQuery(() => db.performers.orderBy('name').toArray(), [db]);
  const hashtagSets = useLiveQuery(() => db.hashtagSets.orderBy('name').toArray(), [db]);
  const data = planItems && rubrics && performers && hashtagSets && { items: planItems, rubrics, performers, hashtagSets };
  const [view, setView] = useState<View>('month');
  const [anchor, setAnchor] = useState(() => Date.now());
  const [filter, setFilter] = useState<PlanFilter>({});
  const [editing, setEditing] = useState<Editing>(editingFromHash);
  const [lead, setLead] = useState(30);
  useEffect(() => {
    void readSettings().then((settings) => setLead(settings.reminderLeadMinutes));
    const onHash = () => setEditing(editingFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const open = (id: number) => (location.hash = `item=${id}`);
  const close = () => {
    history.pushState(null, '', location.pathname);
    setEditing(undefined);
  };

  const now = Date.now();
  const range = view === 'week'
    ? { from: startOfWeek(anchor), to: addDays(startOfWeek(anchor), 7) }
    : { from: startOfMonth(anchor), to: addMonths(startOfMonth(anchor), 1) };
  const step = (direction: number) => setAnchor(view === 'week' ? addDays(anchor, 7 * direction) : addMonths(anchor, direction));
  const items = data?.items.filter((item) => matchesFilter(item, filter)) ?? [];
  const editedItem = editing && 'id' in editing ? data?.items.find((item) => item.id === editing.id) : undefined;
  const newItem = editing && 'newOn' in editing ? emptyDraft(editing.newOn === undefined ? {} : { scheduledAt: movedToDay(undefined, editing.newOn) }) : undefined;
  const moveToDay = (id: number, day: number) => {
    const item = data?.items.find((row) => row.id === id);
    if (item) void changeItem(db, id, { scheduledAt: movedToDay(item.scheduledAt, day) });
  };
  const setStatus = (id: number, status: PlanStatus) => void changeItem(db, id, { status });

  return (
    <div class="planner">
      <header class="planner__head">
        <h1>{t('planPlannerTitle')}</h1>
        <nav class="planner__views" aria-label={t('planViews')}>
          {VIEWS.map((name) => (
            <button key={name} type="button" class="tool-nav__tab" data-view={name} aria-current={view === name ? 'page' : undefined} onClick={() => setView(name)}>
              {t(VIEW_LABELS[name])}
            </button>
          ))}
        </nav>
        <button type="button" class="primary" data-new-item onClick={() => (location.hash = 'new=')}>{t('planNewItem')}</button>
      </header>
      {(view === 'month' || view === 'week' || view === 'board' || view === 'performers') && data && (
        <div class="planner__toolbar">
          {(view === 'month' || view === 'week') && (
            <div class="planner__range">
              <button type="button" aria-label={t('planPrevious')} onClick={() => step(-1)}>‹</button>
              <button type="button" onClick={() => setAnchor(Date.now())}>{t('planToday')}</button>
              <button type="button" aria-label={t('planNext')} onClick={() => step(1)}>›</button>
              <h2 data-range-title>{view === 'month' ? formatMonth(anchor) : `${formatDay(range.from, { day: 'numeric', month: 'short' })} – ${formatDay(addDays(range.to, -1), { day: 'numeric', month: 'short', year: 'numeric' })}`}</h2>
            </div>
          )}
          <PlanFilters filter={filter} rubrics={data.rubrics} performers={data.performers} onChange={setFilter} />
        </div>
      )}
      {data && (
        <main class="planner__main">
          {(view === 'month' || view === 'week') && (
            <>
              <PlanCalendar mode={view} anchor={anchor} items={items} rubrics={data.rubrics} now={now} onOpen={open}
                onNew={(day) => (location.hash = `new=${day}`)} onMoveToDay={moveToDay} />
              <PlanRubricMix items={items} rubrics={data.rubrics} from={range.from} to={range.to} />
            </>
          )}
          {view === 'board' && <PlanBoard items={items} rubrics={data.rubrics} now={now} onOpen={open} onStatus={setStatus} />}
          {view === 'performers' && <PlanPerformers items={items} performers={data.performers} rubrics={data.rubrics} now={now} onOpen={open} />}
          {view === 'library' && <PlanLibrary db={db} rubrics={data.rubrics} performers={data.performers} hashtagSets={data.hashtagSets} />}
          {view === 'transfer' && <PlanTransfer db={db} items={data.items} rubrics={data.rubrics} performers={data.performers} range={range} />}
        </main>
      )}
      {data && (editedItem ?? newItem) && (
        <div class="planner__drawer">
          <PlanItemEditor key={editedItem?.id ?? `new-${location.hash}`} db={db} item={(editedItem ?? newItem)!} rubrics={data.rubrics} performers={data.performers}
            hashtagSets={data.hashtagSets} defaultLeadMinutes={lead} onClose={close} />
        </div>
      )}
    </div>
  );
}
