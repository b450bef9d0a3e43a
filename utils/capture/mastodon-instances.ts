/**
 * Mastodon runs on thousands of servers, so its content script is not in the manifest: for each
 * instance the user adds in settings and grants access to, the background registers it at run
 * time. No blanket host access is ever held.
 */
export const MASTODON_SCRIPT_ID = 'smm-deck-mastodon';
export const MASTODON_SCRIPT_FILE = 'content-scripts/mastodon.js';

/** A host name from what a user types: `mastodon.social`, `https://mastodon.social/@alice`, `@alice@mastodon.social`. */
export function instanceHost(input: string): string | undefined {
  const text = input.trim().toLowerCase();
  const fromAcct = /^@?[\w.-]+@([a-z0-9.-]+\.[a-z]{2,})$/.exec(text)?.[1];
  const candidate = fromAcct ?? text.replace(/^https?:\/\//, '').split(/[/?#]/)[0]!;
  return /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(candidate) ? candidate : undefined;
}

export function instanceOrigin(host: string): string {
  return `https://${host}/*`;
}

/** The parts of the extension APIs the registration needs (Chrome's `scripting` and `permissions`). */
export interface ScriptRegistry {
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/**
 * Makes the registered Mastodon script run on exactly the instances that are both in the
 * settings and granted; returns their match patterns.
 */
export async function syncMastodonScript(api: ScriptRegistry, instances: readonly string[]): Promise<string[]> {
  const origins: string[] = [];
  for (const host of instances) {
    const origin = instanceOrigin(host);
    if (await api.permissions.contains({ origins: [origin] })) origins.push(origin);
  }
  const registered = (await api.scripting.getRegisteredContentScripts({ ids: [MASTODON_SCRIPT_ID] })).length > 0;
  if (origins.length === 0) {
    if (registered) await api.scripting.unregisterContentScripts({ ids: [MASTODON_SCRIPT_ID] });
    return origins;
  }
  const script: RegisteredScript = {
    id: MASTODON_SCRIPT_ID,
    matches: origins,
    js: [MASTODON_SCRIPT_FILE],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  await (registered ? api.scripting.updateContentScripts([script]) : api.scripting.registerContentScripts([script]));
  return origins;
}
