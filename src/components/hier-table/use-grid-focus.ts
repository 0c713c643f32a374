// Roving focus over the figures of a table: one tab stop for all of them, arrow keys, Home and
// End move between cells. A focused figure shows its exact amount in 元 (see hier-table.css),
// so keyboard users get what the mouse gets from the title tooltip.
import { useCallback, useState, type KeyboardEvent } from 'react';

export interface GridCellProps {
  tabIndex: 0 | -1;
  'data-cell': string;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

const MOVES: Record<string, (r: number, c: number, rows: number, cols: number) => [number, number]> = {
  ArrowUp: (r, c) => [r - 1, c],
  ArrowDown: (r, c) => [r + 1, c],
  ArrowLeft: (r, c) => [r, c - 1],
  ArrowRight: (r, c) => [r, c + 1],
  Home: (r) => [r, 0],
  End: (r, _c, _rows, cols) => [r, cols - 1],
  PageUp: (_r, c) => [0, c],
  PageDown: (_r, c, rows) => [rows - 1, c],
};

export function useGridFocus(rows: number, cols: number): (row: number, col: number) => GridCellProps {
  const [active, setActive] = useState({ row: 0, col: 0 });
  // After a filter or a collapse the remembered cell may be gone: fall back into range.
  const row = Math.min(active.row, Math.max(rows - 1, 0));
  const col = Math.min(active.col, Math.max(cols - 1, 0));
  return useCallback(
    (r: number, c: number): GridCellProps => ({
      tabIndex: r === row && c === col ? 0 : -1,
      'data-cell': `${r}:${c}`,
      onFocus: () => setActive({ row: r, col: c }),
      onKeyDown: (event) => {
        const move = MOVES[event.key];
        if (!move) return;
        const [nr, nc] = move(r, c, rows, cols);
        const target = event.currentTarget.closest('table')?.querySelector<HTMLElement>(`[data-cell="${nr}:${nc}"]`);
        if (!target) return;
        event.preventDefault();
        target.focus();
      },
    }),
    [row, col, rows, cols],
  );
}
