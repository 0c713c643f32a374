// Downloads: PNG (2x) and SVG with the citation drawn in, CSV and JSON of exactly the rows shown.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber, unitLabel } from '../../domain/money-format';
import { useViewState } from '../../state/use-view-state';
import type { UnitParam } from '../../state/link/values';
import { downloadBlob } from '../../components/chart-export/download';
import { buildExportPng, buildExportSvg } from '../../components/chart-export/export-chart';
import { useMoney } from '../../components/use-money';
import { shareFileName } from '../../components/chart-export/file-name';
import type { ShareMenuProps } from '../../components/share-slot/ShareSlot';
import { readableTable, toCsv, toJson, withUnitHeaders } from '../../domain/share-table';
import type { Citation } from './use-citation';
import '../../i18n/ns/share';

type Kind = 'png' | 'svg' | 'csv' | 'json';

export function DownloadSection({
  title,
  subtitle,
  getSvg,
  rows,
  embedChart,
  exportId,
  citation,
}: ShareMenuProps & { citation: Citation }) {
  const { t } = useTranslation('share');
  const [state] = useViewState();
  const { lang, unit: shownUnit, options: money } = useMoney();
  const id = useId();
  const [error, setError] = useState('');
  // The drill path names what a drilled chart shows; in compare only the change treemap drills, and
  // its path says nothing about the other twelve charts of the view.
  const drills = state.view !== 'compare' || exportId === 'compare-change-treemap';
  const name = (extension: string) =>
    shareFileName(
      { embedChart, exportId, view: state.view, years: citation.years, path: drills ? state.path : [] },
      extension,
    );

  const subtitleIn = (unit: UnitParam) => (typeof subtitle === 'function' ? subtitle(unit) : subtitle);
  const meta = {
    title,
    subtitle: subtitleIn(shownUnit),
    sourceLine: citation.sourceLine,
    versionLine: citation.versionLine,
    dateLine: citation.dateLine,
    link: citation.link,
  };
  const pictureTable = () => {
    const table = rows?.();
    if (!table) return undefined;
    const unit = unitLabel(shownUnit, lang);
    return readableTable(
      withUnitHeaders(table, (label) => t('columns.inUnit', { label, unit })),
      {
        money: (fen) => formatMoney(fen, { ...money, withUnit: false }),
        number: (n) => formatNumber(n, lang),
      },
    );
  };
  const dataTable = () => {
    const table = rows?.();
    return table
      ? withUnitHeaders(table, (label) => t('columns.inUnit', { label, unit: t('columns.yuan') }))
      : undefined;
  };

  const run = async (kind: Kind) => {
    setError('');
    try {
      if (kind === 'png' || kind === 'svg') {
        const svg = buildExportSvg({ getSvg, table: pictureTable() }, meta);
        const blob =
          kind === 'png'
            ? await buildExportPng(svg)
            : new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg.markup}\n`], {
                type: 'image/svg+xml;charset=utf-8',
              });
        downloadBlob(blob, name(kind));
        return;
      }
      const table = dataTable();
      if (!table) return;
      const text =
        kind === 'csv'
          ? toCsv(table)
          : toJson(table, {
              ...meta,
              subtitle: subtitleIn('yuan'),
              dataVersions: citation.versions,
              generated: new Date().toISOString(),
              lang,
            });
      downloadBlob(
        new Blob([text], { type: kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' }),
        name(kind),
      );
    } catch (failure) {
      setError(t('download.failed', { message: failure instanceof Error ? failure.message : String(failure) }));
    }
  };

  const canPicture = Boolean(getSvg || rows);
  return (
    <section className="share-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('download.heading')}</h3>
      <div className="share-downloads">
        {canPicture && (
          <button type="button" className="button" onClick={() => void run('png')}>
            {t('download.png')}
          </button>
        )}
        {canPicture && (
          <button type="button" className="button" onClick={() => void run('svg')}>
            {t('download.svg')}
          </button>
        )}
        {rows && (
          <button type="button" className="button" onClick={() => void run('csv')}>
            {t('download.csv')}
          </button>
        )}
        {rows && (
          <button type="button" className="button" onClick={() => void run('json')}>
            {t('download.json')}
          </button>
        )}
      </div>
      <p className="share-help">{t('download.note')}</p>
      <p role="alert" className="share-error">
        {error}
      </p>
    </section>
  );
}
