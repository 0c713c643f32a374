// A change against the year before exactly as a document states it ("比2025年预算增加4,259万元"),
// in the reader's language and unit but never with more precision than the statement has (marked
// approximate where the unit is finer than the statement). In
// English the Chinese wording is kept beside it, since it is the citable source.
import { useTranslation } from 'react-i18next';
import type { StatedChange } from '../../domain/schema';
import { printedPrecision } from '../../domain/stated-money';
import { useLang } from '../../components/use-money';
import { useStatedMoney } from '../../components/use-stated-money';
import '../../i18n/ns/overview';

type ChangeSubjectKey = 'expenditureTotal' | 'fiscalExpenditure' | 'threePublic';

export interface StatedChangeTextProps {
  change: StatedChange;
  subject: ChangeSubjectKey;
  /** fen value of the last printed digit; read from the printed change when omitted */
  precision?: number;
}

export function StatedChangeText({ change, subject, precision }: StatedChangeTextProps) {
  const { t } = useTranslation('overview');
  const lang = useLang();
  const stated = useStatedMoney();
  const step = precision ?? printedPrecision(change.printed) ?? 1;
  // "约42,590,000元" in 元: the document gave 4,259万元, not the last four digits.
  const amount = stated(change.amount, step);
  const text = t(`change.${change.direction}`, {
    subject: t(`change.subject.${subject}`),
    previousYear: change.previousYear,
    amount,
  });
  return (
    <span className={`stated-change stated-change-${change.direction}`}>
      <span aria-hidden="true" className="stated-change-arrow">
        {change.direction === 'increase' ? '▲' : change.direction === 'decrease' ? '▼' : '＝'}
      </span>{' '}
      {lang === 'zh-CN' ? text : upperFirst(text)}
      {lang !== 'zh-CN' && (
        <>
          {' '}
          <span className="stated-change-printed">
            ({t('change.printed')} “<span lang="zh-CN">{change.printed}</span>”)
          </span>
        </>
      )}
    </span>
  );
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
