/**
 * "Add to plan": a content-plan item in the `idea` column, prefilled from the clip, and the clip
 * marked `planned` with the item's id, in one transaction. Asking twice gives the same item, as
 * long as it still exists.
 */
import type { ClipRow, PlanItemRow, SmmDeckDatabase } from '../platform/db';

export async function addClipToPlan(db: SmmDeckDatabase, clipId: number, now: number): Promise<number> {
  return db.transaction('rw', db.clips, db.planItems, async () => {
    const clip = await db.clips.get(clipId);
    if (!clip) throw new Error(`no clip ${clipId}`);
    const planned = clip.planItemId;
    if (planned !== undefined && (await db.planItems.get(planned))) return planned;
    // An auto-incremented key is always given back.
    const planItemId = (await db.planItems.add(planItemFromClip(clip, now)))!;
    const { planRequested: _asked, ...rest } = clip;
    await db.clips.put({ ...rest, status: 'planned', planItemId, updatedAt: now });
    return planItemId;
  });
}

export function planItemFromClip(clip: ClipRow, now: number): PlanItemRow {
  const item: PlanItemRow = {
    title: clip.title,
    body: clip.excerpt ?? clip.post?.text ?? clip.text?.slice(0, 500) ?? '',
    networks: clip.post ? [clip.post.network] : clip.trend ? [clip.trend.network] : [],
    status: 'idea',
    hashtags: clip.trend?.name.startsWith('#') ? [clip.trend.name] : [],
    links: [clip.url],
    createdAt: now,
    updatedAt: now,
  };
  if (clip.id !== undefined) item.clipId = clip.id;
  return item;
}
