// "App registrations": the tenant's applications, with "New registration".
import { api } from './api.js';
import { h } from './dom.js';
import { dataGrid } from './grid.js';
import { icon } from './icons.js';
import { routeLink } from './nav.js';
import { appRoute, CREATE_APP } from './routes.js';
import { shortDate, t } from './text.js';
import { commandBar, commandButton, messageBar, tabList } from './widgets.js';

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
    label: t('Applications'),
    columns: [
      { label: t('Display name'), width: 'minmax(220px, 1.4fr)' },
      { label: t('Application (client) ID') },
      { label: t('Created on'), width: '140px' },
    ],
    rows: apps.map((app) => ({
      cells: [
        h(
          'span',
          { class: 'name-cell' },
          h('span', { class: 'app-badge', 'aria-hidden': 'true' }, initials(app.displayName) || 'A'),
          routeLink(appRoute('Overview', app), {}, app.displayName),
        ),
        h('span', { class: 'mono' }, app.appId),
        shortDate(app.createdDateTime),
      ],
    })),
    empty: t('No applications found'),
  });
}

/** The list itself (also shown inside the Entra ID menu blade). */
export function appListContent(ctx, initialApps) {
  let apps = initialApps;
  let tab = 'all';
  const filterLabel = t('Start typing a display name or application (client) ID to filter these results');
  const filter = h('input', {
    type: 'search',
    class: 'filter-box',
    placeholder: filterLabel,
    'aria-label': filterLabel,
  });
  const panel = h('div', { role: 'tabpanel', class: 'tab-panel' });
  const tabs = tabList(
    t('Application lists'),
    [
      { id: 'all', label: t('All applications') },
      { id: 'owned', label: t('Owned applications') },
      { id: 'deleted', label: t('Deleted applications') },
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
      h(
        'div',
        { class: 'result-count' },
        t(shown.length === 1 ? '{count} application found' : '{count} applications found', { count: shown.length }),
      ),
      appsGrid(shown),
    );
  };
  filter.addEventListener('input', draw);
  draw();
  return h(
    'div',
    { class: 'app-list' },
    commandBar(
      t('App registrations commands'),
      commandButton(t('New registration'), 'add', () => ctx.navigate(CREATE_APP)),
      commandButton(t('Refresh'), 'refresh', async () => {
        apps = await api('GET', 'applications');
        draw();
      }),
    ),
    h(
      'div',
      { class: 'content-pad' },
      messageBar(
        'info',
        t(
          'Building an application for your organization? Register it here, then grant it the API permissions it needs.',
        ),
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
    title: t('App registrations'),
    subtitle: ctx.session.tenantName,
    iconName: 'apps',
    crumbs: [{ label: t('Home'), href: '#home' }],
    content: appListContent(ctx, apps),
  };
}
