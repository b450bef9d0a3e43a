import type { ClipRow } from '../platform/db';

/** What a page hands over to be clipped: a clip without the inbox's own bookkeeping. */
export type ClipDraft = Omit<ClipRow, 'id' | 'tags' | 'note' | 'status' | 'planRequested' | 'planItemId' | 'createdAt' | 'updatedAt'> & {
  tags?: string[];
  note?: string;
};

export interface SavedClip {
  id: number;
  /** The URL was in the inbox already: that clip was updated, its tags merged. */
  updated: boolean;
  title: string;
  tags: string[];
  note?: string;
}

export const MAX_TAGS = 30;
export const MAX_TAG_LENGTH = 50;

/**
 * Tags as the user means them: trimmed, without a leading `#`, one of each regardless of case
 * (the first spelling wins), at most 30.
 */
export function mergeTags(...lists: readonly (readonly string[] | undefined)[]): string[] {
  const merged = new Map<string, string>();
  for (const tag of lists.flatMap((list) => list ?? [])) {
    const clean = tag.trim().replace(/^#+/, '').replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH);
    const key = clean.toLocaleLowerCase();
    if (clean && !merged.has(key)) merged.set(key, clean);
  }
  return [...merged.values()].slice(0, MAX_TAGS);
}

/** Tags typed in one field, separated by commas (or spaces before a `#`). */
export function parseTagInput(input: string): string[] {
  return mergeTags(input.split(/,|\s+(?=#)/));
}
