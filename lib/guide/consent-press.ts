// In a language the wording tables do not know, the consent command cannot be found by its name, so the
// guide never highlights it. A trusted press of any command on the API permissions blade may then be the
// consent: the check waits for Microsoft a while rather than saying "not granted" too early.
import type { PortalRoute } from '../playbook/portal-route';

const COMMAND = 'button, [role="button"], [role="menuitem"], a';
const COMMAND_BAR = '[role="menubar"], [role="toolbar"]';

/** Is this click on a command-bar button of the API permissions blade, in a language the guide cannot read? */
export function mayBeConsentPress(target: EventTarget | null, route: PortalRoute, languageKnown: boolean): boolean {
  if (languageKnown || route.item !== 'CallAnAPI' || !(target instanceof Element)) return false;
  return !!target.closest(COMMAND)?.closest(COMMAND_BAR);
}
