// Sign-in for express setup, and the pre-flight: may this admin grant admin consent? Props in, events out.
import { useState } from 'preact/hooks';
import type { ConsentRole } from '../lib/express/admin-roles';
import { type MessageKey, t, tParts } from '../lib/i18n/t';
import type { ExpressActions, ExpressModel } from '../lib/ui/use-express';

// Microsoft translates the role names in its portals; the same words here.
const ROLE_NAMES: Record<ConsentRole, MessageKey> = {
  'Global Administrator': 'role_global_admin',
  'Privileged Role Administrator': 'role_privileged_role_admin',
};

export function SignInCard({ model, actions }: { model: ExpressModel; actions: ExpressActions }) {
  const { busy, admin, error } = model.signIn;
  const [tenant, setTenant] = useState('');
  return (
    <section class="card" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t('sign_in_title')}</h2>
      {!model.configured && (
        <div class="banner banner-warning" role="status">
          <p>{t('sign_in_not_configured')}</p>
          <button type="button" class="link-button" onClick={() => void actions.openOptions()}>
            {t('sign_in_open_options')}
          </button>
        </div>
      )}
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {admin ? (
        <>
          <p>
            {tParts(admin.name ? 'sign_in_signed_in_named' : 'sign_in_signed_in', {
              name: <strong>{admin.name || admin.username}</strong>,
              username: admin.username,
              tenant: <strong>{admin.tenantName ?? admin.tenantId}</strong>,
            })}
          </p>
          <Capability admin={admin} />
          <button type="button" class="link-button" disabled={model.run.busy} onClick={() => void actions.signOut()}>
            {t('sign_in_forget')}
          </button>
        </>
      ) : (
        <>
          <p class="hint">{t('sign_in_window_hint')}</p>
          <form
            class="settings-form"
            onSubmit={(e) => {
              e.preventDefault();
              void actions.signIn(tenant);
            }}
          >
            <label for="customer-tenant">{t('sign_in_customer_tenant')}</label>
            <input
              id="customer-tenant"
              value={tenant}
              placeholder="contoso.onmicrosoft.com"
              onInput={(e) => setTenant(e.currentTarget.value)}
              maxLength={253}
            />
            <div class="button-row">
              <button type="submit" disabled={!model.configured || busy}>
                {t(busy ? 'sign_in_busy' : 'sign_in_button')}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}

function Capability({ admin }: { admin: NonNullable<ExpressModel['signIn']['admin']> }) {
  switch (admin.capability.kind) {
    case 'can-grant':
      return (
        <p class="field-ok" role="status">
          ✓ {t('sign_in_can_grant', { role: t(ROLE_NAMES[admin.capability.role]) })}
        </p>
      );
    case 'cannot-grant':
      return (
        <div class="banner banner-warning" role="status">
          <p class="diagnosis-title">{t('sign_in_cannot_grant')}</p>
          <p>{t('sign_in_cannot_grant_detail')}</p>
        </div>
      );
    case 'unknown':
      return (
        <p class="hint" role="status">
          {t('sign_in_roles_unknown')}
        </p>
      );
  }
}
