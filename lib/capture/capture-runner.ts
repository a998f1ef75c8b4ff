// Captures values as the admin goes: on each (coalesced) page change, and on trusted presses of the
// portal's own "Copy to clipboard" buttons. Each value goes to the background, which validates and
// stores it; the admin gets a short toast with the secret masked.
import type { PublicState } from '../background/public-state';
import type { Overlay } from '../guide/overlay';
import { readConfiguredPermissions } from '../playbook/portal-permissions';
import { appMenuItem, type PortalRoute } from '../playbook/portal-route';
import { send } from '../send';
import { maskSecret } from '../value-shapes';
import { type Captured, readOverviewIds, readSecretRows, valueBesideCopyButton } from './portal-capture';

export interface Capture {
  scan: (route: PortalRoute) => void;
}

const LABELS = {
  tenantId: 'Directory (tenant) ID',
  clientId: 'Application (client) ID',
  objectId: 'Object ID',
} as const;

export function startCapture(options: {
  doc: Document;
  overlay: Overlay;
  state: () => PublicState;
  signal: AbortSignal;
}): Capture {
  const { doc, overlay, signal } = options;
  const sent = new Set<string>();
  let knownSecretIds: Set<string> | undefined;
  let missedReported = false;
  let lastPermissions = '';

  const deliver = async (items: Captured[], announce: boolean) => {
    const fresh = items.filter((i) => !sent.has(`${i.field}:${i.value}`));
    if (fresh.length === 0) return;
    for (const i of fresh) sent.add(`${i.field}:${i.value}`);
    const accepted: string[] = [];
    for (const item of fresh) {
      const reply = await send({ type: 'capture', ...item });
      if (!reply.ok) {
        overlay.toast(reply.error, 'error');
        continue;
      }
      if (item.field === 'secret') {
        const expiry = item.expiresAt ? `, expires ${new Date(item.expiresAt).toLocaleDateString()}` : '';
        overlay.toast(`Client secret Value captured: ${maskSecret(item.value)}${expiry}.`);
      } else if (item.field !== 'objectId') {
        accepted.push(LABELS[item.field]);
      }
    }
    if (announce && accepted.length > 0) overlay.toast(`Captured ${accepted.join(' and ')}.`);
  };

  const scanSecrets = (route: PortalRoute) => {
    const rows = readSecretRows(doc);
    if (rows.length === 0 && knownSecretIds === undefined) return;
    const ids = new Set(rows.map((r) => r.secretId).filter((id): id is string => !!id));
    // The first look at the grid is the baseline: secrets that existed before can't be read anyway.
    if (knownSecretIds === undefined) {
      knownSecretIds = ids;
    }
    const visible = rows.find((r) => r.value);
    if (visible?.value) {
      // A secret belongs to the app on screen: if that is another app than the stored one, its client ID
      // (the route's appId) goes first, which also drops the previous app's secret.
      const appId = route.params.appId;
      const items: Captured[] = [];
      if (appId && appId.toLowerCase() !== options.state().credentials.clientId)
        items.push({ field: 'clientId', value: appId });
      items.push({ field: 'secret', value: visible.value, expiresAt: visible.expiresAt });
      void deliver(items, false);
      return;
    }
    const newMasked = rows.find((r) => r.masked && r.secretId && !knownSecretIds?.has(r.secretId));
    if (newMasked && !options.state().credentials.secret && !missedReported) {
      missedReported = true;
      overlay.toast(
        'The new secret’s Value is already hidden, so it could not be captured. Create another client secret and stay on this page.',
        'error',
      );
    }
    for (const id of ids) knownSecretIds.add(id);
  };

  const scanPermissions = () => {
    const rows = readConfiguredPermissions(doc);
    if (!rows) return;
    const key = JSON.stringify(rows);
    if (key === lastPermissions) return;
    lastPermissions = key;
    void send({ type: 'portal.permissions', rows });
  };

  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted) return;
    const button = (event.target as Element | null)?.closest?.('button, [role="button"]');
    if (!button) return;
    const found = valueBesideCopyButton(button);
    if (!found) return;
    if (found.field === 'secretId') {
      overlay.toast('That copies the Secret ID. idemeum needs the Value, the column to its left.', 'error');
      return;
    }
    sent.delete(`${found.field}:${found.value}`);
    void deliver([found], true);
  };
  doc.addEventListener('click', onClick, true);
  signal.addEventListener('abort', () => doc.removeEventListener('click', onClick, true));

  return {
    scan: (route) => {
      const item = appMenuItem(route);
      if (item === 'Overview') void deliver(readOverviewIds(doc, route.params.appId), true);
      if (item === 'Credentials') scanSecrets(route);
      if (item === 'CallAnAPI') scanPermissions();
    },
  };
}
