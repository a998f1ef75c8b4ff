// When a check may read "no roles and Graph 403" as admin consent still propagating (FACTS.md §5: the first
// tokens after consent can lack the roles for 30 s to a few minutes), how long it waits, and when an old
// "not granted" is worth checking again. Pure: the background and the popup apply it.
import type { CheckResult } from './check-result';

/** How long after a sign of consent the check keeps waiting before it says consent is missing. */
export const CONSENT_WAIT_MS = 3 * 60_000;
/** Re-check delays while waiting; the last repeats until the wait is over. */
const BACKOFF_MS = [5_000, 10_000, 20_000, 40_000, 60_000];
/** A "not granted" older than this is checked again when the popup opens. */
export const STALE_RESULT_MS = 15_000;

/** Signs that consent may have been given, none of which needs the page's table to be read. */
export interface ConsentSignals {
  /** The permissions table showed all 12 granted. */
  consentObservedAt?: number;
  /** The admin pressed the portal's consent command or its confirmation (a trusted click the guide saw). */
  consentPressedAt?: number;
  /** The table listed the permissions but the extension could not read their status. */
  statusUnreadSince?: number;
  /** The previous check was already waiting for Microsoft since then (ends a wait without any other sign). */
  propagatingSince?: number;
}

/** The latest sign of consent still within the wait, if any: missing roles then read as "waiting for Microsoft". */
export function consentWaitSince(signals: ConsentSignals, now: number): number | undefined {
  const recent = [signals.consentObservedAt, signals.consentPressedAt, signals.statusUnreadSince].filter(
    (at): at is number => at !== undefined && now - at < CONSENT_WAIT_MS,
  );
  return recent.length > 0 ? Math.max(...recent) : undefined;
}

/** The next re-check's delay after `attempt` re-checks, or none once the wait since `sinceMs` ago is over. */
export function nextPropagationDelay(attempt: number, sinceMs: number): number | undefined {
  if (sinceMs >= CONSENT_WAIT_MS) return undefined;
  return BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)];
}

/**
 * An old result that says consent is missing, or one still waiting for Microsoft, with nothing running or
 * planned: worth one more look.
 */
export function needsOneMoreLook(
  check: { running: boolean; result?: CheckResult; nextRecheckAt?: number },
  now: number,
): boolean {
  const { result } = check;
  if (check.running || check.nextRecheckAt !== undefined || !result) return false;
  // Waiting with no re-check planned can only end with one more look.
  if (result.verdict === 'propagating') return true;
  return (
    result.verdict === 'incomplete' &&
    result.permissions.some((p) => p.status === 'not-granted') &&
    now - result.checkedAt >= STALE_RESULT_MS
  );
}
