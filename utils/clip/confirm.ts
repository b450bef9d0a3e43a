/** Saves a clip from the page it was made on and confirms it there, in the popover. */
import type { ClipDraft } from './draft';
import { showClipPopover, type ClipOutcome } from './popover';
import { sendCommand } from '../platform/messages';

export async function clipAndConfirm(document: Document, draft: ClipDraft, anchor?: Element): Promise<ClipOutcome> {
  let outcome: ClipOutcome;
  try {
    outcome = { ok: true, saved: await sendCommand('clip.save', { clip: draft }) };
  } catch (error) {
    outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const id = outcome.ok ? outcome.saved.id : 0;
  showClipPopover({
    document,
    outcome,
    anchor,
    annotate: (tags, note) => sendCommand('clip.annotate', note === undefined ? { id, tags } : { id, tags, note }),
  });
  return outcome;
}
