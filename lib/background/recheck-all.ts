// "Re-check all": every profile whose secret is in hand this session is checked again (or only the ones
// asked for); the others keep their last result. The answer counts, it does not list thousands of names.
import { runCheck } from '../entra/check';
import { read, readWorkspaces } from '../store';
import { checkNow, ensureOriginRule } from './check-runner';
import { readProfiles, recordCheck, syncActiveProfile } from './profiles';

export interface RecheckSummary {
  checked: { label: string; verdict: string }[];
  /** How many were left alone because their secret is not in this browser session. */
  skipped: number;
}

export async function recheckAll(ids?: readonly string[]): Promise<RecheckSummary> {
  const { activeId, list } = await readProfiles();
  const wanted = ids ? list.filter((p) => ids.includes(p.id)) : list;
  const [parked = {}, secret] = await Promise.all([read('parkedSecrets'), read('secret')]);
  const inHand = wanted.filter((p) => (p.id === activeId ? !!secret : !!parked[p.id]));
  const workspaces = await readWorkspaces(inHand.map((p) => p.id).filter((id) => id !== activeId));
  const summary: RecheckSummary = { checked: [], skipped: wanted.length - inHand.length };
  if (inHand.length) await ensureOriginRule();
  for (const profile of inHand) {
    if (profile.id === activeId) {
      await checkNow();
      const synced = await syncActiveProfile();
      summary.checked.push({ label: profile.label, verdict: synced?.lastCheck?.verdict ?? 'failed' });
      continue;
    }
    const workspace = workspaces.get(profile.id);
    const credentials = workspace?.credentials;
    const value = parked[profile.id]?.value;
    if (!credentials?.tenantId || !credentials.clientId || !value) {
      summary.skipped++;
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
    await recordCheck(profile.id, result, workspace);
    summary.checked.push({ label: profile.label, verdict: result.verdict });
  }
  return summary;
}
