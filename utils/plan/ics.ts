/**
 * The plan as an iCalendar file (RFC 5545), for a team calendar: one event per scheduled item,
 * times in UTC, a UID that stays the same for an item across exports (so a re-import updates the
 * event rather than doubling it), text escaped (§3.3.11) and lines folded at 75 octets (§3.1)
 * without ever splitting a UTF-8 character.
 */
import type { PerformerRow, PlanItemRow, PlanStatus, RubricRow } from '../platform/db';
import { postText } from './composer';

/** A post takes this long in a calendar. */
const EVENT_MINUTES = 30;

const ICS_STATUS: Record<PlanStatus, 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'> = {
  idea: 'TENTATIVE',
  draft: 'TENTATIVE',
  review: 'TENTATIVE',
  approved: 'CONFIRMED',
  scheduled: 'CONFIRMED',
  published: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

export function escapeIcsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** `20261127T120000Z`. */
export function icsUtc(time: number): string {
  return new Date(time).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Splits a content line into lines of at most 75 octets; continuation lines start with a space. */
export function foldIcsLine(line: string): string {
  // No UTF-16 unit takes more than 3 octets, so 25 units always fit.
  if (line.length <= 25) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // The first line holds 75 octets; each continuation line holds 74 after its leading space.
    const room = parts.length === 0 ? 75 : 74;
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export interface IcsContext {
  rubrics: readonly RubricRow[];
  performers: readonly PerformerRow[];
  /** The export's time, the events' DTSTAMP. */
  now: number;
}

export function planItemUid(item: PlanItemRow): string {
  return `plan-${item.id}-${item.createdAt}@smm-deck`;
}

function eventLines(item: PlanItemRow & { scheduledAt: number }, context: IcsContext): string[] {
  const rubric = context.rubrics.find((row) => row.id === item.rubricId);
  const assignee = context.performers.find((row) => row.id === item.assigneeId);
  const details = [
    postText(item),
    item.networks.length ? `Networks: ${item.networks.join(', ')}` : '',
    assignee ? `Assignee: ${assignee.name}` : '',
    `Status: ${item.status}`,
  ].filter(Boolean).join('\n\n');
  return [
    'BEGIN:VEVENT',
    `UID:${planItemUid(item)}`,
    `DTSTAMP:${icsUtc(context.now)}`,
    `DTSTART:${icsUtc(item.scheduledAt)}`,
    `DTEND:${icsUtc(item.scheduledAt + EVENT_MINUTES * 60_000)}`,
    `LAST-MODIFIED:${icsUtc(item.updatedAt)}`,
    `SUMMARY:${escapeIcsText(item.title)}`,
    `DESCRIPTION:${escapeIcsText(details)}`,
    ...(rubric ? [`CATEGORIES:${escapeIcsText(rubric.name)}`] : []),
    `STATUS:${ICS_STATUS[item.status]}`,
    ...(item.publishedUrl ? [`URL:${item.publishedUrl}`] : []),
    'END:VEVENT',
  ];
}

/** The scheduled items among `items`, as an .ics file's text (CRLF line ends). */
export function planToIcs(items: readonly PlanItemRow[], context: IcsContext): string {
  const events = items
    .filter((item): item is PlanItemRow & { scheduledAt: number } => item.scheduledAt !== undefined)
    .sort((a, b) => a.scheduledAt - b.scheduledAt)
    .flatMap((item) => eventLines(item, context));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//SMM Deck//Content plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...events, 'END:VCALENDAR'];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
