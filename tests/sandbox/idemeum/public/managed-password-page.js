// Applications → Add application → Managed password app. With Entra ID OIDC credentials the three values
// are checked by "Validate" first; only then do the just-in-time fields and Save appear. Everything sent to
// the backend comes from the state object.
import { h, reconcile, setText } from './dom.js';
import { messages, secretField, selectField, textField } from './fields.js';
import { pageHeader } from './page-kit.js';

const ENTRA = 'entra-oidc';
const PASSWORD = 'password';
const GUID_PLACEHOLDER = '00000000-0000-0000-0000-000000000000';
const idleCheck = () => ({ phase: 'idle', text: '', directory: null, domains: [], groups: [], initialDomain: '' });

function section(title, ...children) {
  return h('fieldset', { class: 'form-section' }, h('legend', {}, title), h('div', { class: 'form-body' }, children));
}

export function managedPasswordPage(ctx) {
  const { wording } = ctx;
  const labels = wording.labels;
  const s = {
    name: '',
    type: '',
    credentials: '',
    tenantId: '',
    clientId: '',
    secret: '',
    jitHours: '4',
    domain: '',
    groupId: '',
    role: '',
    laps: [],
  };
  let check = idleCheck();
  let saving = { phase: 'idle', text: '' };
  const credentialKey = () => JSON.stringify([s.tenantId, s.clientId, s.secret]);

  function set(patch) {
    const before = credentialKey();
    Object.assign(s, patch);
    // New credentials must be validated again, like any console that ties later fields to them.
    if (credentialKey() !== before && check.phase !== 'pending') check = idleCheck();
    if (saving.phase !== 'saving') saving = { phase: 'idle', text: '' };
    ctx.rerender();
  }
  const isEntra = () => s.credentials === ENTRA;
  const credentialChoices = () => wording.credentialsByType[s.type] ?? [];

  const name = textField({ id: 'app-name', label: labels.appName, get: () => s.name, set: (v) => set({ name: v }) });
  const type = selectField({
    id: 'app-type',
    label: labels.applicationType,
    get: () => s.type,
    set: (v) => {
      const keep = (wording.credentialsByType[v] ?? []).some((c) => c.value === s.credentials);
      set({ type: v, credentials: keep ? s.credentials : '' });
    },
    options: () => [{ value: '', text: 'Select application type' }, ...wording.applicationTypes],
  });
  const credentials = selectField({
    id: 'app-credentials',
    label: labels.credentials,
    get: () => s.credentials,
    set: (v) => set({ credentials: v }),
    options: () => [
      { value: '', text: s.type ? 'Select credentials' : 'Choose the application type first' },
      ...credentialChoices(),
    ],
    disabled: () => !s.type,
  });
  const tenantId = textField({
    id: 'app-tenant',
    label: labels.tenantId,
    get: () => s.tenantId,
    set: (v) => set({ tenantId: v }),
    placeholder: GUID_PLACEHOLDER,
  });
  const clientId = textField({
    id: 'app-client',
    label: labels.clientId,
    get: () => s.clientId,
    set: (v) => set({ clientId: v }),
    placeholder: GUID_PLACEHOLDER,
  });
  const secret = secretField({
    id: 'app-secret',
    label: labels.clientSecret,
    get: () => s.secret,
    set: (v) => set({ secret: v }),
  });
  const jit = selectField({
    id: 'app-jit',
    label: labels.disableJitAfter,
    get: () => s.jitHours,
    set: (v) => set({ jitHours: v }),
    options: () => wording.jitDurations,
  });
  const domain = selectField({
    id: 'app-domain',
    label: labels.provisioningDomain,
    get: () => s.domain,
    set: (v) => set({ domain: v }),
    options: () => [
      { value: '', text: 'Select a domain' },
      ...check.domains.map((d) => ({ value: d.name, text: d.name })),
    ],
    hint: 'Managed domains only: custom or onmicrosoft.com, not federated.',
  });
  const group = selectField({
    id: 'app-group',
    label: labels.groupMapping,
    get: () => s.groupId,
    set: (v) => set({ groupId: v, role: v ? s.role : '' }),
    options: () => [
      { value: '', text: 'No group mapping' },
      ...check.groups.map((g) => ({ value: g.id, text: g.displayName })),
    ],
  });
  const role = selectField({
    id: 'app-role',
    label: labels.role,
    get: () => s.role,
    set: (v) => set({ role: v }),
    options: () => [{ value: '', text: 'Select a role' }, ...wording.entraRoles.map((r) => ({ value: r, text: r }))],
    disabled: () => !s.groupId,
  });
  const lapsFields = [labels.lapsUsername, labels.secondLapsUsername].map((label, i) =>
    textField({
      id: `app-laps-${i + 1}`,
      label,
      get: () => s.laps[i] ?? '',
      set: (v) => set({ laps: s.laps.map((old, j) => (j === i ? v : old)) }),
      suffix: () => `@${check.initialDomain}`,
    }),
  );
  const lapsRemove = ['Remove LAPS account', 'Remove second LAPS account'].map((text, i) => {
    const button = h('button', { type: 'button', class: 'button ghost small' }, text);
    button.addEventListener('click', () => set({ laps: s.laps.filter((_, j) => j !== i) }));
    return button;
  });
  const lapsRows = lapsFields.map((f, i) => h('div', { class: 'laps-row' }, f.row, lapsRemove[i]));
  const addLaps = h('button', { type: 'button', class: 'button secondary' }, labels.addLaps);
  addLaps.addEventListener('click', () => {
    if (s.laps.length < 2) set({ laps: [...s.laps, ''] });
  });
  const fields = [name, type, credentials, tenantId, clientId, secret, jit, domain, group, role, ...lapsFields];

  const validateButton = h('button', { type: 'button', class: 'button secondary' });
  validateButton.addEventListener('click', validate);
  const inlineActions = h('div', { class: 'inline-actions' }, validateButton);
  const checkMessages = messages();
  const directoryNote = h('p', { class: 'note' });
  const passwordNote = h(
    'p',
    { class: 'note' },
    'Users sign in once with their own username and password; idemeum keeps them in the vault.',
  );
  const saveButton = h('button', { type: 'submit', class: 'button primary' });
  const cancel = h('a', { href: '/adminportal/applications', class: 'button ghost' }, 'Cancel');
  const saveMessages = messages();

  const general = section('General', name.row, type.row, credentials.row);
  const connectionBody = h('div', { class: 'form-body' });
  const connection = h('fieldset', { class: 'form-section' }, h('legend', {}, 'Entra ID connection'), connectionBody);
  const jitSection = section(
    'Just-in-time accounts',
    directoryNote,
    jit.row,
    domain.row,
    h('div', { class: 'pair' }, group.row, role.row),
  );
  const lapsBody = h('div', { class: 'form-body' });
  const lapsSection = h(
    'fieldset',
    { class: 'form-section' },
    h('legend', {}, 'LAPS accounts'),
    h('p', { class: 'note' }, 'Up to two break-glass accounts on the directory\u2019s onmicrosoft.com domain.'),
    lapsBody,
  );
  const actions = h('div', { class: 'form-actions' });
  const form = h('form', { class: 'form card', novalidate: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });

  const el = h(
    'section',
    { class: 'page' },
    pageHeader({
      title: 'Managed password app',
      breadcrumbs: [
        ['Applications', '/adminportal/applications'],
        ['Add application', '/adminportal/applications/new'],
      ],
      lede: 'idemeum manages the credentials of this application for your users and technicians.',
    }),
    form,
  );

  async function validate() {
    if (check.phase === 'pending') return;
    const sent = credentialKey();
    check = { ...idleCheck(), phase: 'pending' };
    ctx.rerender();
    const res = await ctx.api('POST', '/api/applications/entra/validate', {
      tenantId: s.tenantId,
      clientId: s.clientId,
      clientSecret: s.secret,
    });
    if (credentialKey() !== sent) check = idleCheck();
    else if (res.ok) check = { phase: 'ok', text: 'Credentials validated', ...res.data };
    else
      check = { ...idleCheck(), phase: 'error', text: res.data.message ?? `Validation failed (HTTP ${res.status}).` };
    if (!check.domains.some((d) => d.name === s.domain)) s.domain = '';
    if (!check.groups.some((g) => g.id === s.groupId)) Object.assign(s, { groupId: '', role: '' });
    ctx.rerender();
  }

  async function save() {
    if (saving.phase === 'saving' || !canSave()) return;
    saving = { phase: 'saving', text: '' };
    ctx.rerender();
    const payload = { name: s.name, applicationType: s.type, credentials: s.credentials };
    if (isEntra()) {
      Object.assign(payload, {
        tenantId: s.tenantId,
        clientId: s.clientId,
        clientSecret: s.secret,
        disableJitAfterHours: s.jitHours,
        provisioningDomain: s.domain,
        groupId: s.groupId,
        role: s.role,
        lapsAccounts: s.laps,
      });
    }
    const res = await ctx.api('POST', '/api/applications', payload);
    if (res.ok) {
      await ctx.reloadSession();
      ctx.navigate('/adminportal/applications', { toast: 'Application saved' });
      return;
    }
    saving = { phase: 'error', text: res.data.message ?? `Saving failed (HTTP ${res.status}).` };
    ctx.rerender();
  }

  const canSave = () => s.credentials === PASSWORD || (isEntra() && check.phase === 'ok');

  return {
    el,
    update() {
      const validated = isEntra() && check.phase === 'ok';
      const pending = check.phase === 'pending';
      reconcile(connectionBody, tenantId.row, clientId.row, secret.row, inlineActions, checkMessages.el);
      validateButton.disabled = pending || !s.tenantId.trim() || !s.clientId.trim() || !s.secret.trim();
      setText(validateButton, pending ? 'Validating\u2026' : 'Validate');
      checkMessages.show(check.phase === 'error' ? { error: check.text } : { ok: check.text });
      setText(directoryNote, validated ? `Accounts are created in the ${check.directory.displayName} directory.` : '');
      reconcile(
        lapsBody,
        s.laps.map((_, i) => lapsRows[i]),
        s.laps.length < 2 ? addLaps : null,
      );
      reconcile(
        form,
        general,
        isEntra() ? connection : null,
        s.credentials === PASSWORD ? passwordNote : null,
        validated ? [jitSection, lapsSection] : null,
        actions,
        saveMessages.el,
      );
      reconcile(actions, canSave() ? saveButton : null, cancel);
      for (const field of fields) field.sync();
      saveButton.disabled = saving.phase === 'saving';
      setText(saveButton, saving.phase === 'saving' ? 'Saving\u2026' : 'Save');
      saveMessages.show(saving.phase === 'error' ? { error: saving.text } : { ok: '' });
    },
  };
}
