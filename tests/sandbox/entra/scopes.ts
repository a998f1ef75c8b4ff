// The `scope` parameter of the authorize and token requests: Microsoft Graph's delegated permissions (full URI,
// or the short name, Graph being the default resource) and the OpenID Connect scopes.
import { graphDelegatedScopes } from '../graph-catalog';
import { failure, type TokenResult } from './aadsts';

const GRAPH_RESOURCE = 'https://graph.microsoft.com/';
const OIDC_SCOPES = ['openid', 'profile', 'email', 'offline_access'];

export interface RequestedScopes {
  /** Graph permission names as the catalogue spells them (they go into `scp`). */
  graph: string[];
  oidc: string[];
}

export function parseScopes(raw: string | null | undefined): RequestedScopes | { error: TokenResult } {
  const graph = new Set<string>();
  const oidc = new Set<string>();
  for (const scope of (raw ?? '').split(/\s+/).filter(Boolean)) {
    const lower = scope.toLowerCase();
    if (OIDC_SCOPES.includes(lower)) {
      oidc.add(lower);
      continue;
    }
    const name = lower.startsWith(GRAPH_RESOURCE) ? scope.slice(GRAPH_RESOURCE.length) : scope;
    const known = graphDelegatedScopes.find((s) => s.value.toLowerCase() === name.toLowerCase());
    if (!known) {
      return {
        error: failure(
          400,
          'invalid_scope',
          70011,
          `The provided value for the input parameter 'scope' is not valid. The scope '${scope}' does not exist.`,
        ),
      };
    }
    graph.add(known.value);
  }
  return { graph: [...graph], oidc: [...oidc] };
}

/** The `scope` of a token response: Graph's permissions as full URIs, then the OpenID Connect scopes asked for. */
export function grantedScopeString(scopes: RequestedScopes): string {
  return [...scopes.graph.map((s) => `${GRAPH_RESOURCE}${s}`), ...scopes.oidc].join(' ');
}
