import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { instanceOrigin, MASTODON_SCRIPT_FILE } from '../../../utils/capture/mastodon-instances';
import { adapters } from '../../../utils/networks';
import { loadFixtureCases } from './fixture-cases';

const entrypoints = readdirSync('entrypoints').filter((file) => file.endsWith('.content.ts'));
const cases = loadFixtureCases();

describe.each(adapters.map((adapter) => [adapter.network, adapter] as const))('%s', (network) => {
  it('has its own content script whose matches cover every fixture page', async () => {
    expect(entrypoints).toContain(`${network}.content.ts`);
    const script = (await import(`../../../entrypoints/${network}.content.ts`)).default as {
      matches?: string[];
      registration?: string;
    };
    if (network === 'mastodon') {
      // Registered at run time for each server the user adds, at the file the registration names.
      expect(script.registration).toBe('runtime');
      expect(script.matches).toBeUndefined();
      expect(MASTODON_SCRIPT_FILE).toBe(`content-scripts/${network}.js`);
      for (const fixture of cases.filter((candidate) => candidate.network === network)) {
        expect(new MatchPattern(instanceOrigin(new URL(fixture.url).host)).includes(fixture.url)).toBe(true);
      }
      return;
    }
    const patterns = script.matches!.map((pattern) => new MatchPattern(pattern));
    for (const fixture of cases.filter((candidate) => candidate.network === network)) {
      expect(patterns.some((pattern) => pattern.includes(fixture.url)), fixture.url).toBe(true);
    }
    expect(script.matches).not.toContain('<all_urls>');
  });
});
