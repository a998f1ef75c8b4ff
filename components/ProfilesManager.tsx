// The options page's customer list: filter, sort, rename, delete with confirmation and undo, export,
// import, and bulk actions on the selected customers. Renders a page of rows at a time.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { locale } from '../lib/i18n/t';
import type { Profile } from '../lib/profiles/profile';
import { type CustomerSort, listCustomers } from '../lib/profiles/search';

const PAGE = 100;

export interface ProfilesManagerProps {
  profiles: Profile[];
  activeId: string;
  now: number;
  /** Opened from a reminder: the customers that need attention, soonest expiry first. */
  attentionFirst?: boolean;
  onRename: (id: string, label: string) => void;
  /** Resolves to the file's text: all profiles, or the ones given. */
  onExport: (ids?: string[]) => Promise<string>;
  /** Resolves to a sentence: what was imported, or why nothing was. */
  onImport: (text: string) => Promise<{ ok: boolean; message: string }>;
  /** Resolves to a sentence: how many were deleted, or why none. */
  onDelete: (ids: string[]) => Promise<{ ok: boolean; message: string }>;
  onUndoDelete: () => Promise<string>;
  /** Resolves to a sentence: how many were checked, and how many skipped. */
  onRecheck: (ids: string[]) => Promise<string>;
}

type Message = { ok: boolean; message: string; undo?: boolean };

export function ProfilesManager(props: ProfilesManagerProps) {
  const { profiles, activeId, now, attentionFirst = false } = props;
  const [query, setQuery] = useState('');
  const [attentionOnly, setAttentionOnly] = useState(attentionFirst);
  const [sort, setSort] = useState<CustomerSort>(attentionFirst ? 'expiry' : 'name');
  const [shownCount, setShownCount] = useState(PAGE);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState<Profile[]>();
  const [download, setDownload] = useState<{ href: string; what: string }>();
  const [message, setMessage] = useState<Message>();

  const list = useMemo(
    () => listCustomers(profiles, { query, attentionOnly, now }, sort),
    [profiles, query, attentionOnly, now, sort],
  );
  const all = useMemo(() => new Map(profiles.map((p) => [p.id, p])), [profiles]);
  const shown = list.slice(0, shownCount);
  // Bulk actions act on what the admin sees selected: a selected row the filter hides is left out.
  const chosen = shown.filter((p) => selected.has(p.id)).map((p) => p.id);
  const hiddenSelected = [...selected].filter((id) => all.has(id)).length - chosen.length;

  // The confirmation takes the focus (on Cancel, the harmless choice) and gives it back afterwards.
  const opener = useRef<HTMLElement | null>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (message?.undo) undoButton.current?.focus();
  }, [message]);
  const ask = (doomed: Profile[]) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setConfirming(doomed);
  };
  const cancel = () => {
    setConfirming(undefined);
    opener.current?.focus();
  };

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const exportFile = async (ids?: string[]) => {
    const text = await props.onExport(ids);
    if (download) URL.revokeObjectURL(download.href);
    // A blob, not a data: URL: thousands of profiles make a file of megabytes.
    const href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    setDownload({ href, what: ids ? `${ids.length} selected` : 'all' });
  };
  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) setMessage(await props.onImport(await file.text()));
    input.value = '';
  };
  const confirmDelete = async () => {
    const doomed = confirming ?? [];
    setConfirming(undefined);
    const result = await props.onDelete(doomed.map((p) => p.id));
    setSelected(new Set());
    setMessage({ ...result, undo: result.ok });
    if (!result.ok) opener.current?.focus();
  };
  const undo = async () => setMessage({ ok: true, message: await props.onUndoDelete() });

  return (
    <section class="card customers" aria-labelledby="profiles-manager-title">
      <h2 id="profiles-manager-title">Customer profiles</h2>
      <p class="hint">
        Profiles keep the IDs, the secret’s hint and expiry, and the last check: never the secret.{' '}
        {all.size.toLocaleString(locale())} {all.size === 1 ? 'customer' : 'customers'}.
      </p>
      <div class="customers-tools">
        <label for="customers-filter">
          Filter customers
          <input
            id="customers-filter"
            type="search"
            placeholder="Name, domain, tenant ID or console"
            value={query}
            onInput={(e) => {
              setQuery((e.currentTarget as HTMLInputElement).value);
              setShownCount(PAGE);
            }}
          />
        </label>
        <label for="customers-sort">
          Sort by
          <select
            id="customers-sort"
            value={sort}
            onChange={(e) => setSort((e.currentTarget as HTMLSelectElement).value as CustomerSort)}
          >
            <option value="name">Name</option>
            <option value="expiry">Secret expiry, soonest first</option>
            <option value="lastCheck">Last check, oldest first</option>
          </select>
        </label>
        <label class="checkbox-row">
          <input
            type="checkbox"
            checked={attentionOnly}
            onChange={(e) => setAttentionOnly((e.currentTarget as HTMLInputElement).checked)}
          />
          Only those needing attention
        </label>
      </div>
      <p class="hint" role="status">
        {list.length === all.size
          ? `Showing ${shown.length} of ${list.length.toLocaleString(locale())}.`
          : `${list.length.toLocaleString(locale())} match; showing ${shown.length}.`}
      </p>
      <fieldset class="button-row bulk-actions">
        <legend class="visually-hidden">Selected customers</legend>
        <button type="button" disabled={!chosen.length} onClick={() => void exportFile(chosen)}>
          Export selected ({chosen.length})
        </button>
        <button
          type="button"
          disabled={!chosen.length}
          onClick={() => void props.onRecheck(chosen).then((m) => setMessage({ ok: true, message: m }))}
        >
          Re-check selected ({chosen.length})
        </button>
        <button type="button" disabled={!chosen.length} onClick={() => ask(chosen.flatMap((id) => all.get(id) ?? []))}>
          Delete selected ({chosen.length})
        </button>
      </fieldset>
      {hiddenSelected > 0 && (
        <p class="hint">
          {hiddenSelected === 1
            ? '1 selected customer is not shown and is left out.'
            : `${hiddenSelected.toLocaleString(locale())} selected customers are not shown and are left out.`}
        </p>
      )}
      {confirming && (
        <div
          class="banner banner-warning"
          role="alertdialog"
          aria-labelledby="delete-question"
          onKeyDown={(e) => e.key === 'Escape' && cancel()}
        >
          <p id="delete-question">
            Delete {confirming.length === 1 ? confirming[0]?.label : `${confirming.length} customers`}? Their IDs,
            expiry and check results go from this browser; nothing changes in Entra or idemeum.
          </p>
          <button type="button" onClick={() => void confirmDelete()}>
            Delete
          </button>{' '}
          <button type="button" ref={cancelButton} onClick={cancel}>
            Cancel
          </button>
        </div>
      )}
      {message && (
        <div class={`field-message ${message.ok ? 'field-ok' : 'field-error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.message}{' '}
          {message.undo && (
            <button type="button" class="link-button" ref={undoButton} onClick={() => void undo()}>
              Undo
            </button>
          )}
        </div>
      )}
      <table class="customers-table">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Select all shown"
                checked={shown.length > 0 && shown.every((p) => selected.has(p.id))}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  setSelected((s) => {
                    const next = new Set(s);
                    for (const p of shown) on ? next.add(p.id) : next.delete(p.id);
                    return next;
                  });
                }}
              />
            </th>
            <th scope="col">Name</th>
            <th scope="col">Tenant</th>
            <th scope="col">Secret expires</th>
            <th scope="col">Last check</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={p.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Select ${p.label}`}
                  checked={selected.has(p.id)}
                  onChange={(e) => toggle(p.id, (e.currentTarget as HTMLInputElement).checked)}
                />
              </td>
              <td>
                <input
                  aria-label={`Name of ${p.label}`}
                  value={p.label}
                  onChange={(e) => {
                    const value = (e.currentTarget as HTMLInputElement).value.trim();
                    if (value) props.onRename(p.id, value);
                  }}
                />
                {p.id === activeId && <span class="hint"> (active)</span>}
              </td>
              <td>{p.domain ?? p.tenantId ?? 'not set up yet'}</td>
              <td>{p.secretExpiresAt ? p.secretExpiresAt.slice(0, 10) : '—'}</td>
              <td>
                {p.lastCheck
                  ? `${p.lastCheck.verdict}, ${new Date(p.lastCheck.at).toISOString().slice(0, 10)}`
                  : 'never'}
              </td>
              <td>
                <button type="button" aria-label={`Delete ${p.label}`} onClick={() => ask([p])}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.length > shown.length && (
        <button type="button" onClick={() => setShownCount((n) => n + PAGE)}>
          Show {Math.min(PAGE, list.length - shown.length)} more
        </button>
      )}
      <div class="button-row">
        <button type="button" onClick={() => void exportFile()}>
          Export all profiles
        </button>
        {download && (
          <a href={download.href} download="idemeum-entra-profiles.json">
            Save the file ({download.what})
          </a>
        )}
        <label class="button-like" for="import-file">
          Import profiles…
        </label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          onChange={importFile}
        />
      </div>
    </section>
  );
}
