import { describe, expect, it } from 'vitest';
import { firstName, missingVariables, postOpening, renderReplyTemplate, seededRandom, type ReplyContext } from '../../../utils/replies/template';

const kim: ReplyContext = {
  authorName: 'Kim Alvarez',
  authorHandle: 'beancounter_kim',
  postText: 'New in the tasting room: a honey-processed Costa Rica.\nNotes of apricot and brown sugar.',
  brandName: 'Northwind Coffee Lab',
  ownHandle: 'northwindlab',
};
const fixed = { now: new Date('2025-03-18T12:00:00Z'), random: () => 0 };

describe('renderReplyTemplate', () => {
  it('fills every variable from the comment and the settings', () => {
    const text = 'Hi {name} ({handle})! Glad you like "{post}". — {brand} {me}, {date}';
    expect(renderReplyTemplate(text, kim, fixed)).toBe(
      'Hi Kim (@beancounter_kim)! Glad you like "New in the tasting room: a…". — Northwind Coffee Lab @northwindlab, March 18, 2025',
    );
  });

  it('writes {date} in the UI language', () => {
    expect(renderReplyTemplate('{date}', kim, { ...fixed, locale: 'ru' })).toBe('18 марта 2025 г.');
  });

  it('renders a value it does not know as a clear placeholder, never "undefined"', () => {
    const text = 'Thanks {name} {handle}, from {brand} ({me}) about {post}';
    expect(renderReplyTemplate(text, {}, fixed)).toBe('Thanks [name] [handle], from [brand] ([me]) about [post]');
    expect(renderReplyTemplate(text, { authorName: '  ', brandName: ' ', postText: '' }, fixed)).not.toContain('undefined');
    expect(missingVariables(text, { authorHandle: 'kim' })).toEqual(['name', 'brand', 'me', 'post']);
    expect(missingVariables(text, kim)).toEqual([]);
  });

  it('reads variables in any case and leaves unknown braces alone', () => {
    expect(renderReplyTemplate('{NAME}, see {faq} and {}', kim, fixed)).toBe('Kim, see {faq} and {}');
  });

  it('keeps line breaks', () => {
    expect(renderReplyTemplate('Hi {name}!\n\nSee you soon.', kim, fixed)).toBe('Hi Kim!\n\nSee you soon.');
  });

  it('picks each variation with the injected random source', () => {
    const text = '{Thanks|Thank you|Many thanks}, {name}!';
    expect(renderReplyTemplate(text, kim, { ...fixed, random: () => 0 })).toBe('Thanks, Kim!');
    expect(renderReplyTemplate(text, kim, { ...fixed, random: () => 0.5 })).toBe('Thank you, Kim!');
    expect(renderReplyTemplate(text, kim, { ...fixed, random: () => 0.99 })).toBe('Many thanks, Kim!');
    expect(renderReplyTemplate('{a|}b', kim, { ...fixed, random: () => 0.9 })).toBe('b');
  });

  it('a seeded source gives the same replies again, and a hundred replies are not all the same', () => {
    const text = '{Thanks|Thank you|Many thanks} {for the comment|for writing|}!';
    const run = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 100 }, () => renderReplyTemplate(text, kim, { ...fixed, random }));
    };
    expect(run(42)).toEqual(run(42));
    const counts = new Map<string, number>();
    for (const reply of run(42)) counts.set(reply, (counts.get(reply) ?? 0) + 1);
    expect(counts.size).toBe(9);
    for (const count of counts.values()) expect(count).toBeLessThan(25);
  });
});

describe('helpers', () => {
  it('firstName takes the first word without decoration', () => {
    expect(firstName('Kim Alvarez')).toBe('Kim');
    expect(firstName('✨Мария✨ Петрова')).toBe('Мария');
    expect(firstName('🍞🍞')).toBeUndefined();
    expect(firstName(undefined)).toBeUndefined();
  });

  it('postOpening quotes six words and marks a cut', () => {
    expect(postOpening('one two three')).toBe('one two three');
    expect(postOpening('one two three four five six seven')).toBe('one two three four five six…');
    expect(postOpening('  ')).toBeUndefined();
  });
});
