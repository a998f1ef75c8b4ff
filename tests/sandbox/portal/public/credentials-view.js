// The "Certificates & secrets" React view, running inside the reactblade iframe. A new secret's value lives only
// in this page's memory: reload the frame or leave the blade and only the hint is left, as in the real portal.
import { api } from './api.js';
import { bladeDelay, h, readBootData, uid } from './dom.js';
import { shortDate } from './format.js';
import { dataGrid } from './grid.js';
import { icon } from './icons.js';
import {
  commandBar,
  commandButton,
  confirmDialog,
  copyButton,
  loadingIndicator,
  messageBar,
  openPane,
  tabList,
  toast,
} from './widgets.js';

const boot = readBootData();
const params = new URLSearchParams(window.location.search);
const root = document.getElementById('react-root');
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

/** Secret values created in this page, by keyId: the only place a full value is ever shown again. */
const revealed = new Map();
let app;
let tab = 'secrets';

/** The shell shows a React view's notifications; outside a frame, show them here. */
function notify(title, level = 'success') {
  if (window.parent === window) toast(title, { kind: level });
  else window.parent.postMessage({ kind: 'sandbox-toast', title, level }, boot.trustedAuthority);
}

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

function expiryField() {
  const selectId = uid('expires');
  const select = h(
    'select',
    { id: selectId, class: 'select' },
    EXPIRY_OPTIONS.map((o) => h('option', { value: String(o.days), selected: o.selected }, o.label)),
  );
  const startId = uid('start');
  const endId = uid('end');
  const start = h('input', { type: 'date', id: startId, class: 'text-input', value: isoDay(Date.now()) });
  const end = h('input', { type: 'date', id: endId, class: 'text-input', value: isoDay(Date.now() + 180 * DAY_MS) });
  const custom = h(
    'div',
    { class: 'custom-dates', hidden: true },
    h('div', { class: 'field' }, h('label', { for: startId, class: 'field-label' }, 'Start'), start),
    h('div', { class: 'field' }, h('label', { for: endId, class: 'field-label' }, 'End'), end),
  );
  select.addEventListener('change', () => {
    custom.hidden = select.value !== '0';
  });
  const field = h(
    'div',
    { class: 'field' },
    h('label', { for: selectId, class: 'field-label' }, 'Expires'),
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
  const pane = openPane({ title: 'Add a client secret' });
  const descId = uid('description');
  const description = h('input', { type: 'text', id: descId, class: 'text-input', autocomplete: 'off' });
  const expiry = expiryField();
  const problem = h('div');
  const add = h('button', { type: 'button', class: 'button primary' }, 'Add');
  const cancel = h('button', { type: 'button', class: 'button', onClick: () => pane.close() }, 'Cancel');
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
      notify(`Successfully updated ${app.displayName} credentials`);
    } catch (error) {
      problem.replaceChildren(messageBar('error', error.message));
      add.disabled = false;
    }
  });
  pane.body.append(
    h('div', { class: 'field' }, h('label', { for: descId, class: 'field-label' }, 'Description'), description),
    expiry.field,
    problem,
  );
  pane.footer.append(add, cancel);
  description.focus();
}

async function deleteSecret(secret) {
  const label = secret.displayName || secret.keyId;
  const ok = await confirmDialog({
    title: 'Delete client secret',
    message: `Are you sure you want to delete the client secret ${label}? This cannot be undone.`,
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
    expired ? h('span', { class: 'sr-only' }, ' (expired)') : '',
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
            'aria-label': `Delete client secret ${secret.displayName || secret.keyId}`,
            title: 'Delete',
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
      'A secret string that the application uses to prove its identity when requesting a token. Also can be ' +
        'referred to as application password.',
    ),
    commandBar('Client secrets commands', commandButton('New client secret', 'add', openAddSecretPane)),
    dataGrid({
      label: 'Client secrets',
      columns: [
        { label: 'Description', width: 'minmax(120px, 1fr)' },
        { label: 'Expires', width: '120px' },
        { label: 'Value', width: 'minmax(200px, 1.6fr)' },
        { label: 'Secret ID', width: 'minmax(200px, 1.6fr)' },
        { label: 'Actions', width: '48px', hiddenLabel: true },
      ],
      rows,
      empty: 'No client secrets have been created for this application.',
    }),
  ];
}

function certificatesPanel() {
  return [
    h(
      'p',
      { class: 'field-help' },
      "Certificates can be used as secrets to prove the application's identity when requesting a token. Also can be " +
        'referred to as public keys.',
    ),
    dataGrid({
      label: 'Certificates',
      columns: [
        { label: 'Thumbprint' },
        { label: 'Description' },
        { label: 'Start date' },
        { label: 'Expires' },
        { label: 'Certificate ID' },
      ],
      rows: [],
      empty: 'No certificates have been added for this application.',
    }),
  ];
}

function federatedPanel() {
  return [
    h(
      'p',
      { class: 'field-help' },
      'Allow other identities to impersonate this application by establishing a trust with an external OpenID ' +
        'Connect (OIDC) identity provider.',
    ),
    dataGrid({
      label: 'Federated credentials',
      columns: [{ label: 'Name' }, { label: 'Subject identifier' }, { label: 'Description' }],
      rows: [],
      empty: 'No federated credentials have been added to this application.',
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
    'Credential types',
    [
      { id: 'certificates', label: 'Certificates (0)' },
      { id: 'secrets', label: `Client secrets (${app.passwordCredentials.length})` },
      { id: 'federated', label: 'Federated credentials (0)' },
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
        'Credentials enable confidential applications to identify themselves to the authentication service when ' +
          'receiving tokens at a web addressable location (using an HTTPS scheme). For a higher level of assurance, ' +
          'we recommend using a certificate (instead of a client secret) as a credential.',
      ),
      messageBar(
        'info',
        'Client secret values cannot be viewed, except for immediately after creation. Be sure to save the secret ' +
          'when created before leaving the page.',
      ),
      tabs.el,
      panel,
    ),
  );
}

async function start() {
  root.replaceChildren(loadingIndicator());
  const key = params.get('objectId') || params.get('appId') || '';
  try {
    [app] = await Promise.all([api('GET', `applications/${encodeURIComponent(key)}`), bladeDelay()]);
    draw();
  } catch (error) {
    root.replaceChildren(messageBar('error', error.message));
  }
}

start();
