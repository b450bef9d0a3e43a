import { useState } from 'preact/hooks';
import { filterClips, tagCounts } from '../../utils/clip/inbox';
import type { ClipKind, ClipStatus, SmmDeckDatabase } from '../../utils/platform/db';
import { formatNumber, t, type MessageKey } from '../../utils/platform/i18n';
import { KIND_LABELS } from './clip-actions';
import { ClipCard } from './ClipCard';
import { ClipReader } from './ClipReader';
import { useLiveQuery } from '../shared/use-live-query';
import './Ideas.css';

const STATUS_LABELS: Record<ClipStatus, MessageKey> = {
  inbox: 'ideasStatusInbox',
  planned: 'ideasStatusPlanned',
  archived: 'ideasStatusArchived',
};
const PAGE_SIZE = 30;

/** The ideas inbox: every clip, newest first, with search, filters and a reader for articles. */
export function IdeasView({ db }: { db: SmmDeckDatabase }) {
  const clips = useLiveQuery(() => db.clips.toArray(), [db]);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<ClipKind | ''>('');
  const [status, setStatus] = useState<ClipStatus | ''>('inbox');
  const [tag, setTag] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [readingId, setReadingId] = useState<number>();

  if (!clips) return null;
  const reading = clips.find((clip) => clip.id === readingId);
  if (reading) return <ClipReader db={db} clip={reading} onBack={() => setReadingId(undefined)} />;
  if (clips.length === 0) return <p class="empty-state">{t('ideasEmpty')}</p>;

  const shown = filterClips(clips, { query, kind: kind || undefined, status: status || undefined, tag: tag || undefined });
  return (
    <section class="ideas">
      <div class="ideas__filters">
        <input
          type="search"
          name="ideas-search"
          class="ideas__search"
          placeholder={t('ideasSearch')}
          aria-label={t('ideasSearch')}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        <select name="ideas-kind" aria-label={t('ideasFilterKind')} value={kind} onChange={(event) => setKind(event.currentTarget.value as ClipKind | '')}>
          <option value="">{t('ideasKindAll')}</option>
          {Object.entries(KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>{t(label)}</option>
          ))}
        </select>
        <select name="ideas-status" aria-label={t('ideasFilterStatus')} value={status} onChange={(event) => setStatus(event.currentTarget.value as ClipStatus | '')}>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>{t(label)}</option>
          ))}
          <option value="">{t('ideasStatusAll')}</option>
        </select>
        <select name="ideas-tag" aria-label={t('ideasFilterTag')} value={tag} onChange={(event) => setTag(event.currentTarget.value)}>
          <option value="">{t('ideasTagAll')}</option>
          {tagCounts(clips).map((entry) => (
            <option key={entry.tag} value={entry.tag}>{`${entry.tag} (${formatNumber(entry.count)})`}</option>
          ))}
        </select>
      </div>
      <p class="muted ideas__count" data-shown={shown.length}>{t('ideasShown', formatNumber(Math.min(limit, shown.length)), formatNumber(shown.length))}</p>
      {shown.length === 0 ? (
        <p class="empty-state">{t('ideasNoMatch')}</p>
      ) : (
        <ul class="ideas__list">
          {shown.slice(0, limit).map((clip) => (
            <ClipCard key={clip.id} db={db} clip={clip} onRead={() => setReadingId(clip.id)} />
          ))}
        </ul>
      )}
      {shown.length > limit && (
        <button type="button" class="ideas__more" onClick={() => setLimit(limit + PAGE_SIZE)}>{t('ideasShowMore')}</button>
      )}
    </section>
  );
}
