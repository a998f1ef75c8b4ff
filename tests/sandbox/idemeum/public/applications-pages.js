// Applications list and the catalogue that "Add application" opens.
import { h, setText } from './dom.js';
import { badge, card, pageHeader, table } from './page-kit.js';

const SAMPLE_APPS = [
  ['Slack', 'SAML application', 'Single sign-on'],
  ['Zoom', 'OIDC application', 'Single sign-on'],
];

const CATALOG = [
  ['saml', 'SAML application', 'Single sign-on with SAML 2.0.'],
  ['oidc', 'OIDC application', 'Single sign-on with OpenID Connect.'],
  ['managed-password', 'Managed password app', 'idemeum keeps the password, or creates just-in-time accounts.'],
  ['bookmark', 'Bookmark', 'A link on the users\u2019 launchpad.'],
];

function optionText(options, value) {
  return options.find((o) => o.value === value)?.text ?? value;
}

export function applicationsPage(ctx) {
  const { wording } = ctx;
  const tableHolder = h('div');
  const addButton = h('button', { type: 'button', class: 'button primary' }, 'Add application');
  addButton.addEventListener('click', () => ctx.navigate('/adminportal/applications/new'));
  const el = h(
    'section',
    { class: 'page' },
    pageHeader({ title: 'Applications', actions: [addButton] }),
    card(null, tableHolder),
  );
  let shown = '';
  return {
    el,
    update() {
      const apps = ctx.session.applications;
      const key = JSON.stringify(apps);
      if (key === shown) return;
      shown = key;
      const rows = [
        ...SAMPLE_APPS.map(([name, type, access]) => [name, type, access, badge('Active', 'good')]),
        ...apps.map((app) => [
          app.name,
          `Managed password app · ${optionText(wording.applicationTypes, app.applicationType)}`,
          optionText(wording.credentialsByType[app.applicationType] ?? [], app.credentials),
          badge('Active', 'good'),
        ]),
      ];
      tableHolder.replaceChildren(table('Applications', ['Name', 'Type', 'Access', 'Status'], rows));
    },
  };
}

export function catalogPage(ctx) {
  const note = h('p', { class: 'note', role: 'status' });
  const items = CATALOG.map(([key, title, description]) => {
    const titleId = `catalog-${key}`;
    const button = h(
      'button',
      {
        type: 'button',
        class: 'catalog-item',
        'aria-labelledby': titleId,
        'aria-describedby': `${titleId}-description`,
      },
      h('span', { class: 'catalog-title', id: titleId }, title),
      h('span', { class: 'catalog-description', id: `${titleId}-description` }, description),
    );
    button.addEventListener('click', () => {
      if (key === 'managed-password') ctx.navigate('/adminportal/applications/new/managed-password');
      else setText(note, `${title}s are set up by idemeum support for this tenant.`);
    });
    return button;
  });
  const el = h(
    'section',
    { class: 'page' },
    pageHeader({
      title: 'Add application',
      breadcrumbs: [['Applications', '/adminportal/applications']],
      lede: 'Choose the kind of application.',
    }),
    h('div', { class: 'catalog' }, items),
    note,
  );
  return { el, update() {} };
}
