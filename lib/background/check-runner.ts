// Runs the check from the background and keeps its record in storage, so that a stopped service worker
// resumes it (DESIGN.md: state lives in storage, never only in memory).
import { browser } from 'wxt/browser';
import { runCheck } from '../entra/check';
import { type ConsentSignals, consentWaitSince, nextPropagationDelay } from '../entra/consent-wait';
import { extensionPagesHost, ORIGIN_RULE_ID, originRemovalRule } from '../entra/origin-rule';
import { type CheckRecord, read, update, write } from '../store';
import { showBadge } from './badge';
import { endCheckThatThrew } from './check-thrown';
import { touchSecret } from './secret-lifetime';

export const RECHECK_ALARM = 'recheck';

let inFlight: Promise<CheckRecord | undefined> | undefined;
let followUp: Promise<CheckRecord | undefined> | undefined;
let recheckTimer: ReturnType<typeof setTimeout> | undefined;

export async function ensureOriginRule(): Promise<void> {
  await browser.declarativeNetRequest.updateSessionRules({
    removeRuleIds: [ORIGIN_RULE_ID],
    addRules: [originRemovalRule(extensionPagesHost(browser.runtime.getURL('/')))],
  });
}

/**
 * Runs one check now. While one runs, its inputs were read before this call (a new secret, consent just
 * seen), so one more check follows it, shared by every call made meanwhile.
 */
export function checkNow(): Promise<CheckRecord | undefined> {
  if (followUp) return followUp;
  if (!inFlight) {
    inFlight = runStoredCheck()
      .catch(endCheckThatThrew)
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  }
  followUp ??= inFlight
    .catch(() => undefined)
    .then(() => {
      followUp = undefined;
      return checkNow();
    });
  return followUp;
}

/** A planned re-check (timer or backstop alarm): a check already running serves for it. */
export function recheckAsPlanned(): Promise<CheckRecord | undefined> {
  return followUp ?? inFlight ?? checkNow();
}

async function runStoredCheck(): Promise<CheckRecord | undefined> {
  const [credentials, secret, portal] = await Promise.all([read('credentials'), read('secret'), read('portal')]);
  // Nothing to check with (the browser closed mid-check and took the secret with it): a check recorded as
  // running ends here, or the popup would say "Checking…" until a secret is captured again.
  if (!credentials?.tenantId || !credentials.clientId || !secret)
    return update('check', (c) => (c?.runningSince === undefined ? c : { ...c, runningSince: undefined }));
  const startedAt = Date.now();
  await touchSecret(startedAt);
  const previous = await update('check', (c) => ({ ...c, runningSince: startedAt }));
  await showBadge(previous);
  await ensureOriginRule();
  const wasPropagating = previous?.result?.verdict === 'propagating';
  const signals: ConsentSignals = {
    consentObservedAt: portal?.consentObservedAt,
    consentPressedAt: portal?.consentPressedAt,
    statusUnreadSince: portal?.statusUnreadSince,
    propagatingSince: wasPropagating ? previous?.propagatingSince : undefined,
  };
  const result = await runCheck(
    {
      tenantId: credentials.tenantId,
      clientId: credentials.clientId,
      secret: secret.value,
      configuredRoles: portal?.permissions?.filter((p) => p.type === 'Application').map((p) => p.name),
      context: {
        knownObjectId: credentials.objectId,
        ...signals,
        credentialsCreatedAt: credentials.createdAt,
      },
    },
    { fetch: (...args) => fetch(...args), sleep: (ms) => new Promise((r) => setTimeout(r, ms)), now: Date.now },
  );
  const current = await read('credentials');
  if (current?.tenantId !== credentials.tenantId || current?.clientId !== credentials.clientId) {
    // The credentials changed while the check ran: its result is for nobody, and the new ones need one:
    // the follow-up a change asked for, or (a profile switch asks for none) one now. Never checkNow()
    // here: the follow-up waits for this run.
    await write('check', undefined);
    return followUp ? undefined : runStoredCheck();
  }
  let record: CheckRecord = { result };
  if (result.verdict === 'propagating') {
    const since = consentWaitSince(signals, startedAt) ?? signals.propagatingSince ?? startedAt;
    const attempt = wasPropagating ? (previous?.propagationAttempt ?? 0) + 1 : 0;
    // The clock the check decided by (its start), not the time it ended: a check that waited has a next look.
    const delay = nextPropagationDelay(attempt, startedAt - since);
    record = {
      result,
      propagatingSince: since,
      propagationAttempt: attempt,
      nextRecheckAt: delay === undefined ? undefined : Date.now() + delay,
    };
  }
  await write('check', record);
  await showBadge(record);
  scheduleRecheck(record);
  return record;
}

/** A timer while the worker lives, and an alarm in case it is stopped before then. */
export function scheduleRecheck(record: CheckRecord | undefined): void {
  if (recheckTimer) clearTimeout(recheckTimer);
  recheckTimer = undefined;
  if (!record?.nextRecheckAt) {
    void browser.alarms.clear(RECHECK_ALARM);
    return;
  }
  const wait = Math.max(0, record.nextRecheckAt - Date.now());
  recheckTimer = setTimeout(() => void recheckAsPlanned(), wait);
  void browser.alarms.create(RECHECK_ALARM, { when: record.nextRecheckAt + 30_000 });
}

/** On worker start: finish a check the previous worker did not, and re-arm a pending re-check. */
export async function resumeAfterRestart(): Promise<void> {
  // A rule the browser refuses is said in words by the check that needs it.
  await ensureOriginRule().catch(() => undefined);
  const record = await read('check');
  await showBadge(record);
  if (record?.runningSince !== undefined || (record?.nextRecheckAt && record.nextRecheckAt <= Date.now())) {
    await checkNow();
  } else {
    scheduleRecheck(record);
  }
}
