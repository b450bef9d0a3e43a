/**
 * The proof of a contest: one JSON file with everything needed to redo the draw. Anyone can
 * check it on the Verify page; the file names its format and version so a later SMM Deck can
 * still read it.
 *
 *   { "format": "smm-deck-contest-proof", "version": 1, "network", "postId", "postUrl",
 *     "rules", "comments", "participants", "seedHash", "commitment", "committedAt", "seed",
 *     "draw": { "drawnAt", "winners", "substitutes" } }
 *
 * Until the draw the seed stays in the user's own database (the `contests` table); only the
 * commitment is shown. A proof is exported only with its draw.
 */
import * as v from 'valibot';
import { isSeed, newSeed, seedHash } from './crypto';
import { contestCommitment, drawWinners } from './draw';
import { byHandleThenComment, judgeComments, type ContestComment, type ContestRules, type Participant } from './rules';
import { NETWORKS } from '../networks/names';
import type { Network } from '../networks/types';

export const PROOF_FORMAT = 'smm-deck-contest-proof';
export const PROOF_VERSION = 1;

export interface ContestProof {
  format: typeof PROOF_FORMAT;
  version: number;
  network: Network;
  postId: string;
  postUrl: string;
  rules: ContestRules;
  /** The post's comments as they were when the commitment was made. */
  comments: ContestComment[];
  /** The entries those comments give under the rules, sorted. */
  participants: Participant[];
  seedHash: string;
  commitment: string;
  committedAt: string;
  seed: string;
  draw?: ContestDraw;
}

export interface ContestDraw {
  drawnAt: string;
  winners: Participant[];
  substitutes: Participant[];
}

export interface ContestPost {
  network: Network;
  postId: string;
  postUrl: string;
}

/** Step 1: a fresh seed, and the commitment over the post, the rules, the participants and the seed's hash. */
export async function commitContest(post: ContestPost, rules: ContestRules, comments: readonly ContestComment[], now: Date, seed = newSeed()): Promise<ContestProof> {
  const { participants } = judgeComments(comments, rules);
  const hash = await seedHash(seed);
  return {
    format: PROOF_FORMAT,
    version: PROOF_VERSION,
    ...post,
    rules,
    comments: [...comments],
    participants,
    seedHash: hash,
    commitment: await contestCommitment({ postUrl: post.postUrl, rules, participants, seedHash: hash }),
    committedAt: now.toISOString(),
    seed,
  };
}

/** Step 2: the draw, from the committed seed and participants. */
export async function revealContest(proof: ContestProof, now: Date): Promise<ContestProof> {
  const result = await drawWinners(proof.seed, proof.participants, proof.rules);
  return { ...proof, draw: { drawnAt: now.toISOString(), ...result } };
}

export type ProofProblem =
  | { kind: 'not-drawn' }
  /** The seed does not hash to the committed seed hash. */
  | { kind: 'seed' }
  /** The participants are not what the comments give under the rules. */
  | { kind: 'participants'; missing: Participant[]; extra: Participant[] }
  | { kind: 'commitment'; recomputed: string }
  | { kind: 'winners'; recomputed: Participant[] }
  | { kind: 'substitutes'; recomputed: Participant[] };

/** Redoes every step of the proof; an empty list means it holds. */
export async function verifyProof(proof: ContestProof): Promise<ProofProblem[]> {
  const problems: ProofProblem[] = [];
  if ((await seedHash(proof.seed)) !== proof.seedHash) problems.push({ kind: 'seed' });
  const { participants } = judgeComments(proof.comments, proof.rules);
  const key = (participant: Participant) => `${participant.handle}\n${participant.commentId}`;
  const claimed = new Set(proof.participants.map(key));
  const expected = new Set(participants.map(key));
  const missing = participants.filter((participant) => !claimed.has(key(participant)));
  const extra = proof.participants.filter((participant) => !expected.has(key(participant)));
  if (missing.length || extra.length || participants.length !== proof.participants.length) problems.push({ kind: 'participants', missing, extra });
  const commitment = await contestCommitment({ postUrl: proof.postUrl, rules: proof.rules, participants: proof.participants, seedHash: proof.seedHash });
  if (commitment !== proof.commitment) problems.push({ kind: 'commitment', recomputed: commitment });
  if (!proof.draw) return [...problems, { kind: 'not-drawn' }];
  const result = await drawWinners(proof.seed, proof.participants, proof.rules);
  if (!sameEntries(result.winners, proof.draw.winners)) problems.push({ kind: 'winners', recomputed: result.winners });
  if (!sameEntries(result.substitutes, proof.draw.substitutes)) problems.push({ kind: 'substitutes', recomputed: result.substitutes });
  return problems;
}

function sameEntries(a: readonly Participant[], b: readonly Participant[]): boolean {
  return a.length === b.length && a.every((entry, index) => byHandleThenComment(entry, b[index]!) === 0);
}

// ---------------------------------------------------------------------------------------------
// Reading a proof file

/** A file that is not a proof SMM Deck can read; the message names the problem. */
export class ProofFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProofFileError';
  }
}

const text = (max: number, min = 0) =>
  v.pipe(v.string('must be text'), v.minLength(min, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters long`));
const wholeNumber = (max: number) =>
  v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'), v.maxValue(max, `must be at most ${max}`));
const isoTime = v.pipe(v.string('must be text'), v.isoTimestamp('must be a date and time such as 2026-11-27T10:00:00.000Z'));
const hash = v.pipe(v.string('must be text'), v.regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'));
const handle = text(200, 1);
const handles = v.pipe(v.array(handle, 'must be a list'), v.maxLength(10_000, 'must list at most 10000 accounts'));
const participant = v.strictObject({ handle, commentId: text(300, 1) }, 'must be an object with handle and commentId');
const participants = v.pipe(v.array(participant, 'must be a list'), v.maxLength(1_000_000, 'is too long'));

export const contestRulesSchema: v.GenericSchema<unknown, ContestRules> = v.strictObject({
  entryMode: v.picklist(['person', 'comment'], 'must be "person" or "comment"'),
  mentions: wholeNumber(50),
  keyword: text(200),
  excluded: handles,
  ownAccounts: handles,
  deadline: v.optional(isoTime),
  winners: v.pipe(wholeNumber(10_000), v.minValue(1, 'must be 1 or more')),
  substitutes: wholeNumber(10_000),
});

const commentSchema: v.GenericSchema<unknown, ContestComment> = v.strictObject({
  commentId: text(300, 1),
  authorHandle: handle,
  authorName: v.optional(text(2_000)),
  text: text(100_000),
  publishedAt: v.optional(text(100)),
});

export const contestProofSchema: v.GenericSchema<unknown, ContestProof> = v.strictObject({
  format: v.literal(PROOF_FORMAT, `must be "${PROOF_FORMAT}"`),
  version: v.literal(PROOF_VERSION, `must be ${PROOF_VERSION}`),
  network: v.picklist(NETWORKS, `must be one of ${NETWORKS.join(', ')}`),
  postId: text(300, 1),
  postUrl: v.pipe(text(4_000, 1), v.regex(/^https?:\/\//i, 'must be an http(s) address'), v.url('must be an http(s) address')),
  rules: contestRulesSchema,
  comments: v.pipe(v.array(commentSchema, 'must be a list'), v.maxLength(1_000_000, 'is too long')),
  participants,
  seedHash: hash,
  commitment: hash,
  committedAt: isoTime,
  seed: v.pipe(v.string('must be text'), v.check(isSeed, 'must be 64 lowercase hex digits (32 bytes)')),
  draw: v.optional(v.strictObject({ drawnAt: isoTime, winners: participants, substitutes: participants })),
});

/** Reads a proof file's text; throws ProofFileError naming the first problem. */
export function readProof(fileText: string): ContestProof {
  let data: unknown;
  try {
    data = JSON.parse(fileText.startsWith('\uFEFF') ? fileText.slice(1) : fileText);
  } catch (error) {
    throw new ProofFileError(`The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  const format = (data as { format?: unknown } | null)?.format;
  const version = (data as { version?: unknown } | null)?.version;
  if (format !== PROOF_FORMAT) throw new ProofFileError('The file is not an SMM Deck contest proof.');
  if (typeof version === 'number' && version > PROOF_VERSION) {
    throw new ProofFileError(`The proof is version ${version}, made by a newer SMM Deck; this one reads version ${PROOF_VERSION}.`);
  }
  const result = v.safeParse(contestProofSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    throw new ProofFileError(`The proof's ${v.getDotPath(issue) ?? 'content'} ${issue.message}.`);
  }
  return result.output;
}
