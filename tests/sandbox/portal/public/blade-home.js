// The portal's home page: service tiles, with Microsoft Entra ID and App registrations among them.
import { h } from './dom.js';
import { icon } from './icons.js';
import { APP_LIST, ENTRA_OVERVIEW, entraItemRoute } from './routes.js';

function tile(label, href, iconName, tone) {
  return h(
    'li',
    {},
    h('a', { class: 'service-tile', href }, h('span', { class: `tile-icon tone-${tone}` }, icon(iconName)), label),
  );
}

export async function loadHome(ctx) {
  const { session } = ctx;
  const content = h(
    'div',
    { class: 'home' },
    h('h1', { class: 'home-title' }, session.productName === 'Microsoft Azure' ? 'Welcome to Azure!' : 'Home'),
    h('p', { class: 'home-tenant' }, `Signed in to ${session.tenantName} (${session.initialDomain})`),
    h('h2', {}, 'Azure services'),
    h(
      'ul',
      { class: 'service-tiles' },
      tile('Create a resource', '#create/hub', 'add', 'blue'),
      tile('Microsoft Entra ID', ENTRA_OVERVIEW, 'diamond', 'blue'),
      tile('App registrations', APP_LIST, 'apps', 'teal'),
      tile('Enterprise applications', entraItemRoute('StartboardApplicationsMenuBlade'), 'apps', 'purple'),
      tile('Users', entraItemRoute('AllUsers'), 'person', 'blue'),
      tile('All resources', '#view/HubsExtension/BrowseAll', 'cube', 'green'),
    ),
  );
  return { title: 'Home', bare: true, content };
}
