// Fluent-like controls shared by the shell and the React view: copy buttons, toasts, dialogs, panes, tabs. The
// Fluent kit (?kit=fluent) draws them as Fluent UI v8 does: menubar commands, Pivot tabs, layered panels.
import { h, uid } from './dom.js';
import { icon } from './icons.js';
import { t } from './text.js';
import { KIT } from './variant.js';

const FLUENT = KIT === 'fluent';

async function writeClipboard(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (no focus or no permission): the portal's old fallback still works.
    const area = h('textarea', { class: 'offscreen', 'aria-hidden': 'true', tabindex: '-1' });
    area.value = text;
    const previous = document.activeElement;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (previous instanceof HTMLElement) previous.focus();
    return ok;
  }
}

/** The portal's "Copy to clipboard" button, with its "Copied" tooltip for two seconds. */
export function copyButton(value) {
  let tip;
  let timer;
  const button = h(
    'button',
    {
      type: 'button',
      class: 'icon-button copy-button',
      'aria-label': t('Copy to clipboard'),
      title: t('Copy to clipboard'),
      'data-icon-name': FLUENT ? 'Copy' : undefined,
      onClick: async () => {
        const ok = await writeClipboard(typeof value === 'function' ? value() : value);
        tip?.remove();
        tip = h('span', { class: 'tooltip copy-tip', role: 'tooltip' }, ok ? t('Copied') : t('Copy failed'));
        button.after(tip);
        clearTimeout(timer);
        timer = setTimeout(() => tip?.remove(), 2000);
      },
    },
    icon('copy'),
  );
  return h('span', { class: 'copy-wrap' }, button);
}

export function loadingIndicator() {
  return h(
    'div',
    { class: 'loading', role: 'progressbar', 'aria-label': t('Loading'), 'aria-valuetext': t('Loading...') },
    h('span', { class: 'loading-dots', 'aria-hidden': 'true' }, h('i'), h('i'), h('i'), h('i'), h('i')),
    h('span', { class: 'loading-text' }, t('Loading...')),
  );
}

/** A notification toast in the bottom right corner (success: role=status, error: role=alert). */
export function toast(title, { kind = 'success', detail } = {}) {
  const region = document.getElementById('toasts');
  if (!region) return;
  const iconName = { success: 'checkCircle', error: 'error', info: 'info' }[kind] ?? 'info';
  const el = h(
    'div',
    { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    icon(iconName, `toast-icon icon-${kind}`),
    h('div', { class: 'toast-body' }, h('div', { class: 'toast-title' }, title), detail && h('div', {}, detail)),
    h(
      'button',
      { type: 'button', class: 'icon-button', 'aria-label': t('Dismiss notification'), onClick: () => el.remove() },
      icon('close'),
    ),
  );
  region.append(el);
  setTimeout(() => el.remove(), 8000);
}

export function messageBar(kind, ...content) {
  const iconName = { info: 'info', warning: 'warning', error: 'error', success: 'checkCircle' }[kind];
  return h(
    'div',
    { class: `message-bar message-${kind}`, role: kind === 'error' ? 'alert' : undefined },
    icon(iconName, `icon-${kind}`),
    h('div', { class: 'message-text' }, ...content),
  );
}

export function commandButton(label, iconName, onClick, extra = {}) {
  if (FLUENT) {
    return h(
      'button',
      { type: 'button', role: 'menuitem', class: 'command ms-Button ms-Button--commandBar', onClick, ...extra },
      h(
        'span',
        { class: 'ms-Button-flexContainer' },
        icon(iconName, 'ms-Button-icon'),
        h('span', { class: 'ms-Button-textContainer' }, h('span', { class: 'ms-Button-label' }, label)),
      ),
    );
  }
  return h('button', { type: 'button', class: 'command', onClick, ...extra }, icon(iconName), h('span', {}, label));
}

export function commandBar(label, ...buttons) {
  if (FLUENT) {
    return h(
      'div',
      { class: 'command-bar ms-CommandBar', role: 'menubar', 'aria-label': label },
      h('div', { class: 'ms-OverflowSet', role: 'presentation' }, ...buttons),
    );
  }
  return h('div', { class: 'command-bar', role: 'toolbar', 'aria-label': label }, ...buttons);
}

/** Greys a button out the Fluent way (aria-disabled keeps it hoverable for its tooltip) and explains why. */
export function withDisabledTooltip(button, text) {
  const tip = h('span', { class: 'tooltip hover-tip', role: 'tooltip', id: uid('tip') }, text);
  button.setAttribute('aria-disabled', 'true');
  button.setAttribute('aria-describedby', tip.id);
  button.classList.add('is-disabled');
  button.addEventListener('click', (event) => event.stopImmediatePropagation(), { capture: true });
  return h('span', { class: 'has-tooltip' }, button, tip);
}

/** A Fluent Pivot: role=tablist of role=tab buttons. Panels belong to the caller. */
export function tabList(label, tabs, selected, onSelect) {
  const buttons = new Map();
  const el = h('div', { class: 'tabs', role: 'tablist', 'aria-label': label });
  const select = (id, focus = false) => {
    for (const [tabId, button] of buttons) {
      const on = tabId === id;
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
      if (on && focus) button.focus();
    }
  };
  for (const tab of tabs) {
    const button = FLUENT
      ? pivotLink(tab)
      : h('button', { type: 'button', role: 'tab', class: 'tab', id: uid('tab') }, tab.label);
    button.addEventListener('click', () => {
      select(tab.id);
      onSelect(tab.id);
    });
    button.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      const ids = tabs.map((t) => t.id);
      const next = ids[(ids.indexOf(tab.id) + (event.key === 'ArrowRight' ? 1 : ids.length - 1)) % ids.length];
      select(next, true);
      onSelect(next);
    });
    buttons.set(tab.id, button);
    el.append(button);
  }
  select(selected);
  return { el, select, tabId: (id) => buttons.get(id)?.id };
}

/** A Fluent Pivot link: the label and its count in separate spans, an icon glyph before them. */
function pivotLink(tab) {
  const count = /^(.*?)\s*(\(\d+\))$/.exec(tab.label);
  return h(
    'button',
    { type: 'button', role: 'tab', class: 'tab ms-Pivot-link', id: uid('tab'), name: tab.label },
    h(
      'span',
      { class: 'ms-Pivot-linkContent' },
      tab.iconName ? h('span', { class: 'ms-Pivot-icon' }, icon(tab.iconName)) : '',
      h('span', { class: 'ms-Pivot-text' }, count ? count[1] : tab.label),
      count ? h('span', { class: 'ms-Pivot-count' }, ` ${count[2]}`) : '',
    ),
  );
}

function trapFocus(container, event) {
  if (event.key !== 'Tab') return;
  const focusable = [...container.querySelectorAll('button, input, select, textarea, a[href], [tabindex="0"]')].filter(
    (el) => !el.disabled && el.offsetParent !== null,
  );
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/** A modal confirmation dialog; resolves true for the confirm button. */
export function confirmDialog({ title, message, confirmLabel = t('Yes'), cancelLabel = t('No') }) {
  return new Promise((resolve) => {
    const previous = document.activeElement;
    const titleId = uid('dialog-title');
    const textId = uid('dialog-text');
    const finish = (answer) => {
      overlay.remove();
      if (previous instanceof HTMLElement) previous.focus();
      resolve(answer);
    };
    const yes = h('button', { type: 'button', class: 'button primary', onClick: () => finish(true) }, confirmLabel);
    const no = h('button', { type: 'button', class: 'button', onClick: () => finish(false) }, cancelLabel);
    const dialog = h(
      'div',
      { class: 'dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, 'aria-describedby': textId },
      FLUENT
        ? h('div', { class: 'dialog-title ms-Dialog-title', id: titleId }, title)
        : h('h2', { class: 'dialog-title', id: titleId }, title),
      h('p', { class: 'dialog-text', id: textId }, message),
      h('div', { class: 'dialog-actions' }, yes, no),
    );
    const overlay = layer('overlay dialog-overlay', dialog);
    overlay.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') finish(false);
      trapFocus(dialog, event);
    });
    document.body.append(overlay);
    yes.focus();
  });
}

/** A context pane sliding in from the right. Returns its parts and a close(). */
export function openPane({ title, subtitle, onClose }) {
  const previous = document.activeElement;
  const titleId = uid('pane-title');
  const body = h('div', { class: 'pane-body' });
  const footer = h('div', { class: 'pane-footer' });
  const close = () => {
    overlay.remove();
    document.removeEventListener('keydown', onKey);
    if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    onClose?.();
  };
  const closeButton = h(
    'button',
    { type: 'button', class: 'icon-button pane-close', 'aria-label': t('Close'), title: t('Close'), onClick: close },
    icon('close'),
  );
  // Fluent's Panel titles its dialog with a role=heading div, not a heading element.
  const titleEl = FLUENT
    ? h('div', { class: 'pane-title ms-Panel-headerText', id: titleId, role: 'heading', 'aria-level': '2' }, title)
    : h('h2', { class: 'pane-title', id: titleId }, title);
  const pane = h(
    'div',
    { class: FLUENT ? 'pane ms-Panel-main' : 'pane', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId },
    h(
      'div',
      { class: 'pane-header' },
      h('div', {}, titleEl, subtitle && h('div', { class: 'pane-sub' }, subtitle)),
      closeButton,
    ),
    body,
    footer,
  );
  const overlay = layer('overlay pane-overlay', pane);
  const onKey = (event) => {
    if (event.key === 'Escape' && !document.querySelector('.dialog-overlay')) close();
  };
  document.addEventListener('keydown', onKey);
  document.body.append(overlay);
  closeButton.focus();
  return { pane, body, footer, close };
}

/** Fluent renders panels and dialogs in a layer host at the end of the body. */
function layer(className, content) {
  if (!FLUENT) return h('div', { class: className }, content);
  return h(
    'div',
    { class: `ms-Layer ms-Layer--fixed ${className}` },
    h('div', { class: 'ms-Fabric ms-Layer-content' }, content),
  );
}

/** A small popup menu (role=menu) under an anchor button, e.g. a grid row's "..." actions. */
export function openMenu(anchor, items) {
  document.querySelector('.popup-menu')?.remove();
  const menu = h('div', { class: 'popup-menu', role: 'menu' });
  const dismiss = () => {
    menu.remove();
    anchor.setAttribute('aria-expanded', 'false');
    document.removeEventListener('mousedown', outside, true);
  };
  const outside = (event) => {
    if (!menu.contains(event.target) && event.target !== anchor) dismiss();
  };
  for (const item of items) {
    const button = h('button', { type: 'button', role: 'menuitem', class: 'menu-item' }, icon(item.icon), item.label);
    button.addEventListener('click', () => {
      dismiss();
      item.onSelect();
    });
    menu.append(button);
  }
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      dismiss();
      anchor.focus();
    }
  });
  const rect = anchor.getBoundingClientRect();
  menu.style.top = `${rect.bottom + window.scrollY + 2}px`;
  menu.style.left = `${Math.max(8, rect.right + window.scrollX - 200)}px`;
  document.body.append(menu);
  anchor.setAttribute('aria-expanded', 'true');
  document.addEventListener('mousedown', outside, true);
  menu.querySelector('button')?.focus();
}
