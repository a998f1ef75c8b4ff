// "Re-check all": every profile whose secret is in hand this session is checked again (or only the ones
// asked for); the others keep their last result. The answer counts, it does not list thousands of names.
import { runCheck } from '../entra/check';
import type { RecheckSummary } from '../profiles/recheck-words';
import { read, readParkedSecrets, readWorkspaces } from '../store';
import { checkNow, ensureOriginRule } from './check-runner';
import { readProfiles, recordCheck, syncActiveProfile } from './profiles';

export async function recheckAll(ids?: readonly string[]): Promise<RecheckSummary> {
  const { activeId, list } = await readProfiles();
  const wanted = ids ? list.filter((p) => ids.includes(p.id)) : list;
  const [parked, secret] = await Promise.all([readParkedSecrets(), read('secret')]);
  const inHand = wanted.filter((p) => (p.id === activeId ? !!secret : parked.has(p.id)));
  // Read for the IDs to check with; the result is recorded only if the profile still holds these IDs.
  const workspaces = await readWorkspaces(inHand.map((p) => p.id).filter((id) => id !== activeId));
  const summary: RecheckSummary = { checked: [], skipped: wanted.length - inHand.length, missingIds: 0, changed: 0 };
  if (inHand.length) await ensureOriginRule();
  for (const profile of inHand) {
    if (profile.id === activeId) {
      await checkNow();
      const synced = await syncActiveProfile();
      summary.checked.push({ label: profile.label, verdict: synced?.lastCheck?.verdict ?? 'failed' });
      continue;
    }
    const credentials = workspaces.get(profile.id)?.credentials;
    const value = parked.get(profile.id)?.value;
    if (!value) {
      summary.skipped++;
      continue;
    }
    if (!credentials?.tenantId || !credentials.clientId) {
      summary.missingIds++;
      continue;
    }
    const result = await runCheck(
      {
        tenantId: credentials.tenantId,
        clientId: credentials.clientId,
        secret: value,
        context: { knownObjectId: credentials.objectId },
      },
      { fetch: (...args) => fetch(...args), sleep: (ms) => new Promise((r) => setTimeout(r, ms)), now: Date.now },
    );
    const { tenantId, clientId } = credentials;
    if (await recordCheck(profile.id, result, { tenantId, clientId })) {
      summary.checked.push({ label: profile.label, verdict: result.verdict });
    } else summary.changed++;
  }
  return summary;
}
