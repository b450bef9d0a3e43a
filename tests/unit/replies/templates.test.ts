import { beforeEach, describe, expect, it } from 'vitest';
import { SmmDeckDatabase, type ReplyTemplateRow } from '../../../utils/platform/db';
import {
  exportTemplates, importTemplates, markTemplateUsed, saveTemplate, searchTemplates, shortcutTemplates, TemplateProblem,
  type TemplateDraft,
} from '../../../utils/replies/templates';
import { shortcutAtEnd, type ShortcutTemplate } from '../../../utils/replies/shortcuts';

const thanks: TemplateDraft = { title: 'Thanks', text: '{Thanks|Thank you}, {name}!', folder: 'Greetings', shortcut: ';thanks', networks: [] };
const delivery: TemplateDraft = { title: 'Delivery', text: 'We ship in 2 days.', folder: 'FAQ', networks: ['vk', 'instagram'] };

let db: SmmDeckDatabase;
beforeEach(async () => {
  db = new SmmDeckDatabase(`reply-templates-${Math.random()}`);
  await db.open();
});

describe('saving templates', () => {
  it('adds a template with no usage yet, and edits it keeping its usage', async () => {
    const id = await saveTemplate(db, { ...thanks, title: '  Thanks  ' }, undefined, 1000);
    expect(await db.replyTemplates.get(id)).toEqual({ id, ...thanks, usageCount: 0, createdAt: 1000, updatedAt: 1000 });
    await markTemplateUsed(db, id, 1500);
    await saveTemplate(db, { ...thanks, text: 'Thank you!', shortcut: '' }, id, 2000);
    expect(await db.replyTemplates.get(id)).toEqual({
      id, title: 'Thanks', text: 'Thank you!', folder: 'Greetings', networks: [], usageCount: 1, lastUsedAt: 1500, createdAt: 1000, updatedAt: 2000,
    });
  });

  it('refuses an empty title or text, a shortcut with spaces, and a shortcut another template has', async () => {
    await expect(saveTemplate(db, { ...thanks, title: ' ' }, undefined, 1)).rejects.toThrow('title: must not be empty');
    await expect(saveTemplate(db, { ...thanks, text: '\n' }, undefined, 1)).rejects.toThrow('text: must not be empty');
    await expect(saveTemplate(db, { ...thanks, shortcut: '; thanks' }, undefined, 1)).rejects.toThrow('shortcut: must be 2 to 32 characters');
    await saveTemplate(db, thanks, undefined, 1);
    await expect(saveTemplate(db, { ...delivery, shortcut: ';thanks' }, undefined, 1)).rejects.toThrow(
      new TemplateProblem('the shortcut ;thanks is already used by "Thanks"'),
    );
    expect(await db.replyTemplates.count()).toBe(1);
  });

  it('counts each use and remembers the last one', async () => {
    const id = await saveTemplate(db, thanks, undefined, 1);
    expect(await markTemplateUsed(db, id, 10)).toBe(1);
    expect(await markTemplateUsed(db, id, 20)).toBe(2);
    expect(await db.replyTemplates.get(id)).toMatchObject({ usageCount: 2, lastUsedAt: 20 });
  });

  it('gives the content script the shortcuts that suit its network', async () => {
    const thanksId = await saveTemplate(db, thanks, undefined, 1);
    const vkId = await saveTemplate(db, { ...delivery, shortcut: ';ship' }, undefined, 1);
    await saveTemplate(db, { ...delivery, title: 'No shortcut' }, undefined, 1);
    expect(await shortcutTemplates(db, 'x')).toEqual([{ id: thanksId, title: 'Thanks', text: thanks.text, shortcut: ';thanks', networks: [] }]);
    expect((await shortcutTemplates(db, 'vk')).map((t) => t.id)).toEqual([thanksId, vkId]);
  });
});

describe('searching', () => {
  const rows = [thanks, delivery, { ...delivery, title: 'Returns', text: 'Return within 14 days.' }].map(
    (draft, index): ReplyTemplateRow => ({ ...draft, id: index + 1, usageCount: 0, createdAt: 0, updatedAt: 0 }),
  );
  it('finds by title, text, folder or shortcut, in any case, sorted by folder then title', () => {
    expect(searchTemplates(rows, '').map((row) => row.title)).toEqual(['Delivery', 'Returns', 'Thanks']);
    expect(searchTemplates(rows, 'DAYS').map((row) => row.title)).toEqual(['Delivery', 'Returns']);
    expect(searchTemplates(rows, ';tha').map((row) => row.title)).toEqual(['Thanks']);
    expect(searchTemplates(rows, 'greet').map((row) => row.title)).toEqual(['Thanks']);
    expect(searchTemplates(rows, 'nothing like it')).toEqual([]);
  });
});

describe('export and import', () => {
  it('exports every template and imports them into an empty library', async () => {
    await saveTemplate(db, thanks, undefined, 1);
    await saveTemplate(db, delivery, undefined, 1);
    const file = exportTemplates(await db.replyTemplates.toArray(), Date.UTC(2025, 2, 18));
    expect(JSON.parse(file)).toEqual({
      format: 'smm-deck-reply-templates',
      version: 1,
      exportedAt: '2025-03-18T00:00:00.000Z',
      templates: [thanks, delivery],
    });
    const other = new SmmDeckDatabase(`reply-templates-${Math.random()}`);
    expect(await importTemplates(other, file, 50)).toEqual({ added: 2, updated: 0 });
    expect(await other.replyTemplates.toArray()).toEqual([
      { id: 1, ...thanks, usageCount: 0, createdAt: 50, updatedAt: 50 },
      { id: 2, ...delivery, usageCount: 0, createdAt: 50, updatedAt: 50 },
    ]);
  });

  it('an imported template with a saved one\'s folder and title replaces its text and keeps its usage', async () => {
    const id = await saveTemplate(db, thanks, undefined, 1);
    await markTemplateUsed(db, id, 5);
    const file = exportTemplates([{ ...thanks, text: 'Merci, {name}!', usageCount: 0, createdAt: 0, updatedAt: 0 }], 0);
    expect(await importTemplates(db, file, 9)).toEqual({ added: 0, updated: 1 });
    expect(await db.replyTemplates.toArray()).toEqual([
      { id, ...thanks, text: 'Merci, {name}!', usageCount: 1, lastUsedAt: 5, createdAt: 1, updatedAt: 9 },
    ]);
  });

  const valid = { format: 'smm-deck-reply-templates', version: 1, templates: [thanks] };
  const badFiles: [string, string, string][] = [
    ['not JSON', '{"format": ', 'the file is not JSON'],
    ['another file', JSON.stringify({ format: 'smm-deck-backup', version: 1, templates: [] }), 'format: is not "smm-deck-reply-templates"'],
    ['a newer version', JSON.stringify({ ...valid, version: 2 }), 'version: is newer than this version of SMM Deck reads'],
    ['no templates', JSON.stringify({ format: valid.format, version: 1 }), 'templates:'],
    ['an empty title', JSON.stringify({ ...valid, templates: [thanks, { ...delivery, title: '' }] }), 'templates.1.title: must not be empty'],
    ['a text that is not text', JSON.stringify({ ...valid, templates: [{ ...thanks, text: 42 }] }), 'templates.0.text:'],
    ['an unknown network', JSON.stringify({ ...valid, templates: [{ ...delivery, networks: ['myspace'] }] }), 'templates.0.networks.0: is not a network SMM Deck knows'],
    ['an unknown field', JSON.stringify({ ...valid, templates: [{ ...thanks, html: '<img onerror=alert(1)>' }] }), 'templates.0.html:'],
    ['one shortcut twice', JSON.stringify({ ...valid, templates: [thanks, { ...delivery, shortcut: ';thanks' }] }), 'the shortcut ;thanks is given to both "Thanks" and "Delivery"'],
  ];
  it.each(badFiles)('a file with %s changes nothing and names the problem', async (_name, file, problem) => {
    await saveTemplate(db, delivery, undefined, 1);
    const before = await db.replyTemplates.toArray();
    const failure = await importTemplates(db, file, 2).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TemplateProblem);
    expect((failure as Error).message).toContain(problem);
    expect(await db.replyTemplates.toArray()).toEqual(before);
  });

  it('refuses, whole, a file whose shortcut a saved template has', async () => {
    await saveTemplate(db, { ...delivery, shortcut: ';thanks' }, undefined, 1);
    const file = JSON.stringify({ ...valid, templates: [{ ...delivery, title: 'Other' }, thanks] });
    await expect(importTemplates(db, file, 2)).rejects.toThrow('the shortcut ;thanks of "Thanks" is already used by "Delivery"');
    expect(await db.replyTemplates.count()).toBe(1);
  });
});

describe('shortcutAtEnd', () => {
  const templates: ShortcutTemplate[] = [
    { id: 1, title: 'Thanks', text: 'Thanks!', shortcut: ';thanks', networks: [] },
    { id: 2, title: 'Thanks a lot', text: 'Thanks a lot!', shortcut: ';thanks2', networks: [] },
    { id: 3, title: 'Ty', text: 'Thank you!', shortcut: 'ty', networks: [] },
  ];
  it('finds the shortcut right before the caret', () => {
    expect(shortcutAtEnd(';thanks', templates)?.id).toBe(1);
    expect(shortcutAtEnd('@kim ;thanks2', templates)?.id).toBe(2);
    expect(shortcutAtEnd('Great;thanks', templates)?.id).toBe(1);
    expect(shortcutAtEnd('ok ty', templates)?.id).toBe(3);
  });
  it('ignores a shortcut that is not at the caret or ends a longer word', () => {
    expect(shortcutAtEnd(';thanks ', templates)).toBeUndefined();
    expect(shortcutAtEnd('pretty', templates)).toBeUndefined();
    expect(shortcutAtEnd('', templates)).toBeUndefined();
  });
});
