import { describe, expect, it } from 'vitest';
import { instanceHost, MASTODON_SCRIPT_ID, syncMastodonScript, type ScriptRegistry } from '../../../utils/capture/mastodon-instances';

describe('instanceHost', () => {
  it.each([
    ['mastodon.social', 'mastodon.social'],
    ['  Mastodon.Social ', 'mastodon.social'],
    ['https://mastodon.social/@brand', 'mastodon.social'],
    ['@brand@fosstodon.org', 'fosstodon.org'],
    ['brand@hachyderm.io', 'hachyderm.io'],
  ])('reads %j as %j', (input, host) => {
    expect(instanceHost(input)).toBe(host);
  });

  it.each(['', 'mastodon', 'http://', 'javascript:alert(1)', 'a b.social', '*.social', 'localhost'])('refuses %j', (input) => {
    expect(instanceHost(input)).toBeUndefined();
  });
});

function fakeRegistry(granted: string[]) {
  const scripts = new Map<string, { matches: string[]; js: string[] }>();
  const registry: ScriptRegistry = {
    permissions: { contains: async ({ origins }) => origins.every((origin) => granted.includes(origin)) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) => ids.filter((id) => scripts.has(id)).map((id) => ({ id })),
      registerContentScripts: async (list) => {
        for (const script of list) {
          if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          scripts.set(script.id, script);
        }
      },
      updateContentScripts: async (list) => list.forEach((script) => scripts.set(script.id, script)),
      unregisterContentScripts: async ({ ids }) => ids.forEach((id) => scripts.delete(id)),
    },
  };
  return { registry, scripts };
}

describe('syncMastodonScript', () => {
  it('registers the script on the added instances the user granted, and only those', async () => {
    const { registry, scripts } = fakeRegistry(['https://mastodon.social/*']);
    const origins = await syncMastodonScript(registry, ['mastodon.social', 'fosstodon.org']);
    expect(origins).toEqual(['https://mastodon.social/*']);
    expect(scripts.get(MASTODON_SCRIPT_ID)).toMatchObject({ matches: ['https://mastodon.social/*'], js: ['content-scripts/mastodon.js'] });
  });

  it('updates the registration when an instance is added, and removes it when none is left', async () => {
    const { registry, scripts } = fakeRegistry(['https://mastodon.social/*', 'https://fosstodon.org/*']);
    await syncMastodonScript(registry, ['mastodon.social']);
    await syncMastodonScript(registry, ['mastodon.social', 'fosstodon.org']);
    expect(scripts.get(MASTODON_SCRIPT_ID)!.matches).toEqual(['https://mastodon.social/*', 'https://fosstodon.org/*']);
    await syncMastodonScript(registry, []);
    expect(scripts.size).toBe(0);
  });
});
