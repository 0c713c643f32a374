// Column headers: each is a sort button; the sorted column carries aria-sort.
import { useTranslation } from 'react-i18next';
import type { ReactTable } from '@tanstack/react-table';
import type { HierFeatures } from './table-model';
import type { HierNode } from './types';
import '../../i18n/ns/hierTable';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export function HierTableHead<R>({ table }: { table: ReactTable<HierFeatures, HierNode<R>> }) {
  const { t } = useTranslation('hierTable');
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const kind = header.column.columnDef.meta?.kind ?? 'text';
            const next = header.column.getNextSortingOrder();
            return (
              <th
                key={header.id}
                scope="col"
                className={`col-${kind}`}
                aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={header.column.getToggleSortingHandler()}
                  title={t(next === 'asc' ? 'sortAsc' : next === 'desc' ? 'sortDesc' : 'sortNone')}
                >
                  <span>
                    <table.FlexRender header={header} />
                  </span>
                  <span aria-hidden="true" className={`sort-icon ${sorted ? 'active' : ''}`}>
                    {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                  </span>
                </button>
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
