// Sentence data (sentences.ts) as zh or en text, from the `compare` namespace. Money in a
// sentence is exact whole yuan ("35,409,501"), so a quote is never a rounded figure; percentages
// are computed from yuan and rounded here, for display only.
import { formatNumber, formatPercent, type Lang } from '../../../domain/money-format';
import { changePointsText } from './stated-text';
import type { ChangeSummary, LineSentence, ShareSentence, WaterfallSentence } from './sentences';

/** The part of i18next's t this module needs (keeps it testable without React). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const yuan = (n: number, lang: Lang) => formatNumber(n, lang);
/** Sentences joined and closed the way the language does it ("。" / ". "). */
export function finish(t: Translate, parts: readonly string[]): string {
  return parts.join(t('sentence.separator')) + t('sentence.end');
}

const signedYuan = (n: number, lang: Lang) => (n > 0 ? `+${yuan(n, lang)}` : yuan(n, lang));

export function lineText(t: Translate, lang: Lang, s: LineSentence): string {
  switch (s.kind) {
    case 'rose':
    case 'fell':
      return t(`sentence.${s.kind}`, { name: s.name, from: yuan(s.from, lang), to: yuan(s.to, lang), pct: formatPercent(Math.abs(s.pct), lang) });
    case 'roseFromZero':
    case 'unchanged':
      return t(`sentence.${s.kind}`, { name: s.name, to: yuan(s.to, lang) });
    case 'new':
      return t('sentence.new', { name: s.name, to: yuan(s.to, lang), toYear: s.toYear });
    case 'removed':
      return t('sentence.removed', { name: s.name, from: yuan(s.from, lang), fromYear: s.fromYear });
  }
}

/** The sentences of a chart summary, unjoined, so a caller can add its own (e.g. how to operate). */
export function summaryParts(t: Translate, lang: Lang, s: ChangeSummary): string[] {
  const parts = [
    t('sentence.summary', { count: s.count, rose: s.rose, fell: s.fell, unchanged: s.unchanged, added: s.added, removed: s.removed }),
  ];
  if (s.largestRise) parts.push(t('sentence.largestRise', { sentence: lineText(t, lang, s.largestRise) }));
  if (s.largestFall) parts.push(t('sentence.largestFall', { sentence: lineText(t, lang, s.largestFall) }));
  return parts;
}

export function summaryText(t: Translate, lang: Lang, s: ChangeSummary): string {
  return finish(t, summaryParts(t, lang, s));
}

export function waterfallText(t: Translate, lang: Lang, s: WaterfallSentence): string {
  const head = t(s.pct === null ? 'sentence.waterfallNoPct' : 'sentence.waterfall', {
    from: yuan(s.from, lang),
    to: yuan(s.to, lang),
    fromYear: s.fromYear,
    toYear: s.toYear,
    change: signedYuan(s.change, lang),
    pct: s.pct === null ? '' : formatPercent(s.pct, lang, { signed: true }),
  });
  const steps = s.steps.map((step) =>
    t(step.status === 'new' ? 'sentence.stepNew' : step.status === 'removed' ? 'sentence.stepRemoved' : 'sentence.step', {
      name: step.name,
      change: signedYuan(step.change, lang),
    }),
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
