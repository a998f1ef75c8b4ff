// Captures values as the admin goes: on each (coalesced) page change, and on trusted presses of buttons
// beside a value (the portal's "Copy to clipboard"). Each value goes to the background, which validates
// and stores it (and refuses another tenant's app, see lib/background/other-tenant.ts); the admin gets a
// short toast with the secret masked.
import type { PublicState } from '../background/public-state';
import { findAllByRole } from '../dom/find';
import { shownValue } from '../dom/visible-text';
import type { Overlay } from '../guide/overlay';
import { formatDate, list } from '../i18n/format';
import { t } from '../i18n/t';
import { readConfiguredPermissions } from '../playbook/portal-permissions';
import { appMenuItem, type PortalRoute } from '../playbook/portal-route';
import { send } from '../send';
import { maskSecret } from '../value-shapes';
import type { Language } from '../wording/languages';
import { displayWording } from '../wording/match';
import { expiryFromPreset, presetDays } from './expiry-date';
import { type Captured, readOverviewIds, readSecretRows, valueBesideCopyButton } from './portal-capture';

export interface Capture {
  scan: (route: PortalRoute) => void;
}

/** The labels the captured IDs have on the portal page (quoted in the portal's language). */
const LABELS = { tenantId: 'tenantIdLabel', clientId: 'clientIdLabel' } as const;

/** The expiry preset chosen in an open pane: the one select or combobox showing a preset's lifetime. */
function chosenPresetDays(doc: Document): number | undefined {
  for (const pane of findAllByRole(doc, 'dialog')) {
    const days = findAllByRole(pane, 'combobox')
      .map((box) => presetDays(shownValue(box)))
      .filter((d) => d !== undefined);
    if (days.length === 1) return days[0];
  }
  return undefined;
}

export function startCapture(options: {
  doc: Document;
  overlay: Overlay;
  state: () => PublicState;
  /** The portal's detected language, if known: the toasts name its columns and labels as the page does. */
  portalLanguage: () => Language | undefined;
  /** The portal's date locales, most likely first (from `?l=`, then the browser's). */
  locales: () => string[];
  signal: AbortSignal;
}): Capture {
  const { doc, overlay, signal } = options;
  const quote = (concept: 'tenantIdLabel' | 'clientIdLabel' | 'value' | 'secretId') =>
    displayWording(concept, options.portalLanguage());
  /** What was sent, per profile: a new profile (another tenant) takes the same values again. */
  const sent = new Set<string>();
  const sentKey = (i: Captured) => `${options.state().profiles?.activeId ?? ''}:${i.field}:${i.value}`;
  /** Secret IDs already in the grid when this app's Certificates & secrets was first read. */
  let knownSecretIds: Set<string> | undefined;
  let secretsOfApp: string | undefined;
  /** The create blade was open in this frame: the next Overview is the app just registered. */
  let registering = false;
  /** The app whose "Use this app for idemeum" was offered: once per visit of its Overview, withdrawn when it goes. */
  let offeredApp: string | undefined;
  let withdrawOffer: (() => void) | undefined;
  let missedReported = false;
  let lastPermissions = '';
  let presetChosen: number | undefined;

  /** The IDs the extension held at the last delivery: one that went away (Forget) may be sent again. */
  const lastHeld: Partial<Record<'tenantId' | 'clientId', string>> = {};
  const forgetSentWhenForgotten = () => {
    const held = options.state().credentials;
    const forgotten = (['tenantId', 'clientId'] as const).some((field) => lastHeld[field] && !held[field]);
    if (forgotten) for (const key of sent) if (/:(tenantId|objectId|clientId):/.test(key)) sent.delete(key);
    lastHeld.tenantId = held.tenantId;
    lastHeld.clientId = held.clientId;
  };

  const deliver = async (items: Captured[], announce: boolean) => {
    forgetSentWhenForgotten();
    const fresh = items.filter((i) => !sent.has(sentKey(i)));
    if (fresh.length === 0) return;
    for (const i of fresh) sent.add(sentKey(i));
    const accepted: string[] = [];
    for (const item of fresh) {
      const reply = await send({ type: 'capture', ...item });
      if (!reply.ok) {
        overlay.toast(reply.error, 'error');
        // Another tenant's app: nothing of it is stored, so the rest of it is not offered either.
        break;
      }
      if (item.field === 'secret') {
        const words = { value: quote('value'), masked: maskSecret(item.value) };
        overlay.toast(
          item.expiresAt
            ? t('capture_secret_expires', { ...words, date: formatDate(new Date(item.expiresAt)) })
            : t('capture_secret', words),
        );
      } else if (item.field !== 'objectId') {
        accepted.push(quote(LABELS[item.field]));
      }
    }
    if (announce && accepted.length > 0) overlay.toast(t('capture_ids', { names: list(accepted) }));
  };

  const scanSecrets = (route: PortalRoute) => {
    if (route.params.appId !== secretsOfApp) {
      secretsOfApp = route.params.appId;
      knownSecretIds = undefined;
      missedReported = false;
    }
    presetChosen = chosenPresetDays(doc) ?? presetChosen;
    const expected = presetChosen ? Date.parse(expiryFromPreset(presetChosen, Date.now())) : undefined;
    const rows = readSecretRows(doc, options.locales(), expected);
    if (rows.length === 0 && knownSecretIds === undefined) return;
    const ids = new Set(rows.map((r) => r.secretId).filter((id): id is string => !!id));
    // The first look at the grid is the baseline: secrets that existed before can't be read anyway.
    knownSecretIds ??= ids;
    const visible = rows.filter((r) => r.value);
    const shown = visible.length === 1 ? visible[0] : visible.find((r) => !knownSecretIds?.has(r.secretId ?? ''));
    if (shown?.value) {
      // A secret belongs to the app on screen: its client ID (the route's appId) goes first. Another app's
      // drops the previous app's secret; the stored app's own tells the background which directory this
      // tab shows (an app lives in one directory), so a deep link straight to its secrets is enough.
      const appId = route.params.appId;
      const items: Captured[] = [];
      if (appId) items.push({ field: 'clientId', value: appId });
      const expiresAt = shown.expiresAt ?? (presetChosen ? expiryFromPreset(presetChosen, Date.now()) : undefined);
      items.push({ field: 'secret', value: shown.value, expiresAt });
      void deliver(items, false);
      return;
    }
    const newMasked = rows.find((r) => r.masked && r.secretId && !knownSecretIds?.has(r.secretId));
    if (newMasked && !options.state().credentials.secret && !missedReported) {
      missedReported = true;
      overlay.toast(t('capture_secret_hidden', { value: quote('value') }), 'error');
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

  /**
   * Overview's IDs are taken by themselves only for a profile without a client ID or for the app just
   * registered: looking at another app in the list must not replace the app (and drop its secret). For
   * another app, its tenant is still read (so this tab's directory is known) and the rest waits for the
   * admin's own click on "Use this app for idemeum".
   */
  const scanOverview = (next: PortalRoute) => {
    const items = readOverviewIds(doc, next);
    const client = items.find((i) => i.field === 'clientId')?.value;
    if (!client) return;
    const held = options.state().credentials.clientId;
    const justRegistered = registering;
    registering = false;
    if (!held || held === client || justRegistered) return void deliver(items, true);
    void deliver(
      items.filter((i) => i.field === 'tenantId'),
      false,
    );
    if (offeredApp === client) return;
    withdrawOffer?.();
    offeredApp = client;
    withdrawOffer = overlay.toast(t('capture_another_app'), 'info', {
      label: t('capture_use_this_app'),
      run: () => {
        // Only while this app's Overview is still what the admin looks at.
        if (route.params.appId?.toLowerCase() !== client.toLowerCase()) return;
        for (const i of items) sent.delete(sentKey(i));
        void deliver(items, true);
      },
    });
  };

  let route: PortalRoute = { params: {} };
  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted) return;
    const button = (event.target as Element | null)?.closest?.('button, [role="button"]');
    if (!button) return;
    const found = valueBesideCopyButton(button, route, options.locales());
    if (!found) return;
    if (found.field === 'secretId') {
      overlay.toast(t('capture_secret_id_copied', { secretId: quote('secretId'), value: quote('value') }), 'error');
      return;
    }
    sent.delete(sentKey(found));
    void deliver([found], true);
  };
  doc.addEventListener('click', onClick, true);
  signal.addEventListener('abort', () => doc.removeEventListener('click', onClick, true));

  return {
    scan: (next) => {
      route = next;
      if (next.blade === 'CreateApplicationBlade') registering = true;
      const item = appMenuItem(next);
      // The offer goes with the app it was for: another page, or another app's Overview.
      if (offeredApp && (item !== 'Overview' || next.params.appId?.toLowerCase() !== offeredApp.toLowerCase())) {
        withdrawOffer?.();
        offeredApp = undefined;
      }
      if (item === 'Overview') scanOverview(next);
      if (item === 'Credentials') scanSecrets(next);
      if (item === 'CallAnAPI') scanPermissions();
    },
  };
}
