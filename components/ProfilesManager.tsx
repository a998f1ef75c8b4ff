// The options page's customer list: filter, sort, rename, delete with confirmation and undo, export,
// import, and bulk actions on the selected customers. Renders a page of rows at a time.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CheckVerdict } from '../lib/entra/check-result';
import { formatDate } from '../lib/i18n/format';
import { type MessageKey, plural, t } from '../lib/i18n/t';
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

const LAST_CHECK: Record<CheckVerdict, MessageKey> = {
  passed: 'customers_last_check_passed',
  propagating: 'customers_last_check_propagating',
  incomplete: 'customers_last_check_incomplete',
  failed: 'customers_last_check_failed',
};

export function ProfilesManager(props: ProfilesManagerProps) {
  const { profiles, activeId, now, attentionFirst = false } = props;
  const [query, setQuery] = useState('');
  const [attentionOnly, setAttentionOnly] = useState(attentionFirst);
  const [sort, setSort] = useState<CustomerSort>(attentionFirst ? 'expiry' : 'name');
  const [shownCount, setShownCount] = useState(PAGE);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState<Profile[]>();
  const [download, setDownload] = useState<{ href: string; selected?: number }>();
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
    setDownload({ href, selected: ids?.length });
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
      <h2 id="profiles-manager-title">{t('customers_profiles_title')}</h2>
      <p class="hint">{plural('customers_profiles_hint', all.size)}</p>
      <div class="customers-tools">
        <label for="customers-filter">
          {t('customers_filter')}
          <input
            id="customers-filter"
            type="search"
            placeholder={t('customers_search_placeholder')}
            value={query}
            onInput={(e) => {
              setQuery((e.currentTarget as HTMLInputElement).value);
              setShownCount(PAGE);
            }}
          />
        </label>
        <div class="customers-sort">
          <label for="customers-sort">{t('customers_sort')}</label>
          <select
            id="customers-sort"
            value={sort}
            onChange={(e) => setSort((e.currentTarget as HTMLSelectElement).value as CustomerSort)}
          >
            <option value="name">{t('customers_sort_name')}</option>
            <option value="expiry">{t('customers_sort_expiry')}</option>
            <option value="lastCheck">{t('customers_sort_last_check')}</option>
          </select>
        </div>
        <label class="checkbox-row">
          <input
            type="checkbox"
            checked={attentionOnly}
            onChange={(e) => setAttentionOnly((e.currentTarget as HTMLInputElement).checked)}
          />
          {t('customers_attention_only')}
        </label>
      </div>
      <p class="hint" role="status">
        {list.length === all.size
          ? t('customers_showing', { shown: shown.length, count: list.length })
          : plural('customers_matching', list.length, { shown: shown.length })}
      </p>
      <fieldset class="button-row bulk-actions">
        <legend class="visually-hidden">{t('customers_selected')}</legend>
        <button type="button" disabled={!chosen.length} onClick={() => void exportFile(chosen)}>
          {t('customers_export_selected', { count: chosen.length })}
        </button>
        <button
          type="button"
          disabled={!chosen.length}
          onClick={() => void props.onRecheck(chosen).then((m) => setMessage({ ok: true, message: m }))}
        >
          {t('customers_recheck_selected', { count: chosen.length })}
        </button>
        <button type="button" disabled={!chosen.length} onClick={() => ask(chosen.flatMap((id) => all.get(id) ?? []))}>
          {t('customers_delete_selected', { count: chosen.length })}
        </button>
      </fieldset>
      {hiddenSelected > 0 && <p class="hint">{plural('customers_hidden_selected', hiddenSelected)}</p>}
      {confirming && (
        <div
          class="banner banner-warning"
          role="alertdialog"
          aria-labelledby="delete-question"
          onKeyDown={(e) => e.key === 'Escape' && cancel()}
        >
          <p id="delete-question">
            {confirming.length === 1
              ? t('customers_delete_single_question', { label: confirming[0]?.label ?? '' })
              : plural('customers_delete_question', confirming.length)}
          </p>
          <button type="button" onClick={() => void confirmDelete()}>
            {t('customers_delete')}
          </button>{' '}
          <button type="button" ref={cancelButton} onClick={cancel}>
            {t('customers_cancel')}
          </button>
        </div>
      )}
      {message && (
        <div class={`field-message ${message.ok ? 'field-ok' : 'field-error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.message}{' '}
          {message.undo && (
            <button type="button" class="link-button" ref={undoButton} onClick={() => void undo()}>
              {t('customers_undo')}
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
                aria-label={t('customers_select_all')}
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
            <th scope="col">{t('customers_col_name')}</th>
            <th scope="col">{t('customers_col_tenant')}</th>
            <th scope="col">{t('customers_col_expires')}</th>
            <th scope="col">{t('customers_col_last_check')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('customers_col_actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={p.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('customers_select', { label: p.label })}
                  checked={selected.has(p.id)}
                  onChange={(e) => toggle(p.id, (e.currentTarget as HTMLInputElement).checked)}
                />
              </td>
              <td>
                <input
                  aria-label={t('customers_name_of', { label: p.label })}
                  value={p.label}
                  onChange={(e) => {
                    const value = (e.currentTarget as HTMLInputElement).value.trim();
                    if (value) props.onRename(p.id, value);
                  }}
                />
                {p.id === activeId && <span class="hint"> {t('customers_active')}</span>}
              </td>
              <td>{p.domain ?? p.tenantId ?? t('customers_not_set_up')}</td>
              <td>{p.secretExpiresAt ? formatDate(new Date(p.secretExpiresAt)) : '—'}</td>
              <td>
                {p.lastCheck
                  ? t(LAST_CHECK[p.lastCheck.verdict], { date: formatDate(p.lastCheck.at) })
                  : t('customers_never')}
              </td>
              <td>
                <button
                  type="button"
                  aria-label={t('customers_delete_label', { label: p.label })}
                  onClick={() => ask([p])}
                >
                  {t('customers_delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.length > shown.length && (
        <button type="button" onClick={() => setShownCount((n) => n + PAGE)}>
          {plural('customers_show_more', Math.min(PAGE, list.length - shown.length))}
        </button>
      )}
      <div class="button-row">
        <button type="button" onClick={() => void exportFile()}>
          {t('customers_export_all')}
        </button>
        {download && (
          <a href={download.href} download="idemeum-entra-profiles.json">
            {download.selected === undefined
              ? t('customers_save_all')
              : t('customers_save_selected', { count: download.selected })}
          </a>
        )}
        <label class="button-like" for="import-file">
          {t('customers_import')}
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
