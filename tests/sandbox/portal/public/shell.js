// The portal shell (top document): header, global search, account button, and the blade host that draws the
// blade named by the URL hash a moment after each navigation, as the real portal does. With ?kit=fluent on
// entra.microsoft.com it is the Entra admin center shell instead (entra-shell.js): a menu and blade frames.
import { bladeHost } from './blade-host.js';
import { startChurn } from './churn.js';
import { h, readBootData } from './dom.js';
import { startEntraShell } from './entra-shell.js';
import { initGlobalSearch } from './search.js';
import { HTML_LANG, t } from './text.js';
import { ENTRA_SHELL } from './variant.js';
import { toast } from './widgets.js';

const session = readBootData();
const host = document.getElementById('blade-host');

const render = bladeHost(host, session, toast, (blade) => {
  document.title = `${blade.title} - ${session.productName}`;
});

function initAccountMenu() {
  const button = document.getElementById('avatar-button');
  let popup;
  const close = () => {
    popup?.remove();
    popup = undefined;
    button.setAttribute('aria-expanded', 'false');
  };
  button.addEventListener('click', () => {
    if (popup) return close();
    popup = h(
      'div',
      { class: 'account-popup', role: 'dialog', 'aria-label': t('Account manager') },
      h('div', { class: 'account-tenant' }, session.tenantName),
      h('div', { class: 'account-upn' }, session.userPrincipalName),
      h('div', { class: 'account-domain' }, session.initialDomain),
      h('a', { href: '#home', onClick: close }, t('Switch directory')),
    );
    button.after(popup);
    button.setAttribute('aria-expanded', 'true');
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && popup) close();
  });
}

/** Toasts sent by React views in blade iframes, as the real shell shows their notifications. */
function initFrameMessages() {
  window.addEventListener('message', (event) => {
    let frameHost = '';
    try {
      frameHost = new URL(event.origin).hostname;
    } catch {
      return;
    }
    if (!/\.(?:reactblade|reactblade-ms|reactblade-rc|hosting)\.portal\.azure\.net$/.test(frameHost)) return;
    const data = event.data;
    if (data?.kind === 'sandbox-toast' && typeof data.title === 'string') {
      const detail = typeof data.detail === 'string' ? data.detail : undefined;
      toast(data.title, { kind: data.level === 'error' ? 'error' : 'success', detail });
    }
  });
}

/** The header is drawn by the server in English; the shell puts it in the page's language. */
function localizeHeader() {
  document.documentElement.lang = HTML_LANG;
  const label = (el, text) => {
    el.setAttribute('aria-label', text);
    if (el.hasAttribute('title')) el.setAttribute('title', text);
    if (el.hasAttribute('placeholder')) el.setAttribute('placeholder', text);
  };
  for (const el of document.querySelectorAll('.topbar [aria-label], #toasts')) {
    const english = el.getAttribute('aria-label');
    if (el.id === 'avatar-button') label(el, t('Account manager for {user}', { user: session.userPrincipalName }));
    else if (!english.includes(session.userPrincipalName)) label(el, t(english));
  }
}

localizeHeader();
initGlobalSearch();
initAccountMenu();
initFrameMessages();
if (new URLSearchParams(window.location.search).get('churn') === '1') startChurn();
if (ENTRA_SHELL) {
  startEntraShell(host, session);
} else {
  window.addEventListener('hashchange', () => render(window.location.hash));
  render(window.location.hash);
}
