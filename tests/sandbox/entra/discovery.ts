// The metadata msal-browser may fetch before signing in: the OpenID Connect discovery document of a tenant
// and the instance discovery of the Microsoft cloud (aliases of login.microsoftonline.com).
import { type RequestContext, sendJson } from '../http-kit';
import { failure, tenantOfSegment } from './aadsts';

const HOST = 'https://login.microsoftonline.com';
const CORS = { 'access-control-allow-origin': '*' };

const CLOUDS = [
  {
    preferred_network: 'login.microsoftonline.com',
    preferred_cache: 'login.windows.net',
    aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'],
  },
  {
    preferred_network: 'login.partner.microsoftonline.cn',
    preferred_cache: 'login.partner.microsoftonline.cn',
    aliases: ['login.partner.microsoftonline.cn', 'login.chinacloudapi.cn'],
  },
  {
    preferred_network: 'login.microsoftonline.de',
    preferred_cache: 'login.microsoftonline.de',
    aliases: ['login.microsoftonline.de'],
  },
  {
    preferred_network: 'login.microsoftonline.us',
    preferred_cache: 'login.microsoftonline.us',
    aliases: ['login.microsoftonline.us', 'login.usgovcloudapi.net'],
  },
];

/** `/{tenant}/v2.0/.well-known/openid-configuration`: endpoints under the tenant's ID, or under organizations/common. */
function openIdConfiguration(ctx: RequestContext, segment: string) {
  const found = tenantOfSegment(ctx.state, segment);
  if ('error' in found) return sendJson(ctx.res, found.error.status, found.error.body, CORS);
  const multi = ['organizations', 'common'].includes(segment.toLowerCase());
  const base = `${HOST}/${multi ? segment.toLowerCase() : found.tenant.id}`;
  sendJson(
    ctx.res,
    200,
    {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${HOST}/${multi ? '{tenantid}' : found.tenant.id}/v2.0`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: [
        'sub',
        'iss',
        'cloud_instance_name',
        'cloud_instance_host_name',
        'cloud_graph_host_name',
        'msgraph_host',
        'aud',
        'exp',
        'iat',
        'auth_time',
        'acr',
        'nonce',
        'preferred_username',
        'name',
        'tid',
        'ver',
        'at_hash',
        'c_hash',
        'email',
      ],
      kerberos_endpoint: `${base}/kerberos`,
      tenant_region_scope: multi ? null : 'NA',
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
      rbac_url: 'https://pas.windows.net',
    },
    CORS,
  );
}

/** `/common/discovery/instance?api-version=1.1&authorization_endpoint=…` */
function instanceDiscovery(ctx: RequestContext) {
  const endpoint = ctx.url.searchParams.get('authorization_endpoint');
  let target: URL | undefined;
  try {
    target = endpoint ? new URL(endpoint) : undefined;
  } catch {
    target = undefined;
  }
  if (!target) {
    const missing = failure(400, 'invalid_request', 90014, "The required field 'authorization_endpoint' is missing.");
    return sendJson(ctx.res, missing.status, missing.body, CORS);
  }
  if (!CLOUDS.some((c) => c.aliases.includes(target.hostname))) {
    const unknown = failure(400, 'invalid_instance', 50049, 'Unknown or invalid instance.');
    return sendJson(ctx.res, unknown.status, unknown.body, CORS);
  }
  const tenant = target.pathname.split('/')[1] || 'common';
  sendJson(
    ctx.res,
    200,
    {
      tenant_discovery_endpoint: `https://${target.hostname}/${tenant}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: CLOUDS,
    },
    CORS,
  );
}

/** Answers the discovery requests; false when the request is for another endpoint. */
export function answerDiscovery(ctx: RequestContext): boolean {
  if (ctx.req.method !== 'GET') return false;
  if (ctx.url.pathname === '/common/discovery/instance') {
    instanceDiscovery(ctx);
    return true;
  }
  const config = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(ctx.url.pathname);
  if (!config) return false;
  openIdConfiguration(ctx, decodeURIComponent(config[1] ?? ''));
  return true;
}
