// A figure in the chosen unit; the exact amount in 元 is always one hover or focus away and is
// what a screen reader hears when the unit rounds. A figure the document's text states (a
// StatedAmount) passes its `precision`: it is then shown as precise as it was printed
// (use-stated-money.ts), "754.813万元" rather than "754.81万元", "约24,088,400元" in yuan, and its
// hover text is the figure as printed rather than a count of yuan the document never gave.
// Amounts are fen (the data contract); the machine-readable `value` is yuan as an exact decimal
// ("246530872", "96282213.44"), the unit a reader or a script copying it expects.
import { yuanText } from '../domain/fen';
import { useMoney } from './use-money';
import { useStatedMoney } from './use-stated-money';

interface Props {
  fen: number;
  /** the fen value of the last printed digit of a stated figure */
  precision?: number;
  /** a stated figure as printed ("754.813万元"): its hover text, since its exact yuan are not known */
  printed?: string;
  className?: string;
}

/** Finer than a yuan: the figure is exact as shown, its hover text the exact amount. */
const EXACT_PRECISION = 100;

export function Money({ fen, precision, printed, className }: Props) {
  const { format, exact } = useMoney();
  // A table has hundreds of plain figures: only a stated one takes the stated formatter's hooks.
  if (precision !== undefined)
    return <StatedMoney fen={fen} precision={precision} printed={printed} className={className} />;
  return (
    <data value={yuanText(fen)} title={exact(fen)} className={`money ${className ?? ''}`.trim()}>
      {format(fen)}
    </data>
  );
}

function StatedMoney({ fen, precision, printed, className }: Props & { precision: number }) {
  const { exact } = useMoney();
  const stated = useStatedMoney();
  return (
    <data
      value={yuanText(fen)}
      title={precision > EXACT_PRECISION && printed ? printed : exact(fen)}
      className={`money ${className ?? ''}`.trim()}
    >
      {stated(fen, precision)}
    </data>
  );
}
