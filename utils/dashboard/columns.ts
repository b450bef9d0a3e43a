/** The comparison table's columns: what each shows, how it is written, how it sorts. */
import { descending, type AccountSummary } from './aggregate';
import { formatAverage, formatCount, formatRate, formatSigned, methodFormula, methodLabel } from './format';
import { t } from '../platform/i18n';
import type { ErMethod } from './metrics';

export interface Column {
  id: string;
  label: (method: ErMethod) => string;
  /** The formula, as the header's tooltip. */
  title: (method: ErMethod) => string;
  value: (row: AccountSummary) => number | undefined;
  format: (value: number | undefined) => string;
}

const rate = (value: number | undefined) => formatRate(value);

export const COLUMNS: readonly Column[] = [
  { id: 'followers', label: () => t('dashColFollowers'), title: () => t('dashColFollowersTitle'), value: (row) => row.followers, format: formatCount },
  { id: 'growth', label: () => t('dashColGrowth'), title: () => t('dashColGrowthTitle'), value: (row) => row.growth?.absolute, format: formatSigned },
  { id: 'growthPercent', label: () => t('dashColGrowthPercent'), title: () => t('dashColGrowthPercentTitle'), value: (row) => row.growth?.percent, format: (value) => formatRate(value, true) },
  { id: 'weeklyGrowth', label: () => t('dashColWeeklyGrowth'), title: () => t('dashColWeeklyGrowthTitle'), value: (row) => row.growth?.weeklyRate, format: (value) => formatRate(value, true) },
  { id: 'posts', label: () => t('dashColPosts'), title: () => t('dashColPosts'), value: (row) => row.posts, format: formatCount },
  { id: 'postsPerWeek', label: () => t('dashColPostsPerWeek'), title: () => t('dashColPostsPerWeekTitle'), value: (row) => row.postsPerWeek, format: formatAverage },
  { id: 'interactions', label: () => t('dashColInteractions'), title: () => t('dashColInteractionsTitle'), value: (row) => row.averageInteractions, format: formatAverage },
  { id: 'er', label: (method) => t('dashColEr', methodLabel(method)), title: methodFormula, value: (row) => row.er, format: rate },
  { id: 'erViews', label: (method) => t('dashColErViews', methodLabel(method)), title: () => t('dashColErViewsTitle'), value: (row) => row.erViews, format: rate },
  { id: 'erDay', label: () => t('dashColErDay'), title: () => t('dashColErDayTitle'), value: (row) => row.erDay, format: rate },
  { id: 'loveRate', label: (method) => t('dashColLove', methodLabel(method)), title: () => t('dashColLoveTitle'), value: (row) => row.loveRate, format: rate },
  { id: 'talkRate', label: (method) => t('dashColTalk', methodLabel(method)), title: () => t('dashColTalkTitle'), value: (row) => row.talkRate, format: rate },
  { id: 'amplification', label: (method) => t('dashColAmplification', methodLabel(method)), title: () => t('dashColAmplificationTitle'), value: (row) => row.amplification, format: rate },
];

export type SortDirection = 'ascending' | 'descending';

export interface Sort {
  /** A column id, or `account` for the name. */
  column: string;
  direction: SortDirection;
}

/** Sorted by the column; accounts without that figure go last either way. */
export function sortAccounts(rows: readonly AccountSummary[], sort: Sort): AccountSummary[] {
  const sign = sort.direction === 'descending' ? 1 : -1;
  if (sort.column === 'account') {
    const name = (row: AccountSummary) => row.name ?? row.handle;
    return [...rows].sort((a, b) => -sign * name(a).localeCompare(name(b)));
  }
  const column = COLUMNS.find((candidate) => candidate.id === sort.column);
  if (!column) return [...rows];
  return [...rows].sort((a, b) => {
    const [x, y] = [column.value(a), column.value(b)];
    if (x === undefined || y === undefined) return descending(x === undefined ? undefined : 0, y === undefined ? undefined : 0);
    return sign * descending(x, y);
  });
}
