// The headline: total spending of both years and the change, then basic and project spending,
// each with its sentence. Totals are the sums of 表3's 类 rows (equal to its printed 合计).
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { levelOneTotal, totalChange } from '../../domain/compare';
import { formatPercent } from '../../domain/money-format';
import { Money } from '../../components/Money';
import { useMoney } from '../../components/use-money';
import { lineSentence } from './logic/sentences';
import { lineText } from './logic/sentence-text';
import { SignedMoney } from './SignedMoney';
import { useCompareT, type ComparePair } from './use-compare';
import '../../i18n/ns/compare';

const PARTS = ['total', 'basic', 'project'] as const;

export const TotalChange = memo(function TotalChange({ pair }: { pair: ComparePair }) {
  const { t } = useTranslation('compare');
  const tc = useCompareT();
  const { lang, printsFen } = useMoney();
  const { from, to, years } = pair;
  return (
    <dl className="cmp-headline">
      {PARTS.map((part) => {
        const c = totalChange(
          levelOneTotal(from.tables.expenditureByFunction, part),
          levelOneTotal(to.tables.expenditureByFunction, part),
        );
        const sentence = lineText(
          tc,
          lang,
          lineSentence({ status: 'changed', from: c.from, to: c.to }, t(`headline.${part}`), years),
          printsFen,
        );
        return (
          <div
            key={part}
            className={`cmp-headline-item ${part === 'total' ? 'main' : ''}`}
            data-testid={`headline-${part}`}
          >
            <dt>{t(`headline.${part}`)}</dt>
            <dd>
              <span className="cmp-fromto">
                <Money fen={c.from} /> <span aria-hidden="true">→</span>
                <span className="visually-hidden">{t('headline.to')}</span> <Money fen={c.to} />
              </span>
              <span className="cmp-change" data-testid={`change-${part}`}>
                <SignedMoney fen={c.change} />
                {c.pct !== null && (
                  <span className="cmp-pct">
                    {t('headline.pct', { pct: formatPercent(c.pct, lang, { signed: true }) })}
                  </span>
                )}
              </span>
              <span className="cmp-sentence">
                {sentence}
                {tc('sentence.end')}
              </span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
});
