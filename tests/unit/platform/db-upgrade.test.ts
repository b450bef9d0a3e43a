import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_HISTORY, SmmDeckDatabase, type SchemaVersion } from '../../../utils/platform/db';

/** One row for any table, shaped to fit every index a table has had. */
function sampleRow(table: string, index: number): Record<string, unknown> {
  return {
    network: 'x',
    handle: `brand${index}`,
    postId: `${table}-${index}`,
    publishedAt: `2023-11-1${index}T10:00:00.000Z`,
    commentId: `${table}-comment-${index}`,
    capturedAt: 1_700_000_000_000 + index,
    firstSeenAt: 1_700_000_000_000,
    lastSeenAt: 1_700_000_000_000 + index,
    url: `https://x.com/brand${index}`,
    tracked: index % 2 === 0,
    own: false,
    followers: 1000 + index,
    metrics: { likes: index },
  };
}

function tablesAt(history: readonly SchemaVersion[]): string[] {
  const tables = new Set<string>();
  for (const { stores } of history) {
    for (const [table, spec] of Object.entries(stores)) {
      if (spec === null) tables.delete(table);
      else tables.add(table);
    }
  }
  return [...tables];
}

async function fillEveryTable(db: Dexie, tables: string[]): Promise<Map<string, unknown[]>> {
  const before = new Map<string, unknown[]>();
  for (const table of tables) {
    await db.table(table).bulkAdd([0, 1, 2].map((index) => sampleRow(table, index)));
    before.set(table, await db.table(table).toArray());
  }
  return before;
}

async function expectRowsIntact(name: string, history: readonly SchemaVersion[], before: Map<string, unknown[]>) {
  const upgraded = new SmmDeckDatabase(name, history);
  await upgraded.open();
  for (const [table, rows] of before) {
    expect(await upgraded.table(table).toArray(), `table ${table}`).toEqual(rows);
  }
  upgraded.close();
}

describe('schema upgrades', () => {
  it.each(SCHEMA_HISTORY.slice(0, -1).map((schema, index) => [schema.version, index] as const))(
    'a database at version %i upgrades to the latest with every row intact',
    async (version, index) => {
      const name = `upgrade-from-${version}`;
      const previous = SCHEMA_HISTORY.slice(0, index + 1);
      const old = new SmmDeckDatabase(name, previous);
      const before = await fillEveryTable(old, tablesAt(previous));
      old.close();
      await expectRowsIntact(name, SCHEMA_HISTORY, before);
    },
  );

  it('the latest schema keeps every row when a future version adds a table and an index', async () => {
    const name = 'upgrade-to-future';
    const current = new SmmDeckDatabase(name);
    const before = await fillEveryTable(current, tablesAt(SCHEMA_HISTORY));
    current.close();
    const latest = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!;
    const future: SchemaVersion = {
      version: latest.version + 1,
      stores: { posts: '[network+postId], [network+handle], lastSeenAt', futureTable: '++id' },
    };
    await expectRowsIntact(name, [...SCHEMA_HISTORY, future], before);
  });

  it('versions only grow and never edit the past', () => {
    const versions = SCHEMA_HISTORY.map((schema) => schema.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
