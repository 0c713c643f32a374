// The controls for touch screens and mice: previous, pause or play, next, full screen. They show
// for a moment after the pointer moves, while the tour is paused, and while one has keyboard
// focus; otherwise they fade out with the cursor, leaving the slide alone on the screen.
import { useTranslation } from 'react-i18next';
import type { UrlNotice } from '../../state/link/link';
import { CONTROLS_ATTRIBUTE } from './use-kiosk-input';
import '../../i18n/ns/kiosk';

interface Props {
  visible: boolean;
  playing: boolean;
  fullscreen: boolean;
  notices: UrlNotice[];
  onPrevious: () => void;
  onToggle: () => void;
  onNext: () => void;
  onFullscreen: () => void;
}

export function KioskControls({
  visible,
  playing,
  fullscreen,
  notices,
  onPrevious,
  onToggle,
  onNext,
  onFullscreen,
}: Props) {
  const { t } = useTranslation('kiosk');
  return (
    <div
      className="kiosk-controls"
      {...{ [CONTROLS_ATTRIBUTE]: '' }}
      data-visible={visible}
      role="toolbar"
      aria-label={t('controls.label')}
    >
      <button type="button" className="kiosk-button" onClick={onPrevious} aria-label={t('controls.previous')}>
        <span aria-hidden="true">‹</span>
      </button>
      <button
        type="button"
        className="kiosk-button"
        onClick={onToggle}
        aria-label={playing ? t('controls.pause') : t('controls.play')}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      </button>
      <button type="button" className="kiosk-button" onClick={onNext} aria-label={t('controls.next')}>
        <span aria-hidden="true">›</span>
      </button>
      <button
        type="button"
        className="kiosk-button"
        onClick={onFullscreen}
        aria-label={fullscreen ? t('controls.exitFullscreen') : t('controls.fullscreen')}
      >
        <span aria-hidden="true">{fullscreen ? '⤡' : '⤢'}</span>
      </button>
      {notices.length > 0 && (
        <p className="kiosk-notices">
          {t('notices', { count: notices.length })}{' '}
          {/* All of them: the count above is of all of them (the same value may come twice, from two slides). */}
          {notices.map((notice, i) => (
            <code key={`${i}:${notice.param}=${notice.value}`}>
              {notice.param}={notice.value.slice(0, 40)}
            </code>
          ))}
        </p>
      )}
    </div>
  );
}
