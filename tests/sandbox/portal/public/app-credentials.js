// "Certificates & secrets" is a React view: the top document only frames it in a cross-origin iframe
// on a reactblade host, with the portal's origin as trustedAuthority (FACTS.md §3).
import { h } from './dom.js';

export const REACT_BLADE_HOST = 'sandbox-3.reactblade.portal.azure.net';

export function credentialsContent(app) {
  const port = window.location.port ? `:${window.location.port}` : '';
  const query = new URLSearchParams({
    reactView: 'true',
    trustedAuthority: window.location.origin,
    l: 'en.en-us',
    appId: app.appId,
    objectId: app.id,
    view: 'credentials',
    sessionId: crypto.randomUUID().replaceAll('-', ''),
  });
  return h('iframe', {
    class: 'react-frame',
    title: 'Certificates & secrets',
    allow: 'clipboard-write',
    src: `${window.location.protocol}//${REACT_BLADE_HOST}${port}/React/Index?${query}`,
  });
}
