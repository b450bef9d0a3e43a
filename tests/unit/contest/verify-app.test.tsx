import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ContestVerifyApp } from '../../../components/contest/ContestVerifyApp';
import { commitContest, revealContest } from '../../../utils/contest/proof';

const SEED = 'ab'.repeat(32);
const proof = await revealContest(
  await commitContest(
    { network: 'youtube', postId: 'dQw4w9WgXcQ', postUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
    { entryMode: 'comment', mentions: 0, keyword: '', excluded: [], ownAccounts: [], winners: 1, substitutes: 0 },
    [
      { commentId: 'Ugx1', authorHandle: '@anna', text: 'me!' },
      { commentId: 'Ugx2', authorHandle: '@boris', text: 'me too' },
    ],
    new Date('2026-11-21T09:00:00.000Z'),
    SEED,
  ),
  new Date('2026-11-21T09:05:00.000Z'),
);

afterEach(() => render(null, document.body));

async function check(text: string, published = '') {
  await act(async () => render(<ContestVerifyApp />, document.body));
  if (published) {
    const field = document.querySelector<HTMLInputElement>('[name="publishedCommitment"]')!;
    field.value = published;
    await act(async () => void field.dispatchEvent(new Event('input', { bubbles: true })));
  }
  const input = document.querySelector<HTMLInputElement>('[name="proofFile"]')!;
  Object.defineProperty(input, 'files', { value: [new File([text], 'proof.json', { type: 'application/json' })], configurable: true });
  await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await expect.poll(() => document.querySelector('[data-verdict]')).not.toBeNull();
  return document.querySelector('[data-verdict]')!;
}

describe('the Verify page', () => {
  it('confirms an untouched proof, and the commitment published before the draw', async () => {
    const verdict = await check(JSON.stringify(proof), proof.commitment);
    expect(verdict.getAttribute('data-verdict')).toBe('match');
    expect(verdict.querySelector('[data-published-matches]')).not.toBeNull();
    expect(verdict.querySelector('[data-places="winners"]')!.textContent).toBe(`@${proof.draw!.winners[0]!.handle}`);
  });

  it('names each mismatch: another published commitment, a changed seed', async () => {
    const verdict = await check(JSON.stringify({ ...proof, seed: 'cd'.repeat(32) }), 'f'.repeat(64));
    expect(verdict.getAttribute('data-verdict')).toBe('mismatch');
    const problems = [...verdict.querySelectorAll('[data-problem]')].map((item) => item.textContent);
    // The other seed may or may not pick another winner from two; the seed and publication mismatches come first either way.
    expect(problems.slice(0, 2)).toEqual([
      'The commitment in the file is not the one published before the draw.',
      'The seed does not hash to the seed hash committed to before the draw.',
    ]);
  });

  it('says why a file cannot be read', async () => {
    const verdict = await check('{"format":"smm-deck-contest-proof","version":7}');
    expect(verdict.textContent).toBe('proof.json: The proof is version 7, made by a newer SMM Deck; this one reads version 1.');
  });
});
