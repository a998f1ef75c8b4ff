// The portal's home page: service tiles, with Microsoft Entra ID and App registrations among them.
import { h } from './dom.js';
import { icon } from './icons.js';
import { routeLink } from './nav.js';
import { APP_LIST, ENTRA_OVERVIEW, entraItemRoute } from './routes.js';
import { t } from './text.js';

function tile(label, href, iconName, tone) {
  return h(
    'li',
    {},
    routeLink(href, { class: 'service-tile' }, h('span', { class: `tile-icon tone-${tone}` }, icon(iconName)), label),
  );
}

export async function loadHome(ctx) {
  const { session } = ctx;
  const content = h(
    'div',
    { class: 'home' },
    h('h1', { class: 'home-title' }, session.productName === 'Microsoft Azure' ? t('Welcome to Azure!') : t('Home')),
    h(
      'p',
      { class: 'home-tenant' },
      t('Signed in to {tenant} ({domain})', { tenant: session.tenantName, domain: session.initialDomain }),
    ),
    h('h2', {}, t('Azure services')),
    h(
      'ul',
      { class: 'service-tiles' },
      tile(t('Create a resource'), '#create/hub', 'add', 'blue'),
      tile(t('Microsoft Entra ID'), ENTRA_OVERVIEW, 'diamond', 'blue'),
      tile(t('App registrations'), APP_LIST, 'apps', 'teal'),
      tile(t('Enterprise applications'), entraItemRoute('StartboardApplicationsMenuBlade'), 'apps', 'purple'),
      tile(t('Users'), entraItemRoute('AllUsers'), 'person', 'blue'),
      tile(t('All resources'), '#view/HubsExtension/BrowseAll', 'cube', 'green'),
    ),
  );
  return { title: t('Home'), bare: true, content };
}
