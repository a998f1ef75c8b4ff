// What a frame reports when a step's target stays missing (guide health, issue 14): the names of the
// controls on screen, cleaned of values and of the tenant's name before they leave the page.
import { accessibleName } from '../dom/accessible-name';
import { findAllByRole } from '../dom/find';
import { MAX_NAMES, safeNames } from '../guide-health/safe-names';
import { tenantNamesIn } from '../wording/match';

const CONTROL_ROLES = ['heading', 'tab', 'button', 'link', 'menuitem', 'treeitem', 'radio', 'checkbox', 'textbox'];
/** Enough candidates for ten clean names, without walking every control of a huge page. */
const CANDIDATES = 60;

/** The blade's content first (the portal's main region, else a pane), then the rest of the frame. */
function regions(doc: Document): ParentNode[] {
  const main = findAllByRole(doc, 'main');
  const panes = findAllByRole(doc, 'dialog');
  return [...panes, ...main, doc];
}

/** The accessible names of the controls on screen, the blade's own first (at most CANDIDATES). */
export function controlNames(doc: Document): string[] {
  const names: string[] = [];
  for (const region of regions(doc)) collectNames(region, names);
  return names;
}

export function nearbyNames(doc: Document): string[] {
  const names = controlNames(doc);
  return safeNames(names, tenantNamesIn(names)).slice(0, MAX_NAMES);
}

function collectNames(root: ParentNode, names: string[]): void {
  for (const role of CONTROL_ROLES) {
    for (const el of findAllByRole(root, role)) {
      const name = accessibleName(el);
      if (name) names.push(name);
      if (names.length >= CANDIDATES) return;
    }
  }
}
