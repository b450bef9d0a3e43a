import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { SOCIAL_HOSTS } from './hosts';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../..', process.env.SMM_DECK_OUT_DIR ?? '.output', 'chrome-mv3');

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH.`);
  }
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** An extension page (`sidepanel.html`, `popup.html`…) opened in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  serverPort: number;
  headless?: boolean;
  /**
   * Host permissions to hold as if the user had granted them. Chrome's permission prompt is
   * browser UI that no automation can answer, so a test that needs a granted optional host
   * loads a copy of the extension whose manifest already holds it: `permissions.request` then
   * resolves without a prompt, exactly as after the user's "Allow".
   */
  grantedHosts?: string[];
  /** The browser's UI language (`ru`), which `i18n.getUILanguage` and the extension's strings follow. */
  uiLanguage?: string;
}

/** Chromium with the built extension, every social host mapped to the local test server. */
export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The extension is not built (${EXTENSION_DIR} has no manifest.json): run \`npm run build\` first.`);
  }
  const extensionDir = options.grantedHosts?.length ? copyWithGrantedHosts(options.grantedHosts) : EXTENSION_DIR;
  const rules = SOCIAL_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${options.serverPort}`).join(', ');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'smm-deck-profile-')), {
    executablePath: chromiumPath(),
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions', '--headless'],
    viewport: { width: 1280, height: 900 },
    ...(options.uiLanguage ? { locale: options.uiLanguage } : {}),
    args: [
      ...(options.headless === false ? [] : ['--headless=new']),
      ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: () => context.close(),
  };
}

function copyWithGrantedHosts(hosts: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'smm-deck-extension-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}
