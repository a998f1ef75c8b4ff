// Answers every message: parse, check the sender, act, reply. Bad input changes nothing.
import { browser } from 'wxt/browser';
import { appendHealthRecord } from '../guide-health/record';
import { knownTenantNames, safeNames } from '../guide-health/safe-names';
import { t } from '../i18n/t';
import { acceptMessage, type Reply, type Request, type SenderInfo, type SenderKind } from '../messages';
import { importSummary } from '../profiles/profile';
import { searchCustomers } from '../profiles/search';
import { read, update } from '../store';
import { refreshBadge } from './badge';
import { checkNow } from './check-runner';
import { acceptValue, forgetCredentials } from './credential-updates';
import { acceptExpressResult } from './express-result';
import { fillFromPopup, fillPayload, recordFill, recordSaved, savedProgress } from './fill';
import {
  forgetTabFrames,
  loadGuide,
  loadGuideInAllFrames,
  otherFrameShowing,
  recordShown,
  tellTopFrame,
} from './guide-frames';
import { createProfileHere, refuseOtherTenant } from './other-tenant';
import { recordConsentPressed, recordPermissions } from './permissions-seen';
import { listOf } from './profile-book';
import { deleteProfiles, undoDelete } from './profile-deletion';
import { finishRotation, readBook, readProfiles, renameProfile, startRotation, switchProfile } from './profiles';
import { exportProfiles, importProfilesFile } from './profiles-file';
import { readPublicState } from './public-state';
import { recheckAll } from './recheck-all';
import { runReminders } from './reminders-service';
import { forgetAllSecrets, touchSecret } from './secret-lifetime';
import { updateSettings } from './settings-update';
import { recordTabRoute } from './tab-routes';

interface Origin {
  sender: SenderKind;
  tabId?: number;
  frameId?: number;
  url?: string;
  /** The tab's top URL, for the portal host of a blade frame's report. */
  tabUrl?: string;
}

/** The idemeum console a message came from (its host only: never a path or query). */
const consoleHost = (from: Origin) => new URL(from.url ?? 'https://unknown.invalid').host;

/** The active customer's tenant as the extension knows it: its label and the checked verified domains. */
async function tenantNamesKnown(): Promise<string[]> {
  const [check, book] = await Promise.all([read('check'), readBook()]);
  const domains = check?.result?.domains.map((d) => d.name) ?? [];
  return knownTenantNames(domains, book.byId.get(book.index.activeId)?.label);
}

async function act(request: Request, from: Origin): Promise<Reply> {
  const now = Date.now();
  switch (request.type) {
    case 'portal.seen':
      // Only the top frame knows the portal's route; blade frames just announce themselves. Which frame it
      // is comes from the browser (frameId), not from what the message claims.
      if (from.frameId === 0 && from.tabId !== undefined) {
        // Each tab keeps its own route; the last one reported (the tab in front) is the popup's.
        const previous = await recordTabRoute(from.tabId, request.route);
        await update('portal', (p) => ({ ...p, route: request.route, seenAt: now }));
        if (previous !== request.route) await forgetTabFrames(from.tabId);
        // Blade frames that loaded before the route reached App registrations get the guide now.
        await loadGuideInAllFrames(from.tabId, previous);
      } else {
        await update('portal', (p) => ({ ...p, seenAt: now }));
      }
      return { ok: true };
    case 'guide.load':
      return {
        ok: true,
        data: {
          loaded: await loadGuide(
            from.tabId,
            from.frameId,
            from.frameId === 0 ? 'top' : 'blade',
            new URL(from.tabUrl ?? from.url ?? 'https://unknown.invalid').host,
          ),
        },
      };
    case 'guide.shown':
      await recordShown(from.tabId, from.frameId, request.stepId, now);
      await tellTopFrame(from.tabId, from.frameId, request.stepId);
      return { ok: true };
    case 'guide.status':
      return { ok: true, data: { otherFrameShowing: await otherFrameShowing(from.tabId, from.frameId) } };
    case 'guide.health':
      await appendHealthRecord({
        at: now,
        stepId: request.stepId,
        host: new URL(from.tabUrl ?? from.url ?? 'https://unknown.invalid').host,
        blade: request.blade,
        item: request.item,
        language: request.language,
        nearby: safeNames(request.nearby, await tenantNamesKnown()),
      });
      return { ok: true };
    case 'portal.language':
      await update('portal', (p) => ({ ...p, language: { code: request.code, known: request.known } }));
      return { ok: true };
    case 'portal.permissions':
      if (await recordPermissions(request.rows, now)) void checkNow();
      return { ok: true };
    case 'portal.consentPressed':
      await recordConsentPressed(now);
      void checkNow();
      return { ok: true };
    case 'capture':
    case 'credentials.set': {
      const expiresAt = request.type === 'capture' ? request.expiresAt : undefined;
      const source = request.type === 'capture' ? 'page' : 'typed';
      const refused =
        source === 'page' ? await refuseOtherTenant(request.field, request.value, now, from.tabId) : undefined;
      if (refused) return { ok: false, error: refused };
      const accepted = await acceptValue(request.field, request.value, now, source, expiresAt);
      if (!accepted.ok) return { ok: false, error: accepted.error };
      if (request.field === 'secret') await touchSecret(now);
      if (accepted.changed) void checkNow();
      return { ok: true, data: { warning: accepted.warning } };
    }
    case 'fill.request':
      await touchSecret(now);
      return fillFromPopup(request.form, request.tabId, request.url, request.anyway);
    case 'fill.pull': {
      // Asked by the console page itself after a trusted click on the extension's own button there.
      const payload = await fillPayload(false);
      await touchSecret(now);
      return payload.ok ? { ok: true, data: payload.data } : payload;
    }
    case 'fill.report':
      await recordFill(request.form, consoleHost(from), request.filled, request.problems);
      return { ok: true };
    case 'idemeum.progress':
      return { ok: true, data: await savedProgress(consoleHost(from)) };
    case 'idemeum.saved':
      await recordSaved(request.form, consoleHost(from));
      return { ok: true };
    case 'settings.set': {
      const updated = await updateSettings(request);
      if (!updated.ok) return updated;
      await touchSecret(Date.now());
      return { ok: true };
    }
    case 'express.result': {
      const accepted = await acceptExpressResult(request, now);
      if (accepted.ok) void checkNow();
      return accepted;
    }
    case 'profiles.switch':
      return (await switchProfile(request.id)) ? { ok: true } : { ok: false, error: t('profile_not_found') };
    case 'profiles.create':
      return { ok: true, data: { id: await createProfileHere(request.label) } };
    case 'profiles.rename':
      await renameProfile(request.id, request.label);
      return { ok: true };
    case 'profiles.search': {
      const book = await readBook();
      return { ok: true, data: searchCustomers(listOf(book), book.index.recent, request.query, request.limit) };
    }
    case 'profiles.list':
      return { ok: true, data: await readProfiles() };
    case 'profiles.delete': {
      const result = await deleteProfiles(request.ids);
      await refreshBadge();
      return result.ok ? { ok: true, data: { deleted: result.deleted } } : result;
    }
    case 'profiles.undoDelete': {
      const restored = await undoDelete();
      await refreshBadge();
      return { ok: true, data: { restored } };
    }
    case 'profiles.export':
      return { ok: true, data: await exportProfiles(now, request.ids) };
    case 'profiles.import': {
      const result = await importProfilesFile(request.text);
      if (!result.ok) return result;
      // Whatever the file brings due, one reminder run: one notification, never a burst.
      await runReminders(now);
      await refreshBadge();
      const { added, updated, refused } = result;
      return { ok: true, data: { added, updated, refused, summary: importSummary(result) } };
    }
    case 'profiles.recheckAll':
      return { ok: true, data: await recheckAll(request.ids) };
    case 'rotation.start':
      await startRotation(request.id, now);
      return { ok: true };
    case 'rotation.finish':
      await finishRotation(request.id);
      return { ok: true };
    case 'secret.forget':
      await forgetAllSecrets();
      return { ok: true };
    case 'credentials.forget':
      await forgetCredentials();
      return { ok: true };
    case 'check.run':
      await checkNow();
      return { ok: true, data: await readPublicState() };
    case 'state.get':
      // A portal frame sees its own tab's route, never another tab's.
      return { ok: true, data: await readPublicState(from.sender === 'portal-frame' ? from.tabId : undefined) };
  }
}

export async function handleMessage(raw: unknown, sender: SenderInfo): Promise<Reply> {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const accepted = acceptMessage(raw, sender, browser.runtime.id, extensionOrigin);
  if (!accepted.ok) return { ok: false, error: accepted.error };
  try {
    return await act(accepted.request, {
      sender: accepted.sender,
      tabId: accepted.tabId,
      frameId: accepted.frameId,
      url: sender.url,
      tabUrl: sender.tab?.url,
    });
  } catch {
    // Never echo internals: they could carry a value the sender should not see.
    return { ok: false, error: t('extension_failed') };
  }
}
