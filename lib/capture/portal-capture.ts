// Reading the three values off the portal's pages (FACTS.md §3, §4): the IDs from Overview by their
// labels (never the Object ID as client ID), the secret's Value from the grid right after Add, and the
// value beside any "Copy to clipboard" button the admin presses. The background validates everything.

import { accessibleName } from '../dom/accessible-name';
import { findValueNextToLabel } from '../dom/find';
import { findGrids, readGrid } from '../dom/grid';
import { isGuid } from '../value-shapes';
import { parseExpiry } from './expiry-date';

export type Captured =
  | { field: 'tenantId' | 'clientId' | 'objectId'; value: string }
  | { field: 'secret'; value: string; expiresAt?: string };

export const CLIENT_ID_LABEL = /^Application \(client\) ID$/;
export const TENANT_ID_LABEL = /^Directory \(tenant\) ID$/;
export const OBJECT_ID_LABEL = /^Object ID$/;

const guidText = (t: string) => isGuid(t);
/** A visible, unmasked secret value: no asterisks, not a GUID, plausible length. */
const looksLikeSecretValue = (t: string) => !t.includes('*') && !isGuid(t) && /^[\x21-\x7e]{16,64}$/.test(t);

/** The IDs on an app's Overview; `expectedClientId` guards against a stale blade (hash and page disagree). */
export function readOverviewIds(doc: Document, expectedClientId?: string): Captured[] {
  const client = findValueNextToLabel(doc, CLIENT_ID_LABEL, guidText)?.value;
  const tenant = findValueNextToLabel(doc, TENANT_ID_LABEL, guidText)?.value;
  const object = findValueNextToLabel(doc, OBJECT_ID_LABEL, guidText)?.value;
  if (!client || !tenant) return [];
  if (expectedClientId && client.toLowerCase() !== expectedClientId.toLowerCase()) return [];
  if (object && object.toLowerCase() === client.toLowerCase()) return [];
  const out: Captured[] = [];
  if (object) out.push({ field: 'objectId', value: object });
  out.push({ field: 'tenantId', value: tenant }, { field: 'clientId', value: client });
  return out;
}

export interface SecretRow {
  secretId?: string;
  value?: string;
  masked: boolean;
  expiresAt?: string;
}

export function readSecretRows(doc: Document): SecretRow[] {
  return findGrids(doc, ['Value', 'Secret ID']).flatMap((grid) =>
    readGrid(grid).map((row) => {
      const value = row.cells
        .get('Value')
        ?.text.replace(/\s*Copy to clipboard\s*$/i, '')
        .trim();
      const secretId = row.cells
        .get('Secret ID')
        ?.text.replace(/\s*Copy to clipboard\s*$/i, '')
        .trim();
      const expires = row.cells.get('Expires')?.text;
      return {
        secretId: secretId && isGuid(secretId) ? secretId : undefined,
        value: value && looksLikeSecretValue(value) ? value : undefined,
        masked: !!value && value.includes('*'),
        expiresAt: expires ? parseExpiry(expires) : undefined,
      };
    }),
  );
}

/** What a "Copy to clipboard" button sits next to: the field it copies, read from the page, never the clipboard. */
export function valueBesideCopyButton(button: Element): Captured | { field: 'secretId' } | undefined {
  if (!/^Copy to clipboard$/i.test(accessibleName(button))) return undefined;
  const cell = button.closest('td, [role="gridcell"], [role="cell"]');
  if (cell) {
    const grid = cell.closest('table, [role="grid"], [role="table"], [role="treegrid"]') as HTMLElement | null;
    const row = grid ? readGrid(grid).find((r) => r.element.contains(cell)) : undefined;
    if (!row) return undefined;
    const column = [...row.cells.entries()].find(([, c]) => c.element === cell)?.[0];
    if (column === 'Secret ID') return { field: 'secretId' };
    const text = (cell.textContent ?? '').trim();
    if (column === 'Value' && looksLikeSecretValue(text)) {
      const expires = row.cells.get('Expires')?.text;
      return { field: 'secret', value: text, expiresAt: expires ? parseExpiry(expires) : undefined };
    }
    return undefined;
  }
  // Essentials: climb to the smallest container holding exactly one GUID and a label before it.
  for (let box = button.parentElement, depth = 0; box && depth < 4; box = box.parentElement, depth++) {
    const text = (box.textContent ?? '').replace(/\s+/g, ' ').trim();
    const guids = text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi) ?? [];
    if (guids.length > 1) return undefined;
    const guid = guids[0];
    if (!guid) continue;
    if (/^Application \(client\) ID/.test(text)) return { field: 'clientId', value: guid };
    if (/^Directory \(tenant\) ID/.test(text)) return { field: 'tenantId', value: guid };
    if (/^Object ID/.test(text)) return { field: 'objectId', value: guid };
  }
  return undefined;
}
