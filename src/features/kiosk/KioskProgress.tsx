// Where the tour is: one segment per slide, the current one filling over the slide's time (a CSS
// animation restarted per slide; static under prefers-reduced-motion), "3 / 6", and whether the
// tour plays or is paused, with when it will go on by itself.
import { useTranslation } from 'react-i18next';
import '../../i18n/ns/kiosk';

interface Props {
  index: number;
  count: number;
  playing: boolean;
  rendered: boolean;
  /** restarts the fill animation: changes when the slide is shown or the tour plays again */
  shownAt: number;
  intervalMs: number;
  idleSeconds: number;
}

const MAX_SEGMENTS = 24;

export function KioskProgress({ index, count, playing, rendered, shownAt, intervalMs, idleSeconds }: Props) {
  const { t } = useTranslation('kiosk');
  const segments = count <= MAX_SEGMENTS ? count : 0;
  return (
    <div className="kiosk-progress" data-playing={playing}>
      <p className="kiosk-progress-text">
        <span
          className="kiosk-progress-count"
          aria-label={t('progress.label', { current: index + 1, total: count })}
          data-testid="kiosk-position"
        >
          {t('progress.short', { current: index + 1, total: count })}
        </span>
        <span className="kiosk-progress-state">
          {playing ? t('progress.playing') : t('progress.paused', { seconds: idleSeconds })}
        </span>
      </p>
      <div className="kiosk-progress-track" aria-hidden="true">
        {segments > 0 ? (
          Array.from({ length: segments }, (_, i) => (
            <span key={i} className="kiosk-progress-segment" data-done={i < index} data-current={i === index}>
              {i === index && rendered && (
                <span key={shownAt} className="kiosk-progress-fill" style={{ animationDuration: `${intervalMs}ms` }} />
              )}
            </span>
          ))
        ) : (
          <span className="kiosk-progress-segment" data-current="true">
            <span className="kiosk-progress-whole" style={{ width: `${((index + 1) / count) * 100}%` }} />
          </span>
        )}
      </div>
    </div>
  );
}
