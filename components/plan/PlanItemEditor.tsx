import { useState } from 'preact/hooks';
import { PLAN_STATUSES, type HashtagSetRow, type PerformerRow, type PlanItemRow, type PlanStatus, type RubricRow, type SmmDeckDatabase } from '../../utils/platform/db';
import { t } from '../../utils/platform/i18n';
import { NETWORKS } from '../../utils/networks/names';
import type { Network } from '../../utils/networks/types';
import { addItem, changeItem, removeItem } from '../../utils/plan/actions';
import { fromLocalInput, toLocalInput } from '../../utils/plan/calendar';
import { NETWORK_TITLES } from '../../utils/plan/format';
import { insertHashtags, parseHashtags } from '../../utils/plan/hashtags';
import { emptyDraft, type PlanItemDraft } from '../../utils/plan/items';
import { PlanLimitCounters } from './PlanLimitCounters';
import { OwnPostChoices, PlanItemResults } from './PlanItemResults';
import { STATUS_LABELS } from './labels';

interface PlanItemEditorProps {
  db: SmmDeckDatabase;
  /** An existing item, or the start of a new one. */
  item: PlanItemRow | PlanItemDraft;
  rubrics: readonly RubricRow[];
  performers: readonly PerformerRow[];
  hashtagSets: readonly HashtagSetRow[];
  defaultLeadMinutes: number;
  onClose: () => void;
}

const lines = (value: string) => value.split(/\s+/).map((line) => line.trim()).filter(Boolean);

export function PlanItemEditor({ db, item, rubrics, performers, hashtagSets, defaultLeadMinutes, onClose }: PlanItemEditorProps) {
  const id = 'id' in item ? item.id : undefined;
  const [draft, setDraft] = useState<PlanItemDraft>(() => {
    const { id: _id, createdAt: _created, updatedAt: _updated, remindedFor: _reminded, ...rest } = { ...emptyDraft(), ...item } as PlanItemRow;
    return rest;
  });
  const [linksText, setLinksText] = useState(draft.links.join('\n'));
  const [problem, setProblem] = useState('');
  const set = (change: Partial<PlanItemDraft>) => setDraft((current) => ({ ...current, ...change }));
  const toggleNetwork = (network: Network, on: boolean) =>
    set({ networks: on ? NETWORKS.filter((name) => name === network || draft.networks.includes(name)) : draft.networks.filter((name) => name !== network) });
  const setVariant = (network: Network, text: string) => {
    const variants = { ...draft.variants };
    if (text.trim()) variants[network] = text;
    else delete variants[network];
    set({ variants });
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const links = lines(linksText);
    const bad = links.find((link) => !/^https?:\/\//i.test(link) || !URL.canParse(link));
    if (bad) return setProblem(t('planBadLink', bad));
    if (draft.publishedUrl && (!/^https?:\/\//i.test(draft.publishedUrl) || !URL.canParse(draft.publishedUrl))) return setProblem(t('planBadLink', draft.publishedUrl));
    if (!draft.title.trim()) return setProblem(t('planTitleNeeded'));
    const final = { ...draft, links, publishedUrl: draft.publishedUrl?.trim() || undefined };
    if (id === undefined) await addItem(db, final);
    else await changeItem(db, id, final);
    onClose();
  };

  const remove = async () => {
    if (id !== undefined && confirm(t('planDeleteConfirm', draft.title))) {
      await removeItem(db, id);
      onClose();
    }
  };

  return (
    <form class="plan-editor" onSubmit={(event) => void save(event)} data-editor={id ?? 'new'} aria-label={t('planEditor')}>
      <header class="plan-editor__head">
        <h2>{id === undefined ? t('planNewItem') : t('planEditItem')}</h2>
        <button type="button" class="plan-icon-button" aria-label={t('planClose')} onClick={onClose}>×</button>
      </header>
      <label class="field"><span>{t('planItemTitle')}</span>
        <input name="title" required maxLength={500} value={draft.title} onInput={(event) => set({ title: event.currentTarget.value })} />
      </label>
      <div class="field-row">
        <label class="field"><span>{t('planItemWhen')}</span>
          <input type="datetime-local" name="when" value={draft.scheduledAt === undefined ? '' : toLocalInput(draft.scheduledAt)}
            onInput={(event) => set({ scheduledAt: fromLocalInput(event.currentTarget.value) })} />
        </label>
        <label class="field"><span>{t('planItemStatus')}</span>
          <select name="status" value={draft.status} onChange={(event) => set({ status: event.currentTarget.value as PlanStatus })}>
            {PLAN_STATUSES.map((status) => <option key={status} value={status}>{t(STATUS_LABELS[status])}</option>)}
          </select>
        </label>
      </div>
      <div class="field-row">
        <label class="field"><span>{t('planItemRubric')}</span>
          <select name="rubric" value={draft.rubricId ?? ''} onChange={(event) => set({ rubricId: event.currentTarget.value ? Number(event.currentTarget.value) : undefined })}>
            <option value="">{t('planNone')}</option>
            {rubrics.map((rubric) => <option key={rubric.id} value={rubric.id}>{rubric.name}</option>)}
          </select>
        </label>
        <label class="field"><span>{t('planItemAssignee')}</span>
          <select name="assignee" value={draft.assigneeId ?? ''} onChange={(event) => set({ assigneeId: event.currentTarget.value ? Number(event.currentTarget.value) : undefined })}>
            <option value="">{t('planNone')}</option>
            {performers.map((performer) => <option key={performer.id} value={performer.id}>{performer.name}</option>)}
          </select>
        </label>
        <label class="field"><span>{t('planItemLead')}</span>
          <input type="number" name="lead" min={0} max={10080} placeholder={String(defaultLeadMinutes)} value={draft.reminderLeadMinutes ?? ''}
            onInput={(event) => set({ reminderLeadMinutes: event.currentTarget.value === '' ? undefined : Math.max(0, Number(event.currentTarget.value)) })} />
        </label>
      </div>
      <fieldset class="plan-editor__networks">
        <legend>{t('planItemNetworks')}</legend>
        {NETWORKS.map((network) => (
          <label key={network} class="plan-check">
            <input type="checkbox" name="network" value={network} checked={draft.networks.includes(network)} onChange={(event) => toggleNetwork(network, event.currentTarget.checked)} />
            {NETWORK_TITLES[network]}
          </label>
        ))}
        <label class="plan-check plan-check--media">
          <input type="checkbox" name="hasMedia" checked={draft.hasMedia ?? false} onChange={(event) => set({ hasMedia: event.currentTarget.checked || undefined })} />
          {t('planItemHasMedia')}
        </label>
      </fieldset>
      <label class="field"><span>{t('planItemText')}</span>
        <textarea name="body" rows={7} value={draft.body} onInput={(event) => set({ body: event.currentTarget.value })} />
      </label>
      <PlanLimitCounters draft={draft} />
      {hashtagSets.length > 0 && (
        <div class="plan-editor__sets" role="group" aria-label={t('planHashtagSets')}>
          <span class="muted">{t('planInsertSet')}</span>
          {hashtagSets.map((hashtagSet) => (
            <button type="button" key={hashtagSet.id} class="plan-chip" data-hashtag-set={hashtagSet.name} title={hashtagSet.hashtags.join(' ')}
              onClick={() => set({ body: insertHashtags(draft.body, hashtagSet.hashtags) })}>{hashtagSet.name}</button>
          ))}
        </div>
      )}
      {draft.networks.length > 1 && (
        <details class="plan-editor__variants">
          <summary>{t('planVariants')}</summary>
          {draft.networks.map((network) => (
            <label key={network} class="field"><span>{NETWORK_TITLES[network]}</span>
              <textarea rows={3} data-variant={network} placeholder={t('planVariantPlaceholder')} value={draft.variants?.[network] ?? ''}
                onInput={(event) => setVariant(network, event.currentTarget.value)} />
            </label>
          ))}
        </details>
      )}
      <div class="field-row">
        <label class="field"><span>{t('planItemHashtags')}</span>
          <input name="hashtags" value={draft.hashtags.join(' ')} onChange={(event) => set({ hashtags: parseHashtags(event.currentTarget.value) })} />
        </label>
        <label class="field"><span>{t('planItemLinks')}</span>
          <textarea name="links" rows={2} value={linksText} onInput={(event) => setLinksText(event.currentTarget.value)} />
        </label>
      </div>
      <label class="field"><span>{t('planItemPublishedUrl')}</span>
        <input type="url" name="publishedUrl" placeholder="https://" list="plan-own-posts" value={draft.publishedUrl ?? ''}
          onInput={(event) => set({ publishedUrl: event.currentTarget.value })} />
      </label>
      <OwnPostChoices db={db} networks={draft.networks} />
      <PlanItemResults db={db} item={draft} />
      {problem && <p class="form-problem" role="alert">{problem}</p>}
      <footer class="plan-editor__actions">
        <button type="submit" class="primary">{t('planSave')}</button>
        <button type="button" onClick={onClose}>{t('planCancel')}</button>
        {id !== undefined && <button type="button" class="plan-danger" onClick={() => void remove()}>{t('planDelete')}</button>}
      </footer>
    </form>
  );
}
