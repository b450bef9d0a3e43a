import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES_DRAFT, draftOfRules, readRulesDraft } from '../../../utils/contest/form';

describe('the rules form', () => {
  it('gives rules with normalized handles, own accounts sorted and the deadline as an instant', () => {
    const draft = { ...DEFAULT_RULES_DRAFT, mentions: '2', keyword: '  #Giveaway ', excluded: '@Shop_Bot, partner\n@shop_bot', deadline: '2026-11-20T18:30', winners: '3', substitutes: '2' };
    expect(readRulesDraft(draft, ['Brand', 'another', 'brand'])).toEqual({
      ok: true,
      rules: {
        entryMode: 'person', mentions: 2, keyword: '#Giveaway', excluded: ['shop_bot', 'partner'], ownAccounts: ['another', 'brand'],
        deadline: new Date(2026, 10, 20, 18, 30).toISOString(), winners: 3, substitutes: 2,
      },
    });
  });

  it('leaves the deadline out when none is typed', () => {
    const reading = readRulesDraft(DEFAULT_RULES_DRAFT, []);
    expect(reading).toEqual({ ok: true, rules: { entryMode: 'person', mentions: 0, keyword: '', excluded: [], ownAccounts: [], winners: 1, substitutes: 0 } });
  });

  it('names every field that gives no valid rule', () => {
    const draft = { ...DEFAULT_RULES_DRAFT, mentions: '-1', deadline: 'soon', winners: '0', substitutes: '1.5', keyword: 'x'.repeat(201) };
    expect(readRulesDraft(draft, [])).toEqual({ ok: false, fields: ['mentions', 'keyword', 'deadline', 'winners', 'substitutes'] });
    expect(readRulesDraft({ ...DEFAULT_RULES_DRAFT, winners: '10001' }, [])).toEqual({ ok: false, fields: ['winners'] });
    expect(readRulesDraft({ ...DEFAULT_RULES_DRAFT, winners: '' }, [])).toEqual({ ok: false, fields: ['winners'] });
  });

  it('reads committed rules back into the form unchanged', () => {
    const draft = { ...DEFAULT_RULES_DRAFT, entryMode: 'comment' as const, mentions: '1', keyword: 'да', excluded: 'a, b', deadline: '2026-11-20T18:30', winners: '2', substitutes: '1' };
    const reading = readRulesDraft(draft, ['brand']);
    if (!reading.ok) throw new Error('rules expected');
    expect(draftOfRules(reading.rules)).toEqual(draft);
  });
});
