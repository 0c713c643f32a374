// The line-by-line comparison in the shared hierarchical table: each year's amount, the change
// in yuan and percent, each year's share and the change of share; new and removed lines say so
// in the status column and have no change. "Describe rows" adds each row's sentence as a column.
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HierTable } from '../../components/hier-table/HierTable';
import { nodesFromCodedRows } from '../../components/hier-table/tree';
import { useUrlTableState } from '../../components/hier-table/use-url-table-state';
import type { HierColumn, HierNode } from '../../components/hier-table/types';
import { exportFileName } from '../../components/chart-export/download';
import { totalChange, type DiffRow } from '../../domain/compare';
import type { Classification, CompareLevel, Measure } from '../../state/link/values';
import { rowsAtLevel } from './logic/compare-lines';
import { useCardId } from './cards/card-context';
import { useCodeName, usePointsText, useRowSentence, type ComparePair } from './use-compare';
import '../../i18n/ns/compare';

interface Props {
  pair: ComparePair;
  rows: DiffRow[];
  cls: Classification;
  level: CompareLevel;
  measure: Measure;
}

/** The 合计 line as a diff row: the sums of the 类 rows of each year. */
function totalsRow(rows: readonly DiffRow[]): DiffRow {
  const top = rows.filter((r) => r.level === 1);
  const c = totalChange(
    top.reduce((s, r) => s + (r.from ?? 0), 0),
    top.reduce((s, r) => s + (r.to ?? 0), 0),
  );
  return {
    code: '',
    name: '',
    fromName: '',
    level: 1,
    parentCode: null,
    status: 'changed',
    from: c.from,
    to: c.to,
    change: c.change,
    pct: c.pct,
    fromShare: 1,
    toShare: 1,
    sharePoints: 0,
  };
}

export const LineTable = memo(function LineTable({ pair, rows, cls, level, measure }: Props) {
  const { t } = useTranslation('compare');
  const nameOf = useCodeName(cls);
  const sentenceOf = useRowSentence(cls, pair.years);
  const urlState = useUrlTableState();
  const [describe, setDescribe] = useState(false);
  const pointsText = usePointsText();
  const cardId = useCardId();
  const { fromYear, toYear } = pair.years;

  // A line of one year only says so in its name too, where the eye (and a narrow screen) is.
  const shownName = useCallback(
    (r: DiffRow) =>
      r.status === 'new' || r.status === 'removed'
        ? t('lines.nameWithStatus', { name: nameOf(r.code, r.name), status: t(`status.${r.status}`) })
        : nameOf(r.code, r.name),
    [t, nameOf],
  );
  const nodes = useMemo<HierNode<DiffRow>[]>(() => {
    if (level === 'all') return nodesFromCodedRows(rows, shownName);
    return rowsAtLevel(rows, level).map((r) => ({
      id: r.code,
      code: r.code,
      name: shownName(r),
      searchNames: [r.name, r.fromName ?? ''],
      row: r,
      children: [],
    }));
  }, [rows, level, shownName]);

  const columns = useMemo<HierColumn<DiffRow>[]>(() => {
    const list: HierColumn<DiffRow>[] = [
      { id: 'from', header: t('lines.amount', { year: fromYear }), kind: 'money', value: (r) => r.from },
      { id: 'to', header: t('lines.amount', { year: toYear }), kind: 'money', value: (r) => r.to },
      { id: 'change', header: t('lines.change'), kind: 'signedMoney', value: (r) => r.change },
      { id: 'pct', header: t('lines.pct'), kind: 'signedPercent', value: (r) => r.pct },
      { id: 'fromShare', header: t('lines.share', { year: fromYear }), kind: 'percent', value: (r) => r.fromShare },
      { id: 'toShare', header: t('lines.share', { year: toYear }), kind: 'percent', value: (r) => r.toShare },
      // The difference of two shares; the header says it is in percentage points.
      { id: 'sharePoints', header: t('lines.sharePoints'), kind: 'signedPoints', value: (r) => r.sharePoints },
      {
        id: 'status',
        header: t('lines.status'),
        kind: 'text',
        text: (r) => (r.code === '' || r.status === 'changed' ? '' : t(`status.${r.status}`)),
      },
    ];
    if (describe)
      list.push({
        id: 'sentence',
        header: t('lines.sentence'),
        kind: 'text',
        text: (r) => (r.code === '' ? '' : sentenceOf(r)),
      });
    return list;
  }, [t, fromYear, toYear, describe, sentenceOf]);

  const totals = useMemo(() => ({ row: totalsRow(rows) }), [rows]);

  return (
    <div className="cmp-lines" data-card={cardId ?? undefined}>
      <div className="cmp-lines-tools">
        <button type="button" className="button small" aria-pressed={describe} onClick={() => setDescribe((d) => !d)}>
          {t('lines.describeRows')}
        </button>
      </div>
      <HierTable
        id="compare-lines"
        caption={t('lines.caption', {
          from: fromYear,
          to: toYear,
          cls: t(`controls.cls.${cls}`),
          measure: t(`measures.${measure}`),
        })}
        rows={nodes}
        columns={columns}
        totals={totals}
        {...urlState}
        csvFileName={exportFileName(['compare', cls, measure, fromYear, toYear, `level-${level}`], 'csv')}
        formatPoints={pointsText}
      />
    </div>
  );
});
