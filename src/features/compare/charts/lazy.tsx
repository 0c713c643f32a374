// The recharts drawings of the compare charts load on their own: recharts is most of the view's
// weight and nothing on its first screen needs it, so the headline, the sentences and the tables
// show as soon as the view's chunk and the data are there. Until its drawing arrives, a chart's
// place is held at the chart's exact height (nothing moves when it comes: CLS 0) and says it is
// loading; while any of its charts is loading, a card does not offer its picture (ChartCard).
// Once they are there, each chart near the viewport is drawn in stages (stages.ts), one stage per
// task, in its turn of the view's deferred work (src/components/deferred); the others as the
// reader nears them.
import {
  createContext,
  lazy,
  Suspense,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import '../../../i18n/ns/compare';
import { whenIdle } from '../../../components/deferred/idle';
import { useDeferredSteps } from '../../../components/deferred/use-deferred-steps';
import { useNear } from '../../../components/deferred/use-near';
import { ChartScaleContext } from '../../../components/chart-scale';
import { DRAW_STAGES, DrawStageContext } from './stages';

type Drawings = typeof import('./drawings');

let loading: Promise<Drawings> | null = null;
let loaded: Drawings | null = null;
/** The drawings are there, or failed to load (a chart's lazy drawing then retries the load itself). */
let settled = false;

/**
 * After the frame being drawn now is on screen: the next frame has begun (two animation frames;
 * a hidden page has none, hence the timeout) and the page is idle. The first screen's paint (the
 * page's largest, the LCP) is then out, and what starts now is not in its way.
 */
const afterNextPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => whenIdle(resolve)));
    setTimeout(resolve, 1000);
  });

/** Starts loading the drawings (once; again after a failure), once the page has painted what it has. */
export function loadDrawings(): Promise<Drawings> {
  loading ??= afterNextPaint()
    .then(() => import('./drawings'))
    .then(
      (drawings) => {
        loaded = drawings;
        settled = true;
        return drawings;
      },
      (failure: unknown) => {
        loading = null;
        settled = true;
        throw failure;
      },
    );
  return loading;
}

/**
 * A drawing as a lazy component. Once the drawings are loaded, a newly shown one is drawn in the
 * same render (a thenable that resolves at once: React.lazy reads it synchronously), so a jump
 * or print, which draw their cards synchronously, get the charts and not their loading boxes.
 */
function lazyDrawing<P extends object>(pick: (drawings: Drawings) => ComponentType<P>) {
  return lazy<ComponentType<P>>(() => {
    const now = loaded;
    if (now)
      return {
        then: (resolve: (m: { default: ComponentType<P> }) => void) => resolve({ default: pick(now) }),
      } as unknown as Promise<{ default: ComponentType<P> }>;
    return loadDrawings().then((drawings) => ({ default: pick(drawings) }));
  });
}

export const WaterfallDrawing = lazyDrawing((d) => d.WaterfallDrawing);
export const SplitDrawing = lazyDrawing((d) => d.SplitDrawing);
export const TimelineDrawing = lazyDrawing((d) => d.TimelineDrawing);
export const BarsDrawing = lazyDrawing((d) => d.BarsDrawing);

/** Told by a chart's loading box when it shows (+1) and goes (-1): ChartCard holds back the picture export meanwhile. */
export const ChartLoadingContext = createContext<(change: 1 | -1) => void>(() => undefined);

/**
 * Where a lazy drawing goes: its loading box, at the drawing's height, until the drawings are
 * there and its turn has come (once near the viewport); then drawn in stages.
 */
export function ChartSlot({ height, children }: { height: number; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(settled);
  const stage = useDeferredSteps({
    steps: DRAW_STAGES,
    near: useNear(box),
    idle: false,
    sized: true,
    element: box,
    ready,
  });
  // `height` is the drawing's (drawing units, like the width from use-chart-width.ts); the box
  // on the page, loading or drawn, is that times the chart scale (1 except in the kiosk).
  const scale = useContext(ChartScaleContext);
  const boxHeight = height * scale;
  // A chart asks for the drawings itself (once for all; the compare view may have asked already):
  // its turn comes only when they are there, and an embed has no view to ask for it.
  useEffect(() => {
    if (ready) return;
    let live = true;
    const settle = () => {
      if (live) setReady(true);
    };
    loadDrawings().then(settle, settle); // a failure: the lazy drawing retries when rendered
    return () => {
      live = false;
    };
  }, [ready]);
  if (stage === 0) return <ChartLoading height={boxHeight} box={box} />;
  return (
    <DrawStageContext value={stage}>
      {/* Until its last step the chart is not whole: no picture of it is offered yet. */}
      {stage < DRAW_STAGES && <StillDrawing />}
      <Suspense fallback={<ChartLoading height={boxHeight} />}>
        {scale > 1 ? (
          <Scaled scale={scale} height={boxHeight}>
            {children}
          </Scaled>
        ) : (
          children
        )}
      </Suspense>
    </DrawStageContext>
  );
}

/**
 * A drawing scaled up to its box, text included (the kiosk). A transform, not `zoom`: layout and
 * the card's measured width stay unscaled, and recharts maps the pointer through a CSS scale.
 * The box holds the scaled height; the drawing is as wide as its svg, which scaled fills the box.
 */
function Scaled({ scale, height, children }: { scale: number; height: number; children: ReactNode }) {
  return (
    <div className="cmp-chart-scaled" style={{ height }}>
      <div style={{ width: 'fit-content', transform: `scale(${scale})`, transformOrigin: '0 0' }}>{children}</div>
    </div>
  );
}

/** Tells ChartCard a chart is not whole while this is mounted; before paint, so the share menu is never offered for it. */
function useNotWhole() {
  const report = useContext(ChartLoadingContext);
  useLayoutEffect(() => {
    report(1);
    return () => report(-1);
  }, [report]);
}

/** Holds back the chart's picture export (ChartCard) while it draws in steps. */
function StillDrawing() {
  useNotWhole();
  return null;
}

function ChartLoading({ height, box }: { height: number; box?: RefObject<HTMLDivElement | null> }) {
  const { t } = useTranslation('compare');
  useNotWhole();
  return (
    // Not a live region of its own: the view's one status says the charts are loading (DrawingsStatus).
    <div ref={box} className="cmp-chart-loading" style={{ height }}>
      {t('frame.chartLoading')}
    </div>
  );
}

/**
 * Starts loading the drawings (after the first screen's paint) and says so, once for the whole
 * view, until they are there: one status for a screen reader, not one per chart.
 */
export function DrawingsStatus() {
  const { t } = useTranslation('compare');
  const [done, setDone] = useState(loaded !== null);
  useEffect(() => {
    if (done) return;
    let live = true;
    const finish = () => {
      if (live) setDone(true);
    };
    loadDrawings().then(finish, finish); // failed: a chart asking for them again retries
    return () => {
      live = false;
    };
  }, [done]);
  return done ? null : (
    <p role="status" className="visually-hidden">
      {t('frame.chartsLoading')}
    </p>
  );
}
