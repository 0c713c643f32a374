// The legend of the diverging change colours: every bin with its words, so the colour is read.
import { useTranslation } from 'react-i18next';
import { BIN_COLOURS, CHANGE_BINS } from './logic/change-scale';
import '../../i18n/ns/compare';

export function ChangeLegend() {
  const { t } = useTranslation('compare');
  return (
    <div className="cmp-legend">
      <span className="cmp-legend-title" id="cmp-legend-title">
        {t('legend.title')}
      </span>
      <ul aria-labelledby="cmp-legend-title">
        {CHANGE_BINS.map((bin) => (
          <li key={bin}>
            <span className="cmp-swatch" style={{ background: BIN_COLOURS[bin].fill }} aria-hidden="true" />
            {t(`legend.${bin}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
