// What the API permissions page showed, kept for the check and the popup. Seeing all 12 application
// permissions turn "Granted" is the moment consent was given: the check runs again, and missing roles are
// then read as "waiting for Microsoft" for a while (FACTS.md §5, propagation).
import { reviewPermissions } from '../playbook/portal-permissions';
import { update } from '../store';

type Rows = { name: string; type: 'Application' | 'Delegated'; granted: boolean }[];

/** Stores the rows; true when consent just became complete (so a check should run now). */
export async function recordPermissions(rows: Rows, now: number): Promise<boolean> {
  let consentJustObserved = false;
  await update('portal', (p) => {
    const before = p?.permissions ? reviewPermissions(p.permissions) : undefined;
    const after = reviewPermissions(rows);
    const complete = after.missing.length === 0 && after.notGranted.length === 0;
    const wasComplete = !!before && before.missing.length === 0 && before.notGranted.length === 0;
    consentJustObserved = complete && !wasComplete;
    return { ...p, permissions: rows, consentObservedAt: consentJustObserved ? now : p?.consentObservedAt };
  });
  return consentJustObserved;
}
