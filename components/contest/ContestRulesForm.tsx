import type { RulesDraft, RulesField } from '../../utils/contest/form';
import { RULE_LIMITS } from '../../utils/contest/form';
import { t } from '../../utils/platform/i18n';

interface ContestRulesFormProps {
  draft: RulesDraft;
  onChange: (draft: RulesDraft) => void;
  /** The fields whose text gives no valid rule. */
  invalid: readonly RulesField[];
  /** The user's own accounts on the post's network, always excluded. */
  ownAccounts: readonly string[];
  /** Rules already committed to cannot change. */
  locked: boolean;
}

export function ContestRulesForm({ draft, onChange, invalid, ownAccounts, locked }: ContestRulesFormProps) {
  const set = (change: Partial<RulesDraft>) => onChange({ ...draft, ...change });
  const problem = (field: RulesField) => invalid.includes(field) || undefined;
  return (
    <fieldset class="contest-rules" disabled={locked}>
      <legend>{t('contestRules')}</legend>
      <div class="contest-rules__modes" role="radiogroup" aria-label={t('contestEntries')}>
        <label>
          <input type="radio" name="entryMode" value="person" checked={draft.entryMode === 'person'} onChange={() => set({ entryMode: 'person' })} />
          {t('contestEntryPerson')}
        </label>
        <label>
          <input type="radio" name="entryMode" value="comment" checked={draft.entryMode === 'comment'} onChange={() => set({ entryMode: 'comment' })} />
          {t('contestEntryComment')}
        </label>
      </div>
      <div class="contest-rules__row">
        <label class="field">
          <span>{t('contestMentions')}</span>
          <input type="number" name="mentions" min={0} max={RULE_LIMITS.mentions} value={draft.mentions} aria-invalid={problem('mentions')} onInput={(event) => set({ mentions: event.currentTarget.value })} />
        </label>
        <label class="field">
          <span>{t('contestKeyword')}</span>
          <input type="text" name="keyword" maxLength={RULE_LIMITS.keyword} placeholder="#giveaway" value={draft.keyword} aria-invalid={problem('keyword')} onInput={(event) => set({ keyword: event.currentTarget.value })} />
        </label>
      </div>
      <label class="field">
        <span>{t('contestExcluded')}</span>
        <textarea name="excluded" rows={2} placeholder="@shop_bot, @partner" value={draft.excluded} onInput={(event) => set({ excluded: event.currentTarget.value })} />
        <small class="muted" data-own-accounts>
          {ownAccounts.length ? t('contestOwnAlwaysExcluded', ownAccounts.map((handle) => `@${handle}`).join(', ')) : t('contestNoOwnAccounts')}
        </small>
      </label>
      <label class="field">
        <span>{t('contestDeadline')}</span>
        <input type="datetime-local" name="deadline" value={draft.deadline} aria-invalid={problem('deadline')} onInput={(event) => set({ deadline: event.currentTarget.value })} />
        <small class="muted">{t('contestDeadlineHint')}</small>
      </label>
      <div class="contest-rules__row">
        <label class="field">
          <span>{t('contestWinners')}</span>
          <input type="number" name="winners" min={1} max={RULE_LIMITS.winners} value={draft.winners} aria-invalid={problem('winners')} onInput={(event) => set({ winners: event.currentTarget.value })} />
        </label>
        <label class="field">
          <span>{t('contestSubstitutes')}</span>
          <input type="number" name="substitutes" min={0} max={RULE_LIMITS.substitutes} value={draft.substitutes} aria-invalid={problem('substitutes')} onInput={(event) => set({ substitutes: event.currentTarget.value })} />
        </label>
      </div>
      {invalid.length > 0 && (
        <p class="form-problem" role="alert">
          {t('contestRulesInvalid')}
        </p>
      )}
    </fieldset>
  );
}
