// What the API permissions page showed, kept for the check and the popup, and the signs that consent may
// have been given: all 12 shown "Granted" (consent observed), a trusted press of the consent command or its
// confirmation, or a table whose status cannot be read. After any of them, missing roles read as "waiting
// for Microsoft" for a while (FACTS.md §5, propagation; lib/entra/consent-wait.ts).
import { reviewPermissions } from '../playbook/portal-permissions';
import { update } from '../store';

type Rows = { name: string; type: 'Application' | 'Delegated'; granted: boolean | null; status?: string }[];

const complete = (rows: Rows) => {
  const review = reviewPermissions(rows);
  return review.missing.length === 0 && review.notGranted.length === 0;
};

/** All 12 listed as Application permissions, and the status of one of them could not be read. */
function statusUnread(rows: Rows): boolean {
  const review = reviewPermissions(rows);
  return (
    review.missing.length === 0 &&
    rows.some((r) => r.type === 'Application' && r.granted === null && review.notGranted.includes(r.name))
  );
}

const statusesOf = (rows: Rows) => rows.map((r) => r.status ?? '').join('\n');

/**
 * Stores the rows; true when a check should run now: consent just shown, the status just became unreadable,
 * or an unreadable status changed (in a language or markup the reader does not know, a grant shows only so).
 */
export async function recordPermissions(rows: Rows, now: number): Promise<boolean> {
  let checkNow = false;
  await update('portal', (p) => {
    const consentJustObserved = complete(rows) && !(p?.permissions && complete(p.permissions));
    const unread = statusUnread(rows);
    const waitStarts =
      unread && (p?.statusUnreadSince === undefined || statusesOf(p.permissions ?? []) !== statusesOf(rows));
    checkNow = consentJustObserved || waitStarts;
    return {
      ...p,
      permissions: rows,
      consentObservedAt: consentJustObserved ? now : p?.consentObservedAt,
      statusUnreadSince: waitStarts ? now : unread ? p?.statusUnreadSince : undefined,
    };
  });
  return checkNow;
}

export async function recordConsentPressed(now: number): Promise<void> {
  await update('portal', (p) => ({ ...p, consentPressedAt: now }));
}
