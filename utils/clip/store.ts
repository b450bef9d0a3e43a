/**
 * The ideas inbox's writes. One clip per URL (a unique index): clipping a URL again updates that
 * clip, merging its tags, and says so. A poorer clip of a known URL (a link to a page already
 * clipped as an article) only adds its tags and note; it never wipes the article.
 */
import { mergeTags, type ClipDraft, type SavedClip } from './draft';
import type { ClipKind, ClipRow, SmmDeckDatabase } from '../platform/db';
import { compact } from '../platform/values';

/** What each kind holds beyond a link; a clip never gives way to a kind that holds less. */
const KIND_RICHNESS: Record<ClipKind, number> = { link: 0, trend: 1, post: 1, selection: 2, article: 2 };

export async function saveClip(db: SmmDeckDatabase, draft: ClipDraft, now: number): Promise<SavedClip> {
  return db.transaction('rw', db.clips, async () => {
    const { tags, note, ...content } = draft;
    const existing = await db.clips.where('url').equals(draft.url).first();
    if (!existing) {
      const row: ClipRow = { ...content, tags: mergeTags(tags), status: 'inbox', createdAt: now, updatedAt: now };
      if (note?.trim()) row.note = note.trim();
      const id = await db.clips.add(row);
      return savedClip({ ...row, id }, false);
    }
    const keepsContent = KIND_RICHNESS[content.kind] < KIND_RICHNESS[existing.kind];
    const row: ClipRow = {
      ...(keepsContent ? existing : { ...withoutContent(existing), ...content }),
      tags: mergeTags(existing.tags, tags),
      updatedAt: now,
    };
    if (note?.trim()) row.note = note.trim();
    await db.clips.put(row);
    return savedClip(row, true);
  });
}

/** The popover's tags and note for a clip just saved: it shows every tag, so its list is the clip's list. */
export async function annotateClip(db: SmmDeckDatabase, id: number, tags: string[], note: string | undefined, now: number): Promise<SavedClip> {
  return db.transaction('rw', db.clips, async () => {
    const row = await db.clips.get(id);
    if (!row) throw new Error(`no clip ${id}`);
    const next: ClipRow = { ...row, tags: mergeTags(tags), updatedAt: now };
    if (note?.trim()) next.note = note.trim();
    else delete next.note;
    await db.clips.put(next);
    return savedClip(next, true);
  });
}

/** The inbox's own fields stay; what the page said is replaced as a whole by the new clip. */
function withoutContent({ id, tags, note, status, planRequested, planItemId, createdAt, updatedAt }: ClipRow) {
  return compact({ id, tags, note, status, planRequested, planItemId, createdAt, updatedAt });
}

function savedClip(row: ClipRow, updated: boolean): SavedClip {
  const saved: SavedClip = { id: row.id!, updated, title: row.title, tags: row.tags };
  if (row.note) saved.note = row.note;
  return saved;
}
