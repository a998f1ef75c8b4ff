// An app registration's Overview: the "Essentials" label/value pairs with copy buttons for the IDs.
import { h } from './dom.js';
import { icon } from './icons.js';
import { essentials } from './menu.js';
import { routeLink } from './nav.js';
import { appRoute } from './routes.js';
import { t } from './text.js';
import { copyButton } from './widgets.js';

function idValue(value) {
  return [h('span', { class: 'mono' }, value), copyButton(value)];
}

function credentialsSummary(app) {
  const secrets = app.passwordCredentials.length;
  const text =
    secrets === 0 ? t('Add a certificate or secret') : t('0 certificate, {count} secret', { count: secrets });
  return routeLink(appRoute('Credentials', app), {}, text);
}

export function overviewContent(app, ctx) {
  const grid = h(
    'div',
    { class: 'essentials-columns', id: 'essentials-panel' },
    essentials([
      { label: t('Display name'), value: routeLink(appRoute('Branding', app), {}, app.displayName) },
      { label: t('Application (client) ID'), value: idValue(app.appId) },
      { label: t('Object ID'), value: idValue(app.id) },
      { label: t('Directory (tenant) ID'), value: idValue(app.tenantId) },
      {
        label: t('Supported account types'),
        value: routeLink(
          appRoute('Authentication', app),
          {},
          t(app.signInAudience === 'AzureADMultipleOrgs' ? 'Multiple organizations' : 'My organization only'),
        ),
      },
    ]),
    essentials([
      { label: t('Client credentials'), value: credentialsSummary(app) },
      { label: t('Redirect URIs'), value: routeLink(appRoute('Authentication', app), {}, t('Add a Redirect URI')) },
      {
        label: t('Application ID URI'),
        value: routeLink(appRoute('ExposeAnAPI', app), {}, t('Add an Application ID URI')),
      },
      { label: t('Managed application in local directory'), value: app.displayName },
    ]),
  );
  const toggle = h(
    'button',
    { type: 'button', class: 'essentials-toggle', 'aria-expanded': 'true', 'aria-controls': 'essentials-panel' },
    icon('chevronDown'),
    t('Essentials'),
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
    h('h2', { class: 'section-title' }, t('Get Started')),
    h(
      'p',
      {},
      t(
        'Build your application with the Microsoft identity platform. {tenant} users can sign in to {name} once it is configured.',
        {
          tenant: ctx.session.tenantName,
          name: app.displayName,
        },
      ),
    ),
  );
}
