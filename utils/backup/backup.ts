/**
 * A backup is one JSON file holding every table and the settings:
 *
 *   { "format": "smm-deck-backup", "backupVersion": 1, "schemaVersion": 1, "exportedAt": "…",
 *     "settings": { …Settings }, "tables": { "accounts": […], "accountSnapshots": […], … } }
 *
 * `backupVersion` is the version of this envelope; `schemaVersion` the database version (db.ts)
 * the rows were read at. Export streams the file a page of rows at a time; import checks the
 * whole file before anything is written, then writes it in one transaction.
 *
 * The tables, and how a backup of an older database version is read, are in backup-schema.ts.
 */
import type { IndexableType } from 'dexie';
import * as v from 'valibot';
import {
  BACKUP_TABLES,
  BACKUP_UPGRADES,
  SETTINGS_KEYS,
  TABLES,
  describeIssue,
  settingsSchema,
  type BackupTableName,
  type BackupTables,
  type RawTables,
  type Row,
  type TableSpec,
} from './schema';
import { LATEST_SCHEMA_VERSION, type SmmDeckDatabase } from '../platform/db';
import type { Settings } from '../platform/settings';

export const BACKUP_FORMAT = 'smm-deck-backup';
export const BACKUP_VERSION = 1;
/** Longest backup text read, in characters (about 512 MB of JSON, which is nearly all ASCII). */
export const MAX_BACKUP_LENGTH = 512_000_000;

/** A backup that cannot be read or restored; the message is a sentence to show the user. */
export class BackupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupError';
  }
}

export { BACKUP_TABLES, type BackupTableName, type BackupTables };

export interface BackupSummary {
  backupVersion: number;
  schemaVersion: number;
  exportedAt: string;
  hasSettings: boolean;
  rows: Record<string, number>;
}

export interface ParsedBackup {
  summary: BackupSummary;
  settings?: Settings;
  tables: BackupTables;
}

// ---------------------------------------------------------------------------------------------
// Export

export interface ExportOptions {
  /** Rows read and written per chunk. */
  pageSize?: number;
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
}

/**
 * Streams the backup as JSON text chunks, a page of rows at a time, each table in primary-key
 * order. Pages are read one after another, not in one transaction (a file being written would
 * let it close), so rows captured meanwhile may or may not be included; `total` is counted at
 * the start and grows if more rows turn up.
 */
export async function* exportBackupChunks(
  db: SmmDeckDatabase,
  settings: Settings,
  options: ExportOptions = {},
): AsyncGenerator<string> {
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? 1_000));
  const exportedAt = (options.now?.() ?? new Date()).toISOString();
  let total = 0;
  for (const name of BACKUP_TABLES) total += await TABLES[name].table(db).count();
  let done = 0;
  options.onProgress?.(done, total);
  const known = Object.fromEntries(SETTINGS_KEYS.map((key) => [key, settings[key]]));
  yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"backupVersion":${BACKUP_VERSION},` +
    `"schemaVersion":${LATEST_SCHEMA_VERSION},"exportedAt":${JSON.stringify(exportedAt)},\n` +
    `"settings":${JSON.stringify(known)},\n"tables":{`;
  for (const [index, name] of BACKUP_TABLES.entries()) {
    yield `${index === 0 ? '' : ','}\n${JSON.stringify(name)}:[`;
    const spec: TableSpec<BackupTableName> = TABLES[name];
    const table = spec.table(db);
    let last: IndexableType | undefined;
    for (;;) {
      const query = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
      const rows = await query.limit(pageSize).toArray();
      if (rows.length === 0) break;
      yield `${last === undefined ? '\n' : ',\n'}${rows.map((row) => JSON.stringify(row)).join(',\n')}`;
      last = spec.primaryKey(rows[rows.length - 1]!);
      done += rows.length;
      total = Math.max(total, done);
      options.onProgress?.(done, total);
      if (rows.length < pageSize) break;
    }
    yield ']';
  }
  yield '}}\n';
  if (done !== total) options.onProgress?.(done, done);
}

// ---------------------------------------------------------------------------------------------
// Import

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const wholeNumber = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;

/** Parses and fully checks a backup file's text; writes nothing. Throws BackupError. */
export function parseBackup(text: string, options: { maxLength?: number } = {}): ParsedBackup {
  const maxLength = options.maxLength ?? MAX_BACKUP_LENGTH;
  if (text.length > maxLength) {
    throw new BackupError(
      `The file is too large to be an SMM Deck backup (${megabytes(text.length)} MB; the limit is ${megabytes(maxLength)} MB).`,
    );
  }
  if (text.trim() === '') throw new BackupError('The file is empty; it is not an SMM Deck backup.');
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupError(`The file is not valid JSON (it may be cut short): ${clip(reason, 200)}`, { cause: error });
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) {
    throw new BackupError(`This is not an SMM Deck backup (no "format": "${BACKUP_FORMAT}").`);
  }
  const { backupVersion, schemaVersion, exportedAt } = data;
  if (!wholeNumber(backupVersion)) throw new BackupError("The backup's backupVersion must be a whole number, 1 or more.");
  if (backupVersion > BACKUP_VERSION) {
    throw new BackupError(
      `This backup was made by a newer SMM Deck (backup format version ${backupVersion}); this one reads up to version ${BACKUP_VERSION}. Update SMM Deck first.`,
    );
  }
  if (!wholeNumber(schemaVersion)) throw new BackupError("The backup's schemaVersion must be a whole number, 1 or more.");
  if (schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new BackupError(
      `This backup was made by a newer SMM Deck (database version ${schemaVersion}); this one reads up to version ${LATEST_SCHEMA_VERSION}. Update SMM Deck first.`,
    );
  }
  const envelope = new Set(['format', 'backupVersion', 'schemaVersion', 'exportedAt', 'settings', 'tables']);
  const stray = Object.keys(data).find((key) => !envelope.has(key));
  if (stray !== undefined) throw new BackupError(`The backup has a field SMM Deck does not know: ${JSON.stringify(stray)}.`);
  if (typeof exportedAt !== 'string' || !v.is(v.pipe(v.string(), v.isoTimestamp()), exportedAt)) {
    throw new BackupError("The backup's exportedAt must be a date and time such as 2026-11-27T10:00:00.000Z.");
  }

  let settings: Settings | undefined;
  if ('settings' in data) {
    const result = v.safeParse(settingsSchema, data.settings, { abortEarly: true });
    if (!result.success) throw new BackupError(`The backup's settings: ${describeIssue(result.issues, 'the settings')}.`);
    settings = result.output;
  }

  if (!('tables' in data)) throw new BackupError('The backup has no tables.');
  if (!isObject(data.tables)) throw new BackupError("The backup's tables must be an object, one list of rows per table.");
  const raw = upgradeTables(data.tables, schemaVersion);
  const unknown = Object.keys(raw).find((name) => !Object.hasOwn(TABLES, name));
  if (unknown !== undefined) throw new BackupError(`The backup has a table SMM Deck does not know: ${JSON.stringify(unknown)}.`);

  const tables = {} as BackupTables;
  const rows: Record<string, number> = {};
  for (const name of BACKUP_TABLES) {
    const checked = checkTable(name, raw[name], schemaVersion);
    (tables as Record<BackupTableName, unknown[]>)[name] = checked;
    rows[name] = checked.length;
  }
  return {
    summary: { backupVersion, schemaVersion, exportedAt, hasSettings: settings !== undefined, rows },
    ...(settings === undefined ? {} : { settings }),
    tables,
  };
}

function upgradeTables(tables: RawTables, schemaVersion: number): RawTables {
  let upgraded = { ...tables };
  for (let version = schemaVersion; version < LATEST_SCHEMA_VERSION; version++) {
    const step = BACKUP_UPGRADES[version];
    if (!step) continue;
    try {
      upgraded = step(upgraded);
    } catch (error) {
      throw new BackupError(`The backup could not be brought up from database version ${version} to ${version + 1}; it may be damaged.`, { cause: error });
    }
  }
  return upgraded;
}

function checkTable<K extends BackupTableName>(name: K, raw: unknown, schemaVersion: number): Row<K>[] {
  const spec: TableSpec<K> = TABLES[name];
  if (raw === undefined) {
    if (schemaVersion < spec.since) return [];
    throw new BackupError(`The backup is missing the ${name} table.`);
  }
  if (!Array.isArray(raw)) throw new BackupError(`The backup's ${name} table must be a list of rows.`);
  const seen = new Set<string>();
  const checked: Row<K>[] = [];
  for (const [index, row] of raw.entries()) {
    const result = v.safeParse(spec.schema, row, { abortEarly: true });
    if (!result.success) {
      throw new BackupError(`The backup's ${name} table, row ${index + 1}: ${describeIssue(result.issues, 'the row')}.`);
    }
    const label = spec.label(result.output);
    if (label !== undefined) {
      if (seen.has(label)) throw new BackupError(`The backup's ${name} table lists ${label} twice.`);
      seen.add(label);
    }
    checked.push(result.output);
  }
  return checked;
}

// ---------------------------------------------------------------------------------------------
// Restore

/**
 * Writes a parsed backup in one read-write transaction over every table. 'replace' clears the
 * tables first and keeps snapshot ids; 'merge' upserts accounts and posts by primary key and adds
 * only the snapshots whose capture (network, handle or post, capturedAt) is not stored yet, under
 * new ids. Returns the rows written per table. On any failure nothing is changed. Settings are
 * not written here: they live in extension storage, and the caller saves `backup.settings`.
 */
export async function restoreBackup(
  db: SmmDeckDatabase,
  backup: ParsedBackup,
  mode: 'merge' | 'replace',
  options: { batchSize?: number } = {},
): Promise<Record<string, number>> {
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 2_000));
  const written: Record<string, number> = {};
  try {
    await db.transaction('rw', BACKUP_TABLES.map((name) => TABLES[name].table(db)), async () => {
      if (mode === 'replace') {
        for (const name of BACKUP_TABLES) await TABLES[name].table(db).clear();
      }
      for (const name of BACKUP_TABLES) {
        written[name] = await writeTable(db, name, backup.tables[name], mode, batchSize);
      }
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupError(`Restoring the backup failed, so nothing was changed: ${clip(reason, 300)}`, { cause: error });
  }
  return written;
}

async function writeTable<K extends BackupTableName>(
  db: SmmDeckDatabase,
  name: K,
  rows: Row<K>[],
  mode: 'merge' | 'replace',
  batchSize: number,
): Promise<number> {
  const spec: TableSpec<K> = TABLES[name];
  const table = spec.table(db);
  if (!spec.capture) {
    for (let start = 0; start < rows.length; start += batchSize) await table.bulkPut(rows.slice(start, start + batchSize));
    return rows.length;
  }
  let pending: Row<K>[];
  if (mode === 'replace') {
    // Rows with an id first, so that an id the database picks cannot take one a later row holds.
    const hasId = (row: Row<K>) => (row as { id?: number }).id !== undefined;
    pending = [...rows.filter(hasId), ...rows.filter((row) => !hasId(row))];
  } else {
    pending = [];
    const { index, key } = spec.capture;
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize);
      const stored = await table.where(index).anyOf(batch.map(key)).keys();
      const present = new Set(stored.map((found) => JSON.stringify(found)));
      for (const row of batch) {
        if (present.has(JSON.stringify(key(row)))) continue;
        const { id: _id, ...rest } = row as Row<K> & { id?: number };
        pending.push(rest as Row<K>);
      }
    }
  }
  for (let start = 0; start < pending.length; start += batchSize) await table.bulkAdd(pending.slice(start, start + batchSize));
  return pending.length;
}

function megabytes(chars: number): string {
  return (chars / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 });
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
