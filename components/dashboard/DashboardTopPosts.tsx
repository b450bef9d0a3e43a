import type { DashboardPost } from '../../utils/dashboard/aggregate';
import { formatAverage, formatDateTime, formatRate, webUrl } from '../../utils/dashboard/format';
import { formatNumber, t, type MessageKey } from '../../utils/platform/i18n';
import type { MetricGrowth } from '../../utils/dashboard/metrics';

interface DashboardTopPostsProps {
  posts: readonly DashboardPost[];
  /** "account id" → the name to show. */
  names: ReadonlyMap<string, string>;
  timeZone: string;
}

const METRIC_LABELS: [keyof MetricGrowth, MessageKey][] = [
  ['likes', 'metricLikes'],
  ['comments', 'metricComments'],
  ['shares', 'metricShares'],
  ['views', 'metricViews'],
];

export function DashboardTopPosts({ posts, names, timeZone }: DashboardTopPostsProps) {
  return (
    <section class="dash-section" data-top-posts>
      <h2>{t('dashTopPosts')}</h2>
      {posts.length === 0 ? (
        <p class="muted">{t('dashNoPosts')}</p>
      ) : (
        <ol class="dash-posts">
          {posts.map((post) => (
            <li key={`${post.network}/${post.postId}`} class="dash-post" data-post={post.postId}>
              <div class="dash-post__meta muted">
                <span class={`network-tag network-tag--${post.network}`}>{post.network}</span>
                <span>{names.get(post.account) ?? post.handle}</span>
                <time dateTime={new Date(post.publishedAt).toISOString()}>
                  {post.dated ? formatDateTime(post.publishedAt, timeZone) : t('dashFirstSeen', formatDateTime(post.publishedAt, timeZone))}
                </time>
              </div>
              <a class="dash-post__text" href={webUrl(post.url)} target="_blank" rel="noreferrer">
                {post.text?.slice(0, 280) || post.url}
              </a>
              <div class="dash-post__figures">
                <strong data-er>ER {formatRate(post.erFollowers)}</strong>
                {post.erViews !== undefined && <span>{t('dashErByViews')} {formatRate(post.erViews)}</span>}
                {METRIC_LABELS.filter(([metric]) => post.metrics[metric] !== undefined).map(([metric, label]) => (
                  <span key={metric}>
                    {t(label)} {formatNumber(post.metrics[metric])}
                  </span>
                ))}
                {post.timesUsual !== undefined && (
                  <span class={`dash-post__usual${post.timesUsual > 1 ? ' dash-post__usual--above' : ''}`} title={t('dashTimesUsualTitle')}>
                    {t('dashTimesUsual', formatAverage(post.timesUsual))}
                    {post.zScore !== undefined && ` · z ${formatAverage(post.zScore)}`}
                  </span>
                )}
              </div>
              {post.growthPerHour && (
                <div class="dash-post__growth muted" title={t('dashPerHourTitle')}>
                  {METRIC_LABELS.filter(([metric]) => post.growthPerHour![metric] !== undefined)
                    .map(([metric, label]) => t('dashPerHour', formatAverage(post.growthPerHour![metric]), t(label)))
                    .join(' · ')}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
