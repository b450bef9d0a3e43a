/**
 * `npx tsx tests/bench/contest.bench.ts`: how long a contest takes in Chromium, with Web Crypto,
 * for a post with 1 000 and 10 000 collected comments (person entries, a required mention and
 * hashtag, a deadline; about a third of the comments fail some rule):
 * - judging the comments against the rules (what the side panel redoes on every keystroke);
 * - committing (judging, the seed's hash, canonical JSON and SHA-256 of the commitment);
 * - drawing 10 winners and 5 substitutes;
 * - verifying the whole proof, as the Verify page does; and the proof file's size.
 * Budgets for 10 000 comments: judging ≤ 250 ms (the side panel redoes it as the rules are typed),
 * committing ≤ 500 ms, drawing ≤ 50 ms, verifying ≤ 1 000 ms.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../browser/harness/chromium';
import { SiteServer } from '../browser/harness/site-server';

const SIZES = [1_000, 10_000];
const RUNS = 5;
const BUDGET_10K = { judge: 250, commit: 500, draw: 50, verify: 1_000 };
const PAGE = 'https://news.example/contest-bench';

const bundle = await build({
  stdin: {
    contents: `export { judgeComments } from './utils/contest/rules.ts';
export { commitContest, revealContest, verifyProof } from './utils/contest/proof.ts';`,
    resolveDir: resolve(import.meta.dirname, '../..'),
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  globalName: 'smmContest',
  write: false,
  minify: true,
});

const server = await new SiteServer()
  .page(PAGE, '<!doctype html><title>contest bench</title><script src="/contest.js"></script>')
  .page('https://news.example/contest.js', bundle.outputFiles[0]!.text, 'text/javascript')
  .start();
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu', '--ignore-certificate-errors', `--host-resolver-rules=MAP news.example 127.0.0.1:${server.port}`],
});
const page = await browser.newPage();
// tsx keeps function names with an `__name` helper that functions sent to the page lack.
await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
await page.goto(PAGE);

const failures: string[] = [];
console.log(`\nSMM Deck contest benchmark (${new Date().toISOString().slice(0, 10)}, Chromium, median of ${RUNS} runs)`);
for (const size of SIZES) {
  const result = await page.evaluate(
    async ({ size, runs }) => {
      type Api = {
        judgeComments(comments: unknown[], rules: unknown): { participants: unknown[] };
        commitContest(post: unknown, rules: unknown, comments: unknown[], now: Date): Promise<unknown>;
        revealContest(proof: unknown, now: Date): Promise<unknown>;
        verifyProof(proof: unknown): Promise<unknown[]>;
      };
      const api = (window as unknown as { smmContest: Api }).smmContest;
      const rules = { entryMode: 'person', mentions: 1, keyword: '#giveaway', excluded: ['spam_bot'], ownAccounts: ['brand'], deadline: '2026-11-21T00:00:00.000Z', winners: 10, substitutes: 5 };
      const comments = Array.from({ length: size }, (_, index) => ({
        commentId: `1905000000${String(index).padStart(9, '0')}`,
        authorHandle: `fan_${index % Math.floor(size * 0.8)}`,
        authorName: `Fan ${index}`,
        text: index % 7 === 0 ? 'Nice coffee!' : `I'm in! #Giveaway @friend_${index} and @friend_${index + 1}, хочу выиграть`,
        publishedAt: new Date(Date.UTC(2026, 10, index % 11 === 0 ? 22 : 19, 10, 0, index % 60)).toISOString(),
      }));
      const post = { network: 'x', postId: '1905000000000000000', postUrl: 'https://x.com/brand/status/1905000000000000000' };
      const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      const timed = async <T>(work: () => T | Promise<T>) => {
        const start = performance.now();
        const value = await work();
        return { value, ms: performance.now() - start };
      };
      const times = { judge: [] as number[], commit: [] as number[], draw: [] as number[], verify: [] as number[] };
      let entries = 0;
      let bytes = 0;
      let problems = 0;
      for (let run = 0; run < runs + 1; run++) {
        const judged = await timed(() => api.judgeComments(comments, rules));
        const committed = await timed(() => api.commitContest(post, rules, comments, new Date()));
        const drawn = await timed(() => api.revealContest(committed.value, new Date()));
        const verified = await timed(() => api.verifyProof(drawn.value));
        // The first run warms the JIT up and is not counted.
        if (run === 0) continue;
        times.judge.push(judged.ms);
        times.commit.push(committed.ms);
        times.draw.push(drawn.ms);
        times.verify.push(verified.ms);
        entries = judged.value.participants.length;
        bytes = JSON.stringify(drawn.value, null, 2).length;
        problems += verified.value.length;
      }
      return { entries, bytes, problems, judge: median(times.judge), commit: median(times.commit), draw: median(times.draw), verify: median(times.verify) };
    },
    { size, runs: RUNS },
  );
  const withinBudget = size !== 10_000 || (result.judge <= BUDGET_10K.judge && result.commit <= BUDGET_10K.commit && result.draw <= BUDGET_10K.draw && result.verify <= BUDGET_10K.verify);
  const line =
    `${size.toLocaleString('en-US')} comments (${result.entries.toLocaleString('en-US')} entries): judge ${result.judge.toFixed(1)} ms, ` +
    `commit ${result.commit.toFixed(1)} ms, draw ${result.draw.toFixed(1)} ms, verify ${result.verify.toFixed(1)} ms, proof ${(result.bytes / 1024).toFixed(0)} KB`;
  console.log(`${withinBudget && result.problems === 0 ? '✓' : '✗'} ${line}`);
  if (!withinBudget) failures.push(line);
  if (result.problems > 0) failures.push(`${size} comments: a fresh proof did not verify`);
}
await browser.close();
await server.stop();
if (failures.length) {
  console.log(`\n${failures.length} over budget or failed`);
  process.exitCode = 1;
}
