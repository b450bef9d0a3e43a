import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import type { PageCapture } from '../../../utils/networks/types';
import { OFFLINE_PAGE_SETTINGS } from '../offline-page-settings';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES_DIR = join(repoRoot, 'tests/fixtures/networks');
/** Real captures shared by the team (`../shared/fixtures/`); CI lays them beside the clone. */
export const SHARED_FIXTURES_DIR = resolve(repoRoot, '../shared/fixtures');

/**
 * One fixture case: `tests/fixtures/networks/<network>/<name>.json` holds the page's URL and the
 * full capture expected from it; the page is `<name>.html` beside it, or `shared` names a real
 * capture under `../shared/fixtures/`.
 */
export interface FixtureCase {
  network: string;
  name: string;
  url: string;
  html: string;
  expected: PageCapture;
  /** Metrics that are sums of several counts on the page (Telegram's reactions): damage may shrink them. */
  summedMetrics: string[];
}

interface FixtureSpec {
  url: string;
  shared?: string;
  summedMetrics?: string[];
  expected: PageCapture;
}

/** Every fixture case; without `includeShared`, only the pages the project itself holds (for the demo). */
export function loadFixtureCases({ includeShared = true } = {}): FixtureCase[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(FIXTURES_DIR, dir.name))
        .filter((file) => file.endsWith('.json'))
        .filter((file) => includeShared || existsSync(join(FIXTURES_DIR, dir.name, file.replace(/\.json$/, '.html'))))
        .map((file) => loadFixtureCase(dir.name, join(FIXTURES_DIR, dir.name, file))),
    );
}

function loadFixtureCase(network: string, specPath: string): FixtureCase {
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as FixtureSpec;
  const htmlPath = spec.shared
    ? join(SHARED_FIXTURES_DIR, spec.shared)
    : specPath.replace(/\.json$/, '.html');
  if (!existsSync(htmlPath)) {
    throw new Error(`Fixture page ${htmlPath} is missing (for ${specPath}); shared/ must sit beside the repo.`);
  }
  return {
    network,
    name: basename(specPath, '.json'),
    url: spec.url,
    html: readFileSync(htmlPath, 'utf8'),
    expected: spec.expected,
    summedMetrics: spec.summedMetrics ?? [],
  };
}

/**
 * Runs `read` on the saved page, parsed in a browser window of its own that is closed afterwards:
 * happy-dom keeps every document a window ever parsed, and fifty saved pages with their damaged
 * copies would fill the test worker's memory. The window never loads or runs anything the page
 * links. Frames are dropped first: they hold no posts (a content script cannot read another
 * origin's frame) and happy-dom would try, and loudly fail, to load them.
 */
export async function withPage<T>(html: string, read: (doc: Document) => T): Promise<T> {
  const window = new Window({ settings: OFFLINE_PAGE_SETTINGS });
  try {
    const page = html.replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '');
    return read(new window.DOMParser().parseFromString(page, 'text/html') as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}
