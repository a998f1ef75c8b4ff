// Reading the three values off the portal's pages (FACTS.md §3, §3a, §4) by what does not depend on the
// language: the client ID is the route's appId, confirmed by the same GUID on the page; the Object ID is
// the route's objectId and never a client ID; the tenant ID is the GUID under its label in any known
// wording, else the one other GUID on Overview. The secret is the one value of the secret's shape in a
// row of a grid, wherever its column is; never the Secret ID. The background validates everything.

import { findValueNextToLabel, isVisible } from '../dom/find';
import { type Grid, type GridRow, readGrid } from '../dom/grid';
import { visibleText } from '../dom/visible-text';
import { appMenuItem, type PortalRoute } from '../playbook/portal-route';
import { CURRENT_SECRET, GUID, isGuid } from '../value-shapes';
import { wording } from '../wording/match';
import { parseExpiry } from './expiry-date';

export type Captured =
  | { field: 'tenantId' | 'clientId' | 'objectId'; value: string }
  | { field: 'secret'; value: string; expiresAt?: string };

const GUIDS = new RegExp(GUID.source.replace(/^\^|\$$/g, ''), 'gi');
const guidsIn = (text: string) => (text.match(GUIDS) ?? []).map((g) => g.toLowerCase());
const same = (a: string | undefined, b: string | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** An older secret (FACTS.md §4): 16–64 printable characters, no spaces, not a GUID, not masked. */
const olderSecretShape = (t: string) => !isGuid(t) && !/[*•]/.test(t) && /^[\x21-\x7e]{16,64}$/.test(t);
const masked = (t: string) => /^\S{0,6}[*•]{4,}$/.test(t);

/** The IDs on an app's Overview, or nothing while the page does not show the route's app (a stale blade). */
export function readOverviewIds(doc: Document, route: PortalRoute): Captured[] {
  const appId = route.params.appId?.toLowerCase();
  const objectId = route.params.objectId?.toLowerCase();
  if (!appId || same(appId, objectId)) return [];
  const onPage = new Set(guidsIn(visibleText(doc.body)));
  if (!onPage.has(appId)) return [];
  const labelledClient = findValueNextToLabel(doc, wording('clientIdLabel'), isGuid)?.value;
  if (labelledClient && !same(labelledClient, appId)) return [];
  const labelledTenant = findValueNextToLabel(doc, wording('tenantIdLabel'), isGuid)?.value.toLowerCase();
  const others = [...onPage].filter((g) => g !== appId && g !== objectId);
  const tenant = labelledTenant ?? (others.length === 1 ? others[0] : undefined);
  // The tenant first: another tenant's app is refused before anything of it is stored.
  const out: Captured[] = [];
  if (tenant && tenant !== appId && tenant !== objectId) out.push({ field: 'tenantId', value: tenant });
  if (objectId && onPage.has(objectId)) out.push({ field: 'objectId', value: objectId });
  out.push({ field: 'clientId', value: appId });
  return out;
}

export interface SecretRow {
  element: HTMLElement;
  /** The row's GUID: the Secret ID, which identifies the row (never a value to capture). */
  secretId?: string;
  value?: string;
  masked: boolean;
  expiresAt?: string;
}

function secretOf(grid: Grid, row: GridRow): string | undefined {
  const current = row.cells.filter((c) => CURRENT_SECRET.test(c.text));
  if (current.length === 1) return current[0]?.text;
  if (current.length > 1) return undefined;
  const valueColumn = grid.headers.findIndex(wording('value'));
  const older = valueColumn < 0 ? undefined : row.cells[valueColumn]?.text;
  return older && olderSecretShape(older) ? older : undefined;
}

function readSecretRow(grid: Grid, row: GridRow, locales: string[], expected?: number): SecretRow {
  const ids = row.cells.filter((c) => isGuid(c.text));
  const expiresColumn = grid.headers.findIndex(wording('expires'));
  const dated = [row.cells[expiresColumn], ...row.cells].filter((c) => c && !isGuid(c.text) && !masked(c.text));
  const expiresAt = dated.map((c) => (c ? parseExpiry(c.text, locales, expected) : undefined)).find((d) => d);
  return {
    element: row.element,
    secretId: ids.length === 1 ? ids[0]?.text.toLowerCase() : undefined,
    value: secretOf(grid, row),
    masked: row.cells.some((c) => masked(c.text)),
    expiresAt,
  };
}

/**
 * Rows of the grids that list secrets: a row holds a Secret ID (GUID) and a value, shown or masked.
 * `expected`: the expiry the chosen preset gives, which settles a date both day orders fit.
 */
export function readSecretRows(doc: Document, locales: string[], expected?: number): SecretRow[] {
  const grids = Array.from(
    doc.querySelectorAll<HTMLElement>('table, [role="grid"], [role="table"], [role="treegrid"]'),
  );
  return grids
    .filter(isVisible)
    .flatMap((element) => {
      const grid = readGrid(element);
      return grid.rows.map((row) => readSecretRow(grid, row, locales, expected));
    })
    .filter((r) => r.secretId && (r.value || r.masked));
}

/**
 * What a copy button (an icon-only button, as the portal's "Copy to clipboard") beside a value copies: read
 * from the page, never the clipboard. In a grid, the value of the secret's shape in the button's own cell, or
 * the Secret ID; in Overview's essentials, the one GUID of the smallest box around the button, told apart by
 * the route.
 */
export function valueBesideCopyButton(
  button: Element,
  route: PortalRoute,
  locales: string[],
): Captured | { field: 'secretId' } | undefined {
  if (visibleText(button) !== '') return undefined;
  const cell = button.closest<HTMLElement>('td, [role="gridcell"], [role="cell"]');
  const gridElement = cell?.closest<HTMLElement>('table, [role="grid"], [role="table"], [role="treegrid"]');
  if (cell && gridElement) {
    const grid = readGrid(gridElement);
    const row = grid.rows.find((r) => r.element.contains(cell));
    if (!row) return undefined;
    const secretRow = readSecretRow(grid, row, locales);
    const text = visibleText(cell);
    if (secretRow.value && text.includes(secretRow.value))
      return { field: 'secret', value: secretRow.value, expiresAt: secretRow.expiresAt };
    if (secretRow.secretId && isGuid(text) && (secretRow.value || secretRow.masked)) return { field: 'secretId' };
    return undefined;
  }
  if (appMenuItem(route) !== 'Overview') return undefined;
  for (let box = button.parentElement, depth = 0; box && depth < 4; box = box.parentElement, depth++) {
    const guids = guidsIn(visibleText(box));
    if (guids.length > 1) return undefined;
    const guid = guids[0];
    if (!guid) continue;
    if (same(guid, route.params.appId)) return { field: 'clientId', value: guid };
    if (same(guid, route.params.objectId)) return { field: 'objectId', value: guid };
    return route.params.appId && route.params.objectId ? { field: 'tenantId', value: guid } : undefined;
  }
  return undefined;
}
