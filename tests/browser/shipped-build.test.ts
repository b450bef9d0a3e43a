import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm test` makes the shipped build in .output and the test build (with its hooks) beside it.
const SHIPPED = resolve(import.meta.dirname, '../../.output/chrome-mv3');

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));

describe('the shipped build', () => {
  it('holds no test-only global', () => {
    expect(existsSync(SHIPPED), `${SHIPPED} is missing: run \`npm run build\` first`).toBe(true);
    const scripts = filesUnder(SHIPPED).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((file) => readFileSync(file, 'utf8').includes('smmDeckContextMenuClicked'))).toEqual([]);
  });
});
