// "Register an application": name, supported account types, optional redirect URI, "Register".
import { api } from './api.js';
import { h, sleep, uid } from './dom.js';
import { APP_LIST, appRoute } from './routes.js';
import { t } from './text.js';
import { messageBar } from './widgets.js';

function accountTypes(tenantName) {
  return [
    {
      value: 'AzureADMyOrg',
      label: t('Accounts in this organizational directory only ({tenant} only - Single tenant)', {
        tenant: tenantName,
      }),
    },
    {
      value: 'AzureADMultipleOrgs',
      label: t('Accounts in any organizational directory (Any Microsoft Entra ID tenant - Multitenant)'),
    },
    {
      value: 'AzureADandPersonalMicrosoftAccount',
      label: t(
        'Accounts in any organizational directory (Any Microsoft Entra ID tenant - Multitenant) and personal ' +
          'Microsoft accounts (e.g. Skype, Xbox)',
      ),
    },
    { value: 'PersonalMicrosoftAccount', label: t('Personal Microsoft accounts only') },
  ];
}

function nameField() {
  const id = uid('name');
  const errorId = uid('name-error');
  const input = h('input', { type: 'text', id, class: 'text-input', 'aria-required': 'true', autocomplete: 'off' });
  const error = h('div', { class: 'field-error', id: errorId, role: 'alert' });
  const setError = (text) => {
    error.textContent = text;
    if (text) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', errorId);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  };
  input.addEventListener('input', () => {
    if (input.value.trim()) setError('');
  });
  const section = h(
    'div',
    { class: 'form-section' },
    h(
      'label',
      { for: id, class: 'field-label' },
      t('Name'),
      h('span', { class: 'required', 'aria-hidden': 'true' }, ' *'),
    ),
    h(
      'p',
      { class: 'field-help' },
      t('The user-facing display name for this application (this can be changed later).'),
    ),
    input,
    error,
  );
  return { section, input, setError };
}

function accountTypeField(tenantName) {
  const name = uid('audience');
  const radios = accountTypes(tenantName).map((type, i) => {
    const id = uid('audience');
    return h(
      'div',
      { class: 'radio-row' },
      h('input', { type: 'radio', name, id, value: type.value, checked: i === 0 }),
      h('label', { for: id }, type.label),
    );
  });
  const section = h(
    'fieldset',
    { class: 'form-section' },
    h('legend', { class: 'section-title' }, t('Supported account types')),
    h('p', { class: 'field-help' }, t('Who can use this application or access this API?')),
    ...radios,
  );
  return { section, value: () => section.querySelector('input:checked')?.value ?? 'AzureADMyOrg' };
}

function redirectField() {
  const platform = h(
    'select',
    { class: 'select', 'aria-label': t('Select a platform') },
    h('option', { value: '' }, t('Select a platform')),
    h('option', { value: 'web' }, 'Web'),
    h('option', { value: 'spa' }, t('Single-page application (SPA)')),
    h('option', { value: 'publicClient' }, t('Public client/native (mobile & desktop)')),
  );
  const uri = h('input', {
    type: 'url',
    class: 'text-input',
    'aria-label': t('Redirect URI'),
    placeholder: t('e.g. https://example.com/auth'),
  });
  const section = h(
    'fieldset',
    { class: 'form-section' },
    h('legend', { class: 'section-title' }, t('Redirect URI (optional)')),
    h(
      'p',
      { class: 'field-help' },
      t(
        "We'll return the authentication response to this URI after successfully authenticating the user. Providing " +
          'this now is optional and it can be changed later, but a value is required for most authentication scenarios.',
      ),
    ),
    h('div', { class: 'inline-fields' }, platform, uri),
  );
  return { section, value: () => (platform.value ? uri.value.trim() : '') };
}

export async function loadCreateApp(_route, ctx) {
  const { session } = ctx;
  const name = nameField();
  const audience = accountTypeField(session.tenantName);
  const redirect = redirectField();
  const problem = h('div', { class: 'form-problem' });
  const register = h('button', { type: 'submit', class: 'button primary' }, t('Register'));
  const form = h(
    'form',
    { class: 'register-form', novalidate: true },
    h('div', { class: 'content-pad form-scroll' }, name.section, audience.section, redirect.section, problem),
    h(
      'div',
      { class: 'form-footer' },
      h('p', { class: 'field-help' }, t('By proceeding, you agree to the Microsoft Platform Policies')),
      register,
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    problem.replaceChildren();
    const displayName = name.input.value.trim();
    if (!displayName) {
      name.setError(t('This field is required.'));
      name.input.focus();
      return;
    }
    register.disabled = true;
    register.textContent = t('Registering...');
    try {
      const [app] = await Promise.all([
        api('POST', 'applications', {
          displayName,
          signInAudience: audience.value(),
          redirectUri: redirect.value(),
        }),
        sleep(1000),
      ]);
      ctx.navigate(appRoute('Overview', app));
      ctx.toast(t('Successfully created application {name}', { name: app.displayName }));
    } catch (error) {
      problem.replaceChildren(messageBar('error', error.message));
      register.disabled = false;
      register.textContent = t('Register');
    }
  });
  return {
    title: t('Register an application'),
    iconName: 'apps',
    crumbs: [
      { label: t('Home'), href: '#home' },
      { label: t('App registrations'), href: APP_LIST },
    ],
    content: form,
  };
}
