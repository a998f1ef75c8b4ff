// The profiles in storage: one key per profile, the list of ids, and a small index (active, recent,
// revision). Changing one customer writes that customer and the index; an import of thousands is one
// write. The worker keeps a copy in memory and re-reads it only when the index's revision moved on.
import { t } from '../i18n/t';
import type { Profile, ProfileIndex } from '../profiles/profile';
import { RECENT_KEPT } from '../profiles/profile';
import { randomId } from '../profiles/random-id';
import { profileKey, read, readProfileRecords, type Workspace, workspaceKey, write, writeRecords } from '../store';

export interface Book {
  ids: string[];
  index: ProfileIndex;
  byId: Map<string, Profile>;
}

interface BookChange {
  put?: Profile[];
  remove?: string[];
  /** The whole id list, when profiles were added or removed (or their order changed). */
  ids?: string[];
  activeId?: string;
  /** Inactive profiles' working state; undefined removes it (the profile became active, or was deleted). */
  workspaces?: Record<string, Workspace | undefined>;
  /** The working state a newly active profile starts with, written in the same write as the index. */
  working?: Workspace;
}

let cached: Book | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** One reader or writer at a time: a change computed from a copy another change replaced would undo it. */
export function inTurn<T>(job: (book: Book) => Promise<T>): Promise<T> {
  const run = queue.then(async () => job(await loadBook()));
  queue = run.catch(() => undefined);
  return run;
}

async function loadBook(): Promise<Book> {
  const index = await read('profileIndex');
  if (cached && index && index.rev === cached.index.rev && index.activeId === cached.index.activeId) return cached;
  const ids = await read('profileIds');
  if (index && ids) {
    const byId = await readProfileRecords(ids);
    const kept = ids.filter((id) => byId.has(id));
    cached = { ids: kept, index, byId };
    if (!byId.has(index.activeId)) {
      await applyChange(cached, kept[0] ? { activeId: kept[0] } : firstProfile());
    }
    return cached;
  }
  cached = (await migrateLegacy()) ?? (await firstBook());
  return cached;
}

/** A book without profiles gets one, active. */
function firstProfile(): BookChange & { activeId: string } {
  const first: Profile = { id: randomId(), label: t('profile_default_label', { number: 1 }), remindersSent: [] };
  return { put: [first], ids: [first.id], activeId: first.id };
}

async function firstBook(): Promise<Book> {
  const first = firstProfile();
  const book: Book = { ids: [], index: { activeId: first.activeId, recent: [], rev: 0 }, byId: new Map() };
  await applyChange(book, first);
  return book;
}

/** Profiles stored the old way (one item holding all) move to one key each, in one write; then the old go. */
async function migrateLegacy(): Promise<Book | undefined> {
  const legacy = await read('legacyProfiles');
  if (!legacy) return undefined;
  const workspaces = (await read('legacyWorkspaces')) ?? {};
  const book: Book = { ids: [], index: { activeId: legacy.activeId, recent: [], rev: 0 }, byId: new Map() };
  await applyChange(book, {
    put: legacy.list,
    ids: legacy.list.map((p) => p.id),
    activeId: legacy.activeId,
    workspaces: Object.fromEntries(legacy.list.map((p) => [p.id, workspaces[p.id]])),
  });
  await Promise.all([write('legacyProfiles', undefined), write('legacyWorkspaces', undefined)]);
  return book;
}

/** Applies a change to the copy in memory and to storage, in one write (plus one removal). */
async function applyChange(book: Book, change: BookChange): Promise<void> {
  for (const p of change.put ?? []) book.byId.set(p.id, p);
  for (const id of change.remove ?? []) book.byId.delete(id);
  if (change.ids) book.ids = change.ids;
  const activeId = change.activeId ?? book.index.activeId;
  const recent =
    change.activeId && change.activeId !== book.index.activeId
      ? [change.activeId, ...book.index.recent.filter((id) => id !== change.activeId)]
      : book.index.recent;
  book.index = {
    activeId,
    recent: recent.filter((id) => book.byId.has(id)).slice(0, RECENT_KEPT),
    rev: book.index.rev + 1,
  };
  const workspaces = Object.entries(change.workspaces ?? {});
  const working = change.working;
  await writeRecords(
    [
      ...(working
        ? (['credentials', 'check', 'idemeum', 'portal'] as const).map((name) => ({
            key: `local:${name}` as const,
            value: working[name] ?? null,
          }))
        : []),
      ...(change.put ?? []).map((p) => ({ key: profileKey(p.id), value: p })),
      ...workspaces.flatMap(([id, w]) => (w ? [{ key: workspaceKey(id), value: w }] : [])),
      ...(change.ids ? [{ key: 'local:profileIds' as const, value: change.ids }] : []),
      { key: 'local:profileIndex' as const, value: book.index },
    ],
    [...(change.remove ?? []).map(profileKey), ...workspaces.flatMap(([id, w]) => (w ? [] : [workspaceKey(id)]))],
  );
}

/**
 * Reads the book and applies what `decide` asks for, in turn with every other change; then `after`
 * (what must follow the change, such as the secret of a profile that became active).
 */
export function changeBook<T>(
  decide: (book: Book) => Promise<{ change?: BookChange; value: T; after?: () => Promise<void> }>,
): Promise<T> {
  return inTurn(async (book) => {
    const { change, value, after } = await decide(book);
    if (change) await applyChange(book, change);
    await after?.();
    return value;
  });
}

export function listOf(book: Book): Profile[] {
  return book.ids.flatMap((id) => book.byId.get(id) ?? []);
}
