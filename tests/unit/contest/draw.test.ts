import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contestCommitment, drawWinners, shuffledPrefix } from '../../../utils/contest/draw';
import type { ContestRules, Participant } from '../../../utils/contest/rules';

const SEED = 'c0ffee00000000000000000000000000000000000000000000000000000000ee';
const RULES: ContestRules = { entryMode: 'person', mentions: 1, keyword: '#giveaway', excluded: [], ownAccounts: ['brand'], winners: 2, substitutes: 1 };
const people = (count: number): Participant[] =>
  Array.from({ length: count }, (_, index) => ({ handle: `p${String(index).padStart(2, '0')}`, commentId: `c${index}` }));

/** The draw done independently: Node's HMAC, rejection sampling and a forward Fisher–Yates. */
function referenceDraw(seed: string, items: readonly string[], count: number): string[] {
  let block = 0;
  const words: number[] = [];
  const below = (n: number) => {
    const limit = 2 ** 32 - (2 ** 32 % n);
    for (;;) {
      if (words.length === 0) {
        const message = Buffer.alloc(8);
        message.writeBigUInt64BE(BigInt(block++));
        const mac = createHmac('sha256', Buffer.from(seed, 'hex')).update(message).digest();
        for (let offset = 0; offset < 32; offset += 4) words.push(mac.readUInt32BE(offset));
      }
      const word = words.shift()!;
      if (word < limit) return word % n;
    }
  };
  const order = [...items];
  for (let place = 0; place < count; place++) {
    const pick = place + below(order.length - place);
    [order[place], order[pick]] = [order[pick]!, order[place]!];
  }
  return order.slice(0, count);
}

describe('the draw', () => {
  it('is the first places of a Fisher–Yates shuffle driven by the HMAC-SHA-256 source', async () => {
    const items = people(10).map((person) => person.handle);
    expect(await shuffledPrefix(SEED, items, 10)).toEqual(referenceDraw(SEED, items, 10));
    expect(await shuffledPrefix(SEED, items, 3)).toEqual(referenceDraw(SEED, items, 10).slice(0, 3));
  });

  it('the same seed gives the same winners, whatever order the participants come in', async () => {
    const participants = people(30);
    const first = await drawWinners(SEED, participants, RULES);
    const again = await drawWinners(SEED, [...participants].reverse(), RULES);
    expect(again).toEqual(first);
    expect(first.winners).toHaveLength(2);
    expect(first.substitutes).toHaveLength(1);
    const handles = [...first.winners, ...first.substitutes].map((entry) => entry.handle);
    expect(new Set(handles).size).toBe(3);
    expect(handles).toEqual(referenceDraw(SEED, participants.map((entry) => entry.handle), 3));
  });

  it('another seed gives another draw', async () => {
    const participants = people(30);
    const other = SEED.replace(/ee$/, 'ef');
    expect(await drawWinners(other, participants, RULES)).not.toEqual(await drawWinners(SEED, participants, RULES));
  });

  it('with fewer participants than places, everyone wins in drawn order and substitutes run short', async () => {
    const result = await drawWinners(SEED, people(2), { winners: 2, substitutes: 3 });
    expect(result.winners.map((entry) => entry.handle).sort()).toEqual(['p00', 'p01']);
    expect(result.substitutes).toEqual([]);
    expect(await drawWinners(SEED, [], { winners: 1, substitutes: 1 })).toEqual({ winners: [], substitutes: [] });
  });

  /**
   * Pearson's chi-square test of uniformity: 20 000 draws of one winner from 50 participants, a
   * different seed each time, should give each participant about 400 wins. With 49 degrees of
   * freedom the statistic exceeds 74.92 with probability 1 %, so a fair draw stays below it.
   * The seeds are SHA-256("fairness <i>"), so the test gives the same result on every run.
   */
  it('is fair: over 20 000 draws from 50 participants the win counts pass a chi-square test at 1 %', async () => {
    const DRAWS = 20_000;
    const participants = people(50);
    const wins = new Map(participants.map((person) => [person.handle, 0]));
    for (let draw = 0; draw < DRAWS; draw++) {
      const seed = createHash('sha256').update(`fairness ${draw}`).digest('hex');
      const [winner] = (await drawWinners(seed, participants, { winners: 1, substitutes: 0 })).winners;
      wins.set(winner!.handle, wins.get(winner!.handle)! + 1);
    }
    const expected = DRAWS / participants.length;
    const chiSquare = [...wins.values()].reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
    console.log(`contest fairness: chi-square ${chiSquare.toFixed(2)} over ${DRAWS} draws (critical value 74.92 at df 49, α 0.01)`);
    expect(chiSquare).toBeLessThan(74.92);
    expect(Math.min(...wins.values())).toBeGreaterThan(0);
  }, 60_000);
});

describe('the commitment', () => {
  const input = { postUrl: 'https://x.com/brand/status/1', rules: RULES, participants: people(5), seedHash: createHash('sha256').update(Buffer.from(SEED, 'hex')).digest('hex') };

  it('is SHA-256 over the canonical JSON of the post URL, rules, sorted participants and seed hash', async () => {
    const canonical =
      '{"participants":[{"commentId":"c0","handle":"p00"},{"commentId":"c1","handle":"p01"},{"commentId":"c2","handle":"p02"},{"commentId":"c3","handle":"p03"},{"commentId":"c4","handle":"p04"}],' +
      '"postUrl":"https://x.com/brand/status/1",' +
      '"rules":{"entryMode":"person","excluded":[],"keyword":"#giveaway","mentions":1,"ownAccounts":["brand"],"substitutes":1,"winners":2},' +
      `"seedHash":"${input.seedHash}"}`;
    expect(await contestCommitment(input)).toBe(createHash('sha256').update(canonical).digest('hex'));
    expect(await contestCommitment({ ...input, participants: [...input.participants].reverse() })).toBe(await contestCommitment(input));
  });

  it('changes with the participants, any rule, the post or the seed', async () => {
    const base = await contestCommitment(input);
    const changed = [
      { ...input, participants: input.participants.slice(1) },
      { ...input, rules: { ...RULES, winners: 3 } },
      { ...input, rules: { ...RULES, keyword: '#Giveaway' } },
      { ...input, rules: { ...RULES, deadline: '2026-12-01T00:00:00.000Z' } },
      { ...input, postUrl: 'https://x.com/brand/status/2' },
      { ...input, seedHash: input.seedHash.replace(/^./, (digit) => (digit === '0' ? '1' : '0')) },
    ];
    for (const variant of changed) expect(await contestCommitment(variant)).not.toBe(base);
  });
});
