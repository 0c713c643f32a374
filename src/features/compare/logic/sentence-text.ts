// Sentence data (sentences.ts) as zh or en text, from the `compare` namespace. Money (fen) in a
// sentence is the exact figure in 元 ("35,409,501", "96,282,213.44"), so a quote is never a
// rounded figure; `printsFen` (the documents print fen) writes whole amounts as "1,000.00" too,
// and an amount with fen always shows them. Percentages are computed from the exact amounts and
// rounded here, for display only.
import { formatMoneyExact, formatPercent } from '../../../domain/money-format';
import { changePointsText } from './stated-text';
import type { ChangeSummary, LineSentence, ShareSentence, WaterfallSentence } from './sentences';
import type { Lang } from '../../../domain/lang';

/** The part of i18next's t this module needs (keeps it testable without React). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const yuan = (fen: number, lang: Lang, printsFen: boolean) =>
  formatMoneyExact(fen, lang, { printsFen, withUnit: false });
/** Sentences joined and closed the way the language does it ("。" / ". "). */
export function finish(t: Translate, parts: readonly string[]): string {
  return parts.join(t('sentence.separator')) + t('sentence.end');
}

const signedYuan = (fen: number, lang: Lang, printsFen: boolean) =>
  formatMoneyExact(fen, lang, { printsFen, signed: true, withUnit: false });

export function lineText(t: Translate, lang: Lang, s: LineSentence, printsFen = false): string {
  const y = (fen: number) => yuan(fen, lang, printsFen);
  switch (s.kind) {
    case 'rose':
    case 'fell':
      return t(`sentence.${s.kind}`, {
        name: s.name,
        from: y(s.from),
        to: y(s.to),
        pct: formatPercent(Math.abs(s.pct), lang),
      });
    case 'roseFromZero':
    case 'unchanged':
      return t(`sentence.${s.kind}`, { name: s.name, to: y(s.to) });
    case 'new':
      return t('sentence.new', { name: s.name, to: y(s.to), toYear: s.toYear });
    case 'removed':
      return t('sentence.removed', { name: s.name, from: y(s.from), fromYear: s.fromYear });
  }
}

/** The sentences of a chart summary, unjoined, so a caller can add its own (e.g. how to operate). */
export function summaryParts(t: Translate, lang: Lang, s: ChangeSummary, printsFen = false): string[] {
  const parts = [
    t('sentence.summary', {
      count: s.count,
      rose: s.rose,
      fell: s.fell,
      unchanged: s.unchanged,
      added: s.added,
      removed: s.removed,
    }),
  ];
  if (s.largestRise) parts.push(t('sentence.largestRise', { sentence: lineText(t, lang, s.largestRise, printsFen) }));
  if (s.largestFall) parts.push(t('sentence.largestFall', { sentence: lineText(t, lang, s.largestFall, printsFen) }));
  return parts;
}

export function summaryText(t: Translate, lang: Lang, s: ChangeSummary, printsFen = false): string {
  return finish(t, summaryParts(t, lang, s, printsFen));
}

export function waterfallText(t: Translate, lang: Lang, s: WaterfallSentence, printsFen = false): string {
  const head = t(s.pct === null ? 'sentence.waterfallNoPct' : 'sentence.waterfall', {
    from: yuan(s.from, lang, printsFen),
    to: yuan(s.to, lang, printsFen),
    fromYear: s.fromYear,
    toYear: s.toYear,
    change: signedYuan(s.change, lang, printsFen),
    pct: s.pct === null ? '' : formatPercent(s.pct, lang, { signed: true }),
  });
  const steps = s.steps.map((step) =>
    t(
      step.status === 'new' ? 'sentence.stepNew' : step.status === 'removed' ? 'sentence.stepRemoved' : 'sentence.step',
      {
        name: step.name,
        change: signedYuan(step.change, lang, printsFen),
      },
    ),
  );
  return finish(t, [head, t('sentence.steps', { steps: steps.join(t('sentence.listSeparator')) })]);
}

export function shareText(t: Translate, lang: Lang, s: ShareSentence): string {
  return t('sentence.share', {
    name: s.name,
    fromShare: formatPercent(s.fromShare, lang),
    toShare: formatPercent(s.toShare, lang),
    fromYear: s.fromYear,
    toYear: s.toYear,
    points: changePointsText(s.points, lang, t('points.aboutZero')),
  });
}
