// Sending the validated values into idemeum's forms, under DESIGN.md's rules: only to a verified idemeum
// console URL, in the top frame, after a trusted user action (the popup's button, or the in-page button's
// isTrusted click), and only while the tab is still on the URL the fill was asked for.
import { browser } from 'wxt/browser';
import type { IdemeumForm } from '../fill/fill-form';
import { t } from '../i18n/t';
import { isIdemeumConsoleUrl } from '../origins';
import { type IdemeumProgress, read, update, write } from '../store';

export interface FillPayload {
  tenantId: string;
  clientId: string;
  secret: string;
  domains: { name: string; isDefault: boolean; isInitial: boolean; type: string }[];
}

export type SavedProgress = Pick<IdemeumProgress, 'userSourceSavedAt' | 'jitSavedAt'>;

export type Outcome<T = undefined> = { ok: true; data?: T } | { ok: false; error: string };

/** The values to fill, if there are all three and the check passed (or the admin said "send anyway"). */
export async function fillPayload(anyway: boolean): Promise<Outcome<FillPayload>> {
  const [credentials, secret, check] = await Promise.all([read('credentials'), read('secret'), read('check')]);
  if (!credentials?.tenantId || !credentials.clientId || !secret) {
    return { ok: false, error: t('fill_values_missing') };
  }
  const result = check?.result;
  const forThese =
    result?.checkedFor.clientId === credentials.clientId && result.checkedFor.tenantId === credentials.tenantId;
  if (!anyway && (!forThese || result?.verdict !== 'passed')) {
    return { ok: false, error: t('fill_check_not_passed') };
  }
  return {
    ok: true,
    data: {
      tenantId: credentials.tenantId,
      clientId: credentials.clientId,
      secret: secret.value,
      domains: forThese ? (result?.domains ?? []) : [],
    },
  };
}

/** From the popup or side panel: fill the form in the given tab, which must still show `url`. */
export async function fillFromPopup(form: IdemeumForm, tabId: number, url: string, anyway: boolean): Promise<Outcome> {
  if (!isIdemeumConsoleUrl(url)) {
    return { ok: false, error: t('fill_open_console_first') };
  }
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (tab?.url !== url) return { ok: false, error: t('fill_tab_moved') };
  const payload = await fillPayload(anyway);
  if (!payload.ok || !payload.data) return payload.ok ? { ok: false, error: t('fill_nothing_to_send') } : payload;
  const reply = (await browser.tabs
    .sendMessage(tabId, { type: 'fill.execute', form, expectedUrl: url, values: payload.data }, { frameId: 0 })
    .catch(() => undefined)) as { ok: boolean; error?: string; filled?: string[]; problems?: string[] } | undefined;
  if (!reply) return { ok: false, error: t('fill_page_silent') };
  if (!reply.ok) return { ok: false, error: reply.error ?? t('fill_page_refused') };
  await recordFill(form, new URL(url).host, reply.filled ?? [], reply.problems ?? []);
  return { ok: true };
}

/** One console's saves: kept by host, so that work on another console never resets them. */
function savesOf(p: IdemeumProgress | undefined, host: string): SavedProgress {
  const saves = p?.consoles?.[host] ?? (p?.host === host ? p : undefined);
  return { userSourceSavedAt: saves?.userSourceSavedAt, jitSavedAt: saves?.jitSavedAt };
}

/** The progress with `host` as the console worked on, its saves changed by `change`; other consoles' kept. */
function onConsole(
  p: IdemeumProgress | undefined,
  host: string,
  change: (saves: SavedProgress) => SavedProgress = (saves) => saves,
): IdemeumProgress {
  const consoles = { ...p?.consoles };
  if (p?.host) consoles[p.host] = savesOf(p, p.host);
  const saves = change(savesOf(p, host));
  consoles[host] = saves;
  return { host, ...saves, consoles, lastFill: p?.host === host ? p.lastFill : undefined };
}

export async function recordFill(form: IdemeumForm, host: string, filled: string[], problems: string[]): Promise<void> {
  await update('idemeum', (p) => ({ ...onConsole(p, host), lastFill: { form, at: Date.now(), filled, problems } }));
  if ((await read('settings'))?.forgetSecretAfterFill && problems.length === 0) await write('secret', undefined);
}

/**
 * What the console's guide needs to know, and no more: when each form was saved on this console. A
 * console page gets neither the values nor the other customers' state.
 */
export async function savedProgress(host: string): Promise<SavedProgress> {
  const saves = savesOf(await read('idemeum'), host);
  // Only what is known: the reply carries no empty fields.
  return JSON.parse(JSON.stringify(saves)) as SavedProgress;
}

export async function recordSaved(form: IdemeumForm, host: string): Promise<void> {
  const now = Date.now();
  await update('idemeum', (p) =>
    onConsole(p, host, (saves) => ({
      ...saves,
      ...(form === 'userSource' ? { userSourceSavedAt: now } : { jitSavedAt: now }),
    })),
  );
}
