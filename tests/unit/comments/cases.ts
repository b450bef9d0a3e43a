import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import type { CapturedComment } from '../../../utils/comments/types';
import { OFFLINE_PAGE_SETTINGS } from '../offline-page-settings';

const fixturesRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
export const COMMENT_FIXTURES_DIR = join(fixturesRoot, 'comments');

/**
 * One comment fixture: `tests/fixtures/comments/<network>/<name>.json` holds the page's URL and
 * every comment expected from it; the page is `<name>.html` beside it, or `page` names a saved
 * page of the capture fixtures (`networks/x/status-en.html`) that also shows comments.
 */
export interface CommentCase {
  network: string;
  name: string;
  url: string;
  html: string;
  expected: CapturedComment[];
}

export function loadCommentCases(): CommentCase[] {
  return readdirSync(COMMENT_FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(COMMENT_FIXTURES_DIR, dir.name))
        .filter((file) => file.endsWith('.json'))
        .map((file) => {
          const specPath = join(COMMENT_FIXTURES_DIR, dir.name, file);
          const spec = JSON.parse(readFileSync(specPath, 'utf8')) as { url: string; page?: string; expected: CapturedComment[] };
          const htmlPath = spec.page ? join(fixturesRoot, spec.page) : specPath.replace(/\.json$/, '.html');
          if (!existsSync(htmlPath)) throw new Error(`Comment fixture page ${htmlPath} is missing (for ${specPath})`);
          return { network: dir.name, name: basename(file, '.json'), url: spec.url, html: readFileSync(htmlPath, 'utf8'), expected: spec.expected };
        }),
    );
}

/** The saved page as a document at its real URL, scripts never run. */
export function parsePage(html: string, url: string): Document {
  const window = new Window({ url, settings: OFFLINE_PAGE_SETTINGS });
  window.document.write(html);
  return window.document as unknown as Document;
}
