// "App registrations": the tenant's applications, with "New registration".
import { api } from './api.js';
import { h } from './dom.js';
import { shortDate } from './format.js';
import { dataGrid } from './grid.js';
import { icon } from './icons.js';
import { appRoute, CREATE_APP } from './routes.js';
import { commandBar, commandButton, messageBar, tabList } from './widgets.js';

const FILTER_LABEL = 'Start typing a display name or application (client) ID to filter these results';

function initials(name) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0].toUpperCase())
    .join('');
}

function appsGrid(apps) {
  return dataGrid({
    label: 'Applications',
    columns: [
      { label: 'Display name', width: 'minmax(220px, 1.4fr)' },
      { label: 'Application (client) ID' },
      { label: 'Created on', width: '140px' },
    ],
    rows: apps.map((app) => ({
      cells: [
        h(
          'span',
          { class: 'name-cell' },
          h('span', { class: 'app-badge', 'aria-hidden': 'true' }, initials(app.displayName) || 'A'),
          h('a', { href: appRoute('Overview', app) }, app.displayName),
        ),
        h('span', { class: 'mono' }, app.appId),
        shortDate(app.createdDateTime),
      ],
    })),
    empty: 'No applications found',
  });
}

/** The list itself (also shown inside the Entra ID menu blade). */
export function appListContent(ctx, initialApps) {
  let apps = initialApps;
  let tab = 'all';
  const filter = h('input', {
    type: 'search',
    class: 'filter-box',
    placeholder: FILTER_LABEL,
    'aria-label': FILTER_LABEL,
  });
  const panel = h('div', { role: 'tabpanel', class: 'tab-panel' });
  const tabs = tabList(
    'Application lists',
    [
      { id: 'all', label: 'All applications' },
      { id: 'owned', label: 'Owned applications' },
      { id: 'deleted', label: 'Deleted applications' },
    ],
    tab,
    (id) => {
      tab = id;
      draw();
    },
  );
  const draw = () => {
    const q = filter.value.trim().toLowerCase();
    // Everything in the sandbox was created by the signed-in admin, so "owned" is the whole list.
    const shown = (tab === 'deleted' ? [] : apps)
      .filter((a) => !q || a.displayName.toLowerCase().includes(q) || a.appId.includes(q))
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
    panel.setAttribute('aria-labelledby', tabs.tabId(tab));
    panel.replaceChildren(
      h('div', { class: 'result-count' }, `${shown.length} application${shown.length === 1 ? '' : 's'} found`),
      appsGrid(shown),
    );
  };
  filter.addEventListener('input', draw);
  draw();
  return h(
    'div',
    { class: 'app-list' },
    commandBar(
      'App registrations commands',
      commandButton('New registration', 'add', () => ctx.navigate(CREATE_APP)),
      commandButton('Refresh', 'refresh', async () => {
        apps = await api('GET', 'applications');
        draw();
      }),
    ),
    h(
      'div',
      { class: 'content-pad' },
      messageBar(
        'info',
        'Building an application for your organization? Register it here, then grant it the API permissions it needs.',
      ),
      tabs.el,
      h('div', { class: 'filter-row' }, icon('search', 'filter-icon'), filter),
      panel,
    ),
  );
}

export async function loadAppList(_route, ctx) {
  const apps = await api('GET', 'applications');
  return {
    title: 'App registrations',
    subtitle: ctx.session.tenantName,
    iconName: 'apps',
    crumbs: [{ label: 'Home', href: '#home' }],
    content: appListContent(ctx, apps),
  };
}
