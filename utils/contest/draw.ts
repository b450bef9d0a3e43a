/**
 * Commit, then reveal:
 *
 *   seed (32 random bytes) ──SHA-256──▶ seedHash ─┐
 *   post URL, rules, sorted participants ─────────┴─canonical JSON─SHA-256─▶ commitment (shown, may be published)
 *   seed ──HMAC-SHA-256 random source──▶ Fisher–Yates over the sorted participants ──▶ winners, substitutes
 *
 * The commitment fixes the participants, the rules and the seed before anyone sees a winner;
 * the seed, revealed with the result, lets anyone redo the draw and get the same winners.
 */
import { canonicalJson } from './canonical-json';
import { SeededRandom, sha256Hex } from './crypto';
import { byHandleThenComment, type ContestRules, type Participant } from './rules';

export interface CommitmentInput {
  postUrl: string;
  rules: ContestRules;
  participants: readonly Participant[];
  seedHash: string;
}

export function contestCommitment({ postUrl, rules, participants, seedHash }: CommitmentInput): Promise<string> {
  const sorted = [...participants].sort(byHandleThenComment);
  return sha256Hex(canonicalJson({ postUrl, rules, participants: sorted, seedHash }));
}

/**
 * The first `count` places of a Fisher–Yates shuffle of `items` driven by the seed: place i
 * takes the item at a random position from i to the end. Stopping after `count` places gives
 * exactly the first `count` items of the full shuffle.
 */
export async function shuffledPrefix<T>(seed: string, items: readonly T[], count: number): Promise<T[]> {
  const order = [...items];
  const random = await SeededRandom.fromSeed(seed);
  const places = Math.min(count, order.length);
  for (let place = 0; place < places; place++) {
    const pick = place + (await random.below(order.length - place));
    [order[place], order[pick]] = [order[pick]!, order[place]!];
  }
  return order.slice(0, places);
}

export interface DrawResult {
  winners: Participant[];
  substitutes: Participant[];
}

/** Winners first, then substitutes, from the participants in sorted order; fewer when there are fewer participants. */
export async function drawWinners(seed: string, participants: readonly Participant[], rules: Pick<ContestRules, 'winners' | 'substitutes'>): Promise<DrawResult> {
  const sorted = [...participants].sort(byHandleThenComment);
  const drawn = await shuffledPrefix(seed, sorted, rules.winners + rules.substitutes);
  return { winners: drawn.slice(0, rules.winners), substitutes: drawn.slice(rules.winners) };
}
