import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const load = (locale: string): Messages => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));
const english = load('en');
const russian = load('ru');

describe('locales', () => {
  it('Russian has every English string and no other', () => {
    expect(Object.keys(russian).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.keys(english))('%s keeps its placeholders in Russian', (key) => {
    const placeholders = (messages: Messages) => [...messages[key]!.message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]).sort();
    expect(placeholders(russian)).toEqual(placeholders(english));
    expect(russian[key]!.message.trim()).not.toBe('');
  });
});
