// The Explore view's data and actions: document of the year, tree of the classification, the
// level for the path in the URL, the tiles in the chosen unit and language, and the navigation
// (every step a history entry, so the browser's back and forward walk the drill path).
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTree } from '../../domain/hierarchy';
import { formatPercent } from '../../domain/money-format';
import { codeName } from '../../i18n';
import { useMoney } from '../../components/use-money';
import type { FocusRequest } from '../../components/treemap/types';
import { useDataStore } from '../../state/data-store';
import { documentForYear, yearsOf } from '../../state/selectors';
import { useViewState } from '../../state/use-view-state';
import type { Classification, Measure } from '../../state/link/values';
import { exploreModel } from './explore-model';
import { pathToItem, pathUp } from './drill';
import { ECONOMIC_MEASURES, FUNCTION_MEASURES, isMeasureOf, resolveMeasure } from '../../domain/classifications';
import { toTreemapNodes, type TileText } from './tiles';
import '../../i18n/ns/explore';

export function useExplore() {
  const { t, i18n } = useTranslation('explore');
  const { format, lang } = useMoney();
  const documents = useDataStore((s) => s.documents);
  const [state, navigate] = useViewState();
  const doc = documentForYear(documents, state.year);
  const cls = state.cls;
  const { measure, valid: measureValid } = resolveMeasure(cls, state.measure);
  const pathKey = state.path.join('.');

  // One tree per table and document; the level below only re-slices it.
  const trees = useMemo(
    () =>
      doc
        ? { function: buildTree(doc.tables.expenditureByFunction), economic: buildTree(doc.tables.basicByEconomic) }
        : null,
    [doc],
  );
  const model = useMemo(() => {
    if (!doc || !trees) return null;
    const path = pathKey ? pathKey.split('.') : [];
    if (cls === 'economic') {
      const m = isMeasureOf('economic', measure) ? measure : 'total';
      return exploreModel(trees.economic, ECONOMIC_MEASURES, m, doc.tableTotals.basicByEconomic[m], path);
    }
    const m = isMeasureOf('function', measure) ? measure : 'total';
    return exploreModel(trees.function, FUNCTION_MEASURES, m, doc.tableTotals.expenditureByFunction[m], path);
  }, [doc, trees, cls, measure, pathKey]);

  const name = useCallback((code: string, printed: string) => codeName(i18n, cls, code, printed), [i18n, cls]);
  const share = useCallback(
    (ratio: number | null) => (ratio === null ? t('noShare') : formatPercent(ratio, lang)),
    [t, lang],
  );
  const text = useMemo<TileText>(
    () => ({
      name,
      money: format,
      share,
      ariaLabel: ({ name: n, amount, share: s, childCount }) =>
        t('tile.aria', { name: n, amount, share: s }) +
        (childCount > 0 ? t('tile.opens', { count: childCount }) : t('tile.details')),
    }),
    [name, format, share, t],
  );
  const nodes = useMemo(() => (model ? toTreemapNodes(model, text) : []), [model, text]);

  // Where keyboard focus goes after a step taken in the view (not after the browser's back).
  const [focusRequest, setFocusRequest] = useState<FocusRequest>({ id: null, seq: 0 });
  const [leafFocusSeq, setLeafFocusSeq] = useState(0);
  const requestFocus = (id: string | null) => setFocusRequest((prev) => ({ id, seq: prev.seq + 1 }));

  const activate = (code: string) => {
    if (!model) return;
    const item = model.items.find((i) => i.code === code);
    if (!item) return;
    if (item.childCount === 0) {
      if (model.leaf?.code !== code) navigate({ path: pathToItem(model, code) });
      setLeafFocusSeq((n) => n + 1);
      return;
    }
    navigate({ path: pathToItem(model, code) });
    requestFocus(null);
  };
  const up = model ? pathUp(model) : null;
  const goUp = () => {
    if (!up) return false;
    navigate({ path: up.path });
    requestFocus(up.focus);
    return true;
  };
  const goTo = (path: string[]) => {
    if (!model) return;
    navigate({ path });
    requestFocus(model.codes[path.length] ?? null);
  };
  const setYear = (year: number) => navigate({ year, path: state.path }); // keep the path; it may not exist that year
  const setClassification = (next: Classification) => navigate({ cls: next, path: [], measure: 'total' });
  const setMeasure = (next: Measure) => navigate({ measure: next });

  return {
    doc,
    years: yearsOf(documents),
    state,
    cls,
    measure,
    measureValid,
    model,
    nodes,
    name,
    share,
    focusRequest,
    leafFocusSeq,
    canGoUp: up !== null,
    activate,
    goUp,
    goTo,
    setYear,
    setClassification,
    setMeasure,
  };
}
