import { loadCompetitorSummaries, type CompetitorSummary } from '../../utils/capture/competitors';
import type { PostRow, SmmDeckDatabase } from '../../utils/platform/db';
import { formatNumber, formatPercent, formatSignedNumber, t } from '../../utils/platform/i18n';
import { sendCommand } from '../../utils/platform/messages';
import { erByFollowers } from '../../utils/dashboard/metrics';
import { useLiveQuery } from '../shared/use-live-query';

export function CompetitorsView({ db }: { db: SmmDeckDatabase }) {
  const summaries = useLiveQuery(() => loadCompetitorSummaries(db), [db]);
  if (!summaries) return <p class="muted">{t('competitorsLoading')}</p>;
  if (summaries.length === 0) return <p class="empty-state">{t('competitorsEmpty')}</p>;
  return (
    <ul class="competitors">
      {summaries.map((summary) => (
        <CompetitorCard key={`${summary.account.network}/${summary.account.handle}`} summary={summary} />
      ))}
    </ul>
  );
}

function CompetitorCard({ summary }: { summary: CompetitorSummary }) {
  const { account, followerChange, postCount, averageEr, latestPosts } = summary;
  const untrack = () =>
    void sendCommand('account.setTracked', {
      account: { network: account.network, handle: account.handle, url: account.url },
      tracked: false,
    });
  return (
    <li class="competitor" data-account={`${account.network}/${account.handle}`}>
      <header class="competitor__header">
        <span class={`network-tag network-tag--${account.network}`}>{account.network}</span>
        <a class="competitor__name" href={account.url} target="_blank" rel="noreferrer">
          {account.name ?? account.handle}
        </a>
        <span class="muted">@{account.handle}</span>
        {account.own && <span class="pill">{t('ownAccount')}</span>}
        <a
          class="competitor__dashboard"
          href={`dashboard.html?${new URLSearchParams({ network: account.network, handle: account.handle })}`}
          target="_blank"
          rel="noreferrer"
          data-dashboard-link
        >
          {t('dashOpenForAccount')}
        </a>
        {account.tracked && (
          <button type="button" class="link-button" onClick={untrack}>
            {t('untrack')}
          </button>
        )}
      </header>
      <dl class="competitor__figures">
        <div>
          <dt>{t('columnFollowers')}</dt>
          <dd data-followers>{formatNumber(account.followers)}</dd>
        </div>
        <div>
          <dt>{t('columnFollowerChange')}</dt>
          <dd data-follower-change>{followerChange === undefined ? t('notShown') : formatSignedNumber(followerChange)}</dd>
        </div>
        <div>
          <dt>{t('columnPosts')}</dt>
          <dd data-post-count>{formatNumber(postCount)}</dd>
        </div>
        <div>
          <dt title={t('averageErFormula')}>{t('columnAverageEr')}</dt>
          <dd data-average-er>{averageEr === undefined ? t('notShown') : formatPercent(averageEr)}</dd>
        </div>
      </dl>
      {latestPosts.length > 0 && (
        <ol class="competitor__posts">
          {latestPosts.map((post) => (
            <LatestPost key={post.postId} post={post} followers={account.followers} />
          ))}
        </ol>
      )}
    </li>
  );
}

function LatestPost({ post, followers }: { post: PostRow; followers?: number }) {
  const er = erByFollowers(post.metrics, followers);
  return (
    <li data-post={post.postId}>
      <a href={post.url} target="_blank" rel="noreferrer" class="competitor__post-text">
        {post.text?.slice(0, 140) || post.url}
      </a>
      <span class="muted">
        {[
          post.metrics.likes !== undefined && `${t('metricLikes')} ${formatNumber(post.metrics.likes)}`,
          post.metrics.comments !== undefined && `${t('metricComments')} ${formatNumber(post.metrics.comments)}`,
          post.metrics.shares !== undefined && `${t('metricShares')} ${formatNumber(post.metrics.shares)}`,
          post.metrics.views !== undefined && `${t('metricViews')} ${formatNumber(post.metrics.views)}`,
          er !== undefined && `ER ${formatPercent(er)}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
    </li>
  );
}
