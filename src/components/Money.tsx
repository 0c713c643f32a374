// A figure in the chosen unit; the exact amount in yuan is always one hover or focus away and is
// what a screen reader hears when the unit rounds.
import { useMoney } from './use-money';

export function Money({ yuan, className }: { yuan: number; className?: string }) {
  const { format, exact } = useMoney();
  const shown = format(yuan);
  const full = exact(yuan);
  return (
    <data value={yuan} title={full} className={`money ${className ?? ''}`.trim()}>
      {shown}
    </data>
  );
}
