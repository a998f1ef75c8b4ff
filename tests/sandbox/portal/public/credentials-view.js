// The reactblade frame page of "Certificates & secrets" in the portal (the shell frames it, FACTS.md §3).
import { mountCredentials } from './credentials-content.js';
import { readBootData } from './dom.js';
import { HTML_LANG, t } from './text.js';
import { toast } from './widgets.js';

const boot = readBootData();
const params = new URLSearchParams(window.location.search);
document.documentElement.lang = HTML_LANG;
document.getElementById('toasts')?.setAttribute('aria-label', t('Notifications'));

/** The shell shows a React view's notifications; outside a frame, show them here. */
function notify(title, level = 'success') {
  if (window.parent === window) toast(title, { kind: level });
  else window.parent.postMessage({ kind: 'sandbox-toast', title, level }, boot.trustedAuthority);
}

mountCredentials(document.getElementById('react-root'), params.get('objectId') || params.get('appId') || '', notify);
