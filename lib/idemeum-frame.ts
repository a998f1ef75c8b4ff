// What runs in the idemeum console: the guide for the two forms, the fill (from the popup through the
// background, or from the tooltip's own button), and noticing when a form was saved.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FillPayload, SavedProgress } from './background/fill';
import type { PublicState } from './background/public-state';
import { findByRole } from './dom/find';
import {
  choosePreferredProvisioningDomain,
  type FillReport,
  fillIdemeumForm,
  type IdemeumForm,
} from './fill/fill-form';
import { idemeumMessages } from './fill/idemeum-labels';
import { startGuide } from './guide/engine';
import { t } from './i18n/t';
import { isIdemeumConsoleUrl } from './origins';
import {
  idemeumPlaybook,
  isEntraAppForm,
  isEntraUserSourceForm,
  onAppForm,
  onUserSourceForm,
} from './playbook/idemeum';
import { send } from './send';
import { EMPTY_STATE } from './state-client';

/** The top frame, or a frame of exactly the same origin; never a cross-origin frame inside the console. */
function isTrustedFrame(): boolean {
  if (window.top === window) return true;
  try {
    return window.top?.location.origin === location.origin;
  } catch {
    return false;
  }
}

/** The guide's view of the state: only which forms were saved on this console (the background says no more). */
async function fetchGuideState(): Promise<PublicState | undefined> {
  const reply = await send({ type: 'idemeum.progress' });
  return reply.ok ? { ...EMPTY_STATE, idemeum: reply.data as SavedProgress } : undefined;
}

export async function startIdemeumFrame(ctx: ContentScriptContext): Promise<void> {
  if (!isIdemeumConsoleUrl(location.href) || !isTrustedFrame()) return;
  let domains: FillPayload['domains'] = [];
  const fill = async (form: IdemeumForm, values: FillPayload): Promise<FillReport> => {
    domains = values.domains;
    return fillIdemeumForm(document, form, values);
  };
  // Listening before anything is awaited: a fill asked for as soon as the page shows must find us.
  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    const m = message as { type?: string; form?: IdemeumForm; expectedUrl?: string; values?: FillPayload };
    if (m?.type !== 'fill.execute' || sender.id !== browser.runtime.id || sender.tab) return undefined;
    if (window.top !== window) return undefined;
    // The tab may have moved on since the popup asked: then nothing is written.
    if (location.href !== m.expectedUrl || !m.form || !m.values) {
      return Promise.resolve({
        ok: false,
        error: t('fill_page_moved'),
      });
    }
    return fill(m.form, m.values).then((report) => ({ ok: true, ...report }));
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  let state = (await fetchGuideState()) ?? EMPTY_STATE;

  // The in-page button: the click was trusted (checked by the overlay); the background checks this frame.
  const fillFromPage = async (form: IdemeumForm) => {
    const reply = await send({ type: 'fill.pull', form });
    if (!reply.ok) {
      guide.overlay.toast(reply.error, 'error');
      return;
    }
    const report = await fill(form, reply.data as FillPayload);
    await send({ type: 'fill.report', form, filled: report.filled, problems: report.problems });
    guide.overlay.toast(report.problems[0] ?? t('fill_toast_done'), report.problems.length ? 'error' : 'info');
  };

  const forms = [
    {
      form: 'userSource',
      message: idemeumMessages.userSourceSaved,
      on: onUserSourceForm,
      isEntra: isEntraUserSourceForm,
    },
    { form: 'jit', message: idemeumMessages.appSaved, on: onAppForm, isEntra: isEntraAppForm },
  ] as const;
  const saved = new Set<IdemeumForm>();
  /** What each form was set to when last seen (a saved app form is gone by its message): only an Entra form's save is ours. */
  const lastSeen = new Map<IdemeumForm, 'entra' | 'other'>();
  const guide = startGuide({
    doc: document,
    playbook: idemeumPlaybook(fillFromPage),
    rawRoute: () => location.pathname,
    state: () => state,
    signal: ctx.signal,
    // Only the top frame describes a missing target in words, and only on a page with the console's
    // menu (not an error or loading page); same-origin frames stay quiet.
    mayShowFallback: async () => window.top === window && !!findByRole(document, 'navigation'),
    afterEvaluate: () => {
      for (const { form, message, on, isEntra } of forms) {
        const shown = !!findByRole(document, 'status', message);
        if (on(document)) lastSeen.set(form, isEntra(document) ? 'entra' : 'other');
        if (shown && !saved.has(form) && lastSeen.get(form) === 'entra') void send({ type: 'idemeum.saved', form });
        if (shown) saved.add(form);
        else saved.delete(form);
      }
      // After Validate, the provisioning domain appears: suggest the tenant's default domain.
      if (domains.length > 0 && choosePreferredProvisioningDomain(document, domains)) domains = [];
    },
  });

  // Only the idemeum item says anything the guide reads; checks and captures write often.
  const onStorage = async (changes: Record<string, unknown>) => {
    if (!changes.idemeum) return;
    state = (await fetchGuideState()) ?? state;
    guide.refresh();
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
}
