import type { PerformerRow, RubricRow } from '../../utils/platform/db';
import { t } from '../../utils/platform/i18n';
import { NETWORKS } from '../../utils/networks/names';
import type { Network } from '../../utils/networks/types';
import { NETWORK_TITLES } from '../../utils/plan/format';
import type { PlanFilter } from '../../utils/plan/items';

interface PlanFiltersProps {
  filter: PlanFilter;
  rubrics: readonly RubricRow[];
  performers: readonly PerformerRow[];
  onChange: (filter: PlanFilter) => void;
}

const idOf = (value: string) => (value ? Number(value) : undefined);

/** Network, rubric and assignee pickers; an empty choice shows all. */
export function PlanFilters({ filter, rubrics, performers, onChange }: PlanFiltersProps) {
  return (
    <div class="plan-filters" role="group" aria-label={t('planFilters')}>
      <select aria-label={t('planFilterNetwork')} data-filter="network" value={filter.network ?? ''}
        onChange={(event) => onChange({ ...filter, network: (event.currentTarget.value || undefined) as Network | undefined })}>
        <option value="">{t('planAllNetworks')}</option>
        {NETWORKS.map((network) => <option key={network} value={network}>{NETWORK_TITLES[network]}</option>)}
      </select>
      <select aria-label={t('planFilterRubric')} data-filter="rubric" value={filter.rubricId ?? ''}
        onChange={(event) => onChange({ ...filter, rubricId: idOf(event.currentTarget.value) })}>
        <option value="">{t('planAllRubrics')}</option>
        {rubrics.map((rubric) => <option key={rubric.id} value={rubric.id}>{rubric.name}</option>)}
      </select>
      <select aria-label={t('planFilterAssignee')} data-filter="assignee" value={filter.assigneeId ?? ''}
        onChange={(event) => onChange({ ...filter, assigneeId: idOf(event.currentTarget.value) })}>
        <option value="">{t('planAllAssignees')}</option>
        {performers.map((performer) => <option key={performer.id} value={performer.id}>{performer.name}</option>)}
      </select>
    </div>
  );
}
