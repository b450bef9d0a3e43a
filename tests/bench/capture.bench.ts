/**
 * `npm run bench`: how much the capture costs a page, measured in Chromium.
 * - extraction time per 100 posts, on a generated feed of 1 000 posts in X's, VK's, LinkedIn's and
 *   Facebook's markup;
 * - long tasks (> 50 ms) while 1 000 posts arrive in batches of 20, with the extension and without;
 * - each content script's gzipped size.
 * Budgets: ≤ 2 ms per 100 posts, no long task from the extension, ≤ 30 KB gzipped per script.
 */
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { loadFixtureCases } from '../unit/networks/fixture-cases';
import { chromiumPath, EXTENSION_DIR, launchWithExtension } from '../browser/harness/chromium';
import { SiteServer } from '../browser/harness/site-server';
import { generateFeed, watchLongTasks } from './feed';

const FEEDS = [
  { network: 'x', fixture: 'profile-en' },
  { network: 'vk', fixture: 'community-ru' },
  { network: 'linkedin', fixture: 'company-posts-en' },
  { network: 'facebook', fixture: 'page-en' },
];
const POSTS = 1_000;
const RUNS = 15;
const BUDGET = { msPer100Posts: 2, longTasks: 0, scriptKb: 30 };

const fixtures = loadFixtureCases();
const feeds = FEEDS.map(({ network, fixture }) => {
  const found = fixtures.find((candidate) => candidate.network === network && candidate.name === fixture);
  if (!found) throw new Error(`No fixture ${network}/${fixture}`);
  const template = found.expected.posts.find((post) => post.metrics.likes !== undefined) ?? found.expected.posts[0]!;
  return { ...found, idToken: template.postId.replace(/^-/, '') };
});

const adaptersBundle = await build({
  stdin: {
    contents: `export { adapters } from './utils/networks/index.ts';`,
    resolveDir: resolve(import.meta.dirname, '../..'),
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  globalName: 'smmDeck',
  write: false,
  minify: true,
});
const adaptersScript = adaptersBundle.outputFiles[0]!.text;

const server = new SiteServer();
for (const feed of feeds) server.page(feed.url, feed.html);
await server.start();

/** tsx keeps function names with an `__name` helper that functions sent to the page lack. */
const KEEP_NAMES = { content: 'globalThis.__name = (fn) => fn;' };

const results: string[] = [];
const failures: string[] = [];
const report = (line: string, withinBudget: boolean) => {
  results.push(`${withinBudget ? '✓' : '✗'} ${line}`);
  if (!withinBudget) failures.push(line);
};

await measureExtraction();
await measureLongTasks();
measureScriptSizes();
await server.stop();

console.log(`\nSMM Deck capture benchmark (${new Date().toISOString().slice(0, 10)}, Chromium, ${POSTS} posts)`);
for (const line of results) console.log(line);
if (failures.length) {
  console.log(`\n${failures.length} over budget`);
  process.exitCode = 1;
}

async function measureExtraction(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--ignore-certificate-errors', ...hostRules()],
  });
  for (const feed of feeds) {
    const page = await browser.newPage();
    await page.addInitScript(KEEP_NAMES);
    await page.goto(feed.url);
    await page.addScriptTag({ content: adaptersScript });
    const adapter = await page.evaluate((url) => {
      const found = (window as unknown as { smmDeck: { adapters: { matches(u: URL): boolean; postSelector: string; network: string }[] } })
        .smmDeck.adapters.find((candidate) => candidate.matches(new URL(url)));
      return found && { postSelector: found.postSelector, network: found.network };
    }, feed.url);
    if (!adapter) throw new Error(`no adapter for ${feed.url}`);
    await generateFeed(page, { postSelector: adapter.postSelector, idToken: feed.idToken, count: POSTS, batchSize: POSTS, pauseMs: 0 });
    const timings = await page.evaluate(
      ({ url, runs }) => {
        type Adapter = { matches(u: URL): boolean; extract(root: ParentNode, u: URL): { posts: unknown[] }; postSelector: string };
        const adapter = (window as unknown as { smmDeck: { adapters: Adapter[] } }).smmDeck.adapters.find((candidate) =>
          candidate.matches(new URL(url)),
        )!;
        const pageUrl = new URL(url);
        const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
        const whole: number[] = [];
        const oneByOne: number[] = [];
        let found = 0;
        // Warm-up runs let the JIT compile the adapter before anything is timed.
        for (let run = 0; run < 3; run += 1) adapter.extract(document, pageUrl);
        for (let run = 0; run < runs; run += 1) {
          let start = performance.now();
          found = adapter.extract(document, pageUrl).posts.length;
          whole.push(performance.now() - start);
          start = performance.now();
          for (const element of document.querySelectorAll(adapter.postSelector)) adapter.extract(element, pageUrl);
          oneByOne.push(performance.now() - start);
        }
        return { found, whole: median(whole), oneByOne: median(oneByOne) };
      },
      { url: feed.url, runs: RUNS },
    );
    const perHundred = (ms: number) => (ms / timings.found) * 100;
    report(
      `${feed.network}: extraction ${perHundred(timings.whole).toFixed(2)} ms per 100 posts (whole page, ${timings.found} posts), ` +
        `${perHundred(timings.oneByOne).toFixed(2)} ms per 100 posts read one by one`,
      timings.found === POSTS && Math.max(perHundred(timings.whole), perHundred(timings.oneByOne)) <= BUDGET.msPer100Posts,
    );
    await page.close();
  }
  await browser.close();
}

async function measureLongTasks(): Promise<void> {
  for (const feed of feeds) {
    const counts: Record<string, number[]> = {};
    for (const withExtension of [false, true]) {
      const extension = withExtension ? await launchWithExtension({ serverPort: server.port }) : undefined;
      const browser = extension ? undefined : await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--ignore-certificate-errors', ...hostRules()] });
      const page = extension ? await extension.context.newPage() : await browser!.newPage();
      await page.addInitScript(KEEP_NAMES);
      await page.goto(feed.url);
      await page.waitForTimeout(500);
      const readLongTasks = await watchLongTasks(page);
      const postSelector = await selectorFor(feed.url);
      await generateFeed(page, { postSelector, idToken: feed.idToken, count: POSTS, batchSize: 20, pauseMs: 100 });
      await page.waitForTimeout(1_500);
      counts[withExtension ? 'with' : 'without'] = await readLongTasks();
      if (withExtension) {
        const badges = await page.locator('smm-deck-badge').count();
        report(`${feed.network}: ${badges} badges drawn on the ${POSTS} generated posts`, badges >= POSTS);
      }
      await (extension ? extension.close() : browser!.close());
    }
    const extra = counts.with!.length - counts.without!.length;
    report(
      `${feed.network}: long tasks while ${POSTS} posts arrive 20 at a time: ${counts.with!.length} with SMM Deck ` +
        `(${formatDurations(counts.with!)}), ${counts.without!.length} without`,
      extra <= BUDGET.longTasks,
    );
  }
}

function measureScriptSizes(): void {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js')).sort()) {
    const kb = gzipSync(readFileSync(join(dir, file))).length / 1024;
    report(`content script ${file}: ${kb.toFixed(1)} KB gzipped`, kb <= BUDGET.scriptKb);
  }
}

async function selectorFor(url: string): Promise<string> {
  const { adapterFor } = await import('../../utils/networks');
  return adapterFor(url)!.postSelector;
}

function hostRules(): string[] {
  return [`--host-resolver-rules=${feeds.map((feed) => `MAP ${new URL(feed.url).host} 127.0.0.1:${server.port}`).join(', ')}`];
}

function formatDurations(durations: number[]): string {
  return durations.length ? `longest ${Math.max(...durations).toFixed(0)} ms` : 'none';
}
