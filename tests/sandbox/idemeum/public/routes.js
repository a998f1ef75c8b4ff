// Path → page. Every /adminportal* path gets the same shell from the server; this picks the page.
import { applicationsPage, catalogPage } from './applications-pages.js';
import { customersPage, dashboardPage, groupsPage, notFoundPage, settingsPage, usersPage } from './basic-pages.js';
import { managedPasswordPage } from './managed-password-page.js';
import { userSourcePage } from './user-source-page.js';

export function pageFor(pathname, wording) {
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
  const route = routes[path] ?? { title: 'Page not found', nav: '', create: notFoundPage };
  return { key: routes[path] ? path : `404:${path}`, ...route };
}
