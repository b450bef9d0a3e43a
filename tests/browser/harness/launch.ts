/**
 * `npm start` and `npm run demo`: Chromium with the built extension in a fresh profile.
 * With `--demo`, the project's saved social pages are served locally under their real host
 * names, so SMM Deck can be seen working on "https://x.com/…" without network access.
 * Set HEADLESS=1 to check the launch on a machine without a display.
 */
import { launchWithExtension } from './chromium';
import { loadFixtureCases } from '../../unit/networks/fixture-cases';
import { SiteServer } from './site-server';

const demo = process.argv.includes('--demo');
const server = new SiteServer();
const pages = demo ? loadFixtureCases({ includeShared: false }) : [];
for (const page of pages) server.page(page.url, page.html);
await server.start();

const browser = await launchWithExtension({ serverPort: server.port, headless: process.env.HEADLESS === '1' });
console.log(`SMM Deck ${browser.extensionId} is loaded.`);
const first = browser.context.pages()[0] ?? (await browser.context.newPage());
if (demo) {
  const byNetwork = new Map(pages.map((page) => [page.network, page.url]));
  console.log('Demo pages:');
  for (const page of pages) console.log(`  ${page.url}`);
  await first.goto([...byNetwork.values()][0] ?? 'about:blank');
  for (const url of [...byNetwork.values()].slice(1)) await (await browser.context.newPage()).goto(url);
}
await browser.openExtensionPage('sidepanel.html');
console.log('Close the browser window (or press Ctrl+C) to stop.');

const stop = async () => {
  await browser.close().catch(() => undefined);
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
browser.context.on('close', () => void stop());
if (process.env.HEADLESS === '1') await stop();
