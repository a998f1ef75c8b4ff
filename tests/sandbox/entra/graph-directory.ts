// Microsoft Graph for a delegated (signed-in user) token, as express setup uses it: the user, the
// organisation, applications and service principals. Permission checks use the token's `scp`; granting app
// roles also needs the user's directory role, as in Entra.
import { type RequestContext, sendJson } from '../http-kit';
import { handleApplications } from './graph-applications';
import { graphError, methodNotAllowed, requireScope, selectFields, sendOrganization } from './graph-kit';
import { handleServicePrincipals } from './graph-service-principals';
import type { UserToken } from './tokens';

const READ_ME = ['User.Read', 'User.ReadWrite', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'];
const READ_ORGANIZATION = [
  'User.Read',
  'Organization.Read.All',
  'Organization.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];

function me(ctx: RequestContext, token: UserToken) {
  if (!requireScope(ctx, token, READ_ME)) return;
  const user = ctx.state.tenants.get(token.tenantId)?.users.find((u) => u.id === token.userId);
  if (!user) return graphError(ctx, 404, 'Request_ResourceNotFound', `Resource '${token.userId}' does not exist.`);
  const [givenName, ...rest] = user.displayName.split(' ');
  const select = ctx.url.searchParams.get('$select');
  sendJson(ctx.res, 200, {
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
    ...selectFields(
      {
        businessPhones: [],
        displayName: user.displayName,
        givenName: givenName ?? null,
        jobTitle: null,
        mail: user.userPrincipalName,
        mobilePhone: null,
        officeLocation: null,
        preferredLanguage: null,
        surname: rest.join(' ') || null,
        userPrincipalName: user.userPrincipalName,
        id: user.id,
      },
      select,
    ),
  });
}

function organization(ctx: RequestContext, token: UserToken) {
  if (!requireScope(ctx, token, READ_ORGANIZATION)) return;
  sendOrganization(ctx, token.tenantId);
}

export async function handleDelegatedGraph(ctx: RequestContext, token: UserToken): Promise<void> {
  const path = decodeURIComponent(ctx.url.pathname);
  const reads: Record<string, (ctx: RequestContext, token: UserToken) => void> = {
    '/v1.0/me': me,
    '/v1.0/organization': organization,
  };
  const read = reads[path];
  if (read) return ctx.req.method === 'GET' ? read(ctx, token) : methodNotAllowed(ctx);
  if (await handleApplications(ctx, token, path)) return;
  if (await handleServicePrincipals(ctx, token, path)) return;
  graphError(ctx, 400, 'BadRequest', `Resource not found for the segment '${path.split('/').pop() ?? ''}'.`);
}
