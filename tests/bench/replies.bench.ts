/**
 * How much the replies feature costs, measured in Chromium (`npx tsx tests/bench/replies.bench.ts`):
 * - comment extraction per 100 comments, on each network's comment fixture, read whole N times;
 * - the time to put a reply into each real editor (React textarea, Draft.js, Lexical), verification
 *   included;
 * - the gzipped size of the content scripts that read comments (build first; SMM_DECK_OUT_DIR).
 * Budgets: ≤ 2 ms per 100 comments, ≤ 150 ms per insertion, ≤ 30 KB gzipped per script.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumPath, EXTENSION_DIR } from '../browser/harness/chromium';
import { buildEditorsScript, editorsPage } from '../browser/editors/build-editors';
import { loadCommentCases } from '../unit/comments/cases';

const READS = 200;
const INSERTS = 10;
const BUDGET = { msPer100Comments: 2, insertMs: 150, scriptKb: 30 };
const REPLY = 'Thank you, Kim!\nSee you at the tasting.';

const sourcesBundle = await build({
  stdin: { contents: `export { commentSources } from './utils/comments/index.ts';`, resolveDir: resolve(import.meta.dirname, '../..'), loader: 'ts' },
  bundle: true,
  format: 'iife',
  globalName: 'smmDeckComments',
  write: false,
  minify: true,
});
/** tsx keeps function names with an `__name` helper that functions sent to the page lack. */
const KEEP_NAMES = 'globalThis.__name = (fn) => fn;';

const results: string[] = [];
const failures: string[] = [];
const report = (line: string, withinBudget: boolean) => {
  results.push(`${withinBudget ? 'ok  ' : 'OVER'} ${line}`);
  if (!withinBudget) failures.push(line);
};

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const fixture of loadCommentCases().filter((item) => item.expected.length >= 4)) {
    await page.setContent(fixture.html.replace(/<script[\s\S]*?<\/script>/gi, ''));
    await page.addScriptTag({ content: `${KEEP_NAMES}\n${sourcesBundle.outputFiles[0]!.text}` });
    const ms = await page.evaluate(
      ({ network, url, reads }) => {
        const sources = (globalThis as unknown as { smmDeckComments: { commentSources: { network: string; extractComments(root: ParentNode, url: URL): unknown[] }[] } }).smmDeckComments.commentSources;
        const source = sources.find((candidate) => candidate.network === network)!;
        const pageUrl = new URL(url);
        let comments = 0;
        const start = performance.now();
        for (let read = 0; read < reads; read += 1) comments += source.extractComments(document, pageUrl).length;
        return ((performance.now() - start) / comments) * 100;
      },
      { network: fixture.network, url: fixture.url, reads: READS },
    );
    report(`${fixture.network}/${fixture.name}: ${ms.toFixed(2)} ms per 100 comments`, ms <= BUDGET.msPer100Comments);
  }

  const editors = await browser.newPage();
  await editors.setContent(editorsPage().replace('<script src="/editors-lab/editors.js"></script>', ''));
  await editors.addScriptTag({ content: await buildEditorsScript() });
  for (const [name, selector] of [['React textarea', '#react-reply'], ['Draft.js', '#draft-reply .public-DraftEditor-content'], ['Lexical', '#lexical-reply']] as const) {
    const times: number[] = [];
    for (let run = 0; run < INSERTS; run += 1) {
      times.push(
        await editors.evaluate(
          async ([target, text]) => {
            const start = performance.now();
            await (window as unknown as { editors: { insert(s: string, t: string): Promise<unknown> } }).editors.insert(target, text);
            return performance.now() - start;
          },
          [selector, REPLY] as const,
        ),
      );
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    report(`insert into ${name}: median ${median.toFixed(0)} ms (${times[0]!.toFixed(0)}–${times.at(-1)!.toFixed(0)} ms)`, median <= BUDGET.insertMs);
  }
} finally {
  await browser.close();
}

for (const network of ['x', 'youtube', 'vk', 'instagram', 'reddit']) {
  const kb = gzipSync(readFileSync(join(EXTENSION_DIR, 'content-scripts', `${network}.js`))).length / 1024;
  report(`content script ${network}.js: ${kb.toFixed(1)} KB gzipped`, kb <= BUDGET.scriptKb);
}

console.log(results.join('\n'));
if (failures.length) {
  console.log(`\n${failures.length} over budget`);
  process.exitCode = 1;
}
