// Labelled form fields bound to a state object through controlled inputs. Each returns
// { row, control, sync }: `row` is placed by the page, `sync()` writes the state into the DOM.
import { controlled, writeValue } from './controlled.js';
import { h, setText } from './dom.js';

function fieldRow(id, label, control, hint) {
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hintEl);
}

export function textField({ id, label, get, set, placeholder, hint, suffix, type = 'text' }) {
  const input = controlled(
    h('input', { id, type, class: 'input', placeholder, autocomplete: 'off', spellcheck: 'false' }),
    set,
  );
  const suffixEl = suffix ? h('span', { class: 'suffix' }) : null;
  const control = suffixEl ? h('div', { class: 'input-group' }, input, suffixEl) : input;
  const row = fieldRow(id, label, control, hint);
  if (suffixEl && hint) input.setAttribute('aria-describedby', `${id}-hint`);
  return {
    row,
    control: input,
    sync() {
      writeValue(input, get());
      if (suffixEl) setText(suffixEl, suffix());
    },
  };
}

export function secretField({ id, label, get, set, hint }) {
  const input = controlled(
    h('input', { id, type: 'password', class: 'input', autocomplete: 'off', spellcheck: 'false' }),
    set,
  );
  let shown = false;
  const toggle = h('button', {
    type: 'button',
    class: 'button ghost small',
    'aria-controls': id,
    'aria-pressed': 'false',
  });
  toggle.addEventListener('click', () => {
    shown = !shown;
    sync();
  });
  const row = fieldRow(id, label, h('div', { class: 'input-group' }, input, toggle), hint);
  if (hint) input.setAttribute('aria-describedby', `${id}-hint`);
  function sync() {
    writeValue(input, get());
    const type = shown ? 'text' : 'password';
    if (input.type !== type) input.type = type;
    toggle.setAttribute('aria-pressed', String(shown));
    setText(toggle, shown ? 'Hide' : 'Show');
  }
  return { row, control: input, sync };
}

/** options(): [{ value, text }]; the list is rebuilt only when it changes. */
export function selectField({ id, label, get, set, options, disabled = () => false, hint }) {
  const select = controlled(h('select', { id, class: 'input select' }), set);
  const row = fieldRow(id, label, select, hint);
  let optionsKey = '';
  return {
    row,
    control: select,
    sync() {
      const list = options();
      const key = JSON.stringify(list);
      if (key !== optionsKey) {
        optionsKey = key;
        select.replaceChildren(...list.map((o) => h('option', { value: o.value }, o.text)));
      }
      writeValue(select, get());
      const off = disabled();
      if (select.disabled !== off) select.disabled = off;
    },
  };
}

/**
 * A dropdown as component kits draw it: a button (role combobox) that opens a list of options under it.
 * options(): [{ value, text }]. The list closes on a choice, on Escape and on a click elsewhere.
 */
export function listboxField({ id, label, get, set, options }) {
  const labelId = `${id}-label`;
  const listId = `${id}-list`;
  const button = h('button', {
    type: 'button',
    id,
    class: 'input select dropdown',
    role: 'combobox',
    'aria-haspopup': 'listbox',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-labelledby': labelId,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'dropdown-list', 'aria-labelledby': labelId });
  let open = false;
  const toggle = (next) => {
    open = next;
    sync();
  };
  button.addEventListener('click', () => toggle(!open));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') toggle(false);
  });
  document.addEventListener('click', (event) => {
    if (open && !row.contains(event.target)) toggle(false);
  });
  const row = h(
    'div',
    { class: 'field dropdown-field' },
    h('span', { class: 'field-label', id: labelId }, label),
    button,
    list,
  );
  function sync() {
    const value = get();
    const all = options();
    setText(button, all.find((o) => o.value === value)?.text ?? 'Select');
    button.setAttribute('aria-expanded', String(open));
    list.hidden = !open;
    if (list.childElementCount !== all.length || list.dataset.values !== all.map((o) => o.value).join('|')) {
      list.dataset.values = all.map((o) => o.value).join('|');
      list.replaceChildren(
        ...all.map((o) => {
          const item = h('li', { role: 'option', class: 'dropdown-option', 'data-value': o.value }, o.text);
          item.addEventListener('click', () => {
            open = false;
            set(o.value);
          });
          return item;
        }),
      );
    }
    for (const item of list.children) item.setAttribute('aria-selected', String(item.dataset.value === value));
  }
  return { row, control: button, sync };
}

/** A polite status line (kept in the DOM) and an alert that is inserted when there is an error. */
export function messages() {
  const status = h('p', { role: 'status', class: 'status-line' });
  const alertText = h('span');
  const alert = h('div', { role: 'alert', class: 'alert' }, alertText);
  const el = h('div', { class: 'messages' }, status);
  return {
    el,
    show({ ok = '', error = '' }) {
      setText(status, ok);
      status.classList.toggle('ok', Boolean(ok));
      setText(alertText, error);
      if (error && !alert.isConnected) el.append(alert);
      if (!error && alert.isConnected) alert.remove();
    },
  };
}
