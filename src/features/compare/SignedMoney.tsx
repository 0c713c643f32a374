// A change of money (fen) in the chosen unit ("+5,363.91万元"), the exact signed amount in 元 one
// hover or focus away and, as yuan, in the element's value, as <Money> does for amounts.
import { yuanText } from '../../domain/fen';
import { formatMoneyExact, formatSignedMoney } from '../../domain/money-format';
import { useMoney } from '../../components/use-money';

export function SignedMoney({ fen, withUnit = true }: { fen: number; withUnit?: boolean }) {
  const { lang, printsFen, options } = useMoney();
  return (
    <data value={yuanText(fen)} title={formatMoneyExact(fen, lang, { printsFen, signed: true })} className="money">
      {formatSignedMoney(fen, { ...options, withUnit })}
    </data>
  );
}
