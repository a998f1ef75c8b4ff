// The Entra admin center shell (entra.microsoft.com?kit=fluent): the top document holds only the header and the
// left menu; every blade, home included, is a cross-origin iframe on a reactblade host that gets its route by
// postMessage and asks the top document to navigate. One frame is reused across navigations (it loaded before the
// route changed), except that opening an app registration starts a new frame (it loads after the route changed).
import { h } from './dom.js';
import { icon } from './icons.js';
import { APP_LIST, ENTRA_OVERVIEW, entraItemRoute, parseHash } from './routes.js';
import { t } from './text.js';
import { variantParams, WORDING } from './variant.js';

const FRAME_HOST = 'sandbox-5.reactblade.portal.azure.net';

/** The left menu: Entra ID → App registrations (new wording) or Identity → Applications → App registrations (old). */
function leftMenu() {
  const link = (label, href) => h('li', {}, h('a', { class: 'menu-link', href }, icon('chevronRight'), t(label)));
  const group = (label, iconName, ...items) => {
    const list = h('ul', { class: 'entra-nav-group' }, ...items);
    const toggle = h(
      'button',
      { type: 'button', class: 'entra-nav-toggle', 'aria-expanded': 'true' },
      icon(iconName),
      t(label),
    );
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      list.hidden = !open;
    });
    return h('li', {}, toggle, list);
  };
  const enterprise = link('Enterprise applications', entraItemRoute('StartboardApplicationsMenuBlade'));
  const appRegistrations = link('App registrations', APP_LIST);
  const directory =
    WORDING === 'new'
      ? group(
          'Entra ID',
          'diamond',
          link('Overview', ENTRA_OVERVIEW),
          link('Users', entraItemRoute('AllUsers')),
          link('Groups', entraItemRoute('AllGroups')),
          appRegistrations,
          enterprise,
        )
      : group(
          'Identity',
          'diamond',
          link('Overview', ENTRA_OVERVIEW),
          link('Users', entraItemRoute('AllUsers')),
          link('Groups', entraItemRoute('AllGroups')),
          h('li', {}, group('Applications', 'apps', enterprise, appRegistrations)),
        );
  return h(
    'nav',
    { class: 'entra-nav', 'aria-label': t('Main menu') },
    h('ul', {}, h('li', {}, h('a', { class: 'menu-link', href: '#home' }, icon('apps'), t('Home'))), directory),
  );
}

export function startEntraShell(host, session) {
  const frameArea = h('div', { class: 'entra-frames' });
  host.replaceChildren(h('div', { class: 'entra-layout' }, leftMenu(), frameArea));
  const port = window.location.port ? `:${window.location.port}` : '';
  const frameOrigin = `${window.location.protocol}//${FRAME_HOST}${port}`;
  let frame;
  let frameReady = false;
  let lastBlade;

  const sendRoute = () => {
    if (frame && frameReady) {
      frame.contentWindow.postMessage({ kind: 'sandbox-route', hash: window.location.hash }, frameOrigin);
    }
  };
  const newFrame = () => {
    frame?.remove();
    frameReady = false;
    const query = new URLSearchParams({
      reactView: 'true',
      view: 'blade',
      trustedAuthority: window.location.origin,
      ...variantParams(),
      sessionId: crypto.randomUUID().replaceAll('-', ''),
    });
    frame = h('iframe', {
      class: 'react-frame',
      title: t('Blade'),
      allow: 'clipboard-write',
      src: `${frameOrigin}/React/Index?${query}`,
    });
    frameArea.append(frame);
  };
  const show = () => {
    const route = parseHash(window.location.hash);
    const blade = route.kind === 'blade' ? route.blade : route.kind;
    if (!frame || (blade === 'ApplicationMenuBlade' && lastBlade !== 'ApplicationMenuBlade')) newFrame();
    lastBlade = blade;
    sendRoute();
  };

  window.addEventListener('message', (event) => {
    if (event.origin !== frameOrigin || event.source !== frame?.contentWindow) return;
    const data = event.data;
    if (data?.kind === 'sandbox-ready') {
      frameReady = true;
      sendRoute();
    } else if (data?.kind === 'sandbox-navigate' && typeof data.hash === 'string' && data.hash.startsWith('#')) {
      window.location.hash = data.hash;
    } else if (data?.kind === 'sandbox-title' && typeof data.title === 'string') {
      document.title = `${data.title} - ${session.productName}`;
    }
  });
  window.addEventListener('hashchange', show);
  show();
}
