// Exact allow-lists for the sites the extension works with. Everything that decides "is this page the
// Azure portal / idemeum?" goes through here, so that a lookalike is refused in one place.

export const PORTAL_HOSTS = [
  'portal.azure.com',
  'preview.portal.azure.com',
  'entra.microsoft.com',
  'aad.portal.azure.com',
];
const PORTAL_ORIGINS = new Set(PORTAL_HOSTS.map((h) => `https://${h}`));

/** Hosts of the portal's blade iframes: sandbox-3.reactblade.portal.azure.net, x.hosting.portal.azure.net… */
const BLADE_FRAME_HOST = /^[a-z0-9-]+\.(?:reactblade|reactblade-ms|reactblade-rc|hosting)\.portal\.azure\.net$/;

/** One DNS label under idemeum.com, as tenant consoles are: acme.idemeum.com, contoso-acme.idemeum.com. */
const IDEMEUM_TENANT_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.idemeum\.com$/;

export const TOKEN_HOST = 'login.microsoftonline.com';
export const GRAPH_HOST = 'graph.microsoft.com';

export const PORTAL_MATCHES = PORTAL_HOSTS.map((h) => `https://${h}/*`);
export const BLADE_FRAME_MATCHES = ['reactblade', 'reactblade-ms', 'reactblade-rc', 'hosting'].map(
  (kind) => `https://*.${kind}.portal.azure.net/*`,
);
export const IDEMEUM_MATCHES = ['https://*.idemeum.com/adminportal*'];

export const HOST_PERMISSIONS = [
  ...PORTAL_MATCHES,
  ...BLADE_FRAME_MATCHES,
  'https://*.idemeum.com/*',
  `https://${TOKEN_HOST}/*`,
  `https://${GRAPH_HOST}/*`,
] as const;

function parse(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

export function isPortalOrigin(origin: string | undefined): boolean {
  return origin !== undefined && PORTAL_ORIGINS.has(origin);
}

export function isPortalUrl(url: string | undefined): boolean {
  const u = parse(url);
  return !!u && isPortalOrigin(u.origin);
}

/**
 * A portal blade iframe: https on a blade host, and its trustedAuthority naming a portal origin
 * (FACTS.md §3: the real portal passes its own origin there).
 */
export function isBladeFrameUrl(url: string | undefined): boolean {
  const u = parse(url);
  if (u?.protocol !== 'https:' || u.port !== '' || !BLADE_FRAME_HOST.test(u.hostname)) return false;
  return isPortalOrigin(u.searchParams.get('trustedAuthority') ?? undefined);
}

/** The portal's top document or one of its blade frames. */
export function isPortalFrameUrl(url: string | undefined): boolean {
  return isPortalUrl(url) || isBladeFrameUrl(url);
}

/** A genuine idemeum tenant host: https, default port, exactly <label>.idemeum.com. */
export function isIdemeumUrl(url: string | undefined): boolean {
  const u = parse(url);
  return !!u && u.protocol === 'https:' && u.port === '' && u.username === '' && IDEMEUM_TENANT_HOST.test(u.hostname);
}

/** An idemeum admin console page (where fills may happen). */
export function isIdemeumConsoleUrl(url: string | undefined): boolean {
  return isIdemeumUrl(url) && /^\/adminportal(?:\/|$)/.test(parse(url)?.pathname ?? '');
}
