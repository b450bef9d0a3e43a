/**
 * The rules form as the user types it (text in every field) and the rules it gives, or the
 * fields that are wrong. The deadline is typed in the user's local time (a datetime-local
 * field) and kept as the instant it names, so the proof reads the same in every time zone.
 */
import { normalizeHandle, parseHandleList, type ContestRules, type EntryMode } from './rules';

export interface RulesDraft {
  entryMode: EntryMode;
  mentions: string;
  keyword: string;
  /** Handles separated by commas, spaces or lines. */
  excluded: string;
  /** `YYYY-MM-DDTHH:mm` in local time, or empty for none. */
  deadline: string;
  winners: string;
  substitutes: string;
}

export const DEFAULT_RULES_DRAFT: RulesDraft = { entryMode: 'person', mentions: '0', keyword: '', excluded: '', deadline: '', winners: '1', substitutes: '0' };

export const RULE_LIMITS = { mentions: 50, winners: 10_000, substitutes: 10_000, keyword: 200 } as const;

export type RulesField = 'mentions' | 'keyword' | 'deadline' | 'winners' | 'substitutes';

export type RulesReading = { ok: true; rules: ContestRules } | { ok: false; fields: RulesField[] };

export function readRulesDraft(draft: RulesDraft, ownAccounts: readonly string[]): RulesReading {
  const fields: RulesField[] = [];
  const whole = (field: 'mentions' | 'winners' | 'substitutes', min: number) => {
    const value = /^\s*\d+\s*$/.test(draft[field]) ? Number(draft[field]) : NaN;
    if (!(value >= min && value <= RULE_LIMITS[field])) fields.push(field);
    return value;
  };
  const mentions = whole('mentions', 0);
  const keyword = draft.keyword.trim();
  if (keyword.length > RULE_LIMITS.keyword) fields.push('keyword');
  let deadline: string | undefined;
  if (draft.deadline.trim()) {
    const time = new Date(draft.deadline).getTime();
    if (Number.isNaN(time)) fields.push('deadline');
    else deadline = new Date(time).toISOString();
  }
  const winners = whole('winners', 1);
  const substitutes = whole('substitutes', 0);
  if (fields.length) return { ok: false, fields };
  const rules: ContestRules = {
    entryMode: draft.entryMode,
    mentions,
    keyword,
    excluded: parseHandleList(draft.excluded),
    ownAccounts: [...new Set(ownAccounts.map(normalizeHandle))].sort(),
    winners,
    substitutes,
  };
  if (deadline !== undefined) rules.deadline = deadline;
  return { ok: true, rules };
}

/** The form again for rules already committed to (their deadline in local time). */
export function draftOfRules(rules: ContestRules): RulesDraft {
  return {
    entryMode: rules.entryMode,
    mentions: String(rules.mentions),
    keyword: rules.keyword,
    excluded: rules.excluded.join(', '),
    deadline: rules.deadline === undefined ? '' : localDateTime(new Date(rules.deadline)),
    winners: String(rules.winners),
    substitutes: String(rules.substitutes),
  };
}

function localDateTime(date: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;
}
