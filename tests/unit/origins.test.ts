import { describe, expect, it } from 'vitest';
import { isBladeFrameUrl, isIdemeumConsoleUrl, isPortalFrameUrl, isPortalUrl } from '../../lib/origins';

describe('portal origins', () => {
  it.each([
    'https://portal.azure.com/#home',
    'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
    'https://preview.portal.azure.com/',
  ])('accepts %s', (url) => expect(isPortalUrl(url)).toBe(true));

  it.each([
    'http://portal.azure.com/',
    'https://portal.azure.com.attacker.test/',
    'https://xportal.azure.com/',
    'https://portal.azure.com:8443/',
    'not a url',
  ])('refuses %s', (url) => expect(isPortalUrl(url)).toBe(false));

  it('accepts a blade iframe whose trustedAuthority is a portal origin', () => {
    const ta = encodeURIComponent('https://portal.azure.com');
    expect(
      isBladeFrameUrl(
        `https://sandbox-3.reactblade.portal.azure.net/React/Index?reactView=true&trustedAuthority=${ta}`,
      ),
    ).toBe(true);
    expect(
      isBladeFrameUrl(`https://sandbox-22-5.reactblade-ms.portal.azure.net/React/Index?trustedAuthority=${ta}`),
    ).toBe(true);
    expect(isPortalFrameUrl(`https://afd-v2.hosting.portal.azure.net/x?trustedAuthority=${ta}`)).toBe(true);
  });

  it('refuses blade hosts without a portal trustedAuthority, and lookalike hosts', () => {
    expect(isBladeFrameUrl('https://sandbox-3.reactblade.portal.azure.net/React/Index')).toBe(false);
    expect(
      isBladeFrameUrl(
        `https://sandbox-3.reactblade.portal.azure.net/?trustedAuthority=${encodeURIComponent('https://attacker.test')}`,
      ),
    ).toBe(false);
    expect(
      isBladeFrameUrl(
        `https://sandbox-3.reactblade.portal.azure.net.attacker.test/?trustedAuthority=https://portal.azure.com`,
      ),
    ).toBe(false);
  });
});

describe('idemeum consoles', () => {
  it.each(['https://acme.idemeum.com/adminportal', 'https://contoso-acme.idemeum.com/adminportal/users/user-source'])(
    'accepts %s',
    (url) => expect(isIdemeumConsoleUrl(url)).toBe(true),
  );

  it.each([
    'http://acme.idemeum.com/adminportal',
    'https://acme.idemeum.com.attacker.test/adminportal',
    'https://acmeidemeum.com/adminportal',
    'https://xn--idemeu-w2a.com/adminportal',
    'https://acme.xn--idemeu-w2a.com/adminportal',
    'https://a.b.idemeum.com/adminportal',
    'https://acme.idemeum.com:444/adminportal',
    'https://user@acme.idemeum.com/adminportal',
    'https://acme.idemeum.com/somewhere-else',
    'https://acme.idemeum.com/adminportalx',
  ])('refuses %s', (url) => expect(isIdemeumConsoleUrl(url)).toBe(false));
});
