// The admin's sign-in for express setup: msal-browser's authorization code flow with PKCE, run in an
// extension page (it needs `window`, so never in the service worker), with the interactive step in
// identity.launchWebAuthFlow (FACTS.md §5). msal is told where it would navigate (onRedirectNavigate,
// which then stops the navigation), the browser's auth window opens that URL, and the redirect it ends
// on is handed back to msal, which redeems the code. Tokens live in msal's memory cache only.
import {
  type AccountInfo,
  AuthError,
  CacheLookupPolicy,
  InteractionRequiredAuthError,
  PublicClientApplication,
} from '@azure/msal-browser';
import { browser } from 'wxt/browser';
import { t } from '../i18n/t';
import { DOMAIN, GUID } from '../value-shapes';

/** Delegated permissions of the extension's sign-in client (README explains its registration). */
export const SIGN_IN_SCOPES = [
  'https://graph.microsoft.com/Application.ReadWrite.All',
  'https://graph.microsoft.com/AppRoleAssignment.ReadWrite.All',
  'https://graph.microsoft.com/Organization.Read.All',
  'https://graph.microsoft.com/User.Read',
];

export interface SignedIn {
  tenantId: string;
  /** The admin's object ID in that tenant. */
  userId: string;
  username: string;
  name?: string;
  /** The `wids` claim (directory role template IDs) as the ID token carries it, if it does. */
  wids: unknown;
}

export interface SignInSession {
  /** `tenant`: a customer tenant's ID or domain; empty for the configured authority. */
  signIn: (tenant?: string) => Promise<SignedIn>;
  accessToken: () => Promise<string>;
  signOut: () => Promise<void>;
}

/** An error whose message is meant for the admin. */
export class SignInError extends Error {}

function inWords(error: unknown): SignInError {
  if (error instanceof SignInError) return error;
  if (error instanceof InteractionRequiredAuthError) return new SignInError(t('sign_in_expired'));
  if (error instanceof AuthError) {
    const aadsts = /AADSTS\d+:[^\r\n]*?(?=\s*Trace ID|$)/.exec(error.errorMessage)?.[0];
    if (aadsts) return new SignInError(t('sign_in_refused', { aadsts }));
    if (error.errorCode === 'no_network_connectivity' || error.errorCode === 'post_request_failed') {
      return new SignInError(t('sign_in_offline'));
    }
    return new SignInError(t('sign_in_incomplete_code', { code: error.errorCode }));
  }
  return new SignInError(t('sign_in_incomplete'));
}

function toSignedIn(account: AccountInfo): SignedIn {
  return {
    tenantId: account.tenantId,
    userId: account.localAccountId.toLowerCase(),
    username: account.username,
    name: account.name,
    wids: (account.idTokenClaims as { wids?: unknown } | undefined)?.wids,
  };
}

/**
 * msal refuses redirect flows when cacheLocation is 'memoryStorage', because a page that navigates to
 * Microsoft loses its memory. This page never navigates (onRedirectNavigate stops it; the browser's auth
 * window goes instead), so memory is safe here, and session storage is not: Chromium writes it to disk
 * when the browser closes. For a location name msal does not know, it keeps its cache in memory
 * (getStorageImplementation's default); the browser test proves the tokens stay out of storage and disk.
 * (msal's short-lived request state, the PKCE verifier and nonce, still passes through sessionStorage.)
 */
const MEMORY_ONLY = 'memory-only';

/** An authority for one tenant, from what the admin typed: a tenant ID or a verified domain. */
export function tenantAuthority(tenant: string): string | undefined {
  const value = tenant.trim().toLowerCase();
  return GUID.test(value) || DOMAIN.test(value) ? `https://login.microsoftonline.com/${value}` : undefined;
}

export async function createSignInSession(config: { clientId: string; authority: string }): Promise<SignInSession> {
  let authorizeUrl: string | undefined;
  /** The authority of the current sign-in: tokens are asked from the same tenant. */
  let authority = config.authority;
  const msal = new PublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      redirectUri: browser.identity.getRedirectURL(),
      onRedirectNavigate: (url) => {
        authorizeUrl = url;
        return false;
      },
    },
    cache: { cacheLocation: MEMORY_ONLY },
  });
  await msal.initialize();
  // msal remembers each hash it handled; a new one each time makes it drop the pending request for real.
  const dropPendingRequest = () =>
    msal
      .handleRedirectPromise({ hash: `#dropped-${crypto.randomUUID()}`, navigateToLoginRequestUrl: false })
      .catch(() => null);
  // A sign-in interrupted by a reload leaves its "in progress" mark in the tab's sessionStorage.
  await dropPendingRequest();

  return {
    signIn: async (tenant) => {
      try {
        const asked = tenant?.trim() ? tenantAuthority(tenant) : config.authority;
        // A mistyped tenant must not quietly become the admin's own tenant.
        if (!asked) throw new SignInError(t('sign_in_bad_tenant'));
        authority = asked;
        authorizeUrl = undefined;
        await msal.acquireTokenRedirect({ scopes: SIGN_IN_SCOPES, prompt: 'select_account', authority });
        if (!authorizeUrl) {
          await dropPendingRequest();
          throw new SignInError(t('sign_in_could_not_start'));
        }
        let responseUrl: string | undefined;
        try {
          responseUrl = await browser.identity.launchWebAuthFlow({ url: authorizeUrl, interactive: true });
        } catch {
          await dropPendingRequest();
          throw new SignInError(t('sign_in_window_closed'));
        }
        const response = new URL(responseUrl ?? '');
        const result = await msal.handleRedirectPromise({
          hash: response.hash || response.search,
          navigateToLoginRequestUrl: false,
        });
        if (!result?.account) throw new SignInError(t('sign_in_no_account'));
        msal.setActiveAccount(result.account);
        return toSignedIn(result.account);
      } catch (error) {
        throw inWords(error);
      }
    },
    accessToken: async () => {
      const account = msal.getActiveAccount();
      if (!account) throw new SignInError(t('express_sign_in_first'));
      try {
        // Never the hidden-iframe renewal: its redirect (chromiumapp.org) cannot load in a page.
        const result = await msal.acquireTokenSilent({
          scopes: SIGN_IN_SCOPES,
          account,
          authority,
          cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken,
        });
        return result.accessToken;
      } catch (error) {
        throw inWords(error);
      }
    },
    signOut: async () => {
      // Forgets the tokens in this page; the Microsoft session in the auth window is left as it is.
      await msal.clearCache();
      msal.setActiveAccount(null);
    },
  };
}
