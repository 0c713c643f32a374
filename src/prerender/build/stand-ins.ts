// Which first screens are rendered into the HTML at build time (scripts/vite/prerender.ts), and
// which URL hashes each one stands in for. The first of a page's list is the one for the bare URL;
// it is in the document itself, the others wait in <template>s (public/prerender-boot.js).
// - index.html: the overview (no hash), explore and compare (the nav's links and the links the app
//   writes for them), in Chinese with the default unit: what a first visit sees.
// - embed.html: the function treemap of the latest year, as the share dialog writes its embed
//   code (year written out, pinned to the data version or following the latest, Chinese or
//   English, any theme). An embed whose hash is not listed waits for the app as before.
import { DEFAULT_EMBED_OPTIONS, serializeEmbedOptions, type EmbedOptions } from '../../state/link/embed-link';
import type { DataIndex as Index } from '../../domain/schema';
import { DEFAULT_VIEW_STATE, serializeViewState } from '../../state/link/app-link';
import { THEMES } from '../../state/link/values';
import type { Lang } from '../../domain/lang';

type StandInRender = { kind: 'app'; hash: string } | { kind: 'embed'; options: EmbedOptions };

export interface StandIn {
  /** names its <template> */
  key: string;
  /** the URL hashes (without '#') it is shown for */
  hashes: string[];
  /** the view's or chart's module, whose chunk's stylesheets the stand-in needs */
  module: string;
  render: StandInRender;
}

/**
 * The hashes a view's default first screen is reached by: the nav's link, and the links the app
 * writes for it (the share dialog, the print footer, an embed's "open in the dashboard"), which
 * spell out the year or years, the unit and the language, in any theme.
 */
function viewHashes(view: 'explore' | 'compare', index: Index): string[] {
  const years = index.documents.map((doc) => doc.year);
  const spans =
    years.length === 0
      ? [{}]
      : [{}, view === 'explore' ? { year: Math.max(...years) } : { from: Math.min(...years), to: Math.max(...years) }];
  const hashes = new Set<string>();
  for (const span of spans)
    for (const unit of [null, 'auto'] as const)
      for (const lang of [null, 'zh-CN'] as const)
        for (const theme of THEMES)
          hashes.add(serializeViewState({ ...DEFAULT_VIEW_STATE, view, ...span, unit, lang, theme }).slice(1));
  return [...hashes];
}

export function appStandIns(index: Index): StandIn[] {
  return [
    {
      key: 'overview',
      hashes: [''],
      module: '/src/features/overview/OverviewView.tsx',
      render: { kind: 'app', hash: '' },
    },
    {
      key: 'explore',
      hashes: viewHashes('explore', index),
      module: '/src/features/explore/ExploreView.tsx',
      render: { kind: 'app', hash: 'view=explore' },
    },
    {
      key: 'compare',
      hashes: viewHashes('compare', index),
      module: '/src/features/compare/CompareView.tsx',
      render: { kind: 'app', hash: 'view=compare' },
    },
  ];
}

const TREEMAP_MODULE = '/src/embed/charts/TreemapEmbed.tsx';

export function embedStandIns(index: Index): StandIn[] {
  const latest = index.documents.reduce<Index['documents'][number] | undefined>(
    (a, b) => (a && a.year >= b.year ? a : b),
    undefined,
  );
  if (!latest) return [];
  const langs: (Lang | null)[] = [null, 'en'];
  return langs.flatMap((lang) =>
    [false, true].map((pinned): StandIn => {
      const options: EmbedOptions = {
        ...DEFAULT_EMBED_OPTIONS,
        year: latest.year,
        lang,
        data: pinned ? [latest.hash] : [],
      };
      // The same markup whatever the theme (it is applied to <html>) and whether the year is
      // written out or left to mean the latest.
      const hashes = [null, latest.year].flatMap((year) =>
        THEMES.map((theme) => serializeEmbedOptions({ ...options, year, theme }).slice(1)),
      );
      const isDefault = lang === null && !pinned;
      return {
        key: `treemap-function${lang ? `.${lang}` : ''}${pinned ? '.pinned' : ''}`,
        hashes: isDefault ? ['', ...hashes] : hashes,
        module: TREEMAP_MODULE,
        render: { kind: 'embed', options },
      };
    }),
  );
}

/** The boot script's map from hash to stand-in (a hash listed twice is a mistake in the lists). */
export function standInMap(standIns: readonly StandIn[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { key, hashes } of standIns) {
    for (const hash of hashes) {
      if (hash in map) throw new Error(`prerender: #${hash} is listed for both ${map[hash]} and ${key}`);
      map[hash] = key;
    }
  }
  if (standIns.length > 0 && map[''] !== standIns[0]?.key)
    throw new Error("prerender: the first stand-in must be the bare URL's");
  return map;
}
