// Every node of the level as a table: the text alternative of the chart, the way to reach tiles
// too small to label or to see, and a second keyboard route (one button per row). On a narrow
// screen the table scrolls sideways inside its own box, never the page; while it does, the box
// is a named, focusable region so a keyboard can scroll it too.
import { useRef } from 'react';
import type { TreemapNode } from './types';
import { useOverflows } from './use-overflows';

interface Props {
  nodes: TreemapNode[];
  columns: string[];
  caption: string;
  onActivate: (id: string) => void;
}

export function TreemapList({ nodes, columns, caption, onActivate }: Props) {
  const [nameHeader, ...cellHeaders] = columns;
  const scroller = useRef<HTMLDivElement>(null);
  const scrolls = useOverflows(scroller);
  return (
    <div
      ref={scroller}
      className="tm-list-scroll"
      {...(scrolls ? { role: 'region', 'aria-label': caption, tabIndex: 0 } : {})}
    >
      <table className="tm-list">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            {cellHeaders.map((header) => (
              <th key={header} scope="col" className="num">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {nodes.map((node) => (
            <tr key={node.id} className={node.selected ? 'tm-list-selected' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="tm-list-button"
                  aria-current={node.selected ? 'true' : undefined}
                  onClick={() => onActivate(node.id)}
                >
                  <span className="tm-swatch" style={{ background: node.colour }} aria-hidden="true" />
                  <span className="tm-list-name">{node.name}</span>
                  {node.drillable ? (
                    <span className="tm-drill-mark" aria-hidden="true">
                      ›
                    </span>
                  ) : null}
                </button>
              </th>
              {node.listCells.map((cell, i) => (
                <td key={i} className="num">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
