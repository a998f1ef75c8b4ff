// The one in-memory world behind every replica and emulator of the sandbox: registering an app in the
// replica portal creates the app that the token endpoint and Graph then know.
import { randomBytes, randomUUID } from 'node:crypto';
import {
  APPLICATION_DEVELOPER,
  DEFAULT_MEMBER_ROLE,
  GLOBAL_ADMINISTRATOR,
  PRIVILEGED_ROLE_ADMINISTRATOR,
} from './directory-roles';
import { GRAPH_APP_ID, graphAppRoles, USER_READ_DELEGATED_ID } from './graph-catalog';

export interface Domain {
  name: string;
  isDefault: boolean;
  isInitial: boolean;
  type: 'Managed' | 'Federated';
}

export interface SandboxUser {
  id: string;
  tenantId: string;
  displayName: string;
  userPrincipalName: string;
  /** Directory role template IDs, as in the `wids` claim. */
  wids: string[];
}

export interface Tenant {
  id: string;
  displayName: string;
  domains: Domain[];
  groups: { id: string; displayName: string }[];
  users: SandboxUser[];
}

/** The organisation's registration of the extension as a Single-page application (sign-in with msal-browser). */
export interface PublicClient {
  clientId: string;
  displayName: string;
  redirectUris: string[];
}

export interface PasswordCredential {
  keyId: string;
  displayName: string;
  hint: string;
  /** Kept only in this process's memory, to check what a client presents. */
  secretText: string;
  startDateTime: string;
  endDateTime: string;
}

export const SIGN_IN_AUDIENCES = [
  'AzureADMyOrg',
  'AzureADMultipleOrgs',
  'AzureADandPersonalMicrosoftAccount',
  'PersonalMicrosoftAccount',
] as const;
export type SignInAudience = (typeof SIGN_IN_AUDIENCES)[number];

export interface ResourceAccess {
  id: string;
  type: 'Role' | 'Scope';
}

export interface Application {
  id: string;
  appId: string;
  tenantId: string;
  displayName: string;
  signInAudience: SignInAudience;
  createdDateTime: string;
  disabled: boolean;
  /** Set by admin consent: covers the configured delegated permissions too. */
  delegatedConsentGranted: boolean;
  passwordCredentials: PasswordCredential[];
  requiredResourceAccess: { resourceAppId: string; resourceAccess: ResourceAccess[] }[];
  tags: string[];
  notes: string | null;
  /** User object IDs; Entra makes the user who creates an app through Graph its owner. */
  owners: string[];
}

export interface ServicePrincipal {
  id: string;
  appId: string;
  tenantId: string;
  displayName: string;
  /** ms timestamp, for replication delay. */
  createdAt: number;
}

export interface AppRoleAssignment {
  id: string;
  appRoleId: string;
  principalId: string;
  principalDisplayName: string;
  resourceId: string;
  resourceDisplayName: string;
  createdDateTime: string;
  /** ms timestamp after which tokens carry this role (consent propagation). */
  effectiveAt: number;
}

/** Behaviours a test or the demo can switch on; each mirrors something Entra really does (FACTS.md §5). */
export interface Knobs {
  /** Delay between admin consent and the role appearing in new tokens. */
  propagationMs: number;
  /** The next N Graph requests answer 429 with Retry-After. */
  throttleNextGraphRequests: number;
  retryAfterSeconds: number;
  /** Extra latency added to every emulator response (benchmarks). */
  latencyMs: number;
  /** Hosts whose connections are dropped, as when the machine is offline. */
  unreachableHosts: Set<string>;
  /** Client IDs whose sign-ins Conditional Access blocks (AADSTS53003). */
  conditionalAccessBlocked: Set<string>;
  /**
   * How long a new application stays invisible to `POST /servicePrincipals`, and a new service principal to
   * Graph reads and `appRoleAssignedTo`, as while Entra replicates it.
   */
  replicationDelayMs: number;
  /** The portal's API permissions table shows its Status column as an icon with a hover tooltip, no text. */
  portalStatusIconOnly: boolean;
  /** An app-management policy's cap on client secret lifetimes (CredentialInvalidLifetimeAsPerAppPolicy). */
  maxSecretLifetimeDays: number | undefined;
}

/** Only these two roles may grant application permissions (app roles) of Microsoft Graph. */
export function canGrantAppRoles(user: SandboxUser): boolean {
  return user.wids.includes(GLOBAL_ADMINISTRATOR) || user.wids.includes(PRIVILEGED_ROLE_ADMINISTRATOR);
}

const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.~-';

/** A client secret in today's format: 3 chars, a digit, "Q~", 34 chars (40 in all). */
export function generateClientSecret(): string {
  const pick = (n: number) =>
    Array.from(randomBytes(n), (b) => SECRET_ALPHABET.charAt(b % SECRET_ALPHABET.length)).join('');
  const digit = String((randomBytes(1)[0] ?? 0) % 10);
  return `${pick(3)}${digit}Q~${pick(34)}`;
}

export class SandboxState {
  tenants = new Map<string, Tenant>();
  applications: Application[] = [];
  servicePrincipals: ServicePrincipal[] = [];
  appRoleAssignments: AppRoleAssignment[] = [];
  knobs: Knobs = {
    propagationMs: 0,
    throttleNextGraphRequests: 0,
    retryAfterSeconds: 2,
    latencyMs: 0,
    unreachableHosts: new Set(),
    conditionalAccessBlocked: new Set(),
    replicationDelayMs: 0,
    portalStatusIconOnly: false,
    maxSecretLifetimeDays: undefined,
  };
  publicClients: PublicClient[] = [];
  /** The tenant the replica portal is signed in to. */
  portalTenantId: string;
  /**
   * Whether the portal's signed-in user may grant admin consent (Global Administrator or Privileged Role
   * Administrator); when false the replica greys out "Grant admin consent for <tenant>".
   */
  portalAdminCanGrantConsent = true;
  /** Every request the emulators answered, for request counting in tests and the benchmark. */
  requestLog: { host: string; method: string; path: string; at: number }[] = [];

  constructor(now: () => number = Date.now) {
    this.now = now;
    this.portalTenantId = this.createTenant('Contoso').id;
  }

  readonly now: () => number;

  /** Method and path of every request to `host` (every host when left out), oldest first. */
  calls(host?: string): string[] {
    return this.requestLog.filter((r) => !host || r.host === host).map((r) => `${r.method} ${r.path}`);
  }

  createTenant(displayName: string): Tenant {
    const slug = displayName.toLowerCase().replace(/[^a-z0-9]/g, '');
    const id = randomUUID();
    const user = (name: string, mailNickname: string, role: string): SandboxUser => ({
      id: randomUUID(),
      tenantId: id,
      displayName: name,
      userPrincipalName: `${mailNickname}@${slug}.onmicrosoft.com`,
      wids: [role, DEFAULT_MEMBER_ROLE],
    });
    const tenant: Tenant = {
      id,
      displayName,
      domains: [
        { name: `${slug}.onmicrosoft.com`, isDefault: false, isInitial: true, type: 'Managed' },
        { name: `${slug}.example`, isDefault: true, isInitial: false, type: 'Managed' },
        { name: `sso.${slug}.example`, isDefault: false, isInitial: false, type: 'Federated' },
      ],
      groups: [
        { id: randomUUID(), displayName: 'Helpdesk technicians' },
        { id: randomUUID(), displayName: 'Cloud admins' },
      ],
      users: [user('Adele Vance', 'admin', GLOBAL_ADMINISTRATOR), user('Dev Patel', 'dev', APPLICATION_DEVELOPER)],
    };
    this.tenants.set(tenant.id, tenant);
    // Every tenant has Microsoft Graph's service principal.
    this.servicePrincipals.push({
      id: randomUUID(),
      appId: GRAPH_APP_ID,
      tenantId: tenant.id,
      displayName: 'Microsoft Graph',
      // Long replicated: it exists in every tenant from the start.
      createdAt: 0,
    });
    return tenant;
  }

  /** Adds a Single-page application registration with this redirect URI; returns its client ID. */
  registerPublicClient(redirectUri: string, displayName = 'idemeum Entra Assist'): string {
    const clientId = randomUUID();
    this.publicClients.push({ clientId, displayName, redirectUris: [redirectUri] });
    return clientId;
  }

  publicClient(clientId: string): PublicClient | undefined {
    return this.publicClients.find((c) => c.clientId === clientId.toLowerCase());
  }

  /** Whether an object created at `createdAt` (ms) has replicated, so that other requests see it. */
  isReplicated(createdAt: number): boolean {
    return this.now() - createdAt >= this.knobs.replicationDelayMs;
  }

  tenantByIdOrDomain(idOrDomain: string): Tenant | undefined {
    const key = idOrDomain.toLowerCase();
    for (const t of this.tenants.values()) {
      if (t.id === key || t.domains.some((d) => d.name === key)) return t;
    }
    return undefined;
  }

  /** What "Register" does in the portal: the application, its service principal and User.Read (Delegated). */
  registerApplication(tenantId: string, displayName: string): Application {
    const app = this.createApplication(tenantId, {
      displayName,
      requiredResourceAccess: [
        { resourceAppId: GRAPH_APP_ID, resourceAccess: [{ id: USER_READ_DELEGATED_ID, type: 'Scope' }] },
      ],
    });
    this.createServicePrincipal(app);
    return app;
  }

  /** The application object alone, as `POST /applications` makes it: no service principal yet. */
  createApplication(
    tenantId: string,
    options: Pick<Application, 'displayName'> &
      Partial<Pick<Application, 'signInAudience' | 'requiredResourceAccess' | 'tags' | 'notes' | 'owners'>>,
  ): Application {
    const app: Application = {
      id: randomUUID(),
      appId: randomUUID(),
      tenantId,
      displayName: options.displayName,
      signInAudience: options.signInAudience ?? 'AzureADMyOrg',
      createdDateTime: new Date(this.now()).toISOString(),
      disabled: false,
      delegatedConsentGranted: false,
      passwordCredentials: [],
      requiredResourceAccess: options.requiredResourceAccess ?? [],
      tags: options.tags ?? [],
      notes: options.notes ?? null,
      owners: options.owners ?? [],
    };
    this.applications.push(app);
    return app;
  }

  createServicePrincipal(app: Application): ServicePrincipal {
    const sp: ServicePrincipal = {
      id: randomUUID(),
      appId: app.appId,
      tenantId: app.tenantId,
      displayName: app.displayName,
      createdAt: this.now(),
    };
    this.servicePrincipals.push(sp);
    return sp;
  }

  applicationByObjectId(objectId: string): Application | undefined {
    return this.applications.find((a) => a.id === objectId);
  }

  applicationByAppId(tenantId: string, appId: string): Application | undefined {
    return this.applications.find((a) => a.tenantId === tenantId && a.appId === appId);
  }

  servicePrincipalOf(tenantId: string, appId: string): ServicePrincipal | undefined {
    return this.servicePrincipals.find((s) => s.tenantId === tenantId && s.appId === appId);
  }

  graphServicePrincipal(tenantId: string): ServicePrincipal {
    const sp = this.servicePrincipalOf(tenantId, GRAPH_APP_ID);
    if (!sp) throw new Error(`tenant ${tenantId} has no Microsoft Graph service principal`);
    return sp;
  }

  addPassword(
    app: Application,
    options: { displayName: string; endDateTime: string; startDateTime?: string },
  ): PasswordCredential {
    const secretText = generateClientSecret();
    const credential: PasswordCredential = {
      keyId: randomUUID(),
      displayName: options.displayName,
      hint: secretText.slice(0, 3),
      secretText,
      startDateTime: options.startDateTime ?? new Date(this.now()).toISOString(),
      endDateTime: options.endDateTime,
    };
    app.passwordCredentials.push(credential);
    return credential;
  }

  /** Adds permissions to the app's requiredResourceAccess for Microsoft Graph (no duplicates). */
  addGraphPermissions(app: Application, permissions: ResourceAccess[]): void {
    let entry = app.requiredResourceAccess.find((r) => r.resourceAppId === GRAPH_APP_ID);
    if (!entry) {
      entry = { resourceAppId: GRAPH_APP_ID, resourceAccess: [] };
      app.requiredResourceAccess.push(entry);
    }
    for (const p of permissions) {
      if (!entry.resourceAccess.some((r) => r.id === p.id && r.type === p.type)) entry.resourceAccess.push(p);
    }
  }

  removeGraphPermission(app: Application, permission: ResourceAccess): void {
    const entry = app.requiredResourceAccess.find((r) => r.resourceAppId === GRAPH_APP_ID);
    if (!entry) return;
    entry.resourceAccess = entry.resourceAccess.filter((r) => !(r.id === permission.id && r.type === permission.type));
  }

  /** "Grant admin consent for <tenant>": one app role assignment per configured Graph application permission. */
  grantAdminConsent(app: Application): AppRoleAssignment[] {
    const sp = this.servicePrincipalOf(app.tenantId, app.appId);
    if (!sp) throw new Error('the application has no service principal');
    const graph = this.graphServicePrincipal(app.tenantId);
    const roles = app.requiredResourceAccess
      .filter((r) => r.resourceAppId === GRAPH_APP_ID)
      .flatMap((r) => r.resourceAccess)
      .filter((r) => r.type === 'Role');
    app.delegatedConsentGranted = true;
    const created: AppRoleAssignment[] = [];
    for (const role of roles) {
      if (this.appRoleAssignments.some((a) => a.principalId === sp.id && a.appRoleId === role.id)) continue;
      const assignment = this.assignAppRole(sp, graph, role.id);
      created.push(assignment);
    }
    return created;
  }

  assignAppRole(principal: ServicePrincipal, resource: ServicePrincipal, appRoleId: string): AppRoleAssignment {
    const now = this.now();
    const assignment: AppRoleAssignment = {
      id: randomUUID(),
      appRoleId,
      principalId: principal.id,
      principalDisplayName: principal.displayName,
      resourceId: resource.id,
      resourceDisplayName: resource.displayName,
      createdDateTime: new Date(now).toISOString(),
      effectiveAt: now + this.knobs.propagationMs,
    };
    this.appRoleAssignments.push(assignment);
    return assignment;
  }

  assignmentsOf(principal: ServicePrincipal): AppRoleAssignment[] {
    return this.appRoleAssignments.filter((a) => a.principalId === principal.id);
  }

  /** Role names a token issued now carries: only assignments whose propagation has elapsed. */
  effectiveRoleNames(principal: ServicePrincipal): string[] {
    const now = this.now();
    return this.assignmentsOf(principal)
      .filter((a) => a.effectiveAt <= now)
      .map((a) => graphAppRoles.find((r) => r.id === a.appRoleId)?.value)
      .filter((v): v is string => typeof v === 'string');
  }

  /** Consent status the portal shows per configured permission. */
  isConsented(app: Application, permission: ResourceAccess): boolean {
    if (permission.type === 'Scope') return app.delegatedConsentGranted;
    const sp = this.servicePrincipalOf(app.tenantId, app.appId);
    return !!sp && this.assignmentsOf(sp).some((a) => a.appRoleId === permission.id);
  }
}
