// The "Certificates & secrets" React view, drawn inside a reactblade iframe (its own, or a blade frame of the
// Entra admin center shell). A new secret's value lives only in this page's memory: reload the frame or leave the
// blade and only the hint is left, as in the real portal.
import { api } from './api.js';
import { bladeDelay, h, uid } from './dom.js';
import { dataGrid } from './grid.js';
import { icon } from './icons.js';
import { shortDate, t } from './text.js';
import { KIT } from './variant.js';
import {
  commandBar,
  commandButton,
  confirmDialog,
  copyButton,
  loadingIndicator,
  messageBar,
  openPane,
  tabList,
} from './widgets.js';

const DAY_MS = 86_400_000;
const EXPIRY_OPTIONS = [
  { days: 90, label: '90 days (3 months)' },
  { days: 180, label: 'Recommended: 180 days (6 months)', selected: true },
  { days: 365, label: '365 days (12 months)' },
  { days: 545, label: '545 days (18 months)' },
  { days: 730, label: '730 days (24 months)' },
  { days: 0, label: 'Custom' },
];
const MASK = '*'.repeat(22);

/**
 * Draws the view for the application `appKey` into `root`; notify(title, level) shows a notification (the shell
 * shows a React view's notifications).
 */
export function mountCredentials(root, appKey, notify) {
  /** Secret values created in this page, by keyId: the only place a full value is ever shown again. */
  const revealed = new Map();
  let app;
  // The Fluent kit opens on the Certificates tab, so that the Client secrets tab is a step of its own.
  let tab = KIT === 'fluent' ? 'certificates' : 'secrets';

  const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

  function expiryField() {
    const selectId = uid('expires');
    const select = h(
      'select',
      { id: selectId, class: 'select' },
      EXPIRY_OPTIONS.map((o) => h('option', { value: String(o.days), selected: o.selected }, t(o.label))),
    );
    const startId = uid('start');
    const endId = uid('end');
    const start = h('input', { type: 'date', id: startId, class: 'text-input', value: isoDay(Date.now()) });
    const end = h('input', { type: 'date', id: endId, class: 'text-input', value: isoDay(Date.now() + 180 * DAY_MS) });
    const custom = h(
      'div',
      { class: 'custom-dates', hidden: true },
      h('div', { class: 'field' }, h('label', { for: startId, class: 'field-label' }, t('Start')), start),
      h('div', { class: 'field' }, h('label', { for: endId, class: 'field-label' }, t('End')), end),
    );
    select.addEventListener('change', () => {
      custom.hidden = select.value !== '0';
    });
    const field = h(
      'div',
      { class: 'field' },
      h('label', { for: selectId, class: 'field-label' }, t('Expires')),
      select,
      custom,
    );
    const body = () => {
      const days = Number(select.value);
      if (days > 0) return { days };
      return {
        startDateTime: new Date(`${start.value}T00:00:00`).toISOString(),
        endDateTime: new Date(`${end.value}T00:00:00`).toISOString(),
      };
    };
    return { field, body };
  }

  function openAddSecretPane() {
    const pane = openPane({ title: t('Add a client secret') });
    const descId = uid('description');
    const description = h('input', { type: 'text', id: descId, class: 'text-input', autocomplete: 'off' });
    const expiry = expiryField();
    const problem = h('div');
    const add = h('button', { type: 'button', class: 'button primary' }, t('Add'));
    const cancel = h('button', { type: 'button', class: 'button', onClick: () => pane.close() }, t('Cancel'));
    add.addEventListener('click', async () => {
      add.disabled = true;
      problem.replaceChildren();
      try {
        const secret = await api('POST', `applications/${app.id}/passwords`, {
          description: description.value,
          ...expiry.body(),
        });
        revealed.set(secret.keyId, secret.secretText);
        app = await api('GET', `applications/${app.id}`);
        pane.close();
        tab = 'secrets';
        draw();
        notify(t('Successfully updated {name} credentials', { name: app.displayName }));
      } catch (error) {
        problem.replaceChildren(messageBar('error', error.message));
        add.disabled = false;
      }
    });
    pane.body.append(
      h('div', { class: 'field' }, h('label', { for: descId, class: 'field-label' }, t('Description')), description),
      expiry.field,
      problem,
    );
    pane.footer.append(add, cancel);
    description.focus();
  }

  async function deleteSecret(secret) {
    const label = secret.displayName || secret.keyId;
    const ok = await confirmDialog({
      title: t('Delete client secret'),
      message: t('Are you sure you want to delete the client secret {name}? This cannot be undone.', { name: label }),
    });
    if (!ok) return;
    try {
      app = await api('DELETE', `applications/${app.id}/passwords/${secret.keyId}`);
      revealed.delete(secret.keyId);
      draw();
    } catch (error) {
      notify(error.message, 'error');
    }
  }

  function expiresCell(secret) {
    const expired = Date.parse(secret.endDateTime) < Date.now();
    return h(
      'span',
      { class: expired ? 'status status-error' : 'status' },
      expired ? icon('error', 'icon-error') : '',
      shortDate(secret.endDateTime),
      expired ? h('span', { class: 'sr-only' }, ` ${t('(expired)')}`) : '',
    );
  }

  function secretsPanel() {
    const rows = app.passwordCredentials.map((secret) => {
      const value = revealed.get(secret.keyId);
      return {
        cells: [
          secret.displayName,
          expiresCell(secret),
          value
            ? h('span', { class: 'value-cell' }, h('span', { class: 'mono' }, value), copyButton(value))
            : h('span', { class: 'mono' }, `${secret.hint}${MASK}`),
          h('span', { class: 'value-cell' }, h('span', { class: 'mono' }, secret.keyId), copyButton(secret.keyId)),
          h(
            'button',
            {
              type: 'button',
              class: 'icon-button',
              'aria-label': t('Delete client secret {name}', { name: secret.displayName || secret.keyId }),
              title: t('Delete'),
              onClick: () => deleteSecret(secret),
            },
            icon('trash'),
          ),
        ],
      };
    });
    return [
      h(
        'p',
        { class: 'field-help' },
        t(
          'A secret string that the application uses to prove its identity when requesting a token. Also can be ' +
            'referred to as application password.',
        ),
      ),
      commandBar(t('Client secrets commands'), commandButton(t('New client secret'), 'add', openAddSecretPane)),
      dataGrid({
        label: t('Client secrets'),
        columns: [
          { label: t('Description'), width: 'minmax(120px, 1fr)' },
          { label: t('Expires'), width: '120px' },
          { label: t('Value'), width: 'minmax(200px, 1.6fr)' },
          { label: t('Secret ID'), width: 'minmax(200px, 1.6fr)' },
          { label: t('Actions'), width: '48px', hiddenLabel: true },
        ],
        rows,
        empty: t('No client secrets have been created for this application.'),
      }),
    ];
  }

  function certificatesPanel() {
    return [
      h(
        'p',
        { class: 'field-help' },
        t(
          "Certificates can be used as secrets to prove the application's identity when requesting a token. Also can be " +
            'referred to as public keys.',
        ),
      ),
      dataGrid({
        label: t('Certificates'),
        columns: [
          { label: t('Thumbprint') },
          { label: t('Description') },
          { label: t('Start date') },
          { label: t('Expires') },
          { label: t('Certificate ID') },
        ],
        rows: [],
        empty: t('No certificates have been added for this application.'),
      }),
    ];
  }

  function federatedPanel() {
    return [
      h(
        'p',
        { class: 'field-help' },
        t(
          'Allow other identities to impersonate this application by establishing a trust with an external OpenID ' +
            'Connect (OIDC) identity provider.',
        ),
      ),
      dataGrid({
        label: t('Federated credentials'),
        columns: [{ label: t('Name') }, { label: t('Subject identifier') }, { label: t('Description') }],
        rows: [],
        empty: t('No federated credentials have been added to this application.'),
      }),
    ];
  }

  function draw() {
    const panel = h('div', { role: 'tabpanel', class: 'tab-panel' });
    const drawPanel = (id) => {
      tab = id;
      panel.setAttribute('aria-labelledby', tabs.tabId(id));
      const parts = { certificates: certificatesPanel, secrets: secretsPanel, federated: federatedPanel }[id]();
      panel.replaceChildren(...parts);
    };
    const tabs = tabList(
      t('Credential types'),
      [
        { id: 'certificates', label: t('Certificates ({count})', { count: 0 }), iconName: 'key' },
        {
          id: 'secrets',
          label: t('Client secrets ({count})', { count: app.passwordCredentials.length }),
          iconName: 'key',
        },
        { id: 'federated', label: t('Federated credentials ({count})', { count: 0 }), iconName: 'key' },
      ],
      tab,
      drawPanel,
    );
    drawPanel(tab);
    root.replaceChildren(
      h(
        'div',
        { class: 'react-content' },
        h(
          'p',
          { class: 'field-help' },
          t(
            'Credentials enable confidential applications to identify themselves to the authentication service when ' +
              'receiving tokens at a web addressable location (using an HTTPS scheme). For a higher level of ' +
              'assurance, we recommend using a certificate (instead of a client secret) as a credential.',
          ),
        ),
        messageBar(
          'info',
          t(
            'Client secret values cannot be viewed, except for immediately after creation. Be sure to save the secret ' +
              'when created before leaving the page.',
          ),
        ),
        tabs.el,
        panel,
      ),
    );
  }

  async function start() {
    root.replaceChildren(loadingIndicator());
    try {
      [app] = await Promise.all([api('GET', `applications/${encodeURIComponent(appKey)}`), bladeDelay()]);
      draw();
    } catch (error) {
      root.replaceChildren(messageBar('error', error.message));
    }
  }

  start();
}
