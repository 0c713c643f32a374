// The view registry: each view of the app is its own chunk, loaded when first shown.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { View } from '../state/link/values';

export const VIEW_COMPONENTS: Record<View, LazyExoticComponent<ComponentType>> = {
  overview: lazy(() => import('../features/overview/OverviewView')),
  explore: lazy(() => import('../features/explore/ExploreView')),
  tables: lazy(() => import('../features/tables/TablesView')),
  compare: lazy(() => import('../features/compare/CompareView')),
  projects: lazy(() => import('../features/projects/ProjectsView')),
  library: lazy(() => import('../features/library/LibraryView')),
  about: lazy(() => import('../features/about/AboutView')),
};

// The views whose chunk has loaded, as plain components. React.lazy suspends on its first render
// even when the module is there; a switch to a loaded view can render it at once instead.
const loadedViews: Partial<Record<View, ComponentType>> = {};

export function loadedView(view: View): ComponentType | undefined {
  return loadedViews[view];
}

function preloader(view: View, load: () => Promise<{ default: ComponentType }>): () => Promise<unknown> {
  return () =>
    load().then((module) => {
      loadedViews[view] = module.default;
      return module;
    });
}

/**
 * The same chunks, to load ahead of time: a nav link pointed at, focused or clicked (Layout), and
 * the kiosk, which loads every view of its tour before it starts so that nothing is requested after
 * load (the lazy components above then resolve from the module cache). Keep the paths in step with
 * VIEW_COMPONENTS.
 */
export const VIEW_PRELOADERS: Record<View, () => Promise<unknown>> = {
  overview: preloader('overview', () => import('../features/overview/OverviewView')),
  explore: preloader('explore', () => import('../features/explore/ExploreView')),
  tables: preloader('tables', () => import('../features/tables/TablesView')),
  compare: preloader('compare', () => import('../features/compare/CompareView')),
  projects: preloader('projects', () => import('../features/projects/ProjectsView')),
  library: preloader('library', () => import('../features/library/LibraryView')),
  about: preloader('about', () => import('../features/about/AboutView')),
};

/**
 * For the kiosk: each view's chunk and what it loads after its first paint (compare's chart
 * drawings, src/features/compare/charts/lazy.tsx), so that a tour requests nothing once started.
 */
export const VIEW_FULL_PRELOADERS: Record<View, () => Promise<unknown>> = {
  ...VIEW_PRELOADERS,
  compare: () =>
    Promise.all([VIEW_PRELOADERS.compare(), import('../features/compare/charts/lazy').then((m) => m.loadDrawings())]),
};
