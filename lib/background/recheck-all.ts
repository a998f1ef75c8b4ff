// "Re-check all": every profile whose secret is in hand this session is checked again; the others keep
// their last result and say why they were skipped.
import { runCheck } from '../entra/check';
import { read, update } from '../store';
import { checkNow, ensureOriginRule } from './check-runner';
import { readProfiles, syncActiveProfile } from './profiles';

export interface RecheckSummary {
  checked: string[];
  skipped: { label: string; reason: string }[];
}

export async function recheckAll(): Promise<RecheckSummary> {
  const profiles = await readProfiles();
  const [workspaces = {}, parked = {}] = await Promise.all([read('workspaces'), read('parkedSecrets')]);
  const summary: RecheckSummary = { checked: [], skipped: [] };
  await ensureOriginRule();
  for (const profile of profiles.list) {
    if (profile.id === profiles.activeId) {
      if (!(await read('secret'))) {
        summary.skipped.push({ label: profile.label, reason: 'the secret is not in this browser session' });
        continue;
      }
      await checkNow();
      await syncActiveProfile();
      summary.checked.push(profile.label);
      continue;
    }
    const credentials = workspaces[profile.id]?.credentials;
    const secret = parked[profile.id];
    if (!credentials?.tenantId || !credentials.clientId || !secret) {
      summary.skipped.push({ label: profile.label, reason: 'the secret is not in this browser session' });
      continue;
    }
    const result = await runCheck(
      {
        tenantId: credentials.tenantId,
        clientId: credentials.clientId,
        secret: secret.value,
        context: { knownObjectId: credentials.objectId },
      },
      { fetch: (...args) => fetch(...args), sleep: (ms) => new Promise((r) => setTimeout(r, ms)), now: Date.now },
    );
    await update('workspaces', (w = {}) => ({ ...w, [profile.id]: { ...w[profile.id], check: { result } } }));
    await update('profiles', (p) =>
      p
        ? {
            ...p,
            list: p.list.map((x) =>
              x.id === profile.id ? { ...x, lastCheck: { verdict: result.verdict, at: result.checkedAt } } : x,
            ),
          }
        : p,
    );
    summary.checked.push(profile.label);
  }
  return summary;
}
