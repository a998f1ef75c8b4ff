// Express setup's decisions against a scripted Graph: reuse instead of duplicates, permissions merged,
// secret lifetime stepping down under a policy, replication waits, consent refused, failures in words.
import { describe, expect, it } from 'vitest';
import type { GraphOutcome } from '../../lib/entra/graph';
import { type DelegatedGraph, delegatedGraph, type Method } from '../../lib/express/delegated-graph';
import {
  type ExpressInput,
  REPLICATION_WAITS_MS,
  runExpressSetup,
  type StepReport,
  withRequiredRoles,
} from '../../lib/express/express-setup';
import { GRAPH_APP_ID, REQUIRED_GRAPH_ROLES } from '../../lib/requirements';
import { currentSecret, guid } from '../support/generated';

const DAY = 86_400_000;
const ADMIN_ID = guid();
const NOW = Date.parse('2026-11-26T12:00:00Z');

interface App {
  id: string;
  appId: string;
  displayName: string;
  createdDateTime: string;
  signInAudience: string;
  tags: string[];
  owners: string[];
  requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
  passwordCredentials: { keyId: string; endDateTime: string }[];
}

/** An app of that name that express setup did not make (no tag), e.g. the customer's own. */
const foreignApp = (displayName: string, daysOld: number, signInAudience = 'AzureADMyOrg'): App => ({
  id: guid(),
  appId: guid(),
  displayName,
  createdDateTime: new Date(NOW - daysOld * DAY).toISOString(),
  signInAudience,
  tags: [],
  owners: [guid()],
  requiredResourceAccess: [],
  passwordCredentials: [],
});

const graphError = (status: number, message: string): GraphOutcome<unknown> => ({
  ok: false,
  problem: { kind: 'graph', status, code: 'Request_BadRequest', message },
});

/** A tiny directory that answers the calls express setup makes, with switches for Entra's behaviours. */
class FakeDirectory implements DelegatedGraph {
  apps: App[] = [];
  principals: { id: string; appId: string }[] = [{ id: guid(), appId: GRAPH_APP_ID }];
  grants: { principalId: string; appRoleId: string; resourceId: string }[] = [];
  calls: string[] = [];
  maxLifetimeDays = Number.POSITIVE_INFINITY;
  /** How many more times the new app / service principal is "not replicated yet". */
  appNotReplicated = 0;
  principalNotReplicated = 0;
  grantsNotReplicated = 0;
  refuseConsent = false;
  offlineOn?: string;

  get graphSp() {
    return this.principals[0]!;
  }

  call = async (method: Method, path: string, body?: unknown): Promise<GraphOutcome<unknown>> => {
    const route = `${method} ${decodeURIComponent(path.split('?')[0] ?? '')}`;
    this.calls.push(route);
    if (this.offlineOn && route.startsWith(this.offlineOn)) return { ok: false, problem: { kind: 'offline' } };
    const query = decodeURIComponent(path.split('?')[1] ?? '');
    const b = body as Record<string, unknown>;
    const param = (pattern: RegExp) => pattern.exec(route)?.[1];
    if (route === 'GET /v1.0/applications') {
      const name = /displayName eq '(.*)'&/.exec(query)?.[1]?.replaceAll("''", "'");
      return { ok: true, data: { value: this.apps.filter((a) => a.displayName === name) } };
    }
    if (route === 'POST /v1.0/applications') {
      const app: App = {
        id: guid(),
        appId: guid(),
        displayName: String(b.displayName),
        createdDateTime: new Date(NOW).toISOString(),
        signInAudience: String(b.signInAudience),
        tags: (b.tags as string[] | undefined) ?? [],
        owners: [ADMIN_ID],
        requiredResourceAccess: b.requiredResourceAccess as App['requiredResourceAccess'],
        passwordCredentials: [],
      };
      this.apps.push(app);
      return { ok: true, data: app };
    }
    const owned = param(/^GET \/v1\.0\/applications\/(.+)\/owners$/);
    if (owned !== undefined) {
      return { ok: true, data: { value: (this.apps.find((a) => a.id === owned)?.owners ?? []).map((id) => ({ id })) } };
    }
    const id1 = param(/^PATCH \/v1\.0\/applications\/(.+)$/);
    if (id1 !== undefined) {
      const app = this.apps.find((a) => a.id === id1)!;
      if (b.requiredResourceAccess)
        app.requiredResourceAccess = b.requiredResourceAccess as App['requiredResourceAccess'];
      if (b.tags) app.tags = b.tags as string[];
      return { ok: true, data: undefined };
    }
    const id2 = param(/^POST \/v1\.0\/applications\/(.+)\/addPassword$/);
    if (id2 !== undefined) {
      const credential = (b.passwordCredential ?? {}) as { endDateTime: string };
      if (Date.parse(credential.endDateTime) - NOW > this.maxLifetimeDays * DAY) {
        return graphError(400, 'Credential lifetime exceeds the max value allowed as per assigned policy.');
      }
      const keyId = guid();
      this.apps.find((a) => a.id === id2)!.passwordCredentials.push({ keyId, endDateTime: credential.endDateTime });
      return { ok: true, data: { keyId, secretText: currentSecret(), endDateTime: credential.endDateTime } };
    }
    const id3 = param(/^GET \/v1\.0\/servicePrincipals\(appId='(.+)'\)$/);
    if (id3 !== undefined) {
      const sp = this.principals.find((p) => p.appId === id3);
      return sp
        ? { ok: true, data: { ...sp, appRoles: REQUIRED_GRAPH_ROLES.map((r) => ({ id: r.id, value: r.name })) } }
        : graphError(404, `Resource '${id3}' does not exist.`);
    }
    if (route === 'POST /v1.0/servicePrincipals') {
      if (this.appNotReplicated-- > 0) {
        return graphError(
          400,
          `The appId '${b.appId}' of the service principal does not reference a valid application object.`,
        );
      }
      const sp = { id: guid(), appId: String(b.appId) };
      this.principals.push(sp);
      return { ok: true, data: sp };
    }
    const id4 = param(/^GET \/v1\.0\/servicePrincipals\/(.+)\/appRoleAssignments$/);
    if (id4 !== undefined) {
      if (this.principalNotReplicated > 0) {
        this.principalNotReplicated--;
        return graphError(404, `Resource '${id4}' does not exist.`);
      }
      return { ok: true, data: { value: this.grants.filter((g) => g.principalId === id4) } };
    }
    const id5 = param(/^POST \/v1\.0\/servicePrincipals\/(.+)\/appRoleAssignedTo$/);
    if (id5 !== undefined) {
      if (this.refuseConsent) {
        return {
          ok: false,
          problem: {
            kind: 'graph',
            status: 403,
            code: 'Authorization_RequestDenied',
            message: 'Insufficient privileges to complete the operation.',
          },
        };
      }
      if (this.grantsNotReplicated > 0) {
        this.grantsNotReplicated--;
        return graphError(400, 'Not a valid reference update.');
      }
      this.grants.push({ principalId: String(b.principalId), appRoleId: String(b.appRoleId), resourceId: id5 });
      return { ok: true, data: {} };
    }
    throw new Error(`unexpected call ${route}`);
  };
}

function run(directory: FakeDirectory, input: Partial<ExpressInput> = {}) {
  const reports: StepReport[] = [];
  const waits: number[] = [];
  const outcome = runExpressSetup(
    {
      tenantId: guid(),
      adminId: ADMIN_ID,
      displayName: 'idemeum',
      capability: { kind: 'can-grant', role: 'Global Administrator' },
      ...input,
    },
    {
      graph: directory,
      now: () => NOW,
      sleep: async (ms) => {
        waits.push(ms);
      },
      report: (r) => reports.push(r),
    },
  );
  return { outcome, reports, waits };
}

describe('express setup', () => {
  it('creates the app with the 12 roles, its service principal, consent for all 12, and a 24-month secret', async () => {
    const directory = new FakeDirectory();
    const { outcome, reports } = run(directory);
    const result = await outcome;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(reports.find((r) => r.step === 'permissions' && r.status === 'done')?.detail).toBe(
      'The 12 Microsoft Graph application permissions are configured.',
    );
    expect(directory.apps).toHaveLength(1);
    const app = directory.apps[0]!;
    expect(result.result.clientId).toBe(app.appId);
    expect(app.requiredResourceAccess[0]?.resourceAccess.map((r) => r.type)).toEqual(Array(12).fill('Role'));
    const principal = directory.principals.find((p) => p.appId === app.appId)!;
    expect(
      directory.grants
        .filter((g) => g.principalId === principal.id)
        .map((g) => g.appRoleId)
        .sort(),
    ).toEqual(REQUIRED_GRAPH_ROLES.map((r) => r.id).sort());
    expect(result.result.consent).toEqual({ kind: 'granted', added: 12 });
    expect(result.result.secret?.days).toBe(730);
    expect(result.result.secret?.cappedByPolicy).toBe(false);
    expect(Date.parse(result.result.secret!.expiresAt) - NOW).toBe(730 * DAY);
  });

  it('run twice: reuses the app, adds nothing new, and no second secret when this browser holds one', async () => {
    const directory = new FakeDirectory();
    const first = await run(directory).outcome;
    if (!first.ok) throw new Error('first run failed');
    const calls = directory.calls.length;
    const secondRun = run(directory, { secretHeldFor: first.result.clientId });
    const second = await secondRun.outcome;
    expect(second.ok && second.result.reusedApp).toBe(true);
    expect(secondRun.reports.find((r) => r.step === 'permissions' && r.status === 'done')?.detail).toBe(
      'All 12 were already configured as Application permissions.',
    );
    expect(directory.apps).toHaveLength(1);
    expect(directory.principals).toHaveLength(2);
    expect(directory.grants).toHaveLength(12);
    expect(directory.apps[0]?.passwordCredentials).toHaveLength(1);
    const secondCalls = directory.calls.slice(calls);
    expect(secondCalls.filter((c) => c.startsWith('POST') || c.startsWith('PATCH'))).toEqual([]);
  });

  it('an app of the same name it did not make is used only once the admin agrees, and then marked', async () => {
    const directory = new FakeDirectory();
    directory.apps.push(foreignApp("O'Brien idemeum", 1), foreignApp("O'Brien idemeum", 3));
    const asked = await run(directory, { displayName: "O'Brien idemeum" }).outcome;
    if (asked.ok || !asked.confirm) throw new Error('expected a question');
    expect(asked.step).toBe('app');
    expect(asked.confirm.clientId).toBe(directory.apps[1]?.appId);
    expect(asked.diagnosis.title).toMatch(/already exists \(client ID .*, owned by 1 other account/);
    expect(directory.calls.filter((c) => !c.startsWith('GET'))).toEqual([]);

    const agreed = await run(directory, { displayName: "O'Brien idemeum", confirmedClientId: asked.confirm.clientId })
      .outcome;
    expect(agreed.ok && agreed.result.clientId).toBe(directory.apps[1]?.appId);
    expect(directory.apps[1]?.tags).toEqual(['idemeumEntraAssist']);
    expect(directory.apps[0]?.tags).toEqual([]);
    expect(directory.apps).toHaveLength(2);

    // Marked now, but someone else still owns it: the next run asks again, and goes on once told.
    const next = await run(directory, { displayName: "O'Brien idemeum" }).outcome;
    expect(!next.ok && next.confirm?.clientId).toBe(directory.apps[1]?.appId);
    const { outcome, reports } = run(directory, {
      displayName: "O'Brien idemeum",
      confirmedClientId: directory.apps[1]?.appId,
    });
    const again = await outcome;
    expect(again.ok && again.result.clientId).toBe(directory.apps[1]?.appId);
    // Each run added a secret (this browser held none): the older one is pointed out.
    expect(reports.find((r) => r.step === 'secret' && r.status === 'done')?.detail).toMatch(
      /The app has 1 older secret: delete it/,
    );
  });

  it('the tag is only a hint: a tagged app someone else owns is not reused unasked', async () => {
    const directory = new FakeDirectory();
    const planted = { ...foreignApp('idemeum', 1), tags: ['idemeumEntraAssist'] };
    directory.apps.push(planted);
    const asked = await run(directory).outcome;
    expect(!asked.ok && asked.confirm?.clientId).toBe(planted.appId);
    expect(!asked.ok && asked.diagnosis.title).toMatch(/owned by 1 other account/);
    expect(directory.calls.filter((c) => !c.startsWith('GET'))).toEqual([]);
  });

  it('refuses a multi-tenant app of the same name', async () => {
    const directory = new FakeDirectory();
    directory.apps.push(foreignApp('idemeum', 1, 'AzureADMultipleOrgs'));
    const result = await run(directory).outcome;
    expect(!result.ok && !result.confirm && result.diagnosis.title).toMatch(/multi-tenant/);
  });

  it('adds the roles to an existing app without dropping its other permissions', () => {
    const other = { resourceAppId: guid(), resourceAccess: [{ id: guid(), type: 'Scope' }] };
    const delegated = { id: guid(), type: 'Scope' };
    const { list, changed } = withRequiredRoles([other, { resourceAppId: GRAPH_APP_ID, resourceAccess: [delegated] }]);
    expect(changed).toBe(true);
    expect(list[0]).toEqual(other);
    expect(list[1]?.resourceAccess[0]).toEqual(delegated);
    expect(list[1]?.resourceAccess.filter((r) => r.type === 'Role')).toHaveLength(12);
    expect(withRequiredRoles(list).changed).toBe(false);
  });

  it('steps the secret lifetime down when a tenant policy caps it, and says so', async () => {
    const directory = new FakeDirectory();
    directory.maxLifetimeDays = 400;
    const { outcome, reports } = run(directory);
    const result = await outcome;
    expect(result.ok && result.result.secret).toMatchObject({ days: 365, cappedByPolicy: true });
    expect(reports.find((r) => r.step === 'secret' && r.status === 'done')?.detail).toMatch(/policy caps .* 365 days/);
    expect(directory.apps[0]?.passwordCredentials).toHaveLength(1);
  });

  it('waits with backoff while the new app and its service principal replicate', async () => {
    const directory = new FakeDirectory();
    directory.appNotReplicated = 2;
    directory.principalNotReplicated = 1;
    directory.grantsNotReplicated = 1;
    const { outcome, waits, reports } = run(directory);
    expect((await outcome).ok).toBe(true);
    // Twice while the app replicates (400 on creating its service principal); then once on reading the new
    // principal's grants (404) and once on its first grant (400 "Not a valid reference update").
    const [w0, w1] = REPLICATION_WAITS_MS;
    expect(waits).toEqual([w0, w1, w0, w0]);
    expect(directory.grants).toHaveLength(12);
    expect(reports.some((r) => /replicate/.test(r.detail ?? ''))).toBe(true);
  });

  it('gives up after about a minute of replication delay, with words and the step', async () => {
    const directory = new FakeDirectory();
    directory.appNotReplicated = 100;
    const result = await run(directory).outcome;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.step).toBe('servicePrincipal');
    expect(result.diagnosis.fix).toMatch(/again/);
  });

  it('without a consent role: no grant is tried, the admin-consent link is given, the secret is still added', async () => {
    const directory = new FakeDirectory();
    const tenantId = guid();
    const result = await run(directory, { tenantId, capability: { kind: 'cannot-grant' } }).outcome;
    expect(directory.calls.some((c) => c.startsWith('POST') && c.includes('appRoleAssignedTo'))).toBe(false);
    if (!result.ok || result.result.consent.kind !== 'needs-admin') throw new Error('expected needs-admin');
    expect(result.result.consent.url).toBe(
      `https://login.microsoftonline.com/${tenantId}/adminconsent?client_id=${result.result.clientId}`,
    );
    expect(result.result.secret).toBeDefined();
  });

  it('when Graph refuses consent (403) for a role the token did not show, it says so with the link', async () => {
    const directory = new FakeDirectory();
    directory.refuseConsent = true;
    const { outcome, reports } = run(directory, { capability: { kind: 'unknown' } });
    const result = await outcome;
    expect(result.ok && result.result.consent.kind).toBe('needs-admin');
    expect(reports.find((r) => r.step === 'consent')?.status).toBe('running');
    expect(reports.filter((r) => r.step === 'consent').at(-1)).toMatchObject({ status: 'failed' });
  });

  it('offline in the middle: stops at that step with plain words, nothing half-reported as done', async () => {
    const directory = new FakeDirectory();
    directory.offlineOn = 'PATCH';
    directory.apps.push({ ...foreignApp('idemeum', 0), tags: ['idemeumEntraAssist'], owners: [ADMIN_ID] });
    const { outcome, reports } = run(directory);
    const result = await outcome;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.step).toBe('permissions');
    expect(result.diagnosis.title).toMatch(/Could not reach Microsoft/);
    expect(reports.at(-1)).toMatchObject({ step: 'permissions', status: 'failed' });
  });

  it('an unexpected error stops at the step it happened in, in words, and is never thrown', async () => {
    const directory = new FakeDirectory();
    const call = directory.call;
    directory.call = async (method, path, body) => {
      if (method === 'POST' && path === '/v1.0/servicePrincipals') throw new TypeError('boom');
      return call(method, path, body);
    };
    const { outcome, reports } = run(directory);
    const result = await outcome;
    expect(!result.ok && result.step).toBe('servicePrincipal');
    expect(reports.at(-1)).toMatchObject({ step: 'servicePrincipal', status: 'failed' });
  });
});

describe('express setup without a consent role', () => {
  it('says consent is done when a real admin already granted all 12 (a re-run for a new secret)', async () => {
    const directory = new FakeDirectory();
    const first = await run(directory).outcome;
    if (!first.ok) throw new Error('first run failed');
    const again = await run(directory, { capability: { kind: 'cannot-grant' } }).outcome;
    expect(again.ok && again.result.consent).toEqual({ kind: 'granted', added: 0 });
  });
});

describe('delegated Graph', () => {
  it('a token that cannot be had (signed out, expired) answers as a 401 with msal’s words, no request sent', async () => {
    let requests = 0;
    const graph = delegatedGraph(
      async () => {
        throw new Error('Sign in first.');
      },
      {
        fetch: async () => {
          requests++;
          return new Response('{}');
        },
        sleep: async () => {},
      },
    );
    expect(await graph.call('GET', '/v1.0/me')).toEqual({
      ok: false,
      problem: { kind: 'graph', status: 401, code: 'SignInRequired', message: 'Sign in first.' },
    });
    expect(requests).toBe(0);
  });
});
