// The change treemap: the lines under the drill path (`path` in the URL), sized by the larger of
// the two years and coloured by relative change on a diverging scale, with a legend. Opening a
// tile goes one level down, as in the explorer; the breadcrumb, Escape or Backspace go back up.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DrillTreemap } from '../../components/treemap/DrillTreemap';
import type { FocusRequest, TreemapNode } from '../../components/treemap/types';
import { formatMoney, formatPercent, formatSignedMoney } from '../../domain/money-format';
import type { DiffRow } from '../../domain/compare';
import { useMoney } from '../../components/use-money';
import { isTextEntry } from '../../components/text-entry';
import { useViewState } from '../../state/use-view-state';
import type { Classification } from '../../state/link/values';
import { BIN_COLOURS } from './logic/change-scale';
import { changeTiles, validPath } from './logic/chart-data';
import { changeSummary } from './logic/sentences';
import { finish, summaryParts } from './logic/sentence-text';
import { ChangeLegend } from './ChangeLegend';
import { ChartCard } from './ChartCard';
import { TreemapCrumbs } from './TreemapCrumbs';
import { useCodeName, useCompareT, useRowSentence, type ComparePair } from './use-compare';
import { useDiffShare } from './use-diff-share';
import '../../i18n/ns/compare';

export function ChangeTreemap({ pair, rows, cls }: { pair: ComparePair; rows: DiffRow[]; cls: Classification }) {
  const { t } = useTranslation('compare');
  const tc = useCompareT();
  const { lang, printsFen, options: moneyOptions } = useMoney();
  const [state, navigate] = useViewState();
  const nameOf = useCodeName(cls);
  const sentenceOf = useRowSentence(cls, pair.years);
  const [focus, setFocus] = useState<FocusRequest | undefined>(undefined);
  const [picked, setPicked] = useState<string | null>(null);

  const path = useMemo(() => validPath(rows, state.path), [rows, state.path]);
  const parent = path[path.length - 1]?.code ?? null;
  const tiles = useMemo(() => changeTiles(rows, parent), [rows, parent]);
  const dash = t('noFigure');

  const nodes = useMemo<TreemapNode[]>(() => {
    const money = (fen: number) => formatMoney(fen, moneyOptions);
    return tiles.map(({ row, size, bin, drillable }) => {
      const status = row.status === 'new' || row.status === 'removed' ? t(`status.${row.status}`) : null;
      const pct = row.pct === null ? null : formatPercent(row.pct, lang, { signed: true });
      const change = row.change === null ? null : formatSignedMoney(row.change, moneyOptions);
      const sentence = sentenceOf(row);
      return {
        id: row.code,
        name: nameOf(row.code, row.name),
        value: size,
        colour: BIN_COLOURS[bin].fill,
        ink: BIN_COLOURS[bin].ink,
        labelLines: status ? [status, money(row.to ?? row.from ?? 0)] : [pct ?? t('treemap.fromZero'), change ?? ''],
        ariaLabel: drillable ? `${sentence}${t('treemap.opens')}` : sentence,
        listCells: [
          row.from === null ? dash : money(row.from),
          row.to === null ? dash : money(row.to),
          status ?? change ?? dash,
          status ? dash : (pct ?? dash),
        ],
        drillable,
        selected: picked === row.code,
      };
    });
  }, [tiles, t, lang, moneyOptions, sentenceOf, nameOf, picked, dash]);

  const description = useMemo(() => {
    const summary = changeSummary(
      tiles.map((tile) => tile.row),
      (r) => nameOf(r.code, r.name),
      pair.years,
    );
    return finish(tc, [...summaryParts(tc, lang, summary, printsFen), t('treemap.howTo')]);
  }, [tiles, nameOf, pair.years, tc, lang, printsFen, t]);
  const shareRows = useDiffShare(cls, pair.years);
  const pickedRow = picked === null ? undefined : tiles.find((tile) => tile.row.code === picked)?.row;

  const activate = (id: string) => {
    const tile = tiles.find((x) => x.row.code === id);
    if (tile?.drillable) {
      setPicked(null);
      navigate({ path: [...path.map((s) => s.code), id] });
      setFocus((f) => ({ id: null, seq: (f?.seq ?? 0) + 1 }));
    } else setPicked(id);
  };

  // As in the explorer: Escape or Backspace first closes a picked line's sentence, then goes up one
  // level, focusing the tile just left. A key typed into a field is the field's.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (
      (event.key !== 'Escape' && event.key !== 'Backspace') ||
      isTextEntry(event.target) ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey
    )
      return;
    if (picked !== null) setPicked(null);
    else if (path.length > 0) {
      const left = path[path.length - 1]!.code;
      navigate({ path: path.slice(0, -1).map((s) => s.code) });
      setFocus((f) => ({ id: left, seq: (f?.seq ?? 0) + 1 }));
    } else return;
    event.preventDefault();
  };

  return (
    <ChartCard
      title={t('treemap.title')}
      description={description}
      shareRows={() => shareRows(tiles.map((tile) => tile.row))}
    >
      <div className="cmp-treemap" onKeyDown={onKeyDown}>
        <TreemapCrumbs
          steps={path.map((s) => ({ code: s.code, name: nameOf(s.code, s.row.name) }))}
          onGo={(depth) => {
            setPicked(null);
            navigate({ path: path.slice(0, depth).map((s) => s.code) });
          }}
        />
        <ChangeLegend />
        <DrillTreemap
          nodes={nodes}
          onActivate={activate}
          label={t('treemap.chartLabel', { from: pair.years.fromYear, to: pair.years.toYear })}
          description={description}
          listColumns={[
            t('lines.name'),
            t('lines.amount', { year: pair.years.fromYear }),
            t('lines.amount', { year: pair.years.toYear }),
            t('lines.change'),
            t('lines.pct'),
          ]}
          listCaption={t('treemap.listCaption')}
          renderTooltip={(node) => {
            const row = tiles.find((x) => x.row.code === node.id)?.row;
            return row ? <p className="cmp-tooltip-text">{sentenceOf(row)}</p> : null;
          }}
          emptyText={t('treemap.empty')}
          focusRequest={focus}
        />
        <p className="cmp-picked" aria-live="polite">
          {pickedRow ? `${sentenceOf(pickedRow)}${tc('sentence.end')}` : ''}
        </p>
      </div>
    </ChartCard>
  );
}
