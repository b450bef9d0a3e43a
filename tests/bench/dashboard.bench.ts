/**
 * The dashboard's benchmark, in Chromium: 100 000 posts and 1 000 000 post snapshots of 40
 * competitors over a year are generated in the extension's own database; then the dashboard's
 * reads and aggregation are timed for one account and for 20, over 90 days.
 * Budgets: ≤ 200 ms for one account, ≤ 1 s for twenty.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../browser/harness/chromium';
import { SiteServer } from '../browser/harness/site-server';

const SPEC = { accounts: 40, posts: 100_000, snapshotsPerPost: 10, days: 365, until: Date.parse('2026-11-26T12:00:00Z'), chunk: 5_000 };
const PERIOD_DAYS = 90;
const RUNS = 7;
const BUDGET_MS = { one: 200, twenty: 1_000 };

const bundle = await build({
  entryPoints: [resolve(import.meta.dirname, 'dashboard-data.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'smmDeckBench',
  // page.evaluate runs the script inside a function, where `var smmDeckBench` would stay local.
  footer: { js: 'globalThis.smmDeckBench = smmDeckBench;' },
  write: false,
  minify: true,
});
const script = bundle.outputFiles[0]!.text;

type Bench = typeof import('./dashboard-data');
type Account = { network: string; handle: string };

const server = await new SiteServer().start();
const browser = await launchWithExtension({ serverPort: server.port });
// tsx keeps function names with an `__name` helper that functions sent to the page lack.
await browser.context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
const results: string[] = [];
let failures = 0;
try {
  // The extension's origin, so the data lands in the database the dashboard reads; an icon
  // rather than a page, so that no live query of the extension's runs beside the timed code.
  const page = await browser.openExtensionPage('icon/128.png');
  await loadBench(page);
  const generated = await page.evaluate((spec) => (globalThis as unknown as { smmDeckBench: Bench }).smmDeckBench.generate(spec), SPEC);
  console.log(`generated ${SPEC.posts} posts, ${SPEC.posts * SPEC.snapshotsPerPost} post snapshots in ${(generated.ms / 1000).toFixed(1)} s`);
  for (const [label, accounts, budget] of [
    ['1 account', generated.accounts.slice(1, 2), BUDGET_MS.one],
    ['20 accounts', generated.accounts.slice(0, 20), BUDGET_MS.twenty],
  ] as const) {
    const timings: { ms: number; posts: number }[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // A fresh page each time: nothing cached in the page from the run before.
      await page.reload();
      await loadBench(page);
      timings.push(await page.evaluate(([list, until, days]) => (globalThis as unknown as { smmDeckBench: Bench }).smmDeckBench.measure(list as Account[], until, days), [accounts, SPEC.until, PERIOD_DAYS] as const));
    }
    const sorted = timings.map((timing) => timing.ms).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const ok = median <= budget;
    if (!ok) failures += 1;
    results.push(
      `${ok ? '✓' : '✗'} ${label}, ${PERIOD_DAYS} days (${timings[0]!.posts} posts): reads + aggregation ${median.toFixed(0)} ms median ` +
        `(${sorted[0]!.toFixed(0)}–${sorted[sorted.length - 1]!.toFixed(0)} ms over ${RUNS} runs) [≤ ${budget} ms]`,
    );
  }
  results.push(`  dashboard page, 20 accounts, ${PERIOD_DAYS} days: table shown ${(await timeDashboardPage(generated.accounts.slice(0, 20))).toFixed(0)} ms after navigation`);
} finally {
  await browser.close();
  await server.stop();
}

console.log(`\nSMM Deck dashboard benchmark (${new Date().toISOString().slice(0, 10)}, Chromium, ${SPEC.posts} posts, ${SPEC.posts * SPEC.snapshotsPerPost} snapshots)`);
for (const line of results) console.log(line);
if (failures) {
  console.log(`\n${failures} over budget`);
  process.exitCode = 1;
}

async function loadBench(page: Page): Promise<void> {
  // page.evaluate runs the bundle through DevTools, which the extension page's CSP allows.
  await page.evaluate(script);
}

async function timeDashboardPage(accounts: Account[]): Promise<number> {
  const to = new Date(SPEC.until).toISOString().slice(0, 10);
  const from = new Date(SPEC.until - (PERIOD_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  const params = new URLSearchParams({ from, to });
  for (const account of accounts) params.append('account', `${account.network}/${account.handle}`);
  const page = await browser.context.newPage();
  const started = Date.now();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html?${params}`);
  await page.locator('[data-compare] tbody tr').nth(accounts.length - 1).waitFor({ timeout: 60_000 });
  const elapsed = Date.now() - started;
  await page.close();
  return elapsed;
}
