import { addClipToPlan } from '../../utils/clip/to-plan';
import type { ClipKind, ClipRow, ClipStatus, SmmDeckDatabase } from '../../utils/platform/db';
import { formatNumber, t, uiLanguage, type MessageKey } from '../../utils/platform/i18n';

export const KIND_LABELS: Record<ClipKind, MessageKey> = {
  article: 'ideasKindArticle',
  selection: 'ideasKindSelection',
  link: 'ideasKindLink',
  post: 'ideasKindPost',
  trend: 'ideasKindTrend',
};

/** The inbox's buttons: each runs once, and a failure is said in the panel rather than lost. */
export async function runClipAction(action: () => Promise<unknown>, report: (problem: string | undefined) => void): Promise<void> {
  report(undefined);
  try {
    await action();
  } catch (error) {
    report(t('ideasActionFailed', error instanceof Error ? error.message : String(error)));
  }
}

export const addToPlan = (db: SmmDeckDatabase, clip: ClipRow) => addClipToPlan(db, clip.id!, Date.now());

export const setClipStatus = (db: SmmDeckDatabase, clip: ClipRow, status: ClipStatus) =>
  db.clips.update(clip.id!, { status, updatedAt: Date.now() });

export async function deleteClip(db: SmmDeckDatabase, clip: ClipRow): Promise<void> {
  if (globalThis.confirm(t('ideasDeleteConfirm', clip.title))) await db.clips.delete(clip.id!);
}

/** The clip's source line: site, published date and reading time, in the UI's language. */
export function clipSourceLine(clip: ClipRow): string {
  const parts = [clip.byline, clip.siteName];
  const published = clip.publishedAt ? new Date(clip.publishedAt) : undefined;
  if (published && !Number.isNaN(published.getTime())) {
    parts.push(new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(published));
  }
  if (clip.readingMinutes) parts.push(t('ideasReadingTime', formatNumber(clip.readingMinutes)));
  return [...new Set(parts.filter(Boolean))].join(' · ');
}
