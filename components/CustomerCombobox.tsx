// The customer picker: a combobox (WAI-ARIA APG, list autocomplete) that filters thousands of customers
// by name, domain, tenant ID or console host as one types, recent ones first, showing a bounded list.
import { useEffect, useRef, useState } from 'preact/hooks';
import { plural, t } from '../lib/i18n/t';
import type { CustomerEntry } from '../lib/profiles/profile';

/** How many options are rendered at most: typing narrows the rest. */
const SHOWN_OPTIONS = 20;

export interface CustomerComboboxProps {
  search: (query: string, limit: number) => Promise<{ matches: CustomerEntry[]; total: number }>;
  onSelect: (id: string) => void;
}

const LISTBOX_ID = 'customer-options';
const optionId = (id: string) => `customer-option-${id}`;

function detail(c: CustomerEntry): string {
  return [c.domain, c.tenantId && t('customers_tenant_short', { id: c.tenantId.slice(0, 8) }), c.idemeumHost]
    .filter(Boolean)
    .join(' · ');
}

export function CustomerCombobox({ search, onSelect }: CustomerComboboxProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [found, setFound] = useState<{ matches: CustomerEntry[]; total: number }>({ matches: [], total: 0 });
  const [active, setActive] = useState(-1);
  const asked = useRef(0);
  const searchRef = useRef(search);
  searchRef.current = search;

  useEffect(() => {
    if (!open) return;
    const ask = ++asked.current;
    void searchRef.current(query, SHOWN_OPTIONS).then((result) => {
      // Only the answer to the latest query counts: an older one may arrive after it.
      if (ask !== asked.current) return;
      setFound(result);
      setActive(-1);
    });
  }, [open, query]);

  const choose = (c: CustomerEntry | undefined) => {
    if (!c) return;
    onSelect(c.id);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const count = found.matches.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) setOpen(true);
        else if (count) setActive((i) => (i + 1) % count);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) setOpen(true);
        else if (count) setActive((i) => (i <= 0 ? count - 1 : i - 1));
        break;
      case 'Enter':
        if (open && active >= 0) {
          e.preventDefault();
          choose(found.matches[active]);
        }
        break;
      case 'Escape':
        if (open) setOpen(false);
        else setQuery('');
        break;
    }
  };

  const activeEntry = open ? found.matches[active] : undefined;
  const more = found.total - found.matches.length;
  return (
    <div class="combobox">
      <label for="customer-search">{t('customers_find')}</label>
      <input
        id="customer-search"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={LISTBOX_ID}
        aria-activedescendant={activeEntry ? optionId(activeEntry.id) : undefined}
        aria-describedby="customer-search-hint"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('customers_search_placeholder')}
        value={query}
        onInput={(e) => {
          setQuery((e.currentTarget as HTMLInputElement).value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <div id={LISTBOX_ID} role="listbox" aria-label={t('customers_list_label')} class="combobox-list" hidden={!open}>
        {open &&
          found.matches.map((c, i) => (
            // biome-ignore lint/a11y/useFocusableInteractive: APG combobox: focus stays in the input, which points at the option with aria-activedescendant
            <div
              key={c.id}
              id={optionId(c.id)}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'combobox-option active' : 'combobox-option'}
              // Chosen on mousedown, before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(c);
              }}
            >
              <span class="combobox-label">{c.label}</span>
              {detail(c) && <span class="combobox-detail">{detail(c)}</span>}
            </div>
          ))}
      </div>
      <p id="customer-search-hint" class="hint" role="status">
        {!open
          ? ''
          : found.total === 0
            ? t('customers_no_match')
            : more > 0
              ? plural('customers_shown', found.total, { shown: found.matches.length })
              : plural('customers_count', found.total)}
      </p>
    </div>
  );
}
