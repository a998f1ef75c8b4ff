// The portal shell (top document): header, global search, account button, and the blade host that draws the
// blade named by the URL hash a moment after each navigation, as the real portal does.
import { loadAppList } from './blade-app-list.js';
import { loadAppMenu } from './blade-app-menu.js';
import { loadCreateApp } from './blade-create-app.js';
import { loadEntraMenu } from './blade-entra.js';
import { loadHome } from './blade-home.js';
import { startChurn } from './churn.js';
import { bladeDelay, h, readBootData } from './dom.js';
import { icon } from './icons.js';
import { parseHash } from './routes.js';
import { initGlobalSearch } from './search.js';
import { loadingIndicator, toast } from './widgets.js';

const session = readBootData();
const host = document.getElementById('blade-host');
let navigation = 0;

const BLADES = {
  'Microsoft_AAD_IAM/ActiveDirectoryMenuBlade': loadEntraMenu,
  'Microsoft_AAD_RegisteredApps/ApplicationsListBlade': loadAppList,
  'Microsoft_AAD_RegisteredApps/CreateApplicationBlade': loadCreateApp,
  'Microsoft_AAD_RegisteredApps/ApplicationMenuBlade': loadAppMenu,
};

function messageBlade(title, text) {
  return { title, crumbs: [{ label: 'Home', href: '#home' }], content: h('p', { class: 'blade-message' }, text) };
}

function loadBlade(route, ctx) {
  if (route.kind === 'home') return loadHome(ctx);
  const load = route.kind === 'blade' ? BLADES[`${route.extension}/${route.blade}`] : undefined;
  if (!load) {
    return Promise.resolve(messageBlade('Page not found', 'This part of the portal is not available in the sandbox.'));
  }
  return load(route, ctx);
}

function breadcrumb(crumbs) {
  return h(
    'nav',
    { class: 'breadcrumb', 'aria-label': 'Breadcrumb' },
    h(
      'ol',
      {},
      crumbs.map((c) => h('li', {}, h('a', { href: c.href }, c.label), icon('chevronRight', 'crumb-sep'))),
    ),
  );
}

function bladeFrame(blade) {
  if (blade.bare) return blade.content;
  const closeHref = blade.crumbs.at(-1)?.href ?? '#home';
  return h(
    'section',
    { class: `blade${blade.menu ? ' has-menu' : ''}`, 'aria-labelledby': 'blade-title' },
    breadcrumb(blade.crumbs),
    h(
      'div',
      { class: 'blade-header' },
      h('span', { class: 'blade-icon' }, icon(blade.iconName ?? 'apps')),
      h(
        'div',
        { class: 'blade-titles' },
        h('h1', { class: 'blade-title', id: 'blade-title' }, blade.title),
        blade.subtitle && h('div', { class: 'blade-subtitle' }, blade.subtitle),
      ),
      h(
        'a',
        { class: 'icon-button blade-close', href: closeHref, 'aria-label': 'Close', title: 'Close' },
        icon('close'),
      ),
    ),
    h(
      'div',
      { class: 'blade-body' },
      blade.menu,
      h('div', { class: `blade-content${blade.fill ? ' fill' : ''}` }, blade.content),
    ),
  );
}

async function render() {
  navigation += 1;
  const current = navigation;
  const ctx = {
    session,
    toast,
    navigate: (hash) => {
      window.location.hash = hash;
    },
    isCurrent: () => current === navigation,
  };
  // Panes, dialogs and menus belong to the blade being left.
  for (const el of document.querySelectorAll('.overlay, .popup-menu')) el.remove();
  host.replaceChildren(h('div', { class: 'blade-loading' }, loadingIndicator()));
  let blade;
  try {
    [blade] = await Promise.all([loadBlade(parseHash(window.location.hash), ctx), bladeDelay()]);
  } catch (error) {
    blade = messageBlade('Something went wrong', error instanceof Error ? error.message : String(error));
  }
  if (current !== navigation) return;
  host.replaceChildren(bladeFrame(blade));
  document.title = `${blade.title} - ${session.productName}`;
  blade.onShown?.();
}

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
      { class: 'account-popup', role: 'dialog', 'aria-label': 'Account manager' },
      h('div', { class: 'account-tenant' }, session.tenantName),
      h('div', { class: 'account-upn' }, session.userPrincipalName),
      h('div', { class: 'account-domain' }, session.initialDomain),
      h('a', { href: '#home', onClick: close }, 'Switch directory'),
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
      toast(data.title, { kind: data.level === 'error' ? 'error' : 'success' });
    }
  });
}

initGlobalSearch();
initAccountMenu();
initFrameMessages();
if (new URLSearchParams(window.location.search).get('churn') === '1') startChurn();
window.addEventListener('hashchange', render);
render();
