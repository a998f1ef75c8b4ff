// Draws the blade named by a hash route into a host element a moment after each navigation, as the real portal
// does: in the top document (portal.azure.com, the classic entra.microsoft.com) or in a blade frame of the
// Entra admin center shell.
import { loadAppList } from './blade-app-list.js';
import { loadAppMenu } from './blade-app-menu.js';
import { loadCreateApp } from './blade-create-app.js';
import { loadEntraMenu } from './blade-entra.js';
import { loadHome } from './blade-home.js';
import { bladeDelay, h } from './dom.js';
import { icon } from './icons.js';
import { navigate, routeLink } from './nav.js';
import { parseHash } from './routes.js';
import { t } from './text.js';
import { loadingIndicator } from './widgets.js';

const BLADES = {
  'Microsoft_AAD_IAM/ActiveDirectoryMenuBlade': loadEntraMenu,
  'Microsoft_AAD_RegisteredApps/ApplicationsListBlade': loadAppList,
  'Microsoft_AAD_RegisteredApps/CreateApplicationBlade': loadCreateApp,
  'Microsoft_AAD_RegisteredApps/ApplicationMenuBlade': loadAppMenu,
};

function messageBlade(title, text) {
  return { title, crumbs: [{ label: t('Home'), href: '#home' }], content: h('p', { class: 'blade-message' }, text) };
}

function loadBlade(route, ctx) {
  if (route.kind === 'home') return loadHome(ctx);
  const load = route.kind === 'blade' ? BLADES[`${route.extension}/${route.blade}`] : undefined;
  if (!load) {
    return Promise.resolve(
      messageBlade(t('Page not found'), t('This part of the portal is not available in the sandbox.')),
    );
  }
  return load(route, ctx);
}

function breadcrumb(crumbs) {
  return h(
    'nav',
    { class: 'breadcrumb', 'aria-label': t('Breadcrumb') },
    h(
      'ol',
      {},
      crumbs.map((c) => h('li', {}, routeLink(c.href, {}, c.label), icon('chevronRight', 'crumb-sep'))),
    ),
  );
}

function bladeFrame(blade) {
  if (blade.bare) return blade.content;
  const closeHref = blade.crumbs.at(-1)?.href ?? '#home';
  return h(
    'section',
    { class: `blade${blade.menu ? ' has-menu' : ''}`, 'aria-labelledby': 'blade-title' },
    breadcrumb(blade.crumbs),
    h(
      'div',
      { class: 'blade-header' },
      h('span', { class: 'blade-icon' }, icon(blade.iconName ?? 'apps')),
      h(
        'div',
        { class: 'blade-titles' },
        h('h1', { class: 'blade-title', id: 'blade-title' }, blade.title),
        blade.subtitle && h('div', { class: 'blade-subtitle' }, blade.subtitle),
      ),
      routeLink(
        closeHref,
        { class: 'icon-button blade-close', 'aria-label': t('Close'), title: t('Close') },
        icon('close'),
      ),
    ),
    h(
      'div',
      { class: 'blade-body' },
      blade.menu,
      h('div', { class: `blade-content${blade.fill ? ' fill' : ''}` }, blade.content),
    ),
  );
}

/** Returns render(hash): each call supersedes the one before. onShown(blade) runs once a blade is drawn. */
export function bladeHost(host, session, toast, onShown) {
  let navigation = 0;
  return async function render(hash) {
    navigation += 1;
    const current = navigation;
    const ctx = { session, toast, navigate, isCurrent: () => current === navigation };
    // Panes, dialogs and menus belong to the blade being left.
    for (const el of document.querySelectorAll('.overlay, .popup-menu')) el.remove();
    host.replaceChildren(h('div', { class: 'blade-loading' }, loadingIndicator()));
    let blade;
    try {
      [blade] = await Promise.all([loadBlade(parseHash(hash), ctx), bladeDelay()]);
    } catch (error) {
      blade = messageBlade(t('Something went wrong'), error instanceof Error ? error.message : String(error));
    }
    if (current !== navigation) return;
    host.replaceChildren(bladeFrame(blade));
    onShown(blade);
    blade.onShown?.();
  };
}
