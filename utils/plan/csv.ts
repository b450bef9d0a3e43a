/**
 * The plan as CSV, and a CSV plan read back. Import is all or nothing: the whole file is checked
 * first, and the first problem is reported by its spreadsheet row (the header is row 1) and
 * column, so the user can find it; nothing is written from a bad file.
 */
import Papa from 'papaparse';
import { PLAN_STATUSES, type PerformerRow, type PlanItemRow, type PlanStatus, type RubricRow } from '../platform/db';
import { NETWORKS } from '../networks/names';
import type { Network } from '../networks/types';
import { parseHashtags } from './hashtags';

export const CSV_COLUMNS = ['title', 'date', 'networks', 'status', 'rubric', 'assignee', 'hashtags', 'links', 'text', 'published_url'] as const;
type Column = (typeof CSV_COLUMNS)[number];

const ALIASES: Record<string, Column> = { scheduled: 'date', body: 'text', network: 'networks', url: 'published_url' };

const NETWORK_NAMES: Record<string, Network> = {
  ...Object.fromEntries(NETWORKS.map((network) => [network, network])),
  twitter: 'x', tg: 'telegram', vkontakte: 'vk', вконтакте: 'vk', вк: 'vk', bsky: 'bluesky', odnoklassniki: 'ok',
  одноклассники: 'ok', zen: 'dzen', дзен: 'dzen',
};

/** Excel and Sheets run a cell that starts like a formula; a quote in front keeps it text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function localIso(time: number): string {
  const date = new Date(time);
  const pad = (value: number) => String(Math.trunc(Math.abs(value))).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const zone = `${offset >= 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}${zone}`;
}

export interface CsvContext {
  rubrics: readonly RubricRow[];
  performers: readonly PerformerRow[];
}

/** The plan as CSV (UTF-8 with a byte order mark, so Excel reads Cyrillic right). */
export function planToCsv(items: readonly PlanItemRow[], context: CsvContext): string {
  const name = (rows: readonly { id?: number; name: string }[], id?: number) => rows.find((row) => row.id === id)?.name ?? '';
  const data = items.map((item) => [
    item.title,
    item.scheduledAt === undefined ? '' : localIso(item.scheduledAt),
    item.networks.join(' '),
    item.status,
    name(context.rubrics, item.rubricId),
    name(context.performers, item.assigneeId),
    item.hashtags.join(' '),
    item.links.join(' '),
    item.body,
    item.publishedUrl ?? '',
  ].map(csvCell));
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n' })}\r\n`;
}

export interface ImportedPlanRow {
  title: string;
  scheduledAt?: number;
  networks: Network[];
  status: PlanStatus;
  rubricName?: string;
  assigneeName?: string;
  hashtags: string[];
  links: string[];
  body: string;
  publishedUrl?: string;
}

export type CsvImport = { ok: true; rows: ImportedPlanRow[] } | { ok: false; error: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?$/;

/** A date as people write it in a spreadsheet; without a zone it is local time. */
export function parsePlanDate(value: string): number | undefined {
  const iso = ISO_DATE.exec(value);
  const dotted = iso ? undefined : DOTTED_DATE.exec(value);
  if (!iso && !dotted) return undefined;
  const [year, month, day, hour, minute, second] = (iso
    ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]]
    : [dotted![3], dotted![2], dotted![1], dotted![4], dotted![5], undefined]
  ).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const zone = iso?.[7];
  const time = zone
    ? Date.UTC(year, month - 1, day, hour, minute, second) - zoneOffsetMinutes(zone) * 60_000
    : new Date(year, month - 1, day, hour, minute, second).getTime();
  // 31.02 rolls over into March: a date that does not exist is refused, not moved.
  const check = zone ? new Date(Date.UTC(year, month - 1, day)) : new Date(year, month - 1, day);
  const sameDay = zone
    ? check.getUTCDate() === day && check.getUTCMonth() === month - 1
    : check.getDate() === day && check.getMonth() === month - 1;
  return sameDay ? time : undefined;
}

function zoneOffsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits.startsWith('-') ? -minutes : minutes;
}

class CellProblem extends Error {}

function readCell(column: Column, raw: string, row: ImportedPlanRow): void {
  const value = raw.startsWith("'") && FORMULA_START.test(raw.slice(1)) ? raw.slice(1) : raw;
  const trimmed = value.trim();
  switch (column) {
    case 'title':
      if (!trimmed) throw new CellProblem('is empty; every item needs a title');
      if (trimmed.length > 500) throw new CellProblem('is longer than 500 characters');
      row.title = trimmed;
      return;
    case 'date':
      if (!trimmed) return;
      row.scheduledAt = parsePlanDate(trimmed);
      if (row.scheduledAt === undefined) throw new CellProblem(`"${trimmed}" is not a date (write 2026-11-27 14:30 or 27.11.2026 14:30)`);
      return;
    case 'networks':
      for (const name of trimmed.split(/[\s,;|/]+/).filter(Boolean)) {
        const network = NETWORK_NAMES[name.toLowerCase()];
        if (!network) throw new CellProblem(`"${name}" is not a network SMM Deck knows (${NETWORKS.join(', ')})`);
        if (!row.networks.includes(network)) row.networks.push(network);
      }
      return;
    case 'status':
      if (!trimmed) return;
      if (!(PLAN_STATUSES as readonly string[]).includes(trimmed.toLowerCase())) {
        throw new CellProblem(`"${trimmed}" is not a status (${PLAN_STATUSES.join(', ')})`);
      }
      row.status = trimmed.toLowerCase() as PlanStatus;
      return;
    case 'rubric':
      if (trimmed) row.rubricName = trimmed;
      return;
    case 'assignee':
      if (trimmed) row.assigneeName = trimmed;
      return;
    case 'hashtags':
      row.hashtags = parseHashtags(trimmed);
      return;
    case 'links':
    case 'published_url': {
      const links = trimmed.split(/\s+/).filter(Boolean);
      const bad = links.find((link) => !/^https?:\/\/[^\s]+$/i.test(link) || !URL.canParse(link));
      if (bad) throw new CellProblem(`"${bad}" is not an http(s) address`);
      if (column === 'links') row.links = links;
      else if (links.length > 1) throw new CellProblem('holds more than one address');
      else if (links[0]) row.publishedUrl = links[0];
      return;
    }
    case 'text':
      row.body = value;
      return;
  }
}

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes: 'a quoted cell is never closed (a " is missing)',
  InvalidQuotes: 'a " inside a quoted cell must be doubled ("")',
};

/** Reads a CSV plan; the first problem found is the error, with its row and column. */
export function parsePlanCsv(text: string): CsvImport {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  // Papa Parse's other complaint, an undetectable delimiter, only means a one-column file.
  const syntax = parsed.errors.find((error) => error.type === 'Quotes');
  if (syntax) return { ok: false, error: `Row ${(syntax.row ?? 0) + 1}: ${QUOTE_PROBLEMS[syntax.code] ?? syntax.message}` };
  const [header, ...records] = parsed.data;
  if (!header || header.every((cell) => !cell.trim())) return { ok: false, error: 'The file is empty: the first row must name the columns (title, date, networks, text…)' };
  const columns: Column[] = [];
  for (const [index, cell] of header.entries()) {
    const name = cell.trim().toLowerCase().replace(/\s+/g, '_');
    const column = (CSV_COLUMNS as readonly string[]).includes(name) ? (name as Column) : ALIASES[name];
    if (!column) return { ok: false, error: `Row 1, column ${index + 1}: "${cell.trim()}" is not a column SMM Deck knows (${CSV_COLUMNS.join(', ')})` };
    if (columns.includes(column)) return { ok: false, error: `Row 1, column ${index + 1}: "${column}" appears twice` };
    columns.push(column);
  }
  if (!columns.includes('title')) return { ok: false, error: 'Row 1: there is no "title" column' };
  const rows: ImportedPlanRow[] = [];
  for (const [index, record] of records.entries()) {
    const rowNumber = index + 2;
    if (record.every((cell) => !cell.trim())) continue;
    if (record.length !== columns.length) {
      return { ok: false, error: `Row ${rowNumber} has ${record.length} ${record.length === 1 ? 'cell' : 'cells'}, but the header has ${columns.length}` };
    }
    const row: ImportedPlanRow = { title: '', networks: [], status: 'idea', hashtags: [], links: [], body: '' };
    for (const [cellIndex, column] of columns.entries()) {
      try {
        readCell(column, record[cellIndex]!, row);
      } catch (problem) {
        if (!(problem instanceof CellProblem)) throw problem;
        return { ok: false, error: `Row ${rowNumber}, column "${column}": ${problem.message}` };
      }
    }
    rows.push(row);
  }
  if (rows.length === 0) return { ok: false, error: 'The file has a header but no items' };
  return { ok: true, rows };
}
