// Path → page. Every /adminportal* path gets the same shell from the server; this picks the page.
import { applicationsPage, catalogPage } from './applications-pages.js';
import {
  customersPage,
  dashboardPage,
  groupsPage,
  groupsPanel,
  notFoundPage,
  settingsPage,
  usersPage,
  usersTable,
  usersTabsPage,
} from './basic-pages.js';
import { managedPasswordPage } from './managed-password-page.js';
import { userSourcePage } from './user-source-page.js';

/** A tabbed console's Users page: one page whose tabs are the three paths. */
function tabbedUsers(path) {
  const panels = {
    '/adminportal/users': usersTable,
    '/adminportal/users/groups': groupsPanel,
    '/adminportal/users/user-source': (ctx) => userSourcePage(ctx, { inTab: true }),
  };
  return (ctx) => usersTabsPage(ctx, path, () => panels[path](ctx));
}

export function pageFor(pathname, wording, layout) {
  const path = pathname.replace(/\/+$/, '');
  const routes = {
    '/adminportal': { title: 'Dashboard', nav: 'dashboard', create: dashboardPage },
    '/adminportal/users': { title: 'Users', nav: 'users', create: usersPage },
    '/adminportal/users/groups': { title: 'Groups', nav: 'groups', create: groupsPage },
    '/adminportal/users/user-source': { title: 'User source', nav: 'userSource', create: userSourcePage },
    '/adminportal/applications': { title: 'Applications', nav: 'applications', create: applicationsPage },
    '/adminportal/applications/new': { title: 'Add application', nav: 'applications', create: catalogPage },
    '/adminportal/applications/new/managed-password': {
      title: 'Managed password app',
      nav: 'applications',
      create: managedPasswordPage,
    },
    [`/adminportal/${wording.childTenantsPath}`]: {
      title: wording.childTenants,
      nav: 'customers',
      create: customersPage,
    },
    '/adminportal/settings': { title: 'Settings', nav: 'settings', create: settingsPage },
  };
  if (layout === 'tabbed') {
    for (const tab of ['/adminportal/users', '/adminportal/users/groups', '/adminportal/users/user-source']) {
      routes[tab] = { title: 'Users', nav: 'users', create: tabbedUsers(tab) };
    }
  }
  const route = routes[path] ?? { title: 'Page not found', nav: '', create: notFoundPage };
  return { key: routes[path] ? path : `404:${path}`, ...route };
}
