/**
 * What the injected clipper (entrypoints/clipper.ts) does when the background or the popup asks:
 * clip the page, the selection or a link, then confirm in the page. Nothing here throws into the
 * page: a failure comes back as `{ ok: false, error }`.
 */
import { clipAndConfirm } from './confirm';
import { clipArticle, clipLink, clipSelection } from './extract';
import type { ClipRequest } from './inject';
import type { ClipOutcome } from './popover';

export async function clipThisPage(document: Document, request: ClipRequest): Promise<ClipOutcome> {
  try {
    const draft =
      request.mode === 'link'
        ? clipLink(document, request.linkUrl)
        : request.mode === 'selection'
          ? (clipSelection(document, document.getSelection()) ?? clipArticle(document))
          : clipArticle(document);
    return await clipAndConfirm(document, draft);
  } catch (error) {
    console.error('[SMM Deck] could not clip this page', error);
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
