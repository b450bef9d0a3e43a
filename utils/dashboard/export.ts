/**
 * The dashboard's selection as files: CSV (one row per post, or one per account and period) and
 * JSON. The CSV is made for Excel in the user's language: a BOM so it reads UTF-8, `;` between
 * fields where the decimal separator is a comma (ru, de, fr…) and `,` elsewhere, decimals with the
 * locale's separator.
 */
import type { AccountSummary, Dashboard, DashboardPost } from './aggregate';
import { localDateTime } from './time';
import type { ErMethod } from './metrics';

type Cell = string | number | boolean | undefined;

export interface CsvFormat {
  separator: ',' | ';';
  decimal: string;
}

export function csvFormatFor(locale: string): CsvFormat {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  return { separator: decimal === ',' ? ';' : ',', decimal };
}

export function toCsv(header: readonly string[], rows: readonly Cell[][], format: CsvFormat): string {
  const line = (cells: readonly Cell[]) => cells.map((cell) => csvCell(cell, format)).join(format.separator);
  return `\uFEFF${[header, ...rows].map(line).join('\r\n')}\r\n`;
}

function csvCell(cell: Cell, { separator, decimal }: CsvFormat): string {
  if (cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  if (typeof cell === 'number') return String(Math.round(cell * 10_000) / 10_000).replace('.', decimal);
  // A text starting like a formula would run as one in a spreadsheet; a quote mark keeps it text.
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const METHOD_SUFFIX: Record<ErMethod, string> = { ratioOfSums: 'ratio_of_sums', meanOfPosts: 'mean_of_posts', median: 'median' };

export function accountsCsv(dashboard: Dashboard, format: CsvFormat): string {
  const method = METHOD_SUFFIX[dashboard.method];
  const header = [
    'network', 'handle', 'name', 'own', 'from', 'to', 'time_zone', 'followers', 'follower_growth', 'follower_growth_pct',
    'weekly_growth_pct', 'posts', 'posts_per_week', 'average_interactions', `er_pct_${method}`, `er_views_pct_${method}`,
    'er_day_pct', `love_rate_pct_${method}`, `talk_rate_pct_${method}`, `amplification_pct_${method}`,
  ];
  const { period, timeZone } = dashboard;
  const rows = dashboard.accounts.map((account: AccountSummary) => [
    account.network, account.handle, account.name, account.own, period.from, period.to, timeZone, account.followers,
    account.growth?.absolute, account.growth?.percent, account.growth?.weeklyRate, account.posts, account.postsPerWeek,
    account.averageInteractions, account.er, account.erViews, account.erDay, account.loveRate, account.talkRate, account.amplification,
  ]);
  return toCsv(header, rows, format);
}

export function postsCsv(dashboard: Dashboard, posts: readonly DashboardPost[], format: CsvFormat): string {
  const header = [
    'network', 'handle', 'post_id', 'url', `published_${dashboard.timeZone}`, `first_seen_${dashboard.timeZone}`, 'text', 'likes', 'comments', 'shares', 'views',
    'saves', 'interactions', 'followers', 'er_followers_pct', 'er_views_pct', 'times_usual', 'z_score', 'likes_per_hour',
    'comments_per_hour', 'shares_per_hour', 'views_per_hour',
  ];
  const rows = posts.map((post) => [
    post.network, post.handle, post.postId, post.url, post.dated ? localDateTime(post.publishedAt, dashboard.timeZone) : undefined,
    post.dated ? undefined : localDateTime(post.publishedAt, dashboard.timeZone), post.text,
    post.metrics.likes, post.metrics.comments, post.metrics.shares, post.metrics.views, post.metrics.saves, post.interactions,
    post.followers, post.erFollowers, post.erViews, post.timesUsual, post.zScore, post.growthPerHour?.likes,
    post.growthPerHour?.comments, post.growthPerHour?.shares, post.growthPerHour?.views,
  ]);
  return toCsv(header, rows, format);
}

/** Everything the selection shows, with instants as ISO 8601. */
export function dashboardJson(dashboard: Dashboard, posts: readonly DashboardPost[], generatedAt: number): string {
  const { period, timeZone, method, accounts, networks } = dashboard;
  return JSON.stringify(
    {
      app: 'smm-deck',
      kind: 'dashboard',
      generatedAt: new Date(generatedAt).toISOString(),
      timeZone,
      period: { from: period.from, to: period.to, days: period.days },
      erMethod: method,
      accounts,
      networks,
      posts: posts.map((post) => ({ ...post, publishedAt: new Date(post.publishedAt).toISOString() })),
    },
    null,
    2,
  );
}

export function exportFileName(dashboard: Dashboard, what: 'accounts' | 'posts' | 'dashboard', extension: 'csv' | 'json'): string {
  return `smm-deck-${what}-${dashboard.period.from}-${dashboard.period.to}.${extension}`;
}
