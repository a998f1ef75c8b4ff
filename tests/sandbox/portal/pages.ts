// The two HTML documents of the replica: the portal shell (top document) and the reactblade frame page.
// Both are thin: the browser code in public/ draws everything below the shell's header.
import { escapeHtml } from '../http-kit';
import { STATIC_PREFIX } from './static-files';

/** JSON inside a <script> element: "<" escaped so that no value can close the element. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function head(title: string, script: string, data: unknown): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${STATIC_PREFIX}portal.css">
<script type="application/json" id="boot-data">${inlineJson(data)}</script>
<script type="module" src="${STATIC_PREFIX}${script}"></script>
</head>`;
}

export interface ShellOptions {
  productName: string;
  isEntra: boolean;
  tenantName: string;
  userPrincipalName: string;
  session: unknown;
}

const SEARCH_LABEL = 'Search resources, services, and docs (G+/)';

export function shellPage(o: ShellOptions): string {
  const initials = o.userPrincipalName.slice(0, 2).toUpperCase();
  return `${head(o.productName, 'shell.js', { ...(o.session as object), productName: o.productName })}
<body class="shell${o.isEntra ? ' shell-entra' : ''}">
<header class="topbar">
  <button type="button" class="topbar-icon" aria-label="Show portal menu" title="Show portal menu">
    <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M1 3h14v1H1zm0 4.5h14v1H1zM1 12h14v1H1z"/></svg>
  </button>
  <a class="brand" href="#home">${escapeHtml(o.productName)}</a>
  <div class="global-search" role="search">
    <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M10.5 1a4.5 4.5 0 0 0-3.5 7.3L1.1 14.2l.7.7L7.7 9A4.5 4.5 0 1 0 10.5 1zm0 1a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7z"/></svg>
    <input type="search" id="global-search" autocomplete="off" aria-label="${SEARCH_LABEL}" placeholder="${SEARCH_LABEL}"
      aria-controls="global-search-results" aria-expanded="false" role="combobox">
    <div id="global-search-results" class="search-results" hidden></div>
  </div>
  <div class="topbar-tools">
    <button type="button" class="topbar-icon" aria-label="Notifications" title="Notifications">
      <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1a4 4 0 0 0-4 4v3.3L2.5 11v1h11v-1L12 8.3V5a4 4 0 0 0-4-4zM6.5 13a1.5 1.5 0 0 0 3 0z"/></svg>
    </button>
    <button type="button" class="topbar-icon" aria-label="Settings" title="Settings">
      <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zM7 1h2l.4 2 1.4.6 1.7-1.2 1.4 1.4-1.2 1.7.6 1.4 2 .4v2l-2 .4-.6 1.4 1.2 1.7-1.4 1.4-1.7-1.2-1.4.6L9 15H7l-.4-2-1.4-.6-1.7 1.2-1.4-1.4 1.2-1.7L2.7 9 1 9V7l2-.4.6-1.4-1.2-1.7 1.4-1.4 1.7 1.2L6.6 3z"/></svg>
    </button>
    <button type="button" class="avatar-button" id="avatar-button" aria-haspopup="dialog" aria-expanded="false"
      aria-label="Account manager for ${escapeHtml(o.userPrincipalName)}">
      <span class="avatar-text"><span>${escapeHtml(o.userPrincipalName)}</span>
        <span class="avatar-tenant">${escapeHtml(o.tenantName.toUpperCase())}</span></span>
      <span class="avatar-circle" aria-hidden="true">${escapeHtml(initials)}</span>
    </button>
  </div>
</header>
<div class="toasts" id="toasts" role="region" aria-label="Notifications"></div>
<main class="blade-host" id="blade-host"></main>
</body>
</html>
`;
}

/** view 'credentials': the Certificates & secrets view; 'blade': a blade frame of the Entra admin center shell. */
export function reactBladePage(view: 'credentials' | 'blade', data: unknown): string {
  return `${head('React View', view === 'blade' ? 'blade-frame.js' : 'credentials-view.js', data)}
<body class="react-view">
<div id="react-root"></div>
<div class="toasts" id="toasts" role="region" aria-label="Notifications"></div>
</body>
</html>
`;
}

export function errorPage(status: number, message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${status}</title></head>
<body><h1>${status}</h1><p>${escapeHtml(message)}</p></body></html>
`;
}
