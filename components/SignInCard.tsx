// Sign-in for express setup, and the pre-flight: may this admin grant admin consent? Props in, events out.
import { useState } from 'preact/hooks';
import type { ExpressActions, ExpressModel } from '../lib/ui/use-express';

export function SignInCard({ model, actions }: { model: ExpressModel; actions: ExpressActions }) {
  const { busy, admin, error } = model.signIn;
  const [tenant, setTenant] = useState('');
  return (
    <section class="card" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">1. Sign in as an administrator of the customer’s tenant</h2>
      {!model.configured && (
        <div class="banner banner-warning" role="status">
          <p>Your organisation’s sign-in client for the extension is not set yet.</p>
          <button type="button" class="link-button" onClick={() => void actions.openOptions()}>
            Open the options page to set it
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
            Signed in as <strong>{admin.name || admin.username}</strong>
            {admin.name ? ` (${admin.username})` : ''} to <strong>{admin.tenantName ?? admin.tenantId}</strong>.
          </p>
          <Capability admin={admin} />
          <button type="button" class="link-button" disabled={model.run.busy} onClick={() => void actions.signOut()}>
            Forget this sign-in (sign in again, or to another tenant)
          </button>
        </>
      ) : (
        <>
          <p class="hint">
            A Microsoft window opens for the sign-in. The extension keeps the tokens in this page’s memory only: they
            are gone when you close it.
          </p>
          <form
            class="settings-form"
            onSubmit={(e) => {
              e.preventDefault();
              void actions.signIn(tenant);
            }}
          >
            <label for="customer-tenant">Customer tenant (domain or tenant ID; empty for your account’s own)</label>
            <input
              id="customer-tenant"
              value={tenant}
              placeholder="contoso.onmicrosoft.com"
              onInput={(e) => setTenant(e.currentTarget.value)}
              maxLength={253}
            />
            <div class="button-row">
              <button type="submit" disabled={!model.configured || busy}>
                {busy ? 'Signing in…' : 'Sign in with Microsoft'}
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
          ✓ You are {admin.capability.role}: you can grant admin consent.
        </p>
      );
    case 'cannot-grant':
      return (
        <div class="banner banner-warning" role="status">
          <p class="diagnosis-title">Your account cannot grant admin consent.</p>
          <p>
            Granting Microsoft Graph application permissions needs a Global Administrator or a Privileged Role
            Administrator. Express setup still creates the app, its permissions and its secret, and then gives you the
            links to send to someone who holds one of those roles. Just activated such a role (PIM)? Forget this sign-in
            and sign in again.
          </p>
        </div>
      );
    case 'unknown':
      return (
        <p class="hint" role="status">
          Your sign-in did not say which directory roles you hold. Express setup will try to grant admin consent and
          tell you if Microsoft refuses.
        </p>
      );
  }
}
