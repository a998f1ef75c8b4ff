// Each portal tab's own route: a blade frame and the guide of one tab never act on another tab's app.
import { read, update } from '../store';

/** Records the route a tab's top frame reported; returns the one it had before. */
export async function recordTabRoute(tabId: number, route: string): Promise<string | undefined> {
  let previous: string | undefined;
  await update('portalRoutes', (routes = {}) => {
    previous = routes[tabId];
    return { ...routes, [tabId]: route };
  });
  return previous;
}

export async function tabRoute(tabId: number | undefined): Promise<string | undefined> {
  if (tabId === undefined) return undefined;
  return (await read('portalRoutes'))?.[tabId];
}

/** The tab was closed: its route goes with it. */
export async function forgetTabRoute(tabId: number): Promise<void> {
  if ((await tabRoute(tabId)) === undefined) return;
  await update('portalRoutes', (routes = {}) =>
    Object.fromEntries(Object.entries(routes).filter(([id]) => id !== String(tabId))),
  );
}
