// An app registration's menu blade (ApplicationMenuBlade): the menu on the left, the picked item's content.
import { api } from './api.js';
import { apiPermissionsContent } from './app-api-permissions.js';
import { credentialsContent } from './app-credentials.js';
import { overviewContent } from './app-overview.js';
import { h } from './dom.js';
import { resourceMenu } from './menu.js';
import { APP_LIST, appRoute } from './routes.js';
import { t } from './text.js';
import { KIT } from './variant.js';

const ITEMS = [
  { key: 'Overview', label: 'Overview', iconName: 'apps' },
  { key: 'Quickstart', label: 'Quickstart', iconName: 'star' },
  { key: 'IntegrationAssistant', label: 'Integration assistant', iconName: 'star' },
  { key: 'Branding', label: 'Branding & properties', iconName: 'cube', section: 'Manage' },
  { key: 'Authentication', label: 'Authentication', iconName: 'refresh', section: 'Manage' },
  { key: 'Credentials', label: 'Certificates & secrets', iconName: 'key', section: 'Manage' },
  { key: 'TokenConfiguration', label: 'Token configuration', iconName: 'cube', section: 'Manage' },
  { key: 'CallAnAPI', label: 'API permissions', iconName: 'refresh', section: 'Manage' },
  { key: 'ExposeAnAPI', label: 'Expose an API', iconName: 'cube', section: 'Manage' },
  { key: 'AppRoles', label: 'App roles', iconName: 'person', section: 'Manage' },
  { key: 'Owners', label: 'Owners', iconName: 'person', section: 'Manage' },
];

const PLACEHOLDERS = {
  Authentication: 'Platform configurations, redirect URIs and supported account types are managed here.',
  Owners: 'The signed-in administrator owns this application.',
};

function appMenu(app, activeKey) {
  const entry = (item) => ({ ...item, label: t(item.label), href: appRoute(item.key, app) });
  return resourceMenu(
    t('{name} menu', { name: app.displayName }),
    [
      { items: ITEMS.filter((i) => !i.section).map(entry) },
      { heading: t('Manage'), items: ITEMS.filter((i) => i.section).map(entry) },
    ],
    activeKey,
    KIT === 'fluent' ? 'tabs' : 'links',
  );
}

function placeholder(item) {
  return h(
    'div',
    { class: 'content-pad' },
    h(
      'p',
      { class: 'blade-message' },
      t(PLACEHOLDERS[item.key] ?? '{item} is not part of the sandbox.', { item: t(item.label) }),
    ),
  );
}

export async function loadAppMenu(route, ctx) {
  const key = route.params.objectId || route.params.appId;
  if (!key) throw new Error(t('The link is missing the application ID.'));
  const app = await api('GET', `applications/${encodeURIComponent(key)}`);
  if (route.params.appId && route.params.appId.toLowerCase() !== app.appId) {
    throw new Error(t('The application ID and object ID in the link belong to different applications.'));
  }
  // Item names are matched loosely: "CallAnApi" and "CallAnAPI" both occur.
  const wanted = (route.item ?? 'Overview').toLowerCase();
  const item = ITEMS.find((i) => i.key.toLowerCase() === wanted) ?? ITEMS[0];
  let content;
  if (item.key === 'Overview') content = overviewContent(app, ctx);
  else if (item.key === 'Credentials') content = credentialsContent(app, ctx);
  else if (item.key === 'CallAnAPI') content = await apiPermissionsContent(app, ctx);
  else content = placeholder(item);
  return {
    title: `${app.displayName} | ${t(item.label)}`,
    iconName: item.iconName,
    crumbs: [
      { label: t('Home'), href: '#home' },
      { label: t('App registrations'), href: APP_LIST },
    ],
    menu: appMenu(app, item.key),
    content,
    fill: item.key === 'Credentials',
  };
}
