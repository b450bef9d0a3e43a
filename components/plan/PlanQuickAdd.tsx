import { useState } from 'preact/hooks';
import type { SmmDeckDatabase } from '../../utils/platform/db';
import { t } from '../../utils/platform/i18n';
import { NETWORKS } from '../../utils/networks/names';
import type { Network } from '../../utils/networks/types';
import { addItem } from '../../utils/plan/actions';
import { fromLocalInput } from '../../utils/plan/calendar';
import { NETWORK_TITLES } from '../../utils/plan/format';
import { emptyDraft } from '../../utils/plan/items';

/** A title, an optional time and network: enough to put an idea on the plan in a few seconds. */
export function PlanQuickAdd({ db }: { db: SmmDeckDatabase }) {
  const [title, setTitle] = useState('');
  const [when, setWhen] = useState('');
  const [network, setNetwork] = useState<Network | ''>('');
  const [problem, setProblem] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!title.trim()) {
      setProblem(t('planTitleNeeded'));
      return;
    }
    const scheduledAt = fromLocalInput(when);
    await addItem(db, emptyDraft({ title, networks: network ? [network] : [], ...(scheduledAt === undefined ? {} : { scheduledAt }) }));
    setTitle('');
    setWhen('');
    setProblem('');
  };

  return (
    <form class="plan-quick-add" onSubmit={(event) => void submit(event)} data-quick-add>
      <input type="text" name="title" required maxLength={500} placeholder={t('planQuickAddPlaceholder')} aria-label={t('planItemTitle')}
        value={title} onInput={(event) => setTitle(event.currentTarget.value)} />
      <div class="plan-quick-add__row">
        <input type="datetime-local" name="when" aria-label={t('planItemWhen')} value={when} onInput={(event) => setWhen(event.currentTarget.value)} />
        <select name="network" aria-label={t('planItemNetwork')} value={network} onChange={(event) => setNetwork(event.currentTarget.value as Network | '')}>
          <option value="">{t('planNoNetwork')}</option>
          {NETWORKS.map((name) => <option key={name} value={name}>{NETWORK_TITLES[name]}</option>)}
        </select>
        <button type="submit" class="primary">{t('planAdd')}</button>
      </div>
      {problem && <p class="form-problem" role="alert">{problem}</p>}
    </form>
  );
}
