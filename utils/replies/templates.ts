/**
 * The reply template library in the `replyTemplates` table: saving with checks, usage counting,
 * and the JSON file a user exports and imports. A file is validated whole before anything is
 * written; a bad one changes nothing and the error names the problem.
 */
import * as v from 'valibot';
import type { ReplyTemplateRow, SmmDeckDatabase } from '../platform/db';
import type { Network } from '../networks/types';
import { NETWORKS } from '../networks/names';
import type { ShortcutTemplate } from './shortcuts';

export type TemplateDraft = Pick<ReplyTemplateRow, 'title' | 'text' | 'folder' | 'networks'> & { shortcut?: string };

export const TEMPLATE_FILE_FORMAT = 'smm-deck-reply-templates';
const TEMPLATE_FILE_VERSION = 1;

const trimmed = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, `must be at most ${max} characters`));
const draftSchema = v.strictObject({
  title: v.pipe(trimmed(200), v.minLength(1, 'must not be empty')),
  text: v.pipe(v.string(), v.maxLength(10_000, 'must be at most 10000 characters'), v.check((text) => text.trim() !== '', 'must not be empty')),
  folder: v.optional(trimmed(100), ''),
  shortcut: v.optional(
    v.pipe(v.string(), v.trim(), v.regex(/^(\S{2,32})?$/, 'must be 2 to 32 characters without spaces, such as ;thanks')),
  ),
  networks: v.optional(v.array(v.picklist(NETWORKS, 'is not a network SMM Deck knows')), []),
});

const fileSchema = v.strictObject({
  format: v.literal(TEMPLATE_FILE_FORMAT, `is not "${TEMPLATE_FILE_FORMAT}": this is not an SMM Deck reply template file`),
  version: v.pipe(v.number(), v.integer(), v.maxValue(TEMPLATE_FILE_VERSION, 'is newer than this version of SMM Deck reads')),
  exportedAt: v.optional(v.string()),
  templates: v.pipe(v.array(draftSchema), v.maxLength(5_000)),
});

export class TemplateProblem extends Error {
  override name = 'TemplateProblem';
}

/** A draft with its text tidied, or a TemplateProblem naming the field. */
export function checkDraft(draft: TemplateDraft): TemplateDraft {
  const result = v.safeParse(draftSchema, draft);
  if (!result.success) throw new TemplateProblem(describeIssue(result.issues[0]));
  const { shortcut, ...rest } = result.output;
  return shortcut ? { ...rest, shortcut } : rest;
}

/** Adds a template (no id) or changes one; a shortcut already taken by another is refused. */
export async function saveTemplate(db: SmmDeckDatabase, draft: TemplateDraft, id: number | undefined, now: number): Promise<number> {
  const clean = checkDraft(draft);
  return db.transaction('rw', db.replyTemplates, async () => {
    await refuseTakenShortcut(db, clean.shortcut, id);
    if (id === undefined) {
      return (await db.replyTemplates.add({ ...clean, usageCount: 0, createdAt: now, updatedAt: now }))!;
    }
    const current = await db.replyTemplates.get(id);
    if (!current) throw new TemplateProblem('this template no longer exists');
    const { shortcut: _old, ...kept } = current;
    await db.replyTemplates.put({ ...kept, ...clean, id, updatedAt: now });
    return id;
  });
}

export async function markTemplateUsed(db: SmmDeckDatabase, id: number, now: number): Promise<number> {
  return db.transaction('rw', db.replyTemplates, async () => {
    const current = await db.replyTemplates.get(id);
    if (!current) throw new Error(`no reply template ${id}`);
    const usageCount = current.usageCount + 1;
    await db.replyTemplates.update(id, { usageCount, lastUsedAt: now });
    return usageCount;
  });
}

export async function shortcutTemplates(db: SmmDeckDatabase, network: Network): Promise<ShortcutTemplate[]> {
  const rows = await db.replyTemplates.toArray();
  return rows
    .filter((row): row is ReplyTemplateRow & { id: number; shortcut: string } => Boolean(row.id && row.shortcut))
    .filter((row) => row.networks.length === 0 || row.networks.includes(network))
    .map(({ id, title, text, shortcut, networks }) => ({ id, title, text, shortcut, networks }));
}

/** Templates whose title, text, folder or shortcut contain `query` (any case), by folder then title. */
export function searchTemplates(rows: readonly ReplyTemplateRow[], query: string): ReplyTemplateRow[] {
  const wanted = query.trim().toLocaleLowerCase();
  const found = wanted
    ? rows.filter((row) => [row.title, row.text, row.folder, row.shortcut ?? ''].some((field) => field.toLocaleLowerCase().includes(wanted)))
    : [...rows];
  return found.sort((a, b) => a.folder.localeCompare(b.folder) || a.title.localeCompare(b.title));
}

export function exportTemplates(rows: readonly ReplyTemplateRow[], now: number): string {
  const templates = rows.map(({ title, text, folder, shortcut, networks }) => (shortcut ? { title, text, folder, shortcut, networks } : { title, text, folder, networks }));
  return `${JSON.stringify({ format: TEMPLATE_FILE_FORMAT, version: TEMPLATE_FILE_VERSION, exportedAt: new Date(now).toISOString(), templates }, null, 2)}\n`;
}

/** The templates of an exported file, or a TemplateProblem naming what is wrong with it. */
export function parseTemplateFile(json: string): TemplateDraft[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new TemplateProblem(`the file is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const result = v.safeParse(fileSchema, data);
  if (!result.success) throw new TemplateProblem(describeIssue(result.issues[0]));
  const drafts = result.output.templates.map(({ shortcut, ...rest }): TemplateDraft => (shortcut ? { ...rest, shortcut } : rest));
  const seen = new Map<string, string>();
  for (const draft of drafts) {
    if (!draft.shortcut) continue;
    const other = seen.get(draft.shortcut);
    if (other !== undefined) throw new TemplateProblem(`the shortcut ${draft.shortcut} is given to both "${other}" and "${draft.title}"`);
    seen.set(draft.shortcut, draft.title);
  }
  return drafts;
}

/**
 * Adds the file's templates; one with the same folder and title as a saved template replaces its
 * text, shortcut and networks and keeps its usage. All or nothing.
 */
export async function importTemplates(db: SmmDeckDatabase, json: string, now: number): Promise<{ added: number; updated: number }> {
  const drafts = parseTemplateFile(json);
  return db.transaction('rw', db.replyTemplates, async () => {
    const existing = await db.replyTemplates.toArray();
    const byName = new Map(existing.map((row) => [nameKey(row), row]));
    let added = 0;
    let updated = 0;
    for (const draft of drafts) {
      const current = byName.get(nameKey(draft));
      const holder = draft.shortcut ? existing.find((row) => row.shortcut === draft.shortcut && row !== current) : undefined;
      if (holder && !drafts.some((other) => nameKey(other) === nameKey(holder))) {
        throw new TemplateProblem(`the shortcut ${draft.shortcut} of "${draft.title}" is already used by "${holder.title}"`);
      }
      if (current) {
        const { shortcut: _old, ...kept } = current;
        await db.replyTemplates.put({ ...kept, ...draft, updatedAt: now });
        updated += 1;
      } else {
        await db.replyTemplates.add({ ...draft, usageCount: 0, createdAt: now, updatedAt: now });
        added += 1;
      }
    }
    return { added, updated };
  });
}

async function refuseTakenShortcut(db: SmmDeckDatabase, shortcut: string | undefined, id: number | undefined): Promise<void> {
  if (!shortcut) return;
  const holder = (await db.replyTemplates.where('shortcut').equals(shortcut).toArray()).find((row) => row.id !== id);
  if (holder) throw new TemplateProblem(`the shortcut ${shortcut} is already used by "${holder.title}"`);
}

const nameKey = (template: { folder: string; title: string }) => `${template.folder}\u0000${template.title}`;

function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'the file could not be read';
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return path ? `${path}: ${issue.message}` : issue.message;
}
