// The view registry: each view of the app is its own chunk, loaded when first shown.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { View } from '../state/url-state';

export const VIEW_COMPONENTS: Record<View, LazyExoticComponent<ComponentType>> = {
  overview: lazy(() => import('../features/overview/OverviewView')),
  explore: lazy(() => import('../features/explore/ExploreView')),
  tables: lazy(() => import('../features/tables/TablesView')),
  compare: lazy(() => import('../features/compare/CompareView')),
  projects: lazy(() => import('../features/projects/ProjectsView')),
  about: lazy(() => import('../features/about/AboutView')),
};

/**
 * The same chunks, to load ahead of time: the kiosk loads every view of its tour before it starts,
 * so that nothing is requested after load (the lazy components above then resolve from the
 * module cache). Keep the paths in step with VIEW_COMPONENTS.
 */
export const VIEW_PRELOADERS: Record<View, () => Promise<unknown>> = {
  overview: () => import('../features/overview/OverviewView'),
  explore: () => import('../features/explore/ExploreView'),
  tables: () => import('../features/tables/TablesView'),
  compare: () => import('../features/compare/CompareView'),
  projects: () => import('../features/projects/ProjectsView'),
  about: () => import('../features/about/AboutView'),
};

/**
 * For the kiosk: each view's chunk and what it loads after its first paint (compare's chart
 * drawings, src/features/compare/charts/lazy.tsx), so that a tour requests nothing once started.
 */
export const VIEW_FULL_PRELOADERS: Record<View, () => Promise<unknown>> = {
  ...VIEW_PRELOADERS,
  compare: () => Promise.all([VIEW_PRELOADERS.compare(), import('../features/compare/charts/lazy').then((m) => m.loadDrawings())]),
};
