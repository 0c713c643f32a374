// A figure the document's text states, in the reader's unit and language at the precision it was
// printed with (src/domain/stated-money.ts), marked "约…" / "≈ …" where the unit shows digits the
// document did not print, or where the caller says it is approximate (a derived figure). Used
// wherever such a figure is shown: the overview's statements of change, the projects, compare.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { statedMoneyText } from '../domain/stated-money';
import { useMoney } from './use-money';

export interface StatedMoneyOptions {
  signed?: boolean;
  /** known to be approximate whatever the unit (a figure derived from a rounded statement) */
  approximate?: boolean;
  /** never more decimals than the unit shows (beside exact figures) */
  withinUnit?: boolean;
}

/** (fen, the fen value of its last printed digit) -> text; a precision of a yuan or finer is an exact figure. */
export function useStatedMoney(): (fen: number, precision: number, options?: StatedMoneyOptions) => string {
  const { t } = useTranslation();
  const { options: money } = useMoney();
  return useCallback(
    (fen, precision, options = {}) => {
      const stated = statedMoneyText(fen, precision, {
        ...money,
        signed: options.signed ?? false,
        withinUnit: options.withinUnit ?? false,
      });
      return stated.approximate || options.approximate ? t('money.approx', { amount: stated.text }) : stated.text;
    },
    [t, money],
  );
}
