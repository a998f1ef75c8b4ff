// Reading a table or grid the way a person reads it: by its column headers, in column order.
import { isVisible, matchesName, type NameMatcher } from './find';
import { visibleText } from './visible-text';

export interface GridCell {
  text: string;
  element: HTMLElement;
}

export interface GridRow {
  element: HTMLElement;
  /** The row's cells in column order, as people read them. */
  cells: GridCell[];
}

export interface Grid {
  element: HTMLElement;
  headers: string[];
  rows: GridRow[];
}

const GRID = 'table, [role="grid"], [role="table"], [role="treegrid"]';
const HEADER = 'th, [role="columnheader"]';

const ownedBy = (grid: Element) => (el: Element) => el.closest(GRID) === grid;

function rowsOf(grid: Element): HTMLElement[] {
  return Array.from(grid.querySelectorAll<HTMLElement>('tr, [role="row"]')).filter(ownedBy(grid));
}

function cellsOf(row: Element): HTMLElement[] {
  return Array.from(
    row.querySelectorAll<HTMLElement>(
      'th, td, [role="columnheader"], [role="rowheader"], [role="gridcell"], [role="cell"]',
    ),
  ).filter((c) => c.closest('tr, [role="row"]') === row);
}

export function headerNames(grid: Element): string[] {
  return Array.from(grid.querySelectorAll(HEADER)).filter(ownedBy(grid)).map(visibleText);
}

/** Visible grids (table, role=grid/table/treegrid) with a column header matching each of `headers`. */
export function findGrids(root: ParentNode, headers: NameMatcher[]): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(GRID)).filter((grid) => {
    if (!isVisible(grid)) return false;
    const names = headerNames(grid);
    return headers.every((h) => names.some((name) => matchesName(name, h)));
  });
}

export function readGrid(grid: HTMLElement): Grid {
  const rows: GridRow[] = [];
  for (const row of rowsOf(grid)) {
    const cells = cellsOf(row);
    if (cells.length === 0 || cells.every((c) => c.matches(HEADER))) continue;
    rows.push({ element: row, cells: cells.map((element) => ({ text: visibleText(element), element })) });
  }
  return { element: grid, headers: headerNames(grid), rows };
}
