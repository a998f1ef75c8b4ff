// Reading the API permissions blade and the "Request API permissions" pane (FACTS.md §3, §3a). Permission
// names are API names in every language; the words around them come from the wording tables, and where
// those do not know the language, from structure: the columns' order, and the default User.Read row,
// which is always Delegated (FACTS.md §3).
import { accessibleName } from '../dom/accessible-name';
import { findAllByRole, findByRole } from '../dom/find';
import { type Grid, readGrid } from '../dom/grid';
import { squash, textInside, visibleText } from '../dom/visible-text';
import { REQUIRED_GRAPH_ROLES } from '../requirements';
import { wording } from '../wording/match';

export interface ConfiguredPermission {
  name: string;
  type: 'Application' | 'Delegated';
  /** null: the status says neither granted nor not granted in a wording the reader knows. */
  granted: boolean | null;
  /**
   * The Status cell as a person reads it, its tooltip included: only compared, so that a change the reader
   * cannot understand (a grant turning an icon) is still noticed.
   */
  status: string;
}

const REQUIRED = new Set<string>(REQUIRED_GRAPH_ROLES.map((r) => r.name));
/** An API permission name such as User.Read.All or User-PasswordProfile.ReadWrite.All. */
const PERMISSION_NAME = /^[A-Za-z][\w-]*(\.[\w-]+)+$/;
const permissionIn = (text: string) => text.split(' ')[0] ?? '';
const isPermissionRow = (first: string) => PERMISSION_NAME.test(permissionIn(first));

/** The column of permission names: the first one with a header text (a selection column may come first). */
const nameColumn = (grid: Grid) =>
  Math.max(
    0,
    grid.headers.findIndex((h) => h !== ''),
  );
const firstText = (row: Grid['rows'][number]) => row.cells.find((c) => c.text !== '')?.text ?? '';

/** Granted, not granted, or null when the Status cell is in a wording (or a markup) the tables do not know. */
function grantedIn(status: string): boolean | null {
  if (wording('grantedFor')(status)) return true;
  if (wording('notGrantedFor')(status)) return false;
  return null;
}

/** The cell's text and the words of its tooltips and labelled icons, which a person reads by hovering. */
function statusSeen(cell: Element | undefined, text: string): string {
  if (!cell) return text;
  const tips = Array.from(cell.querySelectorAll('[role="tooltip"], [aria-label], [title]'), (el) =>
    el.getAttribute('role') === 'tooltip' ? textInside(el) : accessibleName(el),
  );
  return squash([text, ...tips].join(' ')).slice(0, 200);
}

/** "Configured permissions": the grid whose rows name API permissions, in column order. */
function configuredGrid(doc: Document): Grid | undefined {
  for (const element of Array.from(
    doc.querySelectorAll<HTMLElement>('table, [role="grid"], [role="table"], [role="treegrid"]'),
  )) {
    const grid = readGrid(element);
    const at = nameColumn(grid);
    if (grid.headers.length >= 3 && grid.rows.some((r) => isPermissionRow(r.cells[at]?.text ?? ''))) return grid;
  }
  return undefined;
}

/** The rows of "Configured permissions" under Microsoft Graph, or undefined when the grid is not on screen. */
export function readConfiguredPermissions(doc: Document): ConfiguredPermission[] | undefined {
  const grid = configuredGrid(doc);
  if (!grid) return undefined;
  const nameAt = nameColumn(grid);
  const typeFound = grid.headers.findIndex(wording('type'));
  const typeAt = typeFound >= 0 ? typeFound : nameAt + 1;
  const statusFound = grid.headers.findIndex(wording('status'));
  const statusAt = statusFound >= 0 ? statusFound : grid.headers.length - 1;
  const nameOf = (row: Grid['rows'][number]) => permissionIn(row.cells[nameAt]?.text ?? '');
  const userRead = grid.rows.find((r) => nameOf(r) === 'User.Read');
  const delegatedWord = userRead?.cells[typeAt]?.text;
  const typeOf = (text: string): ConfiguredPermission['type'] | undefined => {
    if (wording('applicationType')(text)) return 'Application';
    if (wording('delegatedType')(text)) return 'Delegated';
    if (!delegatedWord || !text) return undefined;
    return text === delegatedWord ? 'Delegated' : 'Application';
  };
  const out: ConfiguredPermission[] = [];
  let inGraph = false;
  for (const row of grid.rows) {
    if (!isPermissionRow(row.cells[nameAt]?.text ?? '')) {
      // A group row: "Microsoft Graph (13)".
      inGraph = wording('microsoftGraph')(firstText(row));
      continue;
    }
    const type = typeOf(row.cells[typeAt]?.text ?? '');
    if (!inGraph || !type) continue;
    const statusCell = row.cells[statusAt];
    const status = statusCell?.text ?? '';
    out.push({ name: nameOf(row), type, granted: grantedIn(status), status: statusSeen(statusCell?.element, status) });
  }
  return out;
}

export interface PermissionsReview {
  configuredAsApplication: string[];
  /** Required ones added as Delegated instead of Application: the common mistake. */
  delegatedInstead: string[];
  missing: string[];
  notGranted: string[];
  /** Application permissions idemeum does not need. */
  extras: string[];
}

export function reviewPermissions(rows: Omit<ConfiguredPermission, 'status'>[]): PermissionsReview {
  const app = rows.filter((r) => r.type === 'Application');
  const appNames = new Set(app.map((r) => r.name));
  return {
    configuredAsApplication: app.filter((r) => REQUIRED.has(r.name)).map((r) => r.name),
    delegatedInstead: rows
      .filter((r) => r.type === 'Delegated' && REQUIRED.has(r.name) && !appNames.has(r.name))
      .map((r) => r.name),
    missing: REQUIRED_GRAPH_ROLES.map((r) => r.name).filter((n) => !appNames.has(n)),
    notGranted: app.filter((r) => REQUIRED.has(r.name) && !r.granted).map((r) => r.name),
    extras: app.filter((r) => !REQUIRED.has(r.name)).map((r) => r.name),
  };
}

/** The permission a checkbox ticks: its own name's first word, else the API name in its row (one box per row). */
function permissionOfCheckbox(box: HTMLElement): string | undefined {
  const own = permissionIn(accessibleName(box));
  if (REQUIRED.has(own)) return own;
  const row = box.closest<HTMLElement>('tr, [role="row"], li, [role="listitem"], [role="option"], [role="treeitem"]');
  if (!row || findAllByRole(row, 'checkbox').length !== 1) return undefined;
  const words = visibleText(row).split(/[\s,;:()]+/);
  const names = words.filter((w) => REQUIRED.has(w));
  return names.length === 1 ? names[0] : undefined;
}

/** The required permissions' checkboxes in the pane's "Select permissions" list, by name. */
export function requiredCheckboxes(root: ParentNode): Map<string, HTMLElement> {
  const map = new Map<string, HTMLElement>();
  for (const box of findAllByRole(root, 'checkbox')) {
    const name = permissionOfCheckbox(box);
    if (name && !map.has(name)) map.set(name, box);
  }
  return map;
}

export function isChecked(box: HTMLElement): boolean {
  return box instanceof HTMLInputElement ? box.checked : box.getAttribute('aria-checked') === 'true';
}

export function uncheckedRequired(root: ParentNode): HTMLElement[] {
  return [...requiredCheckboxes(root).values()].filter((b) => !isChecked(b) && !(b as HTMLInputElement).disabled);
}

/**
 * What the admin ticked in a pane, as last seen: a group collapsed again, or a filter that hides a row, does
 * not untick it (the portal keeps the selection), so a box out of sight keeps the state it was last seen in.
 */
const seenTicked = new WeakMap<object, Set<string>>();

/** Required permissions not ticked yet in the pane (those never seen ticked count as not ticked). */
export function missingTicks(pane: ParentNode): string[] {
  const ticked = seenTicked.get(pane) ?? new Set<string>();
  seenTicked.set(pane, ticked);
  for (const [name, box] of requiredCheckboxes(pane)) {
    if (isChecked(box)) ticked.add(name);
    else ticked.delete(name);
  }
  return REQUIRED_GRAPH_ROLES.map((r) => r.name).filter((name) => !ticked.has(name));
}

/**
 * The "Request API permissions" pane: by its title in a known wording, else the one pane that holds what
 * only it holds (the Microsoft Graph tile, the permission list's group toggles or its checkboxes).
 */
export function requestPane(doc: Document): HTMLElement | undefined {
  const graph = wording('microsoftGraph');
  return (
    findByRole(doc, 'dialog', wording('requestApiPermissions')) ??
    findAllByRole(doc, 'dialog').find(
      (pane) =>
        !!findByRole(pane, 'button', graph) ||
        !!findByRole(pane, 'link', graph) ||
        permissionGroupToggles(pane).length > 0 ||
        requiredCheckboxes(pane).size > 0,
    )
  );
}

/** The buttons that open a group of the permission list: an API name and a count, "User (8)". */
export function permissionGroupToggles(root: ParentNode): HTMLElement[] {
  return findAllByRole(root, 'button', (name) => /^[A-Za-z][\w-]* \(\d+\)$/.test(name));
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * "Select all 12": opens the collapsed groups of the pane, then ticks each required permission that is
 * not ticked. Each tick is a click, so the page's own handlers run as for a person.
 */
export async function tickAllRequired(doc: Document): Promise<void> {
  const pane = requestPane(doc) ?? doc;
  for (let round = 0; round < 4 && missingTicks(pane).length > 0; round++) {
    for (const toggle of permissionGroupToggles(pane)) {
      if (toggle.getAttribute('aria-expanded') === 'false') toggle.click();
    }
    await nextFrame();
    // Re-query after every click: the page may re-render its list.
    for (let box = uncheckedRequired(pane)[0]; box; box = uncheckedRequired(pane)[0]) {
      box.click();
      if (!isChecked(box)) break;
    }
    await nextFrame();
  }
}
