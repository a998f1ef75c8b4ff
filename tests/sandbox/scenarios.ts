// Ready-made tenant situations for tests and the benchmark: an app with some of the 12 permissions
// configured, consented or not, and a secret (expired if asked).
import { GRAPH_APP_ID, graphAppRoles } from './graph-catalog';
import type { Application, PasswordCredential, SandboxState } from './tenant-state';

export const IDEMEUM_ROLE_NAMES = graphAppRoles.slice(0, 12).map((r) => r.value);

export interface Scenario {
  app: Application;
  secret: PasswordCredential;
  tenantId: string;
}

export function appWithPermissions(
  state: SandboxState,
  options: { name: string; roles?: number; consent?: boolean; expiredSecret?: boolean; tenantId?: string },
): Scenario {
  const tenantId = options.tenantId ?? state.portalTenantId;
  const app = state.registerApplication(tenantId, options.name);
  const roles = graphAppRoles.slice(0, options.roles ?? 12);
  state.addGraphPermissions(
    app,
    roles.map((r) => ({ id: r.id, type: 'Role' as const })),
  );
  if (options.consent) state.grantAdminConsent(app);
  const day = 86_400_000;
  const secret = state.addPassword(app, {
    displayName: 'test',
    startDateTime: new Date(state.now() - 800 * day).toISOString(),
    endDateTime: new Date(state.now() + (options.expiredSecret ? -day : 730 * day)).toISOString(),
  });
  return { app, secret, tenantId };
}

export { GRAPH_APP_ID };
