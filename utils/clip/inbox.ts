/** The ideas inbox's search and filters: pure, over the clips the side panel read. */
import type { ClipKind, ClipRow, ClipStatus } from '../platform/db';

export interface InboxFilter {
  query: string;
  kind?: ClipKind;
  /** Undefined shows every status. */
  status?: ClipStatus;
  tag?: string;
}

/** The clips that match, newest first; every word of the query must appear in the title or the text. */
export function filterClips(clips: readonly ClipRow[], filter: InboxFilter): ClipRow[] {
  const words = filter.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const tag = filter.tag?.toLocaleLowerCase();
  return clips
    .filter((clip) => {
      if (filter.kind && clip.kind !== filter.kind) return false;
      if (filter.status && clip.status !== filter.status) return false;
      if (tag && !clip.tags.some((candidate) => candidate.toLocaleLowerCase() === tag)) return false;
      if (words.length === 0) return true;
      const haystack = searchableText(clip);
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => b.createdAt - a.createdAt || (b.id ?? 0) - (a.id ?? 0));
}

/** Every tag in use with how many clips have it, most used first, then by name. */
export function tagCounts(clips: readonly ClipRow[]): { tag: string; count: number }[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const tag of clips.flatMap((clip) => clip.tags)) {
    const key = tag.toLocaleLowerCase();
    const entry = counts.get(key) ?? { tag, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

function searchableText(clip: ClipRow): string {
  return [clip.title, clip.excerpt, clip.text, clip.note, clip.post?.text, clip.post?.authorName, clip.post?.handle, clip.trend?.name, clip.siteName]
    .filter(Boolean)
    .join('\n')
    .toLocaleLowerCase();
}
