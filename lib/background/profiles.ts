// Customer profiles: one setup per customer tenant. The active profile's working state lives in the
// ordinary items (credentials, check, idemeum, portal, secret); switching parks it and loads another's.
import type { CheckResult } from '../entra/check-result';
import type { Profile, ProfileSummary } from '../profiles/profile';
import { randomId } from '../profiles/random-id';
import { read, readParkedSecrets, readWorkspace, update, type Workspace, write, writeRecords } from '../store';
import { type Book, changeBook, inTurn, listOf } from './profile-book';

async function currentWorkspace(): Promise<Workspace> {
  const [credentials, check, idemeum, portal] = await Promise.all([
    read('credentials'),
    read('check'),
    read('idemeum'),
    read('portal'),
  ]);
  return { credentials, check: check?.runningSince === undefined ? check : { result: check.result }, idemeum, portal };
}

/**
 * What a profile becomes active with: its parked working state, which is authoritative; or, for one that
 * never had any (an imported profile), what its summary knows: IDs, expiry, console.
 */
export function workspaceFor(parked: Workspace | undefined, profile: Profile): Workspace {
  return parked ?? withProfileValues({}, profile);
}

/**
 * A working state with the values a profile carries (from an import) put in: IDs, secret hint and
 * expiry, console. A check made for other IDs no longer says anything about these.
 */
export function withProfileValues(w: Workspace, p: ProfileSummary): Workspace {
  const c = w.credentials;
  const credentials = {
    ...c,
    tenantId: p.tenantId ?? c?.tenantId,
    clientId: p.clientId ?? c?.clientId,
    secretHint: p.secretHint ?? c?.secretHint,
    secretExpiresAt: p.secretExpiresAt ?? c?.secretExpiresAt,
  };
  const sameApp = credentials.tenantId === c?.tenantId && credentials.clientId === c?.clientId;
  const host = p.idemeumHost ?? w.idemeum?.host;
  return {
    ...w,
    credentials: Object.values(credentials).some((v) => v !== undefined) ? credentials : undefined,
    check: sameApp ? w.check : undefined,
    idemeum: host ? { ...w.idemeum, host } : w.idemeum,
  };
}

/** After an import changed the active profile: its working state takes the values the file carried. */
export function applyImportToActive(): Promise<void> {
  return inTurn(async (book) => {
    const profile = book.byId.get(book.index.activeId);
    if (!profile) return;
    const current = await currentWorkspace();
    const next = withProfileValues(current, profile);
    await Promise.all([
      write('credentials', next.credentials),
      write('idemeum', next.idemeum),
      next.check === current.check ? undefined : write('check', undefined),
    ]);
  });
}

/** The profiles in the order they were made, and which one is active. */
export async function readProfiles(): Promise<{ activeId: string; list: Profile[] }> {
  return inTurn(async (book) => ({ activeId: book.index.activeId, list: listOf(book) }));
}

/** The book itself, for reads that need the index (recent) or a lookup by id. */
export function readBook(): Promise<Book> {
  return inTurn(async (book) => book);
}

/**
 * The active profile's summary from what its working state now says: the IDs, hint and expiry are the
 * working values, also when these were cleared; the domain goes with the tenant it was found for.
 */
export function summarize(profile: Profile, w: Workspace): Profile {
  const c = w.credentials;
  const result = w.check?.result;
  const forThese = !!result && result.checkedFor.clientId === c?.clientId;
  const defaultDomain = forThese ? result.domains.find((d) => d.isDefault)?.name : undefined;
  return {
    ...profile,
    tenantId: c?.tenantId,
    clientId: c?.clientId,
    secretHint: c?.secretHint,
    secretExpiresAt: c?.secretExpiresAt,
    domain: defaultDomain ?? (c?.tenantId === profile.tenantId ? profile.domain : undefined),
    idemeumHost: w.idemeum?.host ?? profile.idemeumHost,
    lastCheck: forThese ? { verdict: result.verdict, at: result.checkedAt } : profile.lastCheck,
  };
}

/** Derives the active profile's summary from its working state: called after every change of it. */
export function syncActiveProfile(): Promise<Profile | undefined> {
  return changeBook(async (book) => {
    const profile = book.byId.get(book.index.activeId);
    if (!profile) return { value: undefined };
    const next = summarize(profile, await currentWorkspace());
    const same = JSON.stringify(next) === JSON.stringify(profile);
    return { change: same ? undefined : { put: [next] }, value: next };
  });
}

/**
 * Parks the active profile's working state and secret, and loads another's. Three writes, each leaving a
 * state that is safe to stop in (a failed write, a worker that died): the leaving secret is parked and
 * none is active; then, in one write, the working state, the parked one and the index; then the
 * target's secret becomes active. A secret is never active with another customer's IDs.
 */
export async function switchProfile(id: string): Promise<boolean> {
  return changeBook(async (book) => {
    const leavingId = book.index.activeId;
    const target = book.byId.get(id);
    if (!target) return { value: false };
    if (id === leavingId) return { value: true, after: finishCutShortSwitch(id) };
    const leaving = book.byId.get(leavingId);
    const [current, parked, secret, targetWorkspace] = await Promise.all([
      currentWorkspace(),
      readParkedSecrets(),
      read('secret'),
      readWorkspace(id),
    ]);
    if (secret) parked.set(leavingId, secret);
    await writeRecords([
      { key: 'session:parkedSecrets', value: [...parked] },
      { key: 'session:secret', value: null },
    ]);
    const targetSecret = parked.get(id);
    parked.delete(id);
    return {
      change: {
        put: leaving ? [summarize(leaving, current)] : [],
        activeId: id,
        workspaces: { [leavingId]: current, [id]: undefined },
        working: workspaceFor(targetWorkspace, target),
      },
      value: true,
      after: () =>
        writeRecords([
          { key: 'session:secret', value: targetSecret ?? null },
          { key: 'session:parkedSecrets', value: [...parked] },
        ]),
    };
  });
}

/** A switch cut short before its last write left the active profile's secret parked: it becomes active. */
function finishCutShortSwitch(activeId: string): () => Promise<void> {
  return async () => {
    const [parked, secret] = await Promise.all([readParkedSecrets(), read('secret')]);
    const stranded = parked.get(activeId);
    if (secret || !stranded) return;
    parked.delete(activeId);
    await writeRecords([
      { key: 'session:secret', value: stranded },
      { key: 'session:parkedSecrets', value: [...parked] },
    ]);
  };
}

export async function createProfile(label: string): Promise<string> {
  const id = randomId();
  await changeBook(async (book) => ({
    change: { put: [{ id, label, remindersSent: [] }], ids: [...book.ids, id] },
    value: undefined,
  }));
  await switchProfile(id);
  return id;
}

export function renameProfile(id: string, label: string): Promise<void> {
  return updateProfiles([id], (p) => ({ ...p, label }));
}

/** Changes some profiles, each written on its own key, in one write. */
export function updateProfiles(ids: readonly string[], change: (p: Profile) => Profile): Promise<void> {
  return changeBook(async (book) => {
    const put = ids.flatMap((id) => {
      const p = book.byId.get(id);
      return p ? [change(p)] : [];
    });
    return { change: put.length ? { put } : undefined, value: undefined };
  });
}

/**
 * Records a check of an inactive profile made with the IDs in `checkedFor`: only its result changes, and
 * only while the profile is still inactive and holds those IDs (a switch meanwhile may have changed them).
 */
export function recordCheck(
  id: string,
  result: CheckResult,
  checkedFor: { tenantId: string; clientId: string },
): Promise<boolean> {
  return changeBook(async (book) => {
    const p = book.byId.get(id);
    if (!p || id === book.index.activeId) return { value: false };
    const workspace = await readWorkspace(id);
    const c = workspace?.credentials;
    if (!workspace || c?.tenantId !== checkedFor.tenantId || c.clientId !== checkedFor.clientId) {
      return { value: false };
    }
    return {
      change: {
        put: [{ ...p, lastCheck: { verdict: result.verdict, at: result.checkedAt } }],
        workspaces: { [id]: { ...workspace, check: { result } } },
      },
      value: true,
    };
  });
}

/** Starts replacing the active profile's secret: the old one stays in Entra until idemeum uses the new one. */
export async function startRotation(id: string, now: number): Promise<void> {
  await switchProfile(id);
  const credentials = await read('credentials');
  await updateProfiles([id], (p) => ({
    ...p,
    rotation: { startedAt: now, oldHint: credentials?.secretHint, oldExpiresAt: credentials?.secretExpiresAt },
  }));
  await write('secret', undefined);
  await write('check', undefined);
  await write(
    'credentials',
    credentials ? { ...credentials, secretHint: undefined, secretExpiresAt: undefined } : undefined,
  );
  await update('idemeum', (i) => (i ? { host: i.host } : i));
}

export function finishRotation(id: string): Promise<void> {
  return updateProfiles([id], (p) => ({ ...p, rotation: undefined }));
}
