// "Open App registrations" is asked for only where the setup starts and only while the setup still needs
// the portal: on Virtual machines, or once everything is captured and checked, the guide expects nothing
// there (so it shows no words and records no guide health).
import { afterEach, describe, expect, it } from 'vitest';
import type { PublicState } from '../../lib/background/public-state';
import { expectedStep } from '../../lib/guide/select-step';
import { portalSteps } from '../../lib/playbook/portal';
import { parsePortalRoute } from '../../lib/playbook/portal-route';
import { EMPTY_STATE } from '../../lib/state-client';
import { guid } from '../support/generated';

const VIRTUAL_MACHINES = '#view/HubsExtension/BrowseResource/resourceType/Microsoft.Compute%2FVirtualMachines';
const ENTRA_ID = '#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Overview';

/** happy-dom's own window API: the page's URL (and so its host) for the playbook. */
const setURL = (url: string) =>
  (window as unknown as { happyDOM: { setURL: (u: string) => void } }).happyDOM.setURL(url);

function expectedOn(url: string, state: PublicState = EMPTY_STATE) {
  setURL(url);
  const route = parsePortalRoute(new URL(url).hash);
  return expectedStep(portalSteps, { doc: document, route, state, skipped: new Set() }, new Set())?.step.id;
}

const checkPassed = (): PublicState => {
  const tenantId = guid();
  const clientId = guid();
  return {
    ...EMPTY_STATE,
    credentials: { tenantId, clientId, secret: { masked: '••••' } },
    check: {
      running: false,
      result: {
        verdict: 'passed',
        permissions: [],
        extras: [],
        domains: [],
        groups: [],
        requestCount: 3,
        checkedAt: 1,
        checkedFor: { tenantId, clientId, secretHint: 'abc' },
      },
    },
  };
};

describe('the first portal step', () => {
  afterEach(() => setURL('about:blank'));

  it('is expected where the setup starts: Entra ID, and the Entra admin center’s home', () => {
    expect(expectedOn(`https://portal.azure.com/${ENTRA_ID}`)).toBe('portal.open-app-registrations');
    expect(expectedOn('https://entra.microsoft.com/#home')).toBe('portal.open-app-registrations');
  });

  it('is not expected anywhere else in the portal, setup under way or not', () => {
    const underWay = { ...EMPTY_STATE, credentials: { clientId: guid() } };
    expect(expectedOn(`https://portal.azure.com/${VIRTUAL_MACHINES}`, underWay)).toBeUndefined();
    expect(expectedOn('https://portal.azure.com/#home', underWay)).toBeUndefined();
  });

  it('is done once the setup no longer needs the portal: captured and checked, or consent granted', () => {
    expect(expectedOn(`https://portal.azure.com/${ENTRA_ID}`, checkPassed())).toBeUndefined();
    const consented: PublicState = {
      ...EMPTY_STATE,
      portal: { review: { delegatedInstead: [], missing: [], notGranted: [], extras: [] } },
    };
    expect(expectedOn(`https://portal.azure.com/${ENTRA_ID}`, consented)).toBeUndefined();
    const captured = checkPassed();
    const failed = {
      ...captured,
      check: { running: false, result: { ...captured.check.result!, verdict: 'failed' as const } },
    };
    expect(expectedOn(`https://portal.azure.com/${ENTRA_ID}`, failed)).toBe('portal.open-app-registrations');
  });
});
