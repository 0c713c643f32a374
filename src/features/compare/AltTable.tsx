// The table alternative of a chart: the same figures as text, one row per bar or tile. The first
// cell of a row is its header (the line's name), so a screen reader announces it per cell.
import type { ReactNode } from 'react';

export interface AltRow {
  key: string;
  head: ReactNode;
  cells: ReactNode[];
}

export function AltTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: AltRow[] }) {
  const [first, ...rest] = columns;
  return (
    // Focusable, so a keyboard can scroll it when it is wider than the card (phones).
    <div className="cmp-table-scroll" tabIndex={0}>
      <table className="cmp-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {rest.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.head}</th>
              {row.cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
