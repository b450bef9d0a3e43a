import { useState } from 'preact/hooks';
import type { AccountSummary } from '../../utils/dashboard/aggregate';
import { COLUMNS, sortAccounts, type Sort } from '../../utils/dashboard/columns';
import { t } from '../../utils/platform/i18n';
import type { ErMethod } from '../../utils/dashboard/metrics';
import { AccountName } from './DashboardAccountName';

interface DashboardTableProps {
  accounts: readonly AccountSummary[];
  method: ErMethod;
  /** The report prints the table as it is, without sort buttons. */
  sortable?: boolean;
}

export function DashboardTable({ accounts, method, sortable = true }: DashboardTableProps) {
  const [sort, setSort] = useState<Sort>({ column: 'er', direction: 'descending' });
  const rows = sortAccounts(accounts, sort);
  const sortBy = (column: string) =>
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === 'descending' ? 'ascending' : 'descending',
    }));
  const header = (column: string, label: string, title?: string) => (
    <th
      scope="col"
      key={column}
      title={title}
      data-column={column}
      aria-sort={sort.column === column ? sort.direction : undefined}
    >
      {sortable ? (
        <button type="button" class="dash-table__sort" onClick={() => sortBy(column)}>
          {label}
        </button>
      ) : (
        label
      )}
    </th>
  );
  return (
    <div class="dash-table-wrap">
      <table class="dash-table" data-compare>
        <thead>
          <tr>
            {header('account', t('dashColAccount'))}
            {COLUMNS.map((column) => header(column.id, column.label(method), column.title(method)))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-account={row.id}>
              <th scope="row">
                <AccountName account={row} />
              </th>
              {COLUMNS.map((column) => (
                <td key={column.id} data-column={column.id}>
                  {column.format(column.value(row))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
