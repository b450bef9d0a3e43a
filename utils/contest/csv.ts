/**
 * The participants and winners as CSV (RFC 4180: comma-separated, CRLF, a field quoted when it
 * holds a quote, comma or line break, quotes doubled). A cell that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe, so a
 * comment such as `=HYPERLINK(…)` stays text when the file is opened in Excel or Sheets.
 * The byte order mark tells Excel the file is UTF-8.
 */
import type { ContestProof } from './proof';
import { judgeComments, type ExclusionReason } from './rules';

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export type ContestStatus = 'winner' | 'substitute' | 'participant' | 'excluded';

export interface ContestCsvLabels {
  header: readonly [status: string, place: string, handle: string, name: string, commentId: string, publishedAt: string, text: string, reasons: string];
  status: Record<ContestStatus, string>;
  reason: (reason: ExclusionReason) => string;
}

/** Winners and substitutes first, in drawn order; then the other comments, oldest first. */
export function contestCsv(proof: ContestProof, labels: ContestCsvLabels): string {
  const { comments } = judgeComments(proof.comments, proof.rules);
  const places = new Map<string, { status: ContestStatus; place: number }>();
  proof.draw?.winners.forEach((entry, index) => places.set(entry.commentId, { status: 'winner', place: index + 1 }));
  proof.draw?.substitutes.forEach((entry, index) => places.set(entry.commentId, { status: 'substitute', place: index + 1 }));
  const rows = comments.map(({ comment, reasons }) => {
    const drawn = places.get(comment.commentId);
    const status: ContestStatus = drawn?.status ?? (reasons.length ? 'excluded' : 'participant');
    const row = [
      labels.status[status],
      drawn ? String(drawn.place) : '',
      comment.authorHandle,
      comment.authorName ?? '',
      comment.commentId,
      comment.publishedAt ?? '',
      comment.text,
      reasons.map(labels.reason).join('; '),
    ];
    return { row, rank: drawn ? (drawn.status === 'winner' ? 0 : 1) * 1e6 + drawn.place : 2e6 };
  });
  const sorted = rows.map((entry, index) => ({ ...entry, index })).sort((a, b) => a.rank - b.rank || a.index - b.index);
  return toCsv([labels.header, ...sorted.map((entry) => entry.row)]);
}
