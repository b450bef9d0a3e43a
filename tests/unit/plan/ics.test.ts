import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, planToIcs } from '../../../utils/plan/ics';
import { planItem } from './fixtures';

const now = Date.UTC(2026, 10, 27, 9, 30);
const octets = (line: string) => new TextEncoder().encode(line).length;

const longRussian = 'Запускаем новую рубрику «Разбор кейса»: каждую пятницу показываем, как бренды работают с сообществом 🚀👨‍👩‍👧‍👦 и что из этого вышло; приходите, обсудим, с примерами\\выводами.';

const items = [
  planItem({
    id: 7,
    title: 'Friday case study; part 1, draft',
    body: longRussian,
    networks: ['telegram', 'vk'],
    status: 'approved',
    scheduledAt: Date.UTC(2026, 10, 27, 15, 0),
    rubricId: 1,
    assigneeId: 2,
    hashtags: ['#кейсы'],
    createdAt: 1_790_000_000_000,
    updatedAt: Date.UTC(2026, 10, 20, 8),
  }),
  planItem({ id: 8, title: 'Unscheduled idea', status: 'idea' }),
  planItem({ id: 9, title: 'Cancelled', status: 'cancelled', scheduledAt: Date.UTC(2026, 10, 26, 7, 5), publishedUrl: 'https://x.com/brand/status/1' }),
];
const context = { rubrics: [{ id: 1, name: 'Cases, stories', colour: '#000', targetShare: 30 }], performers: [{ id: 2, name: 'Анна' }], now };

describe('iCalendar export', () => {
  const ics = planToIcs(items, context);

  it('is read back by ical.js with every field intact', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    // only scheduled items, in time order
    expect(events.map((event) => event.uid)).toEqual(['plan-9-1793491200000@smm-deck', 'plan-7-1790000000000@smm-deck']);
    const [cancelled, friday] = events as [ICAL.Event, ICAL.Event];
    expect(friday.summary).toBe('Friday case study; part 1, draft');
    expect(friday.description).toBe(`${longRussian}\n\n#кейсы\n\nNetworks: telegram, vk\n\nAssignee: Анна\n\nStatus: approved`);
    expect(friday.startDate.toJSDate().getTime()).toBe(Date.UTC(2026, 10, 27, 15, 0));
    expect(friday.endDate.toJSDate().getTime()).toBe(Date.UTC(2026, 10, 27, 15, 30));
    expect(friday.startDate.zone.tzid).toBe('UTC');
    expect(friday.component.getFirstPropertyValue('categories')).toBe('Cases, stories');
    expect(friday.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(friday.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-27T09:30:00Z');
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.component.getFirstPropertyValue('url')).toBe('https://x.com/brand/status/1');
  });

  it('gives an item the same UID in every export', () => {
    const later = planToIcs([{ ...items[0]!, title: 'Renamed', scheduledAt: Date.UTC(2026, 11, 1, 10) }], { ...context, now: now + 86_400_000 });
    expect(later).toContain('UID:plan-7-1790000000000@smm-deck\r\n');
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    expect(lines.every((line) => !line.includes('\n') && octets(line) <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(lines).toContain('DTSTART:20261127T150000Z');
  });
});

describe('folding and escaping', () => {
  it('never splits a multi-byte character, and unfolds to the original', () => {
    // 2-byte Cyrillic after one ASCII byte, then 4-byte emoji: 321 octets. Line 1: X + 37 ж = 75;
    // line 2: space + 37 ж = 75; line 3: space + 26 ж + 5 🚀 = 73 (a sixth would make 77);
    // line 4: space + 18 🚀 = 73; line 5: space + 7 🚀 = 29.
    const line = `X${'ж'.repeat(100)}${'🚀'.repeat(30)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    expect(parts.map(octets)).toEqual([75, 75, 73, 73, 29]);
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    for (const part of parts) expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part);
  });

  it('leaves a short line alone', () => {
    expect(foldIcsLine('SUMMARY:Hi')).toBe('SUMMARY:Hi');
    expect(foldIcsLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldIcsLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
  });

  it('escapes backslashes, semicolons, commas and new lines', () => {
    expect(escapeIcsText('a\\b; c, d\r\ne\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });
});
