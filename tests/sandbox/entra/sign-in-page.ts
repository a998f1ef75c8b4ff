// The pages of the emulated authorize endpoint: the account picker (one button per user of the tenant) and
// Entra's error page for requests it will not send back to the redirect URI.
import { directoryRoleNames } from '../directory-roles';
import { escapeHtml } from '../http-kit';
import type { PublicClient, Tenant } from '../tenant-state';

const STYLE = `body{font-family:"Segoe UI",system-ui,sans-serif;background:#f2f2f2;margin:0}
main{max-width:440px;margin:48px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
ul{list-style:none;padding:0}li{border-top:1px solid #e6e6e6;padding:12px 0}
.upn,.role{margin:2px 0;color:#505050;font-size:14px}button{margin-top:8px;padding:6px 16px}`;

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in to your account</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

export function accountPickerPage(options: {
  tenant: Tenant;
  client: PublicClient;
  /** The form posts back to the authorize URL's path. */
  action: string;
  pendingId: string;
}): string {
  const { tenant, client } = options;
  const accounts = tenant.users
    .map((user) => {
      const roles = user.wids.map((w) => directoryRoleNames[w]).filter((name) => name !== undefined);
      return `<li><p><strong>${escapeHtml(user.displayName)}</strong></p>
<p class="upn">${escapeHtml(user.userPrincipalName)}</p>
<p class="role">${escapeHtml(roles.join(', ') || 'User')}</p>
<button type="submit" name="user" value="${escapeHtml(user.id)}">Sign in as ${escapeHtml(user.displayName)}</button></li>`;
    })
    .join('');
  return page(`<p>${escapeHtml(tenant.displayName)}</p>
<h1>Pick an account</h1>
<p>to continue to ${escapeHtml(client.displayName)}</p>
<form method="post" action="${escapeHtml(options.action)}">
<input type="hidden" name="pending" value="${escapeHtml(options.pendingId)}">
<ul aria-label="Accounts">${accounts}</ul>
<button type="submit" name="action" value="cancel">Cancel</button>
</form>`);
}

/**
 * What Entra shows when it cannot answer the app (unknown client, unregistered redirect URI, …): the same
 * "AADSTS…: text Trace ID: …" description the token endpoint would send.
 */
export function signInErrorPage(description: string): string {
  return page(`<h1>Sorry, but we’re having trouble signing you in.</h1>
<p role="alert">${escapeHtml(description)}</p>`);
}
