import { hashtagsIn } from './text-limits';

/** `#tag` from `tag`, `#tag` or ` #tag `; undefined when nothing is left. */
export function normalizeHashtag(value: string): string | undefined {
  const tag = value.trim().replace(/^#+/, '').replace(/\s+/g, '_');
  return tag ? `#${tag}` : undefined;
}

/** Hashtags from text the user typed: separated by spaces, commas or new lines. */
export function parseHashtags(value: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of value.split(/[\s,;]+/)) {
    const tag = normalizeHashtag(part);
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}

/**
 * Adds a hashtag set to the text: the tags it already has (in any case) are skipped; the rest go
 * on the last line if that line holds only hashtags, else on a new paragraph.
 */
export function insertHashtags(text: string, set: readonly string[]): string {
  const present = new Set(hashtagsIn(text).map((tag) => `#${tag.toLowerCase()}`));
  const missing = parseHashtags(set.join(' ')).filter((tag) => !present.has(tag.toLowerCase()));
  if (missing.length === 0) return text;
  const trimmed = text.replace(/\s+$/, '');
  if (!trimmed) return missing.join(' ');
  const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  const separator = /^(#[\p{L}\p{N}_]+\s*)+$/u.test(lastLine) ? ' ' : '\n\n';
  return `${trimmed}${separator}${missing.join(' ')}`;
}
