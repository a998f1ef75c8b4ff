// Read-only pages that make the console feel complete: dashboard, users, groups, child tenants, settings.
import { h } from './dom.js';
import { badge, card, pageHeader, table } from './page-kit.js';

const SAMPLE_USERS = [
  ['Avery Walsh', 'avery.walsh', 'Administrator'],
  ['Jordan Lee', 'jordan.lee', 'Technician'],
  ['Sam Rivera', 'sam.rivera', 'Technician'],
  ['Priya Natarajan', 'priya.natarajan', 'User'],
  ['Chris Okafor', 'chris.okafor', 'User'],
];

const SAMPLE_GROUPS = [
  ['All users', 'Everyone in the tenant', 5],
  ['Administrators', 'Full access to the admin portal', 1],
  ['Technicians', 'Just-in-time access to customer applications', 2],
];

function staticPage(el) {
  return { el, update() {} };
}

function sourceName(ctx) {
  const { userSource } = ctx.session;
  return ctx.wording.userSources.find((s) => s.value === userSource.source)?.text ?? userSource.source;
}

export function dashboardPage(ctx) {
  const { session, wording } = ctx;
  const stat = (label, value, href) =>
    h('a', { class: 'stat', href }, h('span', { class: 'stat-value' }, String(value)), h('span', {}, label));
  const stats = h('div', { class: 'stats' });
  const update = () => {
    stats.replaceChildren(
      stat('Users', SAMPLE_USERS.length, '/adminportal/users'),
      stat('Applications', 2 + session.applications.length, '/adminportal/applications'),
      stat(wording.childTenants, session.customers.length, `/adminportal/${wording.childTenantsPath}`),
      stat('Sign-ins today', 42, '/adminportal'),
    );
  };
  update();
  const el = h(
    'section',
    { class: 'page' },
    pageHeader({ title: 'Dashboard', lede: `Welcome back, ${session.admin.name.split(' ')[0]}.` }),
    stats,
    card(
      'Get started',
      h(
        'ul',
        { class: 'checklist' },
        h(
          'li',
          {},
          h('a', { href: '/adminportal/users/user-source' }, 'Connect your user source'),
          ` (now: ${sourceName(ctx)})`,
        ),
        h('li', {}, h('a', { href: '/adminportal/applications/new' }, 'Add a managed password app')),
        h(
          'li',
          {},
          h(
            'a',
            { href: `/adminportal/${wording.childTenantsPath}` },
            `Review your ${wording.childTenants.toLowerCase()}`,
          ),
        ),
      ),
    ),
  );
  return { el, update };
}

export function usersPage(ctx) {
  return staticPage(
    h(
      'section',
      { class: 'page' },
      pageHeader({ title: 'Users', lede: `Users come from: ${sourceName(ctx)}.` }),
      usersTable(ctx).el,
    ),
  );
}

const groupsTable = () =>
  card(
    null,
    table(
      'Groups',
      ['Name', 'Description', 'Members'],
      SAMPLE_GROUPS.map(([name, description, count]) => [name, description, String(count)]),
    ),
  );

export function groupsPage() {
  return staticPage(h('section', { class: 'page' }, pageHeader({ title: 'Groups' }), groupsTable()));
}

const USER_TABS = [
  ['All users', '/adminportal/users'],
  ['Groups', '/adminportal/users/groups'],
  ['User source', '/adminportal/users/user-source'],
];

/** A tabbed console's Users page: All users, Groups and User source as tabs. */
export function usersTabsPage(ctx, selected, panelFor) {
  const tabs = USER_TABS.map(([text, path]) => {
    const tab = h(
      'button',
      { type: 'button', role: 'tab', class: 'tab', 'aria-selected': String(path === selected) },
      text,
    );
    tab.addEventListener('click', () => ctx.navigate(path));
    return tab;
  });
  const panel = panelFor(selected);
  const el = h(
    'section',
    { class: 'page' },
    pageHeader({ title: 'Users', lede: `Users come from: ${sourceName(ctx)}.` }),
    h('div', { role: 'tablist', 'aria-label': 'Users', class: 'tabs' }, tabs),
    h('div', { role: 'tabpanel', class: 'tab-panel' }, panel.el),
  );
  return { el, update: () => panel.update() };
}

export function usersTable(ctx) {
  const domain = `${ctx.session.tenant.company}.example`;
  return staticPage(
    card(
      null,
      table(
        'Users',
        ['Name', 'Email', 'Role', 'Status'],
        SAMPLE_USERS.map(([name, user, role]) => [name, `${user}@${domain}`, role, badge('Active', 'good')]),
      ),
    ),
  );
}

export const groupsPanel = () => staticPage(groupsTable());

export function customersPage(ctx) {
  const { session, wording } = ctx;
  const { tenant } = session;
  const body = tenant.isCustomer
    ? card(
        null,
        h(
          'p',
          {},
          `${tenant.displayName} is managed by ${tenant.companyDisplayName}. `,
          h('a', { href: tenant.parentUrl }, `Open ${tenant.companyDisplayName}'s admin portal`),
        ),
      )
    : card(
        null,
        table(
          wording.childTenants,
          ['Name', 'Portal', h('span', { class: 'visually-hidden' }, 'Actions')],
          session.customers.map((c) => [
            c.displayName,
            new URL(c.url).host,
            h('a', { href: c.url }, h('span', { class: 'visually-hidden' }, `${c.displayName}: `), 'Open admin portal'),
          ]),
        ),
      );
  return staticPage(
    h(
      'section',
      { class: 'page' },
      pageHeader({
        title: wording.childTenants,
        lede: tenant.isCustomer ? undefined : `Organizations that ${tenant.companyDisplayName} manages.`,
      }),
      body,
    ),
  );
}

export function settingsPage(ctx) {
  const { tenant, wording } = ctx.session;
  const row = (term, value) => [h('dt', {}, term), h('dd', {}, value)];
  return staticPage(
    h(
      'section',
      { class: 'page' },
      pageHeader({ title: 'Settings' }),
      card(
        'Tenant',
        h(
          'dl',
          { class: 'details' },
          row('Tenant name', tenant.displayName),
          row('Portal address', `${location.origin}/adminportal`),
          row(
            'Type',
            tenant.isCustomer ? `${wording.childTenants.replace(/s$/, '')} of ${tenant.companyDisplayName}` : 'MSP',
          ),
          row('Region', 'United States'),
        ),
      ),
    ),
  );
}

export function notFoundPage() {
  return staticPage(
    h(
      'section',
      { class: 'page' },
      pageHeader({ title: 'Page not found' }),
      card(null, h('p', {}, 'This page does not exist. ', h('a', { href: '/adminportal' }, 'Go to the dashboard'))),
    ),
  );
}
