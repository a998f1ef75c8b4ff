// Deleting customer profiles, and undoing the last deletion: the profiles come back where they stood,
// with their parked working state. Never with their secret: the undo stash holds none, so a deleted
// customer's secret is gone at once and must be captured again after an undo.
import { t } from '../i18n/t';
import { read, readParkedSecrets, readWorkspaces, write, writeRecords } from '../store';
import { changeBook } from './profile-book';
import { switchProfile } from './profiles';

export type DeleteResult = { ok: true; deleted: number } | { ok: false; error: string };

export async function deleteProfiles(ids: readonly string[]): Promise<DeleteResult> {
  const gone = new Set(ids);
  // The active profile's working state lives in the ordinary items: another becomes active first.
  const switched = await changeBook(async (book) => {
    const remaining = book.ids.filter((id) => !gone.has(id));
    if (!remaining.length) return { value: 'none' as const };
    if (!gone.has(book.index.activeId)) return { value: 'kept' as const };
    const next = book.index.recent.find((id) => !gone.has(id)) ?? remaining[0];
    return { value: next as string };
  });
  if (switched === 'none') return { ok: false, error: t('customers_keep_one') };
  if (switched !== 'kept') await switchProfile(switched);
  const deleted = await changeBook(async (book) => {
    const doomed = book.ids.flatMap((id, position) => {
      const profile = book.byId.get(id);
      return gone.has(id) && profile && id !== book.index.activeId ? [{ profile, position }] : [];
    });
    if (!doomed.length) return { value: 0 };
    const removed = new Set(doomed.map((d) => d.profile.id));
    const [workspaces, parked] = await Promise.all([readWorkspaces([...removed]), readParkedSecrets()]);
    await write('deletedProfiles', {
      entries: doomed.map((d) => ({ ...d, workspace: workspaces.get(d.profile.id) })),
    });
    const kept = [...parked].filter(([id]) => !removed.has(id));
    return {
      change: {
        remove: [...removed],
        ids: book.ids.filter((id) => !removed.has(id)),
        workspaces: Object.fromEntries([...removed].map((id) => [id, undefined])),
      },
      value: removed.size,
      after: () => writeRecords([{ key: 'session:parkedSecrets', value: kept }]),
    };
  });
  return { ok: true, deleted };
}

/** Brings back what the last deletion removed (without secrets); resolves to how many came back. */
export async function undoDelete(): Promise<number> {
  const last = await read('deletedProfiles');
  if (!last?.entries.length) return 0;
  const restored = await changeBook(async (book) => {
    const back = last.entries.filter((e) => !book.byId.has(e.profile.id));
    const ids = [...book.ids];
    for (const e of [...back].sort((a, b) => a.position - b.position)) {
      ids.splice(Math.min(e.position, ids.length), 0, e.profile.id);
    }
    return {
      change: {
        put: back.map((e) => e.profile),
        ids,
        workspaces: Object.fromEntries(back.flatMap((e) => (e.workspace ? [[e.profile.id, e.workspace]] : []))),
      },
      value: back.length,
    };
  });
  await write('deletedProfiles', undefined);
  return restored;
}
