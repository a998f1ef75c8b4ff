// Reading the API permissions blade and the "Request API permissions" pane (FACTS.md §3).
import { accessibleName } from '../dom/accessible-name';
import { findAllByRole, findByRole } from '../dom/find';
import { findGrids, readGrid } from '../dom/grid';
import { REQUIRED_GRAPH_ROLES } from '../requirements';

export interface ConfiguredPermission {
  name: string;
  type: 'Application' | 'Delegated';
  /** null: the status says neither granted nor not granted in a wording the reader knows. */
  granted: boolean | null;
}

const REQUIRED = new Set<string>(REQUIRED_GRAPH_ROLES.map((r) => r.name));

/** The rows of "Configured permissions" under Microsoft Graph, or undefined when the grid is not on screen. */
export function readConfiguredPermissions(doc: Document): ConfiguredPermission[] | undefined {
  const grid = findGrids(doc, ['Type', 'Status'])[0];
  if (!grid) return undefined;
  const out: ConfiguredPermission[] = [];
  let inGraph = false;
  for (const row of readGrid(grid)) {
    const first = [...row.cells.values()][0]?.text ?? '';
    const type = row.cells.get('Type')?.text;
    if (type !== 'Application' && type !== 'Delegated') {
      // A group row: "Microsoft Graph (13)".
      inGraph = /^Microsoft Graph\b/.test(first);
      continue;
    }
    if (!inGraph) continue;
    const status = row.cells.get('Status')?.text ?? '';
    const granted = /^Granted for\b/.test(status) ? true : /^Not granted for\b/.test(status) ? false : null;
    out.push({ name: first.split(' ')[0] ?? first, type, granted });
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

export function reviewPermissions(rows: ConfiguredPermission[]): PermissionsReview {
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

/** The required permissions' checkboxes in the pane's "Select permissions" list, by name. */
export function requiredCheckboxes(root: ParentNode): Map<string, HTMLElement> {
  const map = new Map<string, HTMLElement>();
  for (const box of findAllByRole(root, 'checkbox')) {
    const name = accessibleName(box).split(' ')[0] ?? '';
    if (REQUIRED.has(name) && !map.has(name)) map.set(name, box);
  }
  return map;
}

export function isChecked(box: HTMLElement): boolean {
  return box instanceof HTMLInputElement ? box.checked : box.getAttribute('aria-checked') === 'true';
}

export function uncheckedRequired(root: ParentNode): HTMLElement[] {
  return [...requiredCheckboxes(root).values()].filter((b) => !isChecked(b) && !(b as HTMLInputElement).disabled);
}

/** Required permissions not ticked yet, counting the ones hidden in collapsed groups as not ticked. */
export function missingTicks(doc: Document): string[] {
  const boxes = requiredCheckboxes(doc);
  return REQUIRED_GRAPH_ROLES.map((r) => r.name).filter((name) => {
    const box = boxes.get(name);
    return !box || !isChecked(box);
  });
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * "Select all 12": opens the collapsed groups of the pane, then ticks each required permission that is
 * not ticked. Each tick is a click, so the page's own handlers run as for a person.
 */
export async function tickAllRequired(doc: Document): Promise<void> {
  const pane = findByRole(doc, 'dialog', /^Request API permissions/) ?? doc;
  for (let round = 0; round < 4 && missingTicks(doc).length > 0; round++) {
    for (const toggle of findAllByRole(pane, 'button', /^[\w-]+ \(\d+\)$/)) {
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
