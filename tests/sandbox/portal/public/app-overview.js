// An app registration's Overview: the "Essentials" label/value pairs with copy buttons for the IDs.
import { h } from './dom.js';
import { accountTypeLabel } from './format.js';
import { icon } from './icons.js';
import { essentials } from './menu.js';
import { appRoute } from './routes.js';
import { copyButton } from './widgets.js';

function idValue(value) {
  return [h('span', { class: 'mono' }, value), copyButton(value)];
}

function credentialsSummary(app) {
  const secrets = app.passwordCredentials.length;
  const text = secrets === 0 ? 'Add a certificate or secret' : `0 certificate, ${secrets} secret`;
  return h('a', { href: appRoute('Credentials', app) }, text);
}

export function overviewContent(app, ctx) {
  const grid = h(
    'div',
    { class: 'essentials-columns', id: 'essentials-panel' },
    essentials([
      { label: 'Display name', value: h('a', { href: appRoute('Branding', app) }, app.displayName) },
      { label: 'Application (client) ID', value: idValue(app.appId) },
      { label: 'Object ID', value: idValue(app.id) },
      { label: 'Directory (tenant) ID', value: idValue(app.tenantId) },
      {
        label: 'Supported account types',
        value: h('a', { href: appRoute('Authentication', app) }, accountTypeLabel(app.signInAudience)),
      },
    ]),
    essentials([
      { label: 'Client credentials', value: credentialsSummary(app) },
      { label: 'Redirect URIs', value: h('a', { href: appRoute('Authentication', app) }, 'Add a Redirect URI') },
      {
        label: 'Application ID URI',
        value: h('a', { href: appRoute('ExposeAnAPI', app) }, 'Add an Application ID URI'),
      },
      { label: 'Managed application in local directory', value: app.displayName },
    ]),
  );
  const toggle = h(
    'button',
    { type: 'button', class: 'essentials-toggle', 'aria-expanded': 'true', 'aria-controls': 'essentials-panel' },
    icon('chevronDown'),
    'Essentials',
  );
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    grid.hidden = !open;
  });
  return h(
    'div',
    { class: 'content-pad overview' },
    h('h2', { class: 'essentials-heading' }, toggle),
    grid,
    h('h2', { class: 'section-title' }, 'Get Started'),
    h(
      'p',
      {},
      `Build your application with the Microsoft identity platform. ${ctx.session.tenantName} users can sign in to `,
      `${app.displayName} once it is configured.`,
    ),
  );
}
