// What in the link could not be shown as asked: a year without a document, a measure the
// classification does not have, a drill path that does not exist in this year (cut back to the
// deepest level that does). Visible and announced, never silent.
import { useTranslation } from 'react-i18next';
import type { ViewState } from '../../state/link/app-link';
import type { ExploreModel } from './explore-model';
import '../../i18n/ns/explore';

interface Props {
  state: ViewState;
  docYear: number;
  model: ExploreModel;
  measureValid: boolean;
  name: (code: string, printed: string) => string;
  rootLabel: string;
}

export function ExploreNotices({ state, docYear, model, measureValid, name, rootLabel }: Props) {
  const { t } = useTranslation('explore');
  const messages: string[] = [];
  if (state.year !== null && state.year !== docYear)
    messages.push(t('notice.year', { requested: state.year, shown: docYear }));
  if (!measureValid)
    messages.push(t('notice.measure', { measure: t(`measure.${state.measure}`), cls: t(`cls.${state.cls}`) }));
  if (!model.valid) {
    const shownLines = [...model.trail, ...(model.leaf ? [model.leaf] : [])];
    const shown = shownLines.length ? shownLines.map((l) => name(l.code, l.name)).join(' › ') : rootLabel;
    messages.push(t('notice.path', { requested: state.path.join('.'), year: docYear, shown }));
  }
  if (messages.length === 0) return null;
  return (
    <div className="notice explore-notice" role="status">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
