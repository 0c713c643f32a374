// A category axis label on one line, cut with an ellipsis to the room there is. recharts' own
// tick wraps long names word by word into a stack of fragments; the full name is in the tooltip
// and in the chart's table.
import { truncateToWidth } from '../../components/treemap/label-fit';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

export function categoryTick(labelOf: (value: string) => string, width: number, fontSize = 12) {
  return function CategoryTick({ x = 0, y = 0, payload }: TickProps) {
    const label = labelOf(String(payload?.value ?? ''));
    return (
      <text x={Number(x) - 6} y={Number(y)} dy="0.35em" textAnchor="end" className="cmp-tick" fontSize={fontSize}>
        <title>{label}</title>
        {truncateToWidth(label, width - 30, fontSize)}
      </text>
    );
  };
}
