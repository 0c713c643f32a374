// Which lines the comparison shows: classification, level and measure, all in the URL.
import { useTranslation } from 'react-i18next';
import { useViewState } from '../../state/use-view-state';
import { CLASSIFICATIONS, type Measure } from '../../state/link/values';
import { LEVELS_OF, MEASURES_OF, effectiveLevel, effectiveMeasure } from '../../domain/classifications';
import '../../i18n/ns/compare';

function LineControls() {
  const { t } = useTranslation('compare');
  const [state, navigate] = useViewState();
  const cls = state.cls;
  const level = effectiveLevel(cls, state.level);
  const measure = effectiveMeasure(cls, state.measure);
  return (
    <div className="cmp-controls">
      <div role="group" aria-label={t('controls.classification')} className="segmented">
        {CLASSIFICATIONS.map((c) => (
          <button key={c} type="button" aria-pressed={cls === c} onClick={() => navigate({ cls: c, measure: 'total' })}>
            {t(`controls.cls.${c}`)}
          </button>
        ))}
      </div>
      <div role="group" aria-label={t('controls.level')} className="segmented">
        {LEVELS_OF[cls].map((l) => (
          <button key={l} type="button" aria-pressed={level === l} onClick={() => navigate({ level: l })}>
            {t(`controls.levels.${cls}.${l}`)}
          </button>
        ))}
      </div>
      <label className="select-label">
        <span>{t('controls.measure')}</span>
        <select value={measure} onChange={(e) => navigate({ measure: e.target.value as Measure })}>
          {MEASURES_OF[cls].map((m) => (
            <option key={m} value={m}>
              {t(`measures.${m}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** The heading of the line-by-line section, what it compares, and the controls. */
export function LinesHead({ titleId }: { titleId: string }) {
  const { t } = useTranslation('compare');
  const [state] = useViewState();
  return (
    <>
      <h2 id={titleId}>{t('lines.title')}</h2>
      <p className="cmp-chart-note">{t(`lines.intro.${state.cls}`)}</p>
      <LineControls />
    </>
  );
}
