// One slide: a view link rendered by the ordinary view component, in a memory view-state source
// of its own (the kiosk never writes the page's URL or its history). Mounted fresh for every
// transition and unmounted after, so nothing a view holds outlives its slide.
import { Suspense, useEffect, useMemo, useRef, type ComponentType, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ViewStateContext, useViewState } from '../../state/use-view-state';
import { createMemorySource } from '../../state/view-state-source';
import { parseViewState } from '../../state/link/app-link';
import type { View } from '../../state/link/values';
import { SlideBoundary } from './SlideBoundary';
import { NoDeferredWork } from '../../components/deferred/DeferredWork';
import { ChartScaleContext } from '../../components/chart-scale';
import { useKioskChartScale } from './chart-scale';
import { SlideFaultProbe } from './slide-faults';
import type { SlideFault } from './tour';
import '../../i18n/ns/kiosk';

export type ViewRegistry = Record<View, ComponentType>;

interface Props {
  hash: string;
  fault: SlideFault;
  label: string;
  views: ViewRegistry;
  /** keeps the language and the theme in step with the slide's view state (from the app shell) */
  Sync: ComponentType;
  onRendered: () => void;
  onFailed: (reason: string) => void;
}

/** Rendered once the view has committed: the slide counts as shown only if it shows something. */
function RenderedProbe({
  container,
  onRendered,
  onFailed,
}: { container: RefObject<HTMLElement | null> } & Pick<Props, 'onRendered' | 'onFailed'>) {
  useEffect(() => {
    const element = container.current;
    const hasContent =
      !!element && ((element.textContent ?? '').trim() !== '' || element.querySelector('svg, canvas, img') !== null);
    if (hasContent) onRendered();
    else onFailed('empty');
  }, [container, onRendered, onFailed]);
  return null;
}

function SlideView({ views }: { views: ViewRegistry }) {
  const [state] = useViewState();
  const View = views[state.view];
  return <View />;
}

function SlideLoading() {
  const { t } = useTranslation('kiosk');
  return (
    <div className="kiosk-slide-loading" role="status">
      <div className="spinner" aria-hidden="true" />
      <span className="visually-hidden">{t('slideLoading')}</span>
    </div>
  );
}

export function KioskSlide({ hash, fault, label, views, Sync, onRendered, onFailed }: Props) {
  const source = useMemo(() => createMemorySource(hash), [hash]);
  const container = useRef<HTMLElement>(null);
  const chartScale = useKioskChartScale();

  // A plain in-page link inside a view (`<a href="#view=...">`) would change the page's hash and
  // leave the kiosk: follow it inside the slide instead. Links that navigate through the view
  // state themselves (ViewLink) have prevented the default already and are left alone.
  const onClick = (event: MouseEvent<HTMLElement>) => {
    const link = (event.target as Element).closest?.('a[href^="#"]');
    if (!link || event.defaultPrevented) return;
    event.preventDefault();
    source.set(parseViewState(link.getAttribute('href') ?? '').state);
  };

  return (
    <ViewStateContext value={source}>
      {/* Shown to an audience for a few seconds: drawn whole, nothing building up in front of it. */}
      <NoDeferredWork>
        <ChartScaleContext value={chartScale}>
          <Sync />
          <section
            ref={container}
            className="kiosk-slide"
            role="group"
            aria-roledescription="slide"
            aria-label={label}
            onClick={onClick}
          >
            <SlideBoundary onError={(error) => onFailed(error.message)}>
              <Suspense fallback={<SlideLoading />}>
                <SlideFaultProbe fault={fault} />
                <SlideView views={views} />
                <RenderedProbe container={container} onRendered={onRendered} onFailed={onFailed} />
              </Suspense>
            </SlideBoundary>
          </section>
        </ChartScaleContext>
      </NoDeferredWork>
    </ViewStateContext>
  );
}
