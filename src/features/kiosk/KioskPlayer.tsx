// The kiosk player: a full-screen, chrome-less, auto-advancing tour of view links. It shows one
// slide at a time (the previous one is unmounted), runs on one heartbeat timer (use-tour.ts),
// keeps the screen awake, hides the cursor when nobody is there, and never shows a blank screen:
// a slide that throws, hangs or renders nothing is skipped (scheduler.ts has the rules).
import { useCallback, useMemo, useRef, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { KioskControls } from './KioskControls';
import { KioskProgress } from './KioskProgress';
import { KioskSlide, type ViewRegistry } from './KioskSlide';
import { languageForRound, type KioskConfig } from './kiosk-params';
import type { KioskCommand } from './kiosk-keys';
import { useSlideScroll } from './slide-scroll';
import { slideHash } from './tour';
import { useFullscreen } from './use-fullscreen';
import { useKioskDocument } from './use-kiosk-document';
import { useKioskInput } from './use-kiosk-input';
import { useTour } from './use-tour';
import { useWakeLock } from './use-wake-lock';
import './kiosk.css';
import '../../i18n/ns/kiosk';
import type { Lang } from '../../domain/lang';

export interface KioskPlayerProps {
  config: KioskConfig;
  views: ViewRegistry;
  /** keeps language and theme in step with each slide's view state */
  Sync: ComponentType;
  /** the language when the tour does not set one: the remembered one, else the default */
  fallbackLanguage: Lang;
  /** shown over the slides, e.g. the "new version available" prompt */
  children?: ReactNode;
}

export function KioskPlayer({ config, views, Sync, fallbackLanguage, children }: KioskPlayerProps) {
  const { t } = useTranslation('kiosk');
  const timing = useMemo(
    () => ({
      count: config.slides.length,
      intervalMs: config.intervalMs,
      idleMs: config.idleMs,
      watchdogMs: config.watchdogMs,
    }),
    [config],
  );
  const [tour, send] = useTour(timing, config.startIndex);
  const { fullscreen, toggle: toggleFullscreen } = useFullscreen();
  useKioskDocument();
  useWakeLock();

  const onCommand = useCallback(
    (command: KioskCommand) => (command === 'fullscreen' ? toggleFullscreen() : send({ type: command })),
    [send, toggleFullscreen],
  );
  const active = useKioskInput({
    command: onCommand,
    input: () => send({ type: 'input' }),
    activity: () => send({ type: 'activity' }),
  });

  const stage = useRef<HTMLElement>(null);
  useSlideScroll(stage, {
    running: tour.playing && tour.rendered,
    shownAt: tour.shownAt,
    intervalMs: config.intervalMs,
  });

  const { serial } = tour;
  const onRendered = useCallback(() => send({ type: 'rendered', serial }), [send, serial]);
  const onFailed = useCallback(() => send({ type: 'failed', serial }), [send, serial]);

  const slide = config.slides[tour.index];
  const lang = languageForRound(config.lang, tour.round, fallbackLanguage);
  const hash = slide ? slideHash(slide, { lang, theme: config.theme, unit: config.unit, dept: config.dept }) : '';
  const label = t('progress.label', { current: tour.index + 1, total: config.slides.length });
  const resting = tour.restingUntil !== null;

  return (
    <div
      className="kiosk"
      data-cursor={active ? 'shown' : 'hidden'}
      data-state={resting ? 'resting' : tour.playing ? 'playing' : 'paused'}
      data-slide={tour.index + 1}
      data-failures={tour.failuresTotal}
      data-transitions={tour.transitions}
      data-rendered={tour.rendered}
    >
      <main id="main" ref={stage} className="kiosk-stage">
        {resting ? (
          <div className="kiosk-resting" role="status">
            <h1>{t('resting.title')}</h1>
            <p>{t('resting.body', { seconds: Math.round(config.intervalMs / 1000) })}</p>
          </div>
        ) : (
          slide && (
            <KioskSlide
              key={serial}
              hash={hash}
              fault={slide.fault}
              label={label}
              views={views}
              Sync={Sync}
              onRendered={onRendered}
              onFailed={onFailed}
            />
          )
        )}
      </main>
      <aside className="kiosk-chrome" aria-label={t('chromeLabel')}>
        <KioskControls
          visible={active || !tour.playing}
          playing={tour.playing}
          fullscreen={fullscreen}
          notices={config.notices}
          onPrevious={() => send({ type: 'previous' })}
          onToggle={() => send({ type: 'toggle' })}
          onNext={() => send({ type: 'next' })}
          onFullscreen={toggleFullscreen}
        />
        <KioskProgress
          index={tour.index}
          count={config.slides.length}
          playing={tour.playing}
          rendered={tour.rendered}
          shownAt={tour.shownAt}
          intervalMs={config.intervalMs}
          idleSeconds={Math.round(config.idleMs / 1000)}
        />
      </aside>
      {children}
    </div>
  );
}
