import { useState } from 'preact/hooks';
import type { ClipRow, SmmDeckDatabase } from '../../utils/platform/db';
import { formatNumber, formatPercent, t } from '../../utils/platform/i18n';
import { postEngagement } from '../../utils/dashboard/metrics';
import { addToPlan, clipSourceLine, deleteClip, KIND_LABELS, runClipAction, setClipStatus } from './clip-actions';

export function ClipCard({ db, clip, onRead }: { db: SmmDeckDatabase; clip: ClipRow; onRead: () => void }) {
  const [problem, setProblem] = useState<string>();
  const act = (action: () => Promise<unknown>) => void runClipAction(action, setProblem);
  const readable = Boolean(clip.html);
  return (
    <li class="clip" data-clip-id={clip.id} data-kind={clip.kind} data-status={clip.status}>
      <header class="clip__header">
        <span class={`clip__kind clip__kind--${clip.kind}`}>{t(KIND_LABELS[clip.kind])}</span>
        {readable ? (
          <button type="button" class="clip__title" onClick={onRead}>{clip.title}</button>
        ) : (
          <a class="clip__title" href={clip.url} target="_blank" rel="noopener noreferrer">{clip.title}</a>
        )}
      </header>
      {clipSourceLine(clip) && <p class="clip__source muted">{clipSourceLine(clip)}</p>}
      {clip.post && <PostEvidence post={clip.post} />}
      {clip.trend && <TrendFacts trend={clip.trend} />}
      {clip.excerpt && clip.kind !== 'post' && <p class="clip__excerpt">{clip.excerpt}</p>}
      {clip.note && <p class="clip__note">{clip.note}</p>}
      {clip.tags.length > 0 && (
        <ul class="clip__tags">
          {clip.tags.map((tag) => <li key={tag} class="pill">{tag}</li>)}
        </ul>
      )}
      <div class="clip__actions">
        {readable && <button type="button" data-action="read" onClick={onRead}>{t('ideasRead')}</button>}
        {clip.status === 'planned' ? (
          <span class="clip__planned">{t('ideasInPlan')}</span>
        ) : (
          <button type="button" data-action="plan" onClick={() => act(() => addToPlan(db, clip))}>{t('ideasAddToPlan')}</button>
        )}
        {clip.status === 'archived' ? (
          <button type="button" data-action="restore" onClick={() => act(() => setClipStatus(db, clip, clip.planItemId === undefined ? 'inbox' : 'planned'))}>
            {t('ideasRestore')}
          </button>
        ) : (
          <button type="button" data-action="archive" onClick={() => act(() => setClipStatus(db, clip, 'archived'))}>{t('ideasArchive')}</button>
        )}
        <button type="button" data-action="delete" class="clip__delete" onClick={() => act(() => deleteClip(db, clip))}>{t('ideasDelete')}</button>
      </div>
      {problem && <p class="form-problem" role="alert">{problem}</p>}
    </li>
  );
}

function PostEvidence({ post }: { post: NonNullable<ClipRow['post']> }) {
  const { likes, comments, shares, views } = post.metrics;
  const engagement = postEngagement(post.metrics, post.followers);
  const figures = [
    likes !== undefined && `${t('metricLikes')} ${formatNumber(likes)}`,
    comments !== undefined && `${t('metricComments')} ${formatNumber(comments)}`,
    shares !== undefined && `${t('metricShares')} ${formatNumber(shares)}`,
    views !== undefined && `${t('metricViews')} ${formatNumber(views)}`,
    post.followers !== undefined && t('ideasFollowers', formatNumber(post.followers)),
    engagement && engagement.basis !== 'interactions' && `ER ${formatPercent(engagement.rate)}`,
  ].filter(Boolean);
  return (
    <div class="clip__post">
      {post.text && <p class="clip__post-text">{post.text}</p>}
      {figures.length > 0 && <p class="clip__figures muted" data-metrics>{figures.join(' · ')}</p>}
    </div>
  );
}

function TrendFacts({ trend }: { trend: NonNullable<ClipRow['trend']> }) {
  const facts = [
    trend.rank !== undefined && t('ideasRank', formatNumber(trend.rank)),
    trend.postCount !== undefined && t('ideasPostCount', formatNumber(trend.postCount)),
    t('ideasSeenOn', seenOnLabel(trend.seenOn)),
  ].filter(Boolean);
  return <p class="clip__figures muted" data-trend>{facts.join(' · ')}</p>;
}

function seenOnLabel(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    return `${hostname.replace(/^www\./, '')}${pathname === '/' ? '' : pathname}`;
  } catch {
    return url;
  }
}
