// "Certificates & secrets" is a React view: the portal's top document only frames it in a cross-origin iframe
// on a reactblade host, with the portal's origin as trustedAuthority (FACTS.md §3). In the Entra admin center
// shell the whole blade already is such a frame, so the view is drawn in place.
import { mountCredentials } from './credentials-content.js';
import { h } from './dom.js';
import { t } from './text.js';
import { IN_BLADE_FRAME, variantParams } from './variant.js';

export const REACT_BLADE_HOST = 'sandbox-3.reactblade.portal.azure.net';

export function credentialsContent(app, ctx) {
  if (IN_BLADE_FRAME) {
    const root = h('div', { class: 'react-content-host' });
    mountCredentials(root, app.id, (title, level) => ctx.toast(title, { kind: level }));
    return root;
  }
  const port = window.location.port ? `:${window.location.port}` : '';
  const query = new URLSearchParams({
    reactView: 'true',
    trustedAuthority: window.location.origin,
    l: 'en.en-us',
    ...variantParams(),
    appId: app.appId,
    objectId: app.id,
    view: 'credentials',
    sessionId: crypto.randomUUID().replaceAll('-', ''),
  });
  return h('iframe', {
    class: 'react-frame',
    title: t('Certificates & secrets'),
    allow: 'clipboard-write',
    src: `${window.location.protocol}//${REACT_BLADE_HOST}${port}/React/Index?${query}`,
  });
}
