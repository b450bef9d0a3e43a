import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, MAX_BACKUP_LENGTH, parseBackup, restoreBackup } from '../../../utils/backup/backup';
import { TABLES } from '../../../utils/backup/schema';
import { LATEST_SCHEMA_VERSION, SmmDeckDatabase } from '../../../utils/platform/db';
import { DEFAULT_SETTINGS } from '../../../utils/platform/settings';
import { HTML_TEXT, SAMPLE_SETTINGS, dump, exportText, fill, freshName, generateDataSet } from './fixtures';

// `any`: the cases edit a parsed backup freely, as a hand-edited file would be.
type Json = Record<string, any>;

let source: SmmDeckDatabase;
let target: SmmDeckDatabase;
let validText: string;
let before: Awaited<ReturnType<typeof dump>>;

beforeAll(async () => {
  source = new SmmDeckDatabase(freshName('bad-source'));
  await fill(source, generateDataSet(11, { accounts: 30, posts: 40 }));
  validText = await exportText(source, SAMPLE_SETTINGS, { pageSize: 7 });
  target = new SmmDeckDatabase(freshName('bad-target'));
  await fill(target, generateDataSet(12, { accounts: 20, posts: 25 }));
  before = await dump(target);
});

afterAll(async () => {
  for (const db of [source, target]) {
    db.close();
    await db.delete();
  }
});

/** The valid backup, changed by `edit`, as text. */
function edited(edit: (backup: Json) => void): string {
  const backup = JSON.parse(validText) as Json;
  edit(backup);
  return JSON.stringify(backup);
}

/** What the UI does with a chosen file: parse, then restore; the error it would show. */
async function tryRestore(text: string): Promise<unknown> {
  try {
    await restoreBackup(target, parseBackup(text), 'replace');
  } catch (error) {
    return error;
  }
  return undefined;
}

const cases: [string, () => string, RegExp][] = [
  ['not JSON', () => 'Name,Followers\nbrand,100\n', /^The file is not valid JSON \(it may be cut short\): /],
  ['empty file', () => '', /^The file is empty; it is not an SMM Deck backup\.$/],
  ['a file of blank lines', () => '\n \n', /^The file is empty/],
  ['JSON cut in the middle', () => validText.slice(0, Math.floor(validText.length / 2)), /^The file is not valid JSON \(it may be cut short\): /],
  ['JSON missing its last brace', () => validText.trimEnd().slice(0, -1), /^The file is not valid JSON/],
  ['another format marker', () => edited((b) => (b.format = 'other-backup')), /^This is not an SMM Deck backup \(no "format": "smm-deck-backup"\)\.$/],
  ['no format marker', () => edited((b) => delete b.format), /^This is not an SMM Deck backup/],
  ['a JSON list', () => '[1, 2, 3]', /^This is not an SMM Deck backup/],
  ['a JSON string', () => '"smm-deck-backup"', /^This is not an SMM Deck backup/],
  ['null', () => 'null', /^This is not an SMM Deck backup/],
  ['backupVersion too new', () => edited((b) => (b.backupVersion = 2)),
    /^This backup was made by a newer SMM Deck \(backup format version 2\); this one reads up to version 1\. Update SMM Deck first\.$/],
  ['schemaVersion too new', () => edited((b) => (b.schemaVersion = LATEST_SCHEMA_VERSION + 6)),
    new RegExp(`^This backup was made by a newer SMM Deck \\(database version ${LATEST_SCHEMA_VERSION + 6}\\); this one reads up to version ${LATEST_SCHEMA_VERSION}\\. Update SMM Deck first\\.$`)],
  ['schemaVersion as text', () => edited((b) => (b.schemaVersion = '1')), /^The backup's schemaVersion must be a whole number, 1 or more\.$/],
  ['schemaVersion 0', () => edited((b) => (b.schemaVersion = 0)), /^The backup's schemaVersion must be a whole number/],
  ['backupVersion missing', () => edited((b) => delete b.backupVersion), /^The backup's backupVersion must be a whole number/],
  ['exportedAt not a date', () => edited((b) => (b.exportedAt = 'last Tuesday')), /^The backup's exportedAt must be a date and time/],
  ['a field of the future', () => edited((b) => (b.checksum = 'abc')), /^The backup has a field SMM Deck does not know: "checksum"\.$/],
  ['no tables', () => edited((b) => delete b.tables), /^The backup has no tables\.$/],
  ['tables as a list', () => edited((b) => (b.tables = [])), /^The backup's tables must be an object/],
  ['missing table', () => edited((b) => delete b.tables.posts), /^The backup is missing the posts table\.$/],
  ['a table from the future', () => edited((b) => (b.tables.futureTable = [])), /^The backup has a table SMM Deck does not know: "futureTable"\.$/],
  ['a table that is no list', () => edited((b) => (b.tables.accounts = { x: 1 })), /^The backup's accounts table must be a list of rows\.$/],
  ['a row that is no object', () => edited((b) => (b.tables.posts[2] = 'post')), /^The backup's posts table, row 3: the row must be an object\.$/],
  ['a count as text', () => edited((b) => (b.tables.posts[16].metrics = { likes: '12' })), /^The backup's posts table, row 17: metrics\.likes must be a number\.$/],
  ['a fractional count', () => edited((b) => (b.tables.posts[16].metrics = { likes: 1.5 })), /^The backup's posts table, row 17: metrics\.likes must be a whole number\.$/],
  ['negative views', () => edited((b) => (b.tables.postSnapshots[4].metrics = { views: -3 })), /^The backup's postSnapshots table, row 5: metrics\.views must not be negative\.$/],
  ['negative followers', () => edited((b) => (b.tables.accountSnapshots[0].followers = -1)), /^The backup's accountSnapshots table, row 1: followers must not be negative\.$/],
  ['followers as text', () => edited((b) => (b.tables.accounts[1].followers = '1.2K')), /^The backup's accounts table, row 2: followers must be a number\.$/],
  ['an unknown metric', () => edited((b) => (b.tables.posts[0].metrics = { hearts: 3 })), /^The backup's posts table, row 1: metrics\.hearts is not a field SMM Deck knows\.$/],
  ['an unknown network', () => edited((b) => (b.tables.accounts[0].network = 'myspace')),
    /^The backup's accounts table, row 1: network must be one of the networks SMM Deck reads \(x, telegram, .*\), not "myspace"\.$/],
  ['a timestamp as text', () => edited((b) => (b.tables.postSnapshots[0].capturedAt = '2026-11-27')), /^The backup's postSnapshots table, row 1: capturedAt must be a number/],
  ['a published date that is no date', () => edited((b) => (b.tables.posts[0].publishedAt = 'yesterday')), /^The backup's posts table, row 1: publishedAt must be a date and time/],
  ['a boolean as text', () => edited((b) => (b.tables.accounts[0].tracked = 'yes')), /^The backup's accounts table, row 1: tracked must be true or false\.$/],
  ['a missing field', () => edited((b) => delete b.tables.posts[3].url), /^The backup's posts table, row 4: url is missing\.$/],
  ['an unknown field in a row', () => edited((b) => (b.tables.accounts[0].avatar = 'x')), /^The backup's accounts table, row 1: avatar is not a field SMM Deck knows\.$/],
  ['a javascript: link', () => edited((b) => (b.tables.posts[0].url = 'javascript:alert(1)')), /^The backup's posts table, row 1: url must be an http\(s\) address\.$/],
  ['an empty handle', () => edited((b) => (b.tables.accounts[0].handle = '')), /^The backup's accounts table, row 1: handle must not be empty\.$/],
  ['an overlong text', () => edited((b) => (b.tables.posts[0].text = 'a'.repeat(100_001))), /^The backup's posts table, row 1: text must be at most 100,000 characters long\.$/],
  ['a snapshot id of 0', () => edited((b) => (b.tables.postSnapshots[0].id = 0)), /^The backup's postSnapshots table, row 1: id must be 1 or more\.$/],
  ['a contest proof with a javascript: link', () => edited((b) => (b.tables.contests[0].proof.postUrl = 'javascript:alert(1)')), /^The backup's contests table, row 1: proof\.postUrl must be an http\(s\) address\.$/],
  ['a contest seed that is no seed', () => edited((b) => (b.tables.contests[1].proof.seed = 'seed')), /^The backup's contests table, row 2: proof\.seed must be 64 lowercase hex digits \(32 bytes\)\.$/],
  ['a plan status that does not exist', () => edited((b) => (b.tables.planItems[0].status = 'done')),
    /^The backup's planItems table, row 1: status must be one of idea, draft, review, approved, scheduled, published, cancelled\.$/],
  ['a plan variant for an unknown network', () => edited((b) => (b.tables.planItems[0].variants = { orkut: 'hi' })),
    /^The backup's planItems table, row 1: variants must map network names to texts\.$/],
  ['a plan link that is javascript:', () => edited((b) => (b.tables.planItems[0].links = ['javascript:alert(1)'])),
    /^The backup's planItems table, row 1: links\[0\] must be an http\(s\) address\.$/],
  ['a rubric colour that is CSS', () => edited((b) => (b.tables.rubrics[0].colour = 'red;background:url(x)')),
    /^The backup's rubrics table, row 1: colour must be a colour such as #2f6feb\.$/],
  ['a rubric target over 100 %', () => edited((b) => (b.tables.rubrics[1].targetShare = 150)), /^The backup's rubrics table, row 2: targetShare must be at most 100 \(%\)\.$/],
  ['the same plan item twice', () => edited((b) => b.tables.planItems.push({ ...b.tables.planItems[1] })), /^The backup's planItems table lists plan item 2 twice\.$/],
  ['the same account twice', () => edited((b) => {
    b.tables.accounts[5] = { ...b.tables.accounts[0] };
  }), /^The backup's accounts table lists \S+ twice\.$/],
  ['x/brand twice', () => edited((b) => {
    const row = { ...b.tables.accounts[0], network: 'x', handle: 'brand' };
    b.tables.accounts.push(row, { ...row });
  }), /^The backup's accounts table lists x\/brand twice\.$/],
  ['the same post twice', () => edited((b) => b.tables.posts.push({ ...b.tables.posts[3] })), /^The backup's posts table lists \S+ twice\.$/],
  ['the same snapshot id twice', () => edited((b) => b.tables.postSnapshots.push({ ...b.tables.postSnapshots[2] })),
    /^The backup's postSnapshots table lists snapshot \d+ twice\.$/],
  ['an unknown setting', () => edited((b) => (b.settings.theme = 'dark')), /^The backup's settings: theme is not a field SMM Deck knows\.$/],
  ['a setting of the wrong type', () => edited((b) => (b.settings.showBadges = 'yes')), /^The backup's settings: showBadges must be true or false\.$/],
  ['settings that are no object', () => edited((b) => (b.settings = 'defaults')), /^The backup's settings: the settings must be an object\.$/],
  ['a Mastodon server that is no host', () => edited((b) => (b.settings.mastodonInstances = ['https://mastodon.social/@me'])),
    /^The backup's settings: mastodonInstances\[0\] must be a server name such as mastodon\.social\.$/],
  ['an own account on an unknown network', () => edited((b) => (b.settings.ownAccounts = [{ network: 'orkut', handle: 'me' }])),
    /^The backup's settings: ownAccounts\[0\]\.network must be one of the networks/],
  ['retention that contradicts itself', () => edited((b) => (b.settings.retention = { enabled: true, keepAllDays: 90, dailyUntilDays: 30 })),
    /^The backup's settings: retention must keep daily snapshots at least as long as every snapshot/],
];

describe('a bad backup file is refused with a clear message and changes nothing', () => {
  it('the valid file the cases start from restores', () => {
    expect(parseBackup(validText).summary.rows.posts).toBe(40);
  });

  it.each(cases)('%s', async (_name, make, message) => {
    const error = await tryRestore(make());
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(message);
    expect(await dump(target)).toEqual(before);
  });

  it('100 MB of junk gives a clear error quickly', async () => {
    let block = '';
    for (let index = 0; block.length < 1_000_000; index++) block += String.fromCharCode(32 + ((index * 7_919) % 95));
    const junk = block.repeat(100).slice(0, 100_000_000);
    expect(junk.length).toBe(100_000_000);
    const started = performance.now();
    const error = await tryRestore(junk);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(/^The file is not valid JSON \(it may be cut short\): /);
    expect((error as Error).message.length).toBeLessThan(300);
    expect(await dump(target)).toEqual(before);
  });

  it('100 MB of almost-backup cut short gives a clear error', async () => {
    const junk = `{"format":"smm-deck-backup","tables":{"posts":["${'a'.repeat(100_000_000)}`;
    const error = await tryRestore(junk);
    expect((error as Error).message).toMatch(/^The file is not valid JSON \(it may be cut short\): /);
    expect(await dump(target)).toEqual(before);
  });

  it('a file above the size limit is refused before it is parsed', () => {
    expect(() => parseBackup(validText, { maxLength: 1_000 })).toThrow(
      /^The file is too large to be an SMM Deck backup \(\d+(\.\d)? MB; the limit is 0 MB\)\.$/,
    );
    // Never read as text: only its length is looked at.
    const huge = { length: MAX_BACKUP_LENGTH + 1 } as unknown as string;
    expect(() => parseBackup(huge)).toThrow(/^The file is too large to be an SMM Deck backup \(512 MB; the limit is 512 MB\)\.$/);
  });
});

describe('files that are accepted', () => {
  it('strings with HTML and script are data, kept verbatim', () => {
    const text = edited((b) => {
      b.tables.posts[0].text = HTML_TEXT;
      b.tables.accounts[0].name = '<iframe src="javascript:alert(1)"></iframe>';
      b.settings.brandName = '<b>Brand</b>';
    });
    const backup = parseBackup(text);
    expect(backup.tables.posts[0]!.text).toBe(HTML_TEXT);
    expect(backup.tables.accounts[0]!.name).toBe('<iframe src="javascript:alert(1)"></iframe>');
    expect(backup.settings?.brandName).toBe('<b>Brand</b>');
  });

  it('a file without settings restores tables only', () => {
    const backup = parseBackup(edited((b) => delete b.settings));
    expect(backup.settings).toBeUndefined();
    expect(backup.summary.hasSettings).toBe(false);
  });

  it('settings from before a setting existed take its default', () => {
    const backup = parseBackup(
      edited((b) => (b.settings = { storeAllPosts: true, showBadges: false, mastodonInstances: ['mastodon.social'] })),
    );
    expect(backup.settings).toEqual({ ...DEFAULT_SETTINGS, storeAllPosts: true, showBadges: false, mastodonInstances: ['mastodon.social'] });
    const partialRetention = parseBackup(edited((b) => (b.settings.retention = { enabled: false })));
    expect(partialRetention.settings?.retention).toEqual({ ...DEFAULT_SETTINGS.retention, enabled: false });
  });

  it('a byte order mark, negative Reddit scores and snapshots without ids are fine', () => {
    const text = edited((b) => {
      b.tables.posts[0].metrics = { likes: -42 };
      delete b.tables.postSnapshots[0].id;
      delete b.tables.postSnapshots[1].id;
    });
    const backup = parseBackup(`\uFEFF${text}`);
    expect(backup.tables.posts[0]!.metrics).toEqual({ likes: -42 });
    expect(backup.tables.postSnapshots[0]!.id).toBeUndefined();
  });

  it('snapshots without ids restore under new ids next to those with ids', async () => {
    const backup = parseBackup(edited((b) => b.tables.postSnapshots.forEach((row: Json, index: number) => index % 2 === 0 && delete row.id)));
    const db = new SmmDeckDatabase(freshName('no-ids'));
    try {
      await restoreBackup(db, backup, 'replace');
      expect(await db.postSnapshots.count()).toBe(backup.tables.postSnapshots.length);
    } finally {
      db.close();
      await db.delete();
    }
  });

  it('a table added after the backup was made is restored empty; one the backup should have is required', () => {
    const withoutPosts = edited((b) => delete b.tables.posts);
    expect(() => parseBackup(withoutPosts)).toThrow(/^The backup is missing the posts table\.$/);
    const since = TABLES.posts.since;
    // As if the posts table had come with the next database version, after this backup.
    TABLES.posts.since = LATEST_SCHEMA_VERSION + 1;
    try {
      const backup = parseBackup(withoutPosts);
      expect(backup.tables.posts).toEqual([]);
      expect(backup.summary.rows.posts).toBe(0);
      expect(backup.tables.accounts.length).toBe(30);
    } finally {
      TABLES.posts.since = since;
    }
  });
});
