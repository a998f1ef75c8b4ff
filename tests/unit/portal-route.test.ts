import { describe, expect, it } from 'vitest';
import { appMenuItem, isAppRegistrationsRoute, parsePortalRoute } from '../../lib/playbook/portal-route';
import { guid } from '../support/generated';

describe('parsePortalRoute', () => {
  const appId = guid();
  const objectId = guid();

  it('reads the app menu route with item, appId and objectId', () => {
    const r = parsePortalRoute(
      `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${appId}/objectId/${objectId}/isMSAApp~/false`,
    );
    expect(r).toEqual({
      extension: 'Microsoft_AAD_RegisteredApps',
      blade: 'ApplicationMenuBlade',
      item: 'Credentials',
      params: { appId, objectId, isMSAApp: 'false' },
    });
    expect(appMenuItem(r)).toBe('Credentials');
  });

  it('accepts the tenant pin, the older #blade form and the CallAnApi spelling', () => {
    expect(
      parsePortalRoute(
        `#@contoso.onmicrosoft.com/view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnApi/appId/${appId}`,
      ).item,
    ).toBe('CallAnAPI');
    expect(parsePortalRoute('#blade/Microsoft_AAD_RegisteredApps/ApplicationsListBlade').blade).toBe(
      'ApplicationsListBlade',
    );
  });

  it('treats an app menu without an item as Overview', () => {
    expect(
      appMenuItem(parsePortalRoute(`#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/appId/${appId}`)),
    ).toBe('Overview');
  });

  it('knows which routes are App registrations', () => {
    expect(
      isAppRegistrationsRoute(
        parsePortalRoute(
          '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade/quickStartType~/null/sourceType/Microsoft_AAD_IAM',
        ),
      ),
    ).toBe(true);
    expect(
      isAppRegistrationsRoute(
        parsePortalRoute(
          '#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false',
        ),
      ),
    ).toBe(true);
    expect(isAppRegistrationsRoute(parsePortalRoute('#home'))).toBe(false);
    expect(
      isAppRegistrationsRoute(parsePortalRoute('#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Overview')),
    ).toBe(false);
    expect(parsePortalRoute('#%%bad')).toEqual({ params: {} });
  });
});
