// Customer profiles: one setup per customer tenant. The active profile's working state lives in the
// ordinary items (credentials, check, idemeum, portal, secret); switching parks it and loads another's.

import {
  type ImportResult,
  importProfiles,
  type Profile,
  type Profiles,
  type ProfilesExport,
  toExport,
} from '../profiles/profile';
import { randomId } from '../profiles/random-id';
import { read, update, type Workspace, write } from '../store';

async function currentWorkspace(): Promise<Workspace> {
  const [credentials, check, idemeum, portal] = await Promise.all([
    read('credentials'),
    read('check'),
    read('idemeum'),
    read('portal'),
  ]);
  return { credentials, check: check?.runningSince === undefined ? check : { result: check.result }, idemeum, portal };
}

async function loadWorkspace(w: Workspace | undefined): Promise<void> {
  await Promise.all([
    write('credentials', w?.credentials),
    write('check', w?.check),
    write('idemeum', w?.idemeum),
    write('portal', w?.portal),
  ]);
}

/** The profiles, creating the first one from whatever is already set up. */
export async function readProfiles(): Promise<Profiles> {
  const existing = await read('profiles');
  if (existing) return existing;
  const first: Profiles = { activeId: randomId(), list: [] };
  first.list.push({ id: first.activeId, label: 'Customer 1', remindersSent: [] });
  await update('profiles', (p) => p ?? first);
  await syncActiveProfile();
  return (await read('profiles')) ?? first;
}

/** While a switch swaps the working state, the summary must not follow the half-swapped items. */
let switching = false;

/** Derives the active profile's summary from its working state: called after every change of it. */
export async function syncActiveProfile(): Promise<Profile | undefined> {
  const profiles = await read('profiles');
  if (!profiles || switching) return undefined;
  const activeId = profiles.activeId;
  const w = await currentWorkspace();
  const result = w.check?.result;
  const forThese = !!result && result.checkedFor.clientId === w.credentials?.clientId;
  const defaultDomain = forThese ? result.domains.find((d) => d.isDefault)?.name : undefined;
  // A switch that began meanwhile makes this workspace another profile's: then nothing is written.
  const next = await update('profiles', (p) =>
    p && !switching && p.activeId === activeId
      ? {
          ...p,
          list: p.list.map((profile) =>
            profile.id !== p.activeId
              ? profile
              : {
                  ...profile,
                  tenantId: w.credentials?.tenantId,
                  clientId: w.credentials?.clientId,
                  secretHint: w.credentials?.secretHint ?? profile.secretHint,
                  secretExpiresAt: w.credentials?.secretExpiresAt ?? profile.secretExpiresAt,
                  domain: defaultDomain ?? profile.domain,
                  idemeumHost: w.idemeum?.host ?? profile.idemeumHost,
                  lastCheck: forThese ? { verdict: result.verdict, at: result.checkedAt } : profile.lastCheck,
                },
          ),
        }
      : p,
  );
  return next?.list.find((p) => p.id === next.activeId);
}

export async function switchProfile(id: string): Promise<boolean> {
  const profiles = await readProfiles();
  if (id === profiles.activeId) return true;
  if (!profiles.list.some((p) => p.id === id)) return false;
  await syncActiveProfile();
  switching = true;
  try {
    await swapWorkspaces(profiles, id);
  } finally {
    switching = false;
  }
  return true;
}

async function swapWorkspaces(profiles: Profiles, id: string): Promise<void> {
  const [workspaces = {}, parked = {}, secret] = await Promise.all([
    read('workspaces'),
    read('parkedSecrets'),
    read('secret'),
  ]);
  const nextWorkspaces = { ...workspaces, [profiles.activeId]: await currentWorkspace() };
  const { [id]: target, ...restWorkspaces } = nextWorkspaces;
  const { [id]: targetSecret, ...restParked } = parked;
  const nextParked = secret ? { ...restParked, [profiles.activeId]: secret } : restParked;
  await loadWorkspace(target);
  await write('secret', targetSecret);
  await write('workspaces', restWorkspaces);
  await write('parkedSecrets', nextParked);
  await update('profiles', (p) => ({ ...(p ?? profiles), activeId: id }));
}

export async function createProfile(label: string): Promise<string> {
  const profiles = await readProfiles();
  const id = randomId();
  await update('profiles', (p) => {
    const current = p ?? profiles;
    return { ...current, list: [...current.list, { id, label, remindersSent: [] }] };
  });
  await switchProfile(id);
  return id;
}

export async function renameProfile(id: string, label: string): Promise<void> {
  await update('profiles', (p) => (p ? { ...p, list: p.list.map((x) => (x.id === id ? { ...x, label } : x)) } : p));
}

export async function exportProfiles(now: number): Promise<ProfilesExport> {
  await syncActiveProfile();
  return toExport((await readProfiles()).list, now);
}

export async function importProfilesFile(text: string): Promise<ImportResult> {
  let result: ImportResult = { ok: false, error: 'No profiles to import into.' };
  await readProfiles();
  await update('profiles', (p) => {
    if (!p) return p;
    result = importProfiles(text, p.list);
    return result.ok ? { ...p, list: result.profiles } : p;
  });
  return result;
}

/** Starts replacing the active profile's secret: the old one stays in Entra until idemeum uses the new one. */
export async function startRotation(id: string, now: number): Promise<void> {
  await switchProfile(id);
  const credentials = await read('credentials');
  await update('profiles', (p) =>
    p
      ? {
          ...p,
          list: p.list.map((x) =>
            x.id === id
              ? {
                  ...x,
                  rotation: {
                    startedAt: now,
                    oldHint: credentials?.secretHint,
                    oldExpiresAt: credentials?.secretExpiresAt,
                  },
                }
              : x,
          ),
        }
      : p,
  );
  await write('secret', undefined);
  await write('check', undefined);
  await write(
    'credentials',
    credentials ? { ...credentials, secretHint: undefined, secretExpiresAt: undefined } : undefined,
  );
  await update('idemeum', (i) => (i ? { host: i.host } : i));
}

export async function finishRotation(id: string): Promise<void> {
  await update('profiles', (p) =>
    p ? { ...p, list: p.list.map((x) => (x.id === id ? { ...x, rotation: undefined } : x)) } : p,
  );
}
