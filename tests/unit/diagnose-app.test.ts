// Deep diagnostics of an existing app: every kind of mistake named in words (FACTS.md §7).
import { describe, expect, it } from 'vitest';
import { adminConsentUrl, consentCapability } from '../../lib/express/admin-roles';
import { type AppFacts, diagnoseApp } from '../../lib/express/diagnose-app';
import type { Application } from '../../lib/express/graph-objects';
import { SignInAuthority, SignInClientId } from '../../lib/express/sign-in-settings';
import { GRAPH_APP_ID, REQUIRED_GRAPH_ROLES } from '../../lib/requirements';
import { guid } from '../support/generated';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-26T12:00:00Z');
const GRAPH_SP_ID = guid();
// Graph's delegated permissions have their own IDs; the diagnostics learn names from Graph's catalogue.
const delegatedIds = new Map<string, string>(REQUIRED_GRAPH_ROLES.map((r) => [r.name, guid()]));
const EXTRA_ROLE = { id: guid(), value: 'Application.ReadWrite.All' };

function facts(overrides: Partial<AppFacts> & { access?: { id: string; type: string }[] }): AppFacts {
  const app: Application = {
    id: guid(),
    appId: guid(),
    displayName: 'idemeum',
    tags: [],
    requiredResourceAccess: [{ resourceAppId: GRAPH_APP_ID, resourceAccess: overrides.access ?? [] }],
    passwordCredentials: [],
  };
  return {
    app,
    givenAs: 'clientId',
    hasServicePrincipal: true,
    grants: [],
    graph: {
      id: GRAPH_SP_ID,
      appId: GRAPH_APP_ID,
      appRoles: [...REQUIRED_GRAPH_ROLES.map((r) => ({ id: r.id, value: r.name })), EXTRA_ROLE],
      oauth2PermissionScopes: [...delegatedIds].map(([value, id]) => ({ id, value })),
    },
    now: NOW,
    ...overrides,
  };
}

const roles = (names: readonly string[]) =>
  REQUIRED_GRAPH_ROLES.filter((r) => names.includes(r.name)).map((r) => ({ id: r.id, type: 'Role' }));
const grantsFor = (names: readonly string[]) =>
  REQUIRED_GRAPH_ROLES.filter((r) => names.includes(r.name)).map((r) => ({ appRoleId: r.id, resourceId: GRAPH_SP_ID }));
const ALL = REQUIRED_GRAPH_ROLES.map((r) => r.name);

describe('diagnoseApp', () => {
  it('finds nothing wrong when all 12 are granted and a secret is valid', () => {
    const base = facts({ access: roles(ALL), grants: grantsFor(ALL) });
    base.app.passwordCredentials = [
      { keyId: guid(), displayName: 'idemeum', hint: 'abc', endDateTime: new Date(NOW + 300 * DAY).toISOString() },
    ];
    const d = diagnoseApp(base);
    expect(d.problems).toEqual([]);
    expect(d.permissions.every((p) => p.status === 'granted')).toBe(true);
  });

  it('names Delegated-instead, not-consented, missing and extras separately', () => {
    const delegated = ['User.Read.All', 'Group.Read.All'];
    const configuredOnly = ['Directory.ReadWrite.All'];
    const granted = ALL.filter((n) => !delegated.includes(n) && !configuredOnly.includes(n) && n !== 'User.Invite.All');
    const d = diagnoseApp(
      facts({
        access: [
          ...roles([...granted, ...configuredOnly]),
          ...delegated.map((n) => ({ id: delegatedIds.get(n)!, type: 'Scope' })),
          { id: EXTRA_ROLE.id, type: 'Role' },
        ],
        grants: grantsFor(granted),
      }),
    );
    const status = (name: string) => d.permissions.find((p) => p.name === name)?.status;
    expect(status('User.Read.All')).toBe('delegated-instead');
    expect(status('Group.Read.All')).toBe('delegated-instead');
    expect(status('Directory.ReadWrite.All')).toBe('not-consented');
    expect(status('User.Invite.All')).toBe('missing');
    expect(status('Organization.Read.All')).toBe('granted');
    expect(d.extras).toEqual(['Application.ReadWrite.All (Application)']);
    expect(d.problems.join('\n')).toMatch(/2 permissions were added as Delegated.*User\.Read\.All, Group\.Read\.All/);
    expect(d.problems.join('\n')).toMatch(/configured but admin consent was not granted: Directory\.ReadWrite\.All/);
    expect(d.problems.join('\n')).toMatch(/missing: User\.Invite\.All/);
  });

  it('lists every secret with its expiry, oldest first, and says when all have expired', () => {
    const base = facts({ access: roles(ALL), grants: grantsFor(ALL) });
    base.app.passwordCredentials = [
      { keyId: guid(), displayName: 'new', hint: 'xyz', endDateTime: new Date(NOW - 2 * DAY).toISOString() },
      { keyId: guid(), displayName: 'old', hint: 'abc', endDateTime: new Date(NOW - 400 * DAY).toISOString() },
    ];
    const d = diagnoseApp(base);
    expect(d.secrets.map((s) => [s.label, s.state])).toEqual([
      ['old (abc…)', 'expired'],
      ['new (xyz…)', 'expired'],
    ]);
    expect(d.problems[0]).toBe('Every client secret of the app has expired.');
  });

  it('warns of a secret expiring within 30 days', () => {
    const base = facts({ access: roles(ALL), grants: grantsFor(ALL) });
    base.app.passwordCredentials = [
      { keyId: guid(), displayName: 's', endDateTime: new Date(NOW + 10.5 * DAY).toISOString() },
    ];
    expect(diagnoseApp(base).problems).toEqual([expect.stringMatching(/expires in 10 day/)]);
  });

  it('says when an Object ID (app or service principal) was given instead of the client ID', () => {
    const asObject = facts({ givenAs: 'objectId', access: roles(ALL), grants: grantsFor(ALL) });
    expect(diagnoseApp(asObject).problems[0]).toContain(`Application (client) ID: ${asObject.app.appId}`);
    const asPrincipal = facts({ givenAs: 'servicePrincipalObjectId' });
    expect(diagnoseApp(asPrincipal).problems[0]).toMatch(/enterprise app \(service principal\)/);
  });

  it('says when the tenant has no service principal for the app', () => {
    expect(diagnoseApp(facts({ hasServicePrincipal: false })).problems.join(' ')).toMatch(/no enterprise app/);
  });
});

describe('pre-flight', () => {
  it('reads consent capability from wids', () => {
    expect(consentCapability(['62e90394-69f5-4237-9190-012177145e10'])).toEqual({
      kind: 'can-grant',
      role: 'Global Administrator',
    });
    expect(consentCapability(['E8611AB8-C189-46E8-94E1-60213AB1F814']).kind).toBe('can-grant');
    expect(consentCapability(['cf1c38e5-3621-4004-a7cb-879624dced7c']).kind).toBe('cannot-grant');
    expect(consentCapability([]).kind).toBe('cannot-grant');
    expect(consentCapability(undefined).kind).toBe('unknown');
  });

  it('builds the admin-consent link for the tenant and app', () => {
    const tenant = guid();
    const client = guid();
    expect(adminConsentUrl(tenant, client)).toBe(
      `https://login.microsoftonline.com/${tenant}/adminconsent?client_id=${client}`,
    );
  });

  it('accepts only a GUID sign-in client and a login.microsoftonline.com authority', () => {
    const id = guid();
    expect(SignInClientId.parse(` ${id.toUpperCase()} `)).toBe(id);
    expect(SignInClientId.parse('')).toBe('');
    expect(SignInClientId.safeParse('idemeum').success).toBe(false);
    expect(SignInAuthority.parse('https://login.microsoftonline.com/organizations/')).toBe(
      'https://login.microsoftonline.com/organizations',
    );
    expect(SignInAuthority.safeParse(`https://login.microsoftonline.com/${guid()}`).success).toBe(true);
    expect(SignInAuthority.safeParse('https://login.microsoftonline.com/contoso.onmicrosoft.com').success).toBe(true);
    expect(SignInAuthority.safeParse('https://login.microsoftonline.com/common').success).toBe(false);
    expect(SignInAuthority.safeParse('https://login.example.com/organizations').success).toBe(false);
    expect(SignInAuthority.safeParse('http://login.microsoftonline.com/organizations').success).toBe(false);
  });
});
