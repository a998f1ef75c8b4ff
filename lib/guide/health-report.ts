// What a frame reports when a step's target stays missing (guide health, issue 14): the names of the
// controls on screen, cleaned of values and of the tenant's name before they leave the page.
import { accessibleName } from '../dom/accessible-name';
import { findAllByRole } from '../dom/find';
import { MAX_NAMES, safeNames } from '../guide-health/safe-names';
import { tenantNamesIn } from '../wording/match';

const CONTROL_ROLES = ['heading', 'tab', 'button', 'link', 'menuitem', 'treeitem', 'radio', 'checkbox', 'textbox'];
/** Enough candidates for ten clean names, without walking every control of a huge page. */
const CANDIDATES = 60;

const CHROME = 'nav, [role="navigation"], header, [role="banner"]';
const PANE = 'dialog, [role="dialog"], [role="alertdialog"]';

/** Panes in front first, then the blade's own content, then menus, breadcrumbs and the portal's top bar. */
function nearness(el: Element): number {
  if (el.closest(PANE)) return 0;
  return el.closest(CHROME) ? 2 : 1;
}

/** The accessible names of the controls on screen, nearest first, in reading order (at most CANDIDATES). */
export function controlNames(doc: Document): string[] {
  const controls = CONTROL_ROLES.flatMap((role) => findAllByRole(doc, role))
    .map((el) => ({ el, rank: nearness(el) }))
    .sort(
      (a, b) => a.rank - b.rank || (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1),
    );
  const names: string[] = [];
  for (const { el } of controls) {
    if (names.length >= CANDIDATES) break;
    const name = accessibleName(el);
    if (name) names.push(name);
  }
  return names;
}

/** `tenantNames`: what the extension already knows the tenant by (see knownTenantNames). */
export function nearbyNames(doc: Document, tenantNames: string[] = []): string[] {
  const names = controlNames(doc);
  return safeNames(names, [...tenantNames, ...tenantNamesIn(names)]).slice(0, MAX_NAMES);
}
