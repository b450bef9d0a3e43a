/** Rubrics, performers and hashtag sets, and writing an imported CSV plan. */
import type { HashtagSetRow, PerformerRow, RubricRow, SmmDeckDatabase } from '../platform/db';
import type { ImportedPlanRow } from './csv';
import { parseHashtags } from './hashtags';

export const RUBRIC_COLOURS = ['#2f6feb', '#16a34a', '#d97706', '#db2777', '#7c3aed', '#0891b2', '#dc2626', '#65a30d'];

export function saveRubric(db: SmmDeckDatabase, rubric: RubricRow): Promise<number> {
  const name = rubric.name.trim();
  if (!name) throw new Error('A rubric needs a name');
  if (!(rubric.targetShare >= 0 && rubric.targetShare <= 100)) throw new Error('A target share is between 0 and 100 %');
  return db.rubrics.put({ ...rubric, name }) as Promise<number>;
}

export function savePerformer(db: SmmDeckDatabase, performer: PerformerRow): Promise<number> {
  const name = performer.name.trim();
  if (!name) throw new Error('A performer needs a name');
  return db.performers.put({ ...performer, name }) as Promise<number>;
}

export function saveHashtagSet(db: SmmDeckDatabase, set: HashtagSetRow): Promise<number> {
  const name = set.name.trim();
  if (!name) throw new Error('A hashtag set needs a name');
  return db.hashtagSets.put({ ...set, name, hashtags: parseHashtags(set.hashtags.join(' ')) }) as Promise<number>;
}

/** Deleting a rubric or performer leaves its items without one rather than pointing at nothing. */
export async function deleteRubric(db: SmmDeckDatabase, id: number): Promise<void> {
  await db.transaction('rw', db.rubrics, db.planItems, async () => {
    await db.planItems.where('rubricId').equals(id).modify((item) => void delete item.rubricId);
    await db.rubrics.delete(id);
  });
}

export async function deletePerformer(db: SmmDeckDatabase, id: number): Promise<void> {
  await db.transaction('rw', db.performers, db.planItems, async () => {
    await db.planItems.where('assigneeId').equals(id).modify((item) => void delete item.assigneeId);
    await db.performers.delete(id);
  });
}

/** Names an import refers to that do not exist yet: they are created with it. */
export function newNames(rows: readonly ImportedPlanRow[], existing: readonly { name: string }[], pick: (row: ImportedPlanRow) => string | undefined): string[] {
  const known = new Set(existing.map((row) => row.name.toLowerCase()));
  const added = new Map<string, string>();
  for (const row of rows) {
    const name = pick(row);
    // The first spelling wins: "Ivan" then "ivan" is one new performer, Ivan.
    if (name && !known.has(name.toLowerCase()) && !added.has(name.toLowerCase())) added.set(name.toLowerCase(), name);
  }
  return [...added.values()];
}

/** Writes an imported plan in one transaction, creating the rubrics and performers it names. */
export async function importPlanRows(db: SmmDeckDatabase, rows: readonly ImportedPlanRow[], now: number): Promise<number[]> {
  return db.transaction('rw', db.planItems, db.rubrics, db.performers, async () => {
    const rubrics = await db.rubrics.toArray();
    const performers = await db.performers.toArray();
    for (const [index, name] of newNames(rows, rubrics, (row) => row.rubricName).entries()) {
      const colour = RUBRIC_COLOURS[(rubrics.length + index) % RUBRIC_COLOURS.length]!;
      rubrics.push({ id: (await db.rubrics.add({ name, colour, targetShare: 0 })) as number, name, colour, targetShare: 0 });
    }
    for (const name of newNames(rows, performers, (row) => row.assigneeName)) {
      performers.push({ id: (await db.performers.add({ name })) as number, name });
    }
    const idOf = (list: readonly { id?: number; name: string }[], name?: string) =>
      name === undefined ? undefined : list.find((row) => row.name.toLowerCase() === name.toLowerCase())?.id;
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return (await db.planItems.bulkAdd(
      rows.map(({ rubricName, assigneeName, ...row }) => ({
        ...row,
        ...(row.scheduledAt === undefined ? {} : { timeZone }),
        ...(rubricName ? { rubricId: idOf(rubrics, rubricName) } : {}),
        ...(assigneeName ? { assigneeId: idOf(performers, assigneeName) } : {}),
        createdAt: now,
        updatedAt: now,
      })),
      { allKeys: true },
    )) as number[];
  });
}
