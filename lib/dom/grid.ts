// Reading a table or grid the way a person reads it: by its column headers.
import { isVisible } from './find';

export interface GridRow {
  element: HTMLElement;
  /** Cell text by column header text. */
  cells: Map<string, { text: string; element: HTMLElement }>;
}

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

function rowsOf(grid: Element): HTMLElement[] {
  return Array.from(grid.querySelectorAll<HTMLElement>('tr, [role="row"]')).filter(
    (r) => r.closest('table, [role="grid"], [role="table"], [role="treegrid"]') === grid,
  );
}

function cellsOf(row: Element): HTMLElement[] {
  return Array.from(
    row.querySelectorAll<HTMLElement>(
      'th, td, [role="columnheader"], [role="rowheader"], [role="gridcell"], [role="cell"]',
    ),
  ).filter((c) => c.closest('tr, [role="row"]') === row);
}

/** Grids (table, role=grid/table/treegrid) whose headers include every one of `headers`. */
export function findGrids(root: ParentNode, headers: string[]): HTMLElement[] {
  const grids = Array.from(
    root.querySelectorAll<HTMLElement>('table, [role="grid"], [role="table"], [role="treegrid"]'),
  );
  return grids.filter((grid) => {
    if (!isVisible(grid)) return false;
    const names = headerNames(grid).map((h) => h.toLowerCase());
    return headers.every((h) => names.includes(h.toLowerCase()));
  });
}

function headerNames(grid: Element): string[] {
  const headerCells = Array.from(grid.querySelectorAll('th, [role="columnheader"]')).filter(
    (h) => h.closest('table, [role="grid"], [role="table"], [role="treegrid"]') === grid,
  );
  return headerCells.map((h) => squash(h.textContent));
}

export function readGrid(grid: HTMLElement): GridRow[] {
  const headers = headerNames(grid);
  const rows: GridRow[] = [];
  for (const row of rowsOf(grid)) {
    const cells = cellsOf(row);
    if (cells.every((c) => c.matches('th, [role="columnheader"]'))) continue;
    const map = new Map<string, { text: string; element: HTMLElement }>();
    cells.forEach((cell, i) => {
      const header = headers[i];
      if (header) map.set(header, { text: squash(cell.textContent), element: cell });
    });
    rows.push({ element: row, cells: map });
  }
  return rows;
}
