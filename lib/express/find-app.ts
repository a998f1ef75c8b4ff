// Finds an app registration from whichever ID the admin has: the Application (client) ID, the app's
// Object ID, or the enterprise app's (service principal's) Object ID — the last two are the classic
// mistake (AADSTS700016), so say which one it was.
import type { GraphOutcome } from '../entra/graph';
import type { Problem } from '../entra/problems';
import { t } from '../i18n/t';
import { isGuid } from '../value-shapes';
import { type DelegatedGraph, parsed } from './delegated-graph';
import { type Application, ApplicationList, Application as ApplicationSchema, ServicePrincipal } from './graph-objects';

const APP_FIELDS = '$select=id,appId,displayName,createdDateTime,requiredResourceAccess,passwordCredentials';

export type FoundApp =
  | { found: true; app: Application; givenAs: 'clientId' | 'objectId' | 'servicePrincipalObjectId' }
  | { found: false; message: string }
  | { found: false; problem: Problem };

async function byClientId(graph: DelegatedGraph, clientId: string): Promise<GraphOutcome<Application | undefined>> {
  const list = parsed(
    await graph.call('GET', `/v1.0/applications?$filter=${encodeURIComponent(`appId eq '${clientId}'`)}&${APP_FIELDS}`),
    ApplicationList,
  );
  return list.ok ? { ok: true, data: list.data.value[0] } : list;
}

/** Only a 404 means "no such object"; anything else (403, throttled, offline) is said as it is. */
const isNotFound = (problem: Problem) => problem.kind === 'graph' && problem.status === 404;

export async function findApp(graph: DelegatedGraph, id: string): Promise<FoundApp> {
  const given = id.trim().toLowerCase();
  if (!isGuid(given)) {
    return { found: false, message: t('find_not_an_id') };
  }
  const app = await byClientId(graph, given);
  if (!app.ok) return { found: false, problem: app.problem };
  if (app.data) return { found: true, app: app.data, givenAs: 'clientId' };

  const asObject = parsed(await graph.call('GET', `/v1.0/applications/${given}?${APP_FIELDS}`), ApplicationSchema);
  if (asObject.ok) return { found: true, app: asObject.data, givenAs: 'objectId' };
  if (!isNotFound(asObject.problem)) return { found: false, problem: asObject.problem };
  const asPrincipal = parsed(
    await graph.call('GET', `/v1.0/servicePrincipals/${given}?$select=id,appId`),
    ServicePrincipal,
  );
  if (!asPrincipal.ok && !isNotFound(asPrincipal.problem)) return { found: false, problem: asPrincipal.problem };
  if (asPrincipal.ok) {
    const owner = await byClientId(graph, asPrincipal.data.appId);
    if (!owner.ok) return { found: false, problem: owner.problem };
    if (owner.data) return { found: true, app: owner.data, givenAs: 'servicePrincipalObjectId' };
  }
  return { found: false, message: t('find_no_app') };
}
