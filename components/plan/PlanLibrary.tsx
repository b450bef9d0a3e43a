import { useState } from 'preact/hooks';
import type { HashtagSetRow, PerformerRow, RubricRow, SmmDeckDatabase } from '../../utils/platform/db';
import { formatPercent, t } from '../../utils/platform/i18n';
import { itemsChanged } from '../../utils/plan/actions';
import { parseHashtags } from '../../utils/plan/hashtags';
import { deletePerformer, deleteRubric, RUBRIC_COLOURS, saveHashtagSet, savePerformer, saveRubric } from '../../utils/plan/library';

interface PlanLibraryProps {
  db: SmmDeckDatabase;
  rubrics: readonly RubricRow[];
  performers: readonly PerformerRow[];
  hashtagSets: readonly HashtagSetRow[];
}

/** Rubrics with colours and target shares, performers, and hashtag sets. */
export function PlanLibrary({ db, rubrics, performers, hashtagSets }: PlanLibraryProps) {
  const targetSum = rubrics.reduce((sum, rubric) => sum + rubric.targetShare, 0);
  return (
    <div class="plan-library">
      <section data-library="rubrics">
        <h3>{t('planRubrics')}</h3>
        <p class={targetSum === 100 || rubrics.length === 0 ? 'muted' : 'form-problem'}>{t('planTargetsSum', formatPercent(targetSum))}</p>
        <ul class="plan-library__list">
          {rubrics.map((rubric) => (
            <li key={rubric.id}>
              <input type="color" aria-label={t('planRubricColour', rubric.name)} value={rubric.colour} onChange={(event) => void saveRubric(db, { ...rubric, colour: event.currentTarget.value })} />
              <span class="plan-library__name">{rubric.name}</span>
              <label>{t('planTarget')} <input type="number" min={0} max={100} class="plan-library__share" value={rubric.targetShare}
                onChange={(event) => void saveRubric(db, { ...rubric, targetShare: Math.min(100, Math.max(0, Number(event.currentTarget.value) || 0)) })} /></label>
              <button type="button" class="link-button" onClick={() => confirm(t('planDeleteConfirm', rubric.name)) && void deleteRubric(db, rubric.id!).then(itemsChanged)}>{t('planDelete')}</button>
            </li>
          ))}
        </ul>
        <AddForm fields={['name', 'share']} labels={[t('planRubricName'), t('planTarget')]} submitLabel={t('planAddRubric')}
          onAdd={([name, share]) => saveRubric(db, { name: name!, colour: RUBRIC_COLOURS[rubrics.length % RUBRIC_COLOURS.length]!, targetShare: Number(share) || 0 })} />
      </section>
      <section data-library="performers">
        <h3>{t('planPerformers')}</h3>
        <ul class="plan-library__list">
          {performers.map((performer) => (
            <li key={performer.id}>
              <span class="plan-library__name">{performer.name}</span>
              <span class="muted">{[performer.role, performer.contact].filter(Boolean).join(' · ')}</span>
              <button type="button" class="link-button" onClick={() => confirm(t('planDeleteConfirm', performer.name)) && void deletePerformer(db, performer.id!)}>{t('planDelete')}</button>
            </li>
          ))}
        </ul>
        <AddForm fields={['name', 'role', 'contact']} labels={[t('planPerformerName'), t('planPerformerRole'), t('planPerformerContact')]} submitLabel={t('planAddPerformer')}
          onAdd={([name, role, contact]) => savePerformer(db, { name: name!, ...(role ? { role } : {}), ...(contact ? { contact } : {}) })} />
      </section>
      <section data-library="hashtagSets">
        <h3>{t('planHashtagSets')}</h3>
        <ul class="plan-library__list">
          {hashtagSets.map((set) => (
            <li key={set.id}>
              <span class="plan-library__name">{set.name}</span>
              <span class="muted">{set.hashtags.join(' ')}</span>
              <button type="button" class="link-button" onClick={() => void db.hashtagSets.delete(set.id!)}>{t('planDelete')}</button>
            </li>
          ))}
        </ul>
        <AddForm fields={['name', 'hashtags']} labels={[t('planSetName'), t('planSetHashtags')]} submitLabel={t('planAddSet')}
          onAdd={([name, tags]) => saveHashtagSet(db, { name: name!, hashtags: parseHashtags(tags ?? '') })} />
      </section>
    </div>
  );
}

interface AddFormProps {
  fields: string[];
  labels: string[];
  submitLabel: string;
  onAdd: (values: string[]) => Promise<unknown>;
}

/** A one-line form; the first field is required. */
function AddForm({ fields, labels, submitLabel, onAdd }: AddFormProps) {
  const [values, setValues] = useState<string[]>(fields.map(() => ''));
  const [problem, setProblem] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await onAdd(values.map((value) => value.trim()));
      setValues(fields.map(() => ''));
      setProblem('');
    } catch (error) {
      setProblem(error instanceof Error && error.name === 'ConstraintError' ? t('planNameTaken', values[0]!) : String((error as Error).message ?? error));
    }
  };
  return (
    <form class="plan-add-form" onSubmit={(event) => void submit(event)}>
      {fields.map((field, index) => (
        <input key={field} name={field} required={index === 0} placeholder={labels[index]} aria-label={labels[index]}
          type={field === 'share' ? 'number' : 'text'} min={0} max={100} value={values[index]}
          onInput={(event) => setValues(values.map((value, at) => (at === index ? event.currentTarget.value : value)))} />
      ))}
      <button type="submit">{submitLabel}</button>
      {problem && <p class="form-problem" role="alert">{problem}</p>}
    </form>
  );
}
