// The portal keeps its route in the URL hash (FACTS.md §3): #view/<Extension>/<Blade>/<param>/<value>…,
// the older #blade/…, an optional tenant pin #@<tenant>/…, and ~/<Item> after a menu blade.

export interface PortalRoute {
  extension?: string;
  blade?: string;
  /** The menu item after "~/", e.g. Overview, Credentials, CallAnAPI. */
  item?: string;
  params: Record<string, string>;
}

const ITEM_ALIASES: Record<string, string> = { CallAnApi: 'CallAnAPI' };

export function parsePortalRoute(hash: string): PortalRoute {
  let path = hash.replace(/^#/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the raw hash
  }
  if (path.startsWith('@')) path = path.slice(path.indexOf('/') + 1);
  const parts = path.split('/').filter(Boolean);
  if (parts[0] !== 'view' && parts[0] !== 'blade') return { params: {} };
  const [, extension, blade, ...rest] = parts;
  const route: PortalRoute = { extension, blade, params: {} };
  for (let i = 0; i < rest.length; i++) {
    const key = rest[i] ?? '';
    if (key === '~') {
      const item = rest[i + 1];
      if (item) route.item = ITEM_ALIASES[item] ?? item;
      i++;
      continue;
    }
    const value = rest[i + 1];
    if (value === undefined) break;
    route.params[key.replace(/~$/, '')] = value;
    i++;
  }
  return route;
}

const APP_REGISTRATION_BLADES = new Set(['ApplicationsListBlade', 'CreateApplicationBlade', 'ApplicationMenuBlade']);

/** Is this route part of App registrations (where the guide loads by itself)? */
export function isAppRegistrationsRoute(route: PortalRoute): boolean {
  return route.extension === 'Microsoft_AAD_RegisteredApps' && APP_REGISTRATION_BLADES.has(route.blade ?? '');
}

export const appMenuItem = (route: PortalRoute) =>
  route.blade === 'ApplicationMenuBlade' ? (route.item ?? 'Overview') : undefined;

/**
 * Where the setup starts: the directory's own blades (Microsoft Entra ID → Manage → App registrations), and the
 * Entra admin center's home, whose menu leads to App registrations. The guide loads there too, to point the way.
 */
export function isSetupEntryRoute(route: PortalRoute, host: string): boolean {
  if (route.extension === 'Microsoft_AAD_IAM') return true;
  return host === 'entra.microsoft.com' && route.blade === undefined;
}
