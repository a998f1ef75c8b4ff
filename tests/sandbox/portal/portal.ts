// The replica of the Azure portal's App registrations flow (FACTS.md §1, §3, §4): the portal shell on the
// portal hosts, the "Certificates & secrets" React view on the reactblade hosts, and the JSON API behind both.
import { type Handler, sendHtml, sendText } from '../http-kit';
import { sessionView } from './app-view';
import { errorPage, reactBladePage, shellPage } from './pages';
import { API_PREFIX, handlePortalApi } from './portal-api';
import { STATIC_PREFIX, sendStatic } from './static-files';

const PORTAL_HOSTS = new Set(['portal.azure.com', 'preview.portal.azure.com', 'entra.microsoft.com']);
const REACT_BLADE_HOST = /^[a-z0-9-]+\.(?:reactblade|reactblade-ms|reactblade-rc|hosting)\.portal\.azure\.net$/;
/** Certificates & secrets (portal.azure.com), and a blade frame of the Entra admin center shell. */
const isReactView = (view: string): view is 'credentials' | 'blade' => view === 'credentials' || view === 'blade';

export function isPortalHost(host: string): boolean {
  return PORTAL_HOSTS.has(host);
}

export function isReactBladeHost(host: string): boolean {
  return REACT_BLADE_HOST.test(host);
}

/** Only the portal's own origins may embed a React view, as the real trustedAuthority check does. */
function trustedAuthorityOf(url: URL): string | undefined {
  const value = url.searchParams.get('trustedAuthority');
  if (!value) return undefined;
  try {
    const origin = new URL(value);
    if (!/^https?:$/.test(origin.protocol) || !isPortalHost(origin.hostname)) return undefined;
    return origin.origin;
  } catch {
    return undefined;
  }
}

const isReadMethod = (method: string | undefined) => method === 'GET' || method === 'HEAD';

function productName(host: string): string {
  if (host === 'entra.microsoft.com') return 'Microsoft Entra admin center';
  if (host === 'preview.portal.azure.com') return 'Microsoft Azure (Preview)';
  return 'Microsoft Azure';
}

async function sharedRoutes(ctx: Parameters<Handler>[0]): Promise<boolean> {
  const { pathname } = ctx.url;
  if (pathname.startsWith(API_PREFIX)) {
    await handlePortalApi(ctx);
    return true;
  }
  if (pathname.startsWith(STATIC_PREFIX) && isReadMethod(ctx.req.method)) {
    await sendStatic(ctx.res, pathname);
    return true;
  }
  return false;
}

export const handlePortal: Handler = async (ctx) => {
  if (await sharedRoutes(ctx)) return;
  if (ctx.url.pathname === '/favicon.ico') {
    ctx.res.writeHead(204).end();
    return;
  }
  if (ctx.url.pathname !== '/' || !isReadMethod(ctx.req.method)) {
    sendText(ctx.res, 404, 'not found');
    return;
  }
  const session = sessionView(ctx.state);
  sendHtml(
    ctx.res,
    shellPage({
      productName: productName(ctx.host),
      isEntra: ctx.host === 'entra.microsoft.com',
      tenantName: session.tenantName,
      userPrincipalName: session.userPrincipalName,
      session,
    }),
  );
};

export const handleReactBlade: Handler = async (ctx) => {
  if (await sharedRoutes(ctx)) return;
  if (ctx.url.pathname !== '/React/Index' || !isReadMethod(ctx.req.method)) {
    sendText(ctx.res, 404, 'not found');
    return;
  }
  const authority = trustedAuthorityOf(ctx.url);
  if (!authority) {
    sendHtml(ctx.res, errorPage(400, 'The trustedAuthority parameter must name a portal origin.'), 400);
    return;
  }
  const view = ctx.url.searchParams.get('view') ?? '';
  if (!isReactView(view)) {
    sendHtml(ctx.res, errorPage(404, `Unknown React view '${view}'.`), 404);
    return;
  }
  sendHtml(ctx.res, reactBladePage(view, { ...sessionView(ctx.state), trustedAuthority: authority }), 200, {
    'content-security-policy': `frame-ancestors ${authority}`,
  });
};
