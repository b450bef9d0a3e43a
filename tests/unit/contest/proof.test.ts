import { describe, expect, it } from 'vitest';
import { commitContest, readProof, revealContest, verifyProof, PROOF_FORMAT, type ContestProof } from '../../../utils/contest/proof';
import { seedHash } from '../../../utils/contest/crypto';
import type { ContestComment, ContestRules } from '../../../utils/contest/rules';

const SEED = '5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed';
const POST = { network: 'x' as const, postId: '1900000000000000001', postUrl: 'https://x.com/brand/status/1900000000000000001' };
const RULES: ContestRules = { entryMode: 'person', mentions: 1, keyword: '#giveaway', excluded: ['spam_bot'], ownAccounts: ['brand'], winners: 2, substitutes: 1 };
const COMMENTS: ContestComment[] = Array.from({ length: 12 }, (_, index) => ({
  commentId: `19000000000000001${String(index).padStart(2, '0')}`,
  authorHandle: index === 11 ? 'spam_bot' : `fan${index % 10}`,
  text: index === 5 ? 'no tag @friend' : `#Giveaway @friend${index}`,
  publishedAt: new Date(Date.UTC(2026, 10, 20, 10, index)).toISOString(),
}));
const COMMITTED = new Date('2026-11-21T09:00:00.000Z');
const DRAWN = new Date('2026-11-21T09:05:00.000Z');

async function drawnProof(): Promise<ContestProof> {
  return revealContest(await commitContest(POST, RULES, COMMENTS, COMMITTED, SEED), DRAWN);
}

describe('commit, then reveal', () => {
  it('commits to the participants the rules give, then draws from them with the committed seed', async () => {
    const committed = await commitContest(POST, RULES, COMMENTS, COMMITTED, SEED);
    // fan0…fan9 once each (fan0 and fan1 also commented again), fan5 without the tag, spam_bot excluded.
    expect(committed.participants.map((entry) => entry.handle)).toEqual(['fan0', 'fan1', 'fan2', 'fan3', 'fan4', 'fan6', 'fan7', 'fan8', 'fan9']);
    expect(committed).toMatchObject({
      format: PROOF_FORMAT,
      version: 1,
      ...POST,
      rules: RULES,
      seed: SEED,
      seedHash: await seedHash(SEED),
      committedAt: '2026-11-21T09:00:00.000Z',
    });
    expect(committed.commitment).toMatch(/^[0-9a-f]{64}$/);
    expect(committed.draw).toBeUndefined();

    const drawn = await revealContest(committed, DRAWN);
    expect(drawn.draw!.drawnAt).toBe('2026-11-21T09:05:00.000Z');
    expect(drawn.draw!.winners).toHaveLength(2);
    expect(drawn.draw!.substitutes).toHaveLength(1);
    expect(await revealContest(committed, DRAWN)).toEqual(drawn);
  });

  it('a fresh seed is made for each contest', async () => {
    const [a, b] = [await commitContest(POST, RULES, COMMENTS, COMMITTED), await commitContest(POST, RULES, COMMENTS, COMMITTED)];
    expect(a.seed).not.toBe(b.seed);
    expect(a.commitment).not.toBe(b.commitment);
  });
});

describe('verification', () => {
  it('an untouched proof holds, also after a trip through its JSON file', async () => {
    const proof = await drawnProof();
    expect(await verifyProof(proof)).toEqual([]);
    expect(await verifyProof(readProof(JSON.stringify(proof, null, 2)))).toEqual([]);
  });

  it('a changed participant list fails, naming who was added or left out', async () => {
    const proof = await drawnProof();
    const [dropped, ...rest] = proof.participants;
    const tampered = { ...proof, participants: [...rest, { handle: 'cousin', commentId: '42' }] };
    const problems = await verifyProof(tampered);
    expect(problems.map((problem) => problem.kind)).toEqual(expect.arrayContaining(['participants', 'commitment']));
    expect(problems.find((problem) => problem.kind === 'participants')).toEqual({ kind: 'participants', missing: [dropped], extra: [{ handle: 'cousin', commentId: '42' }] });
  });

  it('a changed comment that changes who takes part fails', async () => {
    const proof = await drawnProof();
    const comments = proof.comments.map((comment) => (comment.authorHandle === 'fan5' ? { ...comment, text: '#giveaway @friend' } : comment));
    expect((await verifyProof({ ...proof, comments })).map((problem) => problem.kind)).toEqual(['participants']);
  });

  it('a changed rule fails', async () => {
    const proof = await drawnProof();
    expect((await verifyProof({ ...proof, rules: { ...RULES, substitutes: 2 } })).map((problem) => problem.kind)).toEqual(['commitment', 'substitutes']);
    expect((await verifyProof({ ...proof, rules: { ...RULES, keyword: '#GIVEAWAY' } })).map((problem) => problem.kind)).toEqual(['commitment']);
  });

  it('a changed seed fails: it no longer matches the committed hash', async () => {
    const proof = await drawnProof();
    const problems = await verifyProof({ ...proof, seed: SEED.replace(/^5/, '6') });
    expect(problems[0]).toEqual({ kind: 'seed' });
  });

  it('changed winners fail, with the winners the seed really gives', async () => {
    const proof = await drawnProof();
    const loser = proof.participants.find((entry) => ![...proof.draw!.winners, ...proof.draw!.substitutes].includes(entry))!;
    const tampered = { ...proof, draw: { ...proof.draw!, winners: [loser, proof.draw!.winners[1]!] } };
    expect(await verifyProof(tampered)).toEqual([{ kind: 'winners', recomputed: proof.draw!.winners }]);
    const reordered = { ...proof, draw: { ...proof.draw!, winners: [...proof.draw!.winners].reverse() } };
    expect((await verifyProof(reordered)).map((problem) => problem.kind)).toEqual(['winners']);
  });

  it('a changed commitment fails, and a proof without a draw says so', async () => {
    const proof = await drawnProof();
    expect(await verifyProof({ ...proof, commitment: '0'.repeat(64) })).toEqual([{ kind: 'commitment', recomputed: proof.commitment }]);
    const { draw: _draw, ...undrawn } = proof;
    expect(await verifyProof(undrawn)).toEqual([{ kind: 'not-drawn' }]);
  });
});

describe('reading a proof file', () => {
  it('refuses what is not a readable proof, naming the problem', async () => {
    const proof = await drawnProof();
    const file = (change: (raw: Record<string, unknown>) => void) => {
      const raw = JSON.parse(JSON.stringify(proof)) as Record<string, unknown>;
      change(raw);
      return JSON.stringify(raw);
    };
    expect(() => readProof('{"format":')).toThrow(/^The file is not valid JSON/);
    expect(() => readProof('{"format":"smm-deck-backup"}')).toThrow('The file is not an SMM Deck contest proof.');
    expect(() => readProof('null')).toThrow('The file is not an SMM Deck contest proof.');
    expect(() => readProof(file((raw) => (raw.version = 2)))).toThrow('The proof is version 2, made by a newer SMM Deck; this one reads version 1.');
    expect(() => readProof(file((raw) => ((raw.rules as Record<string, unknown>).winners = 0)))).toThrow("The proof's rules.winners must be 1 or more.");
    expect(() => readProof(file((raw) => (raw.seed = 'XYZ')))).toThrow("The proof's seed must be 64 lowercase hex digits (32 bytes).");
    expect(() => readProof(file((raw) => (raw.postUrl = 'javascript:alert(1)')))).toThrow("The proof's postUrl must be an http(s) address.");
    expect(() => readProof(file((raw) => (raw.extra = true)))).toThrow(/^The proof's extra /);
    expect(() => readProof(file((raw) => ((raw.participants as unknown[])[0] = { handle: 'x' })))).toThrow(/^The proof's participants.0/);
  });

  it('reads a file saved with a byte order mark', async () => {
    const proof = await drawnProof();
    expect(readProof(`\uFEFF${JSON.stringify(proof)}`)).toEqual(proof);
  });
});
