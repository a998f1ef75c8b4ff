// The admin portal's single-page app: loads the session, draws the frame (navigation, header, toast)
// and shows the page for the current path (History API).
import { h, reconcile, setText } from './dom.js';
import { icon } from './page-kit.js';
import { pageFor } from './routes.js';

const root = document.getElementById('root');
const app = { session: null, page: null, pageKey: '', nav: '', toast: '', usersOpen: false };

async function api(method, path, body) {
  const init = { method, headers: { accept: 'application/json' }, credentials: 'same-origin' };
  if (body !== undefined) {
    init.headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  try {
    const res = await fetch(path, init);
    const data = await res.json().catch(() => ({}));
    return { ok: res.ok, status: res.status, data };
  } catch {
    return { ok: false, status: 0, data: { message: 'The idemeum service could not be reached. Try again.' } };
  }
}

async function reloadSession() {
  const res = await api('GET', '/api/session');
  if (res.ok) app.session = res.data;
}

function navigate(path, { toast = '' } = {}) {
  if (path !== location.pathname) history.pushState(null, '', path);
  app.toast = toast;
  showRoute();
}

const ctx = {
  api,
  navigate,
  reloadSession,
  rerender: render,
  get session() {
    return app.session;
  },
  get wording() {
    return app.session.wording;
  },
  showToast(text) {
    app.toast = text;
    render();
  },
};

const chrome = {};

function navLink(href, text, iconName) {
  return h('a', { href, class: 'nav-link' }, iconName ? icon(iconName) : null, h('span', {}, text));
}

function linkNav(l) {
  chrome.usersList = h(
    'ul',
    { id: 'nav-users', class: 'nav-sub' },
    h('li', {}, l.users),
    h('li', {}, l.groups),
    h('li', {}, l.userSource),
  );
  return h(
    'nav',
    { class: 'nav', 'aria-label': 'Main' },
    h(
      'ul',
      {},
      h('li', {}, l.dashboard),
      h('li', {}, chrome.usersToggle, chrome.usersList),
      h('li', {}, l.applications),
      h('li', {}, l.customers),
      h('li', {}, l.settings),
    ),
  );
}

/** A tabbed console's menu: a tree whose items navigate (Users opens the Users page and its tabs). */
function treeNav(base, wording) {
  chrome.treeItems = {};
  const item = (name, path, text) => {
    const li = h('li', { role: 'treeitem', tabindex: '0', class: 'nav-link' }, h('span', {}, text));
    const go = () => navigate(path);
    li.addEventListener('click', go);
    li.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') go();
    });
    chrome.treeItems[name] = li;
    return li;
  };
  return h(
    'nav',
    { class: 'nav', 'aria-label': 'Main' },
    h(
      'ul',
      { role: 'tree', 'aria-label': 'Main menu' },
      item('dashboard', base, 'Dashboard'),
      item('users', `${base}/users`, 'Users'),
      item('applications', `${base}/applications`, 'Applications'),
      item('customers', `${base}/${wording.childTenantsPath}`, wording.childTenants),
      item('settings', `${base}/settings`, 'Settings'),
    ),
  );
}

function buildFrame() {
  const { tenant, wording, admin } = app.session;
  const base = '/adminportal';
  chrome.links = {
    dashboard: navLink(base, 'Dashboard', 'dashboard'),
    users: navLink(`${base}/users`, 'Users'),
    groups: navLink(`${base}/users/groups`, 'Groups'),
    userSource: navLink(`${base}/users/user-source`, 'User source'),
    applications: navLink(`${base}/applications`, 'Applications', 'apps'),
    customers: navLink(`${base}/${wording.childTenantsPath}`, wording.childTenants, 'customers'),
    settings: navLink(`${base}/settings`, 'Settings', 'settings'),
  };
  chrome.usersToggle = h(
    'button',
    { type: 'button', class: 'nav-link nav-toggle', 'aria-controls': 'nav-users', 'aria-expanded': 'false' },
    icon('users'),
    h('span', {}, 'Users'),
    h('span', { class: 'chevron', 'aria-hidden': 'true' }),
  );
  chrome.usersToggle.addEventListener('click', () => {
    app.usersOpen = !app.usersOpen;
    render();
  });
  const l = chrome.links;
  const nav = app.session.layout === 'tabbed' ? treeNav(base, wording) : linkNav(l);
  const sidebar = h(
    'aside',
    { class: 'sidebar' },
    h('div', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'i'), 'idemeum'),
    nav,
    h('p', { class: 'sidebar-foot' }, wording.name === 'classic' ? 'Admin portal · classic' : 'Admin portal'),
  );
  const tenantLine = tenant.isCustomer
    ? `${wording.name === 'classic' ? 'Tenant' : 'Customer'} of ${tenant.companyDisplayName}`
    : 'MSP tenant';
  const initials = admin.name
    .split(' ')
    .map((w) => w[0])
    .join('');
  const header = h(
    'header',
    { class: 'topbar' },
    h(
      'div',
      { class: 'tenant' },
      h('span', { class: 'tenant-avatar', 'aria-hidden': 'true' }, tenant.displayName.slice(0, 1)),
      h(
        'div',
        {},
        h('p', { class: 'tenant-name' }, tenant.displayName),
        h('p', { class: 'tenant-sub' }, `${tenant.host} · ${tenantLine}`),
      ),
    ),
    h(
      'div',
      { class: 'account' },
      h('div', { class: 'account-text' }, h('p', { class: 'account-name' }, admin.name), h('p', {}, admin.email)),
      h('span', { class: 'account-avatar', 'aria-hidden': 'true' }, initials),
    ),
  );
  chrome.main = h('main', { class: 'content' });
  chrome.toast = h('div', { class: 'toast', role: 'status', 'aria-live': 'polite' });
  root.className = 'layout';
  reconcile(root, sidebar, h('div', { class: 'main-col' }, header, chrome.main), chrome.toast);
}

function showRoute() {
  const match = pageFor(location.pathname, app.session.wording, app.session.layout);
  if (match.key !== app.pageKey || !app.page) {
    app.pageKey = match.key;
    app.page = match.create(ctx);
    if (match.nav === 'users' || match.nav === 'groups' || match.nav === 'userSource') app.usersOpen = true;
    app.nav = match.nav;
    reconcile(chrome.main, app.page.el);
    document.title = `${match.title} · ${app.session.tenant.displayName} · idemeum`;
    window.scrollTo(0, 0);
    chrome.main.querySelector('h1')?.focus({ preventScroll: true });
  }
  render();
}

function render() {
  if (!app.session) return;
  for (const [name, link] of Object.entries(chrome.links)) {
    if (name === app.nav) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  for (const [name, item] of Object.entries(chrome.treeItems ?? {})) {
    item.setAttribute('aria-selected', String(name === app.nav));
  }
  if (chrome.usersList) {
    chrome.usersToggle.setAttribute('aria-expanded', String(app.usersOpen));
    chrome.usersList.hidden = !app.usersOpen;
  }
  setText(chrome.toast, app.toast);
  chrome.toast.classList.toggle('visible', Boolean(app.toast));
  app.page?.update();
}

function interceptLinks(event) {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  ) {
    return;
  }
  const link = event.target.closest?.('a[href]');
  if (!link || link.target || link.origin !== location.origin || !link.pathname.startsWith('/adminportal')) return;
  event.preventDefault();
  navigate(link.pathname);
}

async function boot() {
  await reloadSession();
  if (!app.session) {
    root.replaceChildren(h('p', { class: 'boot-text', role: 'alert' }, 'The admin portal could not be loaded.'));
    return;
  }
  buildFrame();
  window.addEventListener('popstate', () => {
    app.toast = '';
    showRoute();
  });
  document.addEventListener('click', interceptLinks);
  showRoute();
}

boot();
