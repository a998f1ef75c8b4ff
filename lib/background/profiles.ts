// Customer profiles: one setup per customer tenant. The active profile's working state lives in the
// ordinary items (credentials, check, idemeum, portal, secret); switching parks it and loads another's.
import type { CheckResult } from '../entra/check-result';
import type { Profile } from '../profiles/profile';
import { randomId } from '../profiles/random-id';
import { read, readWorkspace, update, type Workspace, write } from '../store';
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
 * What a profile becomes active with: its parked working state, and what its summary knows where that
 * is silent (an imported profile has no working state yet, only its IDs, expiry and console).
 */
export function workspaceFor(parked: Workspace | undefined, profile: Profile | undefined): Workspace {
  const c = parked?.credentials;
  const known = {
    tenantId: c?.tenantId ?? profile?.tenantId,
    clientId: c?.clientId ?? profile?.clientId,
    secretHint: c?.secretHint ?? profile?.secretHint,
    secretExpiresAt: c?.secretExpiresAt ?? profile?.secretExpiresAt,
  };
  const anyKnown = Object.values(known).some((v) => v !== undefined);
  const host = parked?.idemeum?.host ?? profile?.idemeumHost;
  return {
    ...parked,
    credentials: c || anyKnown ? { ...c, ...known } : undefined,
    idemeum: parked?.idemeum ?? (host ? { host } : undefined),
  };
}

async function loadWorkspace(w: Workspace): Promise<void> {
  await Promise.all([
    write('credentials', w.credentials),
    write('check', w.check),
    write('idemeum', w.idemeum),
    write('portal', w.portal),
  ]);
}

/**
 * After an import changed the active profile: what its working state does not hold yet (IDs, expiry,
 * console) comes from the profile, so it shows at once; what the working state holds stays.
 */
export function fillActiveFromProfile(): Promise<void> {
  return inTurn(async (book) => {
    const profile = book.byId.get(book.index.activeId);
    const filled = workspaceFor(await currentWorkspace(), profile);
    await Promise.all([write('credentials', filled.credentials), write('idemeum', filled.idemeum)]);
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
 * The active profile's summary, merged with what its working state now says. A value the working state
 * does not hold (yet) never erases what the profile knew: only a different value replaces it.
 */
export function summarize(profile: Profile, w: Workspace): Profile {
  const result = w.check?.result;
  const forThese = !!result && result.checkedFor.clientId === w.credentials?.clientId;
  const defaultDomain = forThese ? result.domains.find((d) => d.isDefault)?.name : undefined;
  return {
    ...profile,
    tenantId: w.credentials?.tenantId ?? profile.tenantId,
    clientId: w.credentials?.clientId ?? profile.clientId,
    secretHint: w.credentials?.secretHint ?? profile.secretHint,
    secretExpiresAt: w.credentials?.secretExpiresAt ?? profile.secretExpiresAt,
    domain: defaultDomain ?? profile.domain,
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

export async function switchProfile(id: string): Promise<boolean> {
  return changeBook(async (book) => {
    const leavingId = book.index.activeId;
    const target = book.byId.get(id);
    if (!target) return { value: false };
    if (id === leavingId) return { value: true };
    const leaving = book.byId.get(leavingId);
    const current = await currentWorkspace();
    const [parked = {}, secret, targetWorkspace] = await Promise.all([
      read('parkedSecrets'),
      read('secret'),
      readWorkspace(id),
    ]);
    const { [id]: targetSecret, ...restParked } = parked;
    await loadWorkspace(workspaceFor(targetWorkspace, target));
    await write('secret', targetSecret);
    await write('parkedSecrets', secret ? { ...restParked, [leavingId]: secret } : restParked);
    return {
      change: {
        put: leaving ? [summarize(leaving, current)] : [],
        activeId: id,
        workspaces: { [leavingId]: current, [id]: undefined },
      },
      value: true,
    };
  });
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

export function recordCheck(id: string, result: CheckResult, workspace: Workspace | undefined): Promise<void> {
  return changeBook(async (book) => {
    const p = book.byId.get(id);
    if (!p || id === book.index.activeId) return { value: undefined };
    return {
      change: {
        put: [{ ...p, lastCheck: { verdict: result.verdict, at: result.checkedAt } }],
        workspaces: { [id]: { ...workspace, check: { result } } },
      },
      value: undefined,
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
