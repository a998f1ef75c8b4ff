// Export to a file and import from one: any number of profiles, merged by id, in one storage write.
import { type ImportResult, importProfiles, type ProfilesExport, toExport } from '../profiles/profile';
import { readWorkspaces } from '../store';
import { changeBook, listOf } from './profile-book';
import { applyImportToActive, readProfiles, syncActiveProfile, withProfileValues } from './profiles';

/** All profiles, or only the ones asked for. */
export async function exportProfiles(now: number, ids?: readonly string[]): Promise<ProfilesExport> {
  await syncActiveProfile();
  const profiles = (await readProfiles()).list;
  const wanted = ids ? new Set(ids) : undefined;
  return toExport(
    profiles.filter((p) => !wanted || wanted.has(p.id)),
    now,
  );
}

export async function importProfilesFile(text: string): Promise<ImportResult> {
  const { result, activeChanged } = await changeBook(async (book) => {
    const result = importProfiles(text, listOf(book));
    if (!result.ok || !result.changed.length) return { value: { result, activeChanged: false } };
    const known = new Set(book.ids);
    const added = result.changed.filter((p) => !known.has(p.id)).map((p) => p.id);
    // An updated customer's parked working state takes the file's values, as the active one's does.
    const updated = result.changed.filter((p) => known.has(p.id) && p.id !== book.index.activeId);
    const parked = await readWorkspaces(updated.map((p) => p.id));
    const workspaces = Object.fromEntries(
      updated.flatMap((p) => {
        const w = parked.get(p.id);
        return w ? [[p.id, withProfileValues(w, p)]] : [];
      }),
    );
    return {
      change: { put: result.changed, ids: added.length ? [...book.ids, ...added] : undefined, workspaces },
      value: { result, activeChanged: result.changed.some((p) => p.id === book.index.activeId) },
    };
  });
  if (activeChanged) await applyImportToActive();
  return result;
}
