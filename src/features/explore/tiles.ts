// The Explore level as generic treemap nodes: colour by 类, labels and list cells in the chosen
// unit and language (the formatting is passed in, so this stays pure and testable).
import { categoryColour } from '../../components/category-colour';
import type { TreemapNode } from '../../components/treemap/types';
import type { ExploreModel } from './explore-model';

export interface TileText {
  /** the name to show for a line (translated by code in English) */
  name: (code: string, printed: string) => string;
  money: (fen: number) => string;
  /** a share; null (a share of 0) must give a readable placeholder */
  share: (ratio: number | null) => string;
  /** what a screen reader hears on a tile */
  ariaLabel: (args: { name: string; amount: string; share: string; childCount: number }) => string;
}

export function toTreemapNodes(model: ExploreModel, text: TileText): TreemapNode[] {
  return model.items.map((item) => {
    const name = text.name(item.code, item.name);
    const amount = text.money(item.value);
    const share = text.share(item.ofParent);
    const { fill, ink } = categoryColour(item.code);
    return {
      id: item.code,
      name,
      value: item.value,
      colour: fill,
      ink,
      labelLines: [amount, share],
      ariaLabel: text.ariaLabel({ name, amount, share, childCount: item.childCount }),
      listCells: [amount, share],
      drillable: item.childCount > 0,
      selected: model.leaf?.code === item.code,
    };
  });
}
