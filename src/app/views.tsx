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
