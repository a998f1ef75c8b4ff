// Users → User source: where the tenant's users come from. Choosing Entra ID reveals the three app
// registration values and the onboarding domain; Save sends the state (never the DOM) to the backend.
import { h, reconcile, setText } from './dom.js';
import { listboxField, messages, secretField, selectField, textField } from './fields.js';
import { card, pageHeader } from './page-kit.js';

const GUID_PLACEHOLDER = '00000000-0000-0000-0000-000000000000';

/** `inTab`: the form is the Users page's "User source" tab (a tabbed console), without a header of its own. */
export function userSourcePage(ctx, { inTab = false } = {}) {
  const { wording } = ctx;
  const labels = wording.labels;
  const saved = ctx.session.userSource;
  const s = {
    source: saved.source,
    tenantId: saved.entra?.directoryTenantId ?? '',
    clientId: saved.entra?.applicationClientId ?? '',
    secret: '',
    domain: saved.entra?.onboardingDomain ?? '',
  };
  let result = { phase: 'idle', text: '' };
  const set = (patch) => {
    Object.assign(s, patch);
    if (result.phase !== 'saving') result = { phase: 'idle', text: '' };
    ctx.rerender();
  };
  const isEntra = () => s.source === wording.entraSource;

  const source = (inTab ? listboxField : selectField)({
    id: 'user-source',
    label: labels.userSource,
    get: () => s.source,
    set: (v) => set({ source: v }),
    options: () => wording.userSources,
  });
  const tenantId = textField({
    id: 'user-source-tenant',
    label: labels.tenantId,
    get: () => s.tenantId,
    set: (v) => set({ tenantId: v }),
    placeholder: GUID_PLACEHOLDER,
  });
  const clientId = textField({
    id: 'user-source-client',
    label: labels.clientId,
    get: () => s.clientId,
    set: (v) => set({ clientId: v }),
    placeholder: GUID_PLACEHOLDER,
  });
  const secret = secretField({
    id: 'user-source-secret',
    label: labels.clientSecret,
    get: () => s.secret,
    set: (v) => set({ secret: v }),
    hint: saved.entra
      ? `A secret starting with "${saved.entra.secretHint}" is saved. Paste the value again to save changes.`
      : 'The secret\u2019s value, shown once when the secret is created.',
  });
  const domain = textField({
    id: 'user-source-domain',
    label: labels.onboardingDomain,
    get: () => s.domain,
    set: (v) => set({ domain: v }),
    placeholder: 'contoso.com',
    hint: 'Users with this domain are onboarded to idemeum.',
  });
  const fields = [source, tenantId, clientId, secret, domain];

  const otherNote = h('p', { class: 'note' });
  const saveButton = h('button', { type: 'submit', class: 'button primary' });
  const msgs = messages();
  const body = h('div', { class: 'form-body' });
  const form = h(
    'form',
    { class: 'form', novalidate: true, 'aria-labelledby': 'user-source-form-title' },
    h('h2', { class: 'card-title', id: 'user-source-form-title' }, 'Directory connection'),
    body,
    h('div', { class: 'form-actions' }, saveButton),
    msgs.el,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });

  const current = h('dl', { class: 'details stacked' });
  let currentShown = '';
  const columns = h(
    'div',
    { class: 'columns' },
    h('div', { class: 'card' }, form),
    card('Current user source', current),
  );
  const el = inTab
    ? columns
    : h(
        'section',
        { class: 'page' },
        pageHeader({ title: 'User source', breadcrumbs: [['Users', '/adminportal/users']] }),
        columns,
      );

  async function save() {
    if (result.phase === 'saving') return;
    result = { phase: 'saving', text: '' };
    ctx.rerender();
    const payload = isEntra()
      ? { source: s.source, tenantId: s.tenantId, clientId: s.clientId, clientSecret: s.secret, domain: s.domain }
      : { source: s.source };
    const res = await ctx.api('POST', '/api/user-source', payload);
    if (res.ok) {
      ctx.session.userSource = res.data.userSource;
      result = { phase: 'saved', text: 'User source saved' };
    } else {
      result = { phase: 'error', text: res.data.message ?? `Saving failed (HTTP ${res.status}).` };
    }
    ctx.rerender();
  }

  function updateCurrent() {
    const now = ctx.session.userSource;
    const text = wording.userSources.find((o) => o.value === now.source)?.text ?? now.source;
    const rows = [['Source', text]];
    if (now.entra) {
      rows.push(
        [labels.tenantId, now.entra.directoryTenantId],
        [labels.clientId, now.entra.applicationClientId],
        [labels.onboardingDomain, now.entra.onboardingDomain],
      );
    }
    const key = JSON.stringify(rows);
    if (currentShown === key) return;
    currentShown = key;
    current.replaceChildren(...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
  }

  return {
    el,
    update() {
      const other = s.source !== 'idemeum' && !isEntra();
      const sourceText = wording.userSources.find((o) => o.value === s.source)?.text ?? s.source;
      setText(otherNote, other ? `Connecting ${sourceText} needs idemeum support. Contact your account manager.` : '');
      reconcile(
        body,
        source.row,
        isEntra() ? [tenantId.row, clientId.row, secret.row, domain.row] : [],
        other ? otherNote : null,
      );
      for (const field of fields) field.sync();
      const saving = result.phase === 'saving';
      saveButton.disabled = saving || other;
      setText(saveButton, saving ? 'Saving\u2026' : 'Save');
      msgs.show(result.phase === 'error' ? { error: result.text } : { ok: result.text });
      updateCurrent();
    },
  };
}
