// The values link parameters take (README "Links" and "Kiosk", docs/EMBED.md). The views offer
// these same lists in their pickers, so a value a view offers is a value a link can carry.
import { LANGS } from '../../domain/lang';

export const VIEWS = ['overview', 'explore', 'tables', 'compare', 'projects', 'library', 'about'] as const;

/** The department a link without `dept` opens: the first screen stays the HSA budget. */
export const DEFAULT_DEPT = 'shanghai-hsa';
export type View = (typeof VIEWS)[number];
export const CLASSIFICATIONS = ['function', 'economic'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];
export const MEASURES = ['total', 'basic', 'project', 'personnel', 'publicUse'] as const;
export type Measure = (typeof MEASURES)[number];
export const UNITS = ['auto', 'yuan', 'mid', 'large'] as const;
export type UnitParam = (typeof UNITS)[number];
/** The kiosk's languages: one of LANGS, or 'alt', Chinese and English in turn, one whole round each. */
export const KIOSK_LANGS = [...LANGS, 'alt'] as const;
export type KioskLang = (typeof KIOSK_LANGS)[number];
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const TABLE_IDS = [
  'financialSummary',
  'revenueByFunction',
  'expenditureByFunction',
  'fiscalAppropriation',
  'generalPublicByFunction',
  'governmentFundByFunction',
  'stateCapitalByFunction',
  'basicByEconomic',
  'threePublic',
] as const;
export type TableId = (typeof TABLE_IDS)[number];
export const COMPARE_LEVELS = ['1', '2', '3', 'all'] as const;
export type CompareLevel = (typeof COMPARE_LEVELS)[number];
/** compare view: rank the change charts by absolute (yuan) or relative (%) change */
export const CHANGE_RANKS = ['abs', 'rel'] as const;
export type ChangeRank = (typeof CHANGE_RANKS)[number];

export interface SortState {
  column: string;
  desc: boolean;
}

/**
 * The kiosk's story: overview, the treemap of the latest year, a drill into 210 卫生健康支出 >
 * 21015 医疗保障管理事务, the earliest against the latest year, 三公, the projects. Years are left
 * to the views' defaults (the latest, and earliest vs latest), which with the published documents
 * are 2026 and 2021 vs 2026; a document added later then joins the story without editing this list.
 */
export const DEFAULT_TOUR_LINKS: readonly string[] = [
  'view=overview',
  'view=explore',
  'view=explore&path=210.21015',
  'view=compare',
  'view=tables&table=threePublic',
  'view=projects',
];
export const MAX_SLIDES = 50;
