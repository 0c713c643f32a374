// The budget units each document lists (机构设置, down to the basic budget units), compared by
// name: listed in both, listed again under a changed name, no longer listed, or new.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareUnits, unitKey } from './logic/budget-units';
import { ChartCard } from './ChartCard';
import { finish } from './logic/sentence-text';
import { useCompareT, type ComparePair } from './use-compare';
import '../../i18n/ns/compare';

export const UnitsCard = memo(function UnitsCard({ pair }: { pair: ComparePair }) {
  const { t, i18n } = useTranslation('compare');
  const tc = useCompareT();
  const { from, to, years } = pair;
  const units = compareUnits(from.budgetUnits.units, to.budgetUnits.units);
  // Unit names are translated where the compare namespace knows them; else shown as printed.
  const name = (printed: string) => {
    const key = `compare:unitNames.${unitKey(printed)}`;
    return i18n.language !== 'zh-CN' && i18n.exists(key) ? t(key) : printed;
  };
  const statusOf = (u: (typeof units)[number]) => (u.renamed ? 'renamed' : u.status);
  const sentences = [
    t('units.count', {
      fromYear: years.fromYear,
      toYear: years.toYear,
      from: from.budgetUnits.units.length,
      to: to.budgetUnits.units.length,
    }),
    ...units
      .filter((u) => u.status !== 'both' || u.renamed)
      .map((u) =>
        t(`units.sentence.${statusOf(u)}`, {
          name: name(u.name),
          fromName: u.fromName ?? '',
          toName: u.toName ?? '',
          fromYear: years.fromYear,
          toYear: years.toYear,
        }),
      ),
  ];
  return (
    <ChartCard
      title={t('units.title')}
      description={finish(tc, sentences)}
      shareRows={() => ({
        columns: [
          { key: 'name', label: t('units.title'), kind: 'text' },
          { key: 'status', label: t('lines.status'), kind: 'text' },
          { key: 'fromName', label: t('share.printedName', { year: years.fromYear }), kind: 'text' },
          { key: 'toName', label: t('share.printedName', { year: years.toYear }), kind: 'text' },
        ],
        rows: units.map((u) => ({
          name: name(u.name),
          status: t(`units.status.${statusOf(u)}`, { fromYear: years.fromYear, toYear: years.toYear }),
          fromName: u.fromName,
          toName: u.toName,
        })),
      })}
    >
      <p className="cmp-chart-note">{sentences[0]}</p>
      <ul className="cmp-units">
        {units.map((u) => (
          <li key={u.name} className={`cmp-unit cmp-unit-${statusOf(u)}`}>
            <span lang={name(u.name) === u.name ? 'zh-CN' : undefined}>{name(u.name)}</span>
            <span className={`cmp-badge cmp-badge-${statusOf(u)}`}>
              {t(`units.status.${statusOf(u)}`, { fromYear: years.fromYear, toYear: years.toYear })}
            </span>
            {u.renamed && (
              <span className="cmp-unit-note">
                {t('units.printedAs', { year: years.fromYear })} <span lang="zh-CN">{u.fromName}</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </ChartCard>
  );
});
