// A change of money in the chosen unit ("+5,363.91万元"), the exact signed yuan one hover or
// focus away and in the element's value, as <Money> does for amounts.
import { formatSignedMoney } from '../../domain/money-format';
import { useMoney } from '../../components/use-money';

export function SignedMoney({ yuan, withUnit = true }: { yuan: number; withUnit?: boolean }) {
  const { lang, unit } = useMoney();
  return (
    <data value={yuan} title={formatSignedMoney(yuan, { lang, unit: 'yuan' })} className="money">
      {formatSignedMoney(yuan, { lang, unit, withUnit })}
    </data>
  );
}
