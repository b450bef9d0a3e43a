/**
 * `npm run bench [-- name…]`: every benchmark (or the named ones: capture, clip, plan, replies,
 * contest, dashboard) one after another, each in its own process so one's Chromium and memory do
 * not weigh on the next. Exits non-zero when any is over budget.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const BENCHES = ['capture', 'clip', 'plan', 'replies', 'contest', 'dashboard'];
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !BENCHES.includes(name));
if (unknown.length) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; there are ${BENCHES.join(', ')}.`);
  process.exit(2);
}

const over: string[] = [];
for (const name of asked.length ? asked : BENCHES) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync('npx', ['tsx', resolve(import.meta.dirname, `${name}.bench.ts`)], { stdio: 'inherit' });
  if (run.status !== 0) over.push(name);
}
if (over.length) {
  console.log(`\nOver budget or failed: ${over.join(', ')}`);
  process.exitCode = 1;
}
