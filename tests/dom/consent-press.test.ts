// A press on the API permissions blade's command bar, in a language the guide cannot read, may be the
// consent command: the guide cannot find it by name there.
import { describe, expect, it } from 'vitest';
import { mayBeConsentPress } from '../../lib/guide/consent-press';
import { parsePortalRoute } from '../../lib/playbook/portal-route';

const apiPermissions = parsePortalRoute('#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/x');
const overview = parsePortalRoute('#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/x');

describe('a possible consent press', () => {
  it('is a command-bar button on API permissions in an unknown language, and nothing else', () => {
    document.body.innerHTML = `
      <div role="menubar" aria-label="Befehle"><div role="presentation">
        <button><i aria-hidden="true">\uE73E</i><span>Zgoda administratora</span></button>
      </div></div>
      <div role="toolbar"><a href="#x" role="menuitem">Odśwież</a></div>
      <button>Poza paskiem</button>`;
    const [inMenubar, outside] = Array.from(document.querySelectorAll('button'));
    const label = inMenubar!.querySelector('span')!;
    const inToolbar = document.querySelector('a')!;
    expect(mayBeConsentPress(label, apiPermissions, false)).toBe(true);
    expect(mayBeConsentPress(inToolbar, apiPermissions, false)).toBe(true);
    expect(mayBeConsentPress(outside!, apiPermissions, false)).toBe(false);
    expect(mayBeConsentPress(document.querySelector('[role="menubar"]'), apiPermissions, false)).toBe(false);
    // Where the guide reads the language, it finds the consent command by name instead.
    expect(mayBeConsentPress(label, apiPermissions, true)).toBe(false);
    expect(mayBeConsentPress(label, overview, false)).toBe(false);
  });
});
