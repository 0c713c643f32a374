// A chart's lines as a table: name, status, both years, the change and its sentence.
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../domain/money-format';
import type { DiffRow } from '../../domain/compare';
import { Money } from '../../components/Money';
import { useLang } from '../../components/use-money';
import type { Classification } from '../../state/link/values';
import { AltTable } from './AltTable';
import { SignedMoney } from './SignedMoney';
import { useCodeName } from './use-compare';
import '../../i18n/ns/compare';

interface Props {
  caption: string;
  rows: DiffRow[];
  cls: Classification;
  sentenceOf: (row: DiffRow) => string;
}

export function LineAltTable({ caption, rows, cls, sentenceOf }: Props) {
  const { t } = useTranslation('compare');
  const lang = useLang();
  const nameOf = useCodeName(cls);
  const dash = t('noFigure');
  return (
    <AltTable
      caption={caption}
      columns={[
        t('lines.name'),
        t('lines.status'),
        t('lines.from'),
        t('lines.to'),
        t('lines.change'),
        t('lines.pct'),
        t('lines.sentence'),
      ]}
      rows={rows.map((r) => ({
        key: r.code,
        head: (
          <>
            <span className="cmp-code">{r.code}</span> {nameOf(r.code, r.name)}
          </>
        ),
        cells: [
          r.status === 'changed' ? '' : t(`status.${r.status}`),
          r.from === null ? dash : <Money fen={r.from} />,
          r.to === null ? dash : <Money fen={r.to} />,
          r.change === null ? dash : <SignedMoney fen={r.change} />,
          r.pct === null ? dash : formatPercent(r.pct, lang, { signed: true }),
          sentenceOf(r),
        ],
      }))}
    />
  );
}
