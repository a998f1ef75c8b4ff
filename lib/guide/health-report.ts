// What a frame reports when a step's target stays missing (guide health, issue 14): the names of the
// controls on screen, cleaned of values and of the tenant's name before they leave the page.
import { accessibleName } from '../dom/accessible-name';
import { findAllByRole } from '../dom/find';
import { MAX_NAMES, safeNames } from '../guide-health/safe-names';
import { tenantNamesIn } from '../wording/match';

const CONTROL_ROLES = ['heading', 'tab', 'button', 'link', 'menuitem', 'treeitem', 'radio', 'checkbox', 'textbox'];
/** Enough candidates for ten clean names, without walking every control of a huge page. */
const CANDIDATES = 60;

export function nearbyNames(doc: Document): string[] {
  const names: string[] = [];
  for (const role of CONTROL_ROLES) {
    for (const el of findAllByRole(doc, role)) {
      const name = accessibleName(el);
      if (name) names.push(name);
      if (names.length >= CANDIDATES) break;
    }
  }
  return safeNames(names, tenantNamesIn(names)).slice(0, MAX_NAMES);
}
