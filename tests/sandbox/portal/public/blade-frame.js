// A blade frame of the Entra admin center shell (entra-shell.js): draws whatever route the trusted portal origin
// sends, and passes navigation, titles and notifications up to it.
import { bladeHost } from './blade-host.js';
import { readBootData } from './dom.js';
import { HTML_LANG, t } from './text.js';
import { TRUSTED_AUTHORITY } from './variant.js';

const session = { ...readBootData(), productName: 'Microsoft Entra admin center' };
document.documentElement.lang = HTML_LANG;
document.getElementById('toasts')?.setAttribute('aria-label', t('Notifications'));
const up = (message) => window.parent.postMessage(message, TRUSTED_AUTHORITY);
const toast = (title, { kind = 'success', detail } = {}) =>
  up({ kind: 'sandbox-toast', title, detail, level: kind === 'error' ? 'error' : 'success' });
const render = bladeHost(document.getElementById('react-root'), session, toast, (blade) =>
  up({ kind: 'sandbox-title', title: blade.title }),
);

window.addEventListener('message', (event) => {
  if (event.origin !== TRUSTED_AUTHORITY || event.source !== window.parent) return;
  if (event.data?.kind === 'sandbox-route' && typeof event.data.hash === 'string') render(event.data.hash);
});
up({ kind: 'sandbox-ready' });
