// Microsoft Entra ID's menu blade: Overview, and "App registrations" under Manage.
import { api } from './api.js';
import { appListContent } from './blade-app-list.js';
import { h } from './dom.js';
import { essentials, resourceMenu } from './menu.js';
import { APP_LIST, entraItemRoute } from './routes.js';
import { t } from './text.js';
import { KIT } from './variant.js';
import { copyButton } from './widgets.js';

const MANAGE = [
  ['AllUsers', 'Users', 'person'],
  ['AllGroups', 'Groups', 'person'],
  ['ExternalIdentities', 'External Identities', 'globe'],
  ['RolesAndAdministrators', 'Roles and administrators', 'person'],
  ['AdminUnits', 'Administrative units', 'cube'],
  ['DelegatedAdminPartners', 'Delegated admin partners', 'person'],
  ['StartboardApplicationsMenuBlade', 'Enterprise applications', 'apps'],
  ['Devices', 'Devices', 'cube'],
  ['RegisteredApps', 'App registrations', 'apps'],
  ['IdentityGovernance', 'Identity Governance', 'key'],
  ['Licenses', 'Licenses', 'cube'],
  ['Domains', 'Custom domain names', 'globe'],
  ['PasswordReset', 'Password reset', 'key'],
  ['UserSettings', 'User settings', 'person'],
  ['Properties', 'Properties', 'cube'],
];

function menu(tenantName, active) {
  const item = ([key, label, iconName]) => ({
    key,
    label: t(label),
    iconName,
    // The portal's menu link for App registrations opens the stand-alone list blade.
    href: key === 'RegisteredApps' ? APP_LIST : entraItemRoute(key),
  });
  return resourceMenu(
    t('{tenant} menu', { tenant: tenantName }),
    [
      {
        items: [
          ['Overview', 'Overview', 'info'],
          ['PreviewFeatures', 'Preview features', 'star'],
        ].map(item),
      },
      { heading: t('Manage'), items: MANAGE.map(item) },
    ],
    active,
    KIT === 'fluent' ? 'tree' : 'links',
  );
}

function overview(session, apps) {
  return h(
    'div',
    { class: 'content-pad' },
    h('h2', { class: 'section-title' }, t('Basic information')),
    essentials([
      { label: t('Name'), value: session.tenantName },
      { label: t('Tenant ID'), value: [h('span', { class: 'mono' }, session.tenantId), copyButton(session.tenantId)] },
      { label: t('Primary domain'), value: session.primaryDomain },
      { label: t('License'), value: 'Microsoft Entra ID P2' },
      { label: t('Applications'), value: String(apps.length) },
    ]),
  );
}

export async function loadEntraMenu(route, ctx) {
  const { session } = ctx;
  const key = (route.item ?? 'Overview').toLowerCase();
  const found = [['Overview', 'Overview'], ['PreviewFeatures', 'Preview features'], ...MANAGE].find(
    ([k]) => k.toLowerCase() === key,
  ) ?? ['Overview', 'Overview'];
  const [activeKey, label] = found;
  const apps = await api('GET', 'applications');
  let content;
  if (activeKey === 'Overview') content = overview(session, apps);
  else if (activeKey === 'RegisteredApps') content = appListContent(ctx, apps);
  else content = h('p', { class: 'blade-message' }, t('{item} is not part of the sandbox.', { item: t(label) }));
  return {
    title: `${session.tenantName} | ${t(label)}`,
    subtitle: t('Microsoft Entra ID'),
    iconName: 'diamond',
    crumbs: [{ label: t('Home'), href: '#home' }],
    menu: menu(session.tenantName, activeKey),
    content,
  };
}
