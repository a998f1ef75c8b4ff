// The header's "Search resources, services, and docs (G+/)" box: services only, like typing a service name.
import { h } from './dom.js';
import { icon } from './icons.js';
import { APP_LIST, ENTRA_OVERVIEW, entraItemRoute } from './routes.js';
import { t } from './text.js';

const services = () => [
  { label: 'App registrations', href: APP_LIST, iconName: 'apps' },
  { label: 'Microsoft Entra ID', href: ENTRA_OVERVIEW, iconName: 'diamond' },
  { label: 'Enterprise applications', href: entraItemRoute('StartboardApplicationsMenuBlade'), iconName: 'apps' },
  { label: 'Users', href: entraItemRoute('AllUsers'), iconName: 'person' },
  { label: 'Groups', href: entraItemRoute('AllGroups'), iconName: 'person' },
];

export function initGlobalSearch() {
  const input = document.getElementById('global-search');
  const results = document.getElementById('global-search-results');
  const show = (open) => {
    results.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
  };
  const matches = () => {
    const q = input.value.trim().toLowerCase();
    const all = services().map((s) => ({ ...s, label: t(s.label) }));
    return q ? all.filter((s) => s.label.toLowerCase().includes(q)) : all;
  };
  const go = (href) => {
    show(false);
    input.value = '';
    window.location.hash = href;
  };
  const draw = () => {
    const found = matches();
    results.replaceChildren(
      h('div', { class: 'search-group' }, t('Services')),
      found.length === 0
        ? h('div', { class: 'search-empty' }, t('No results were found.'))
        : h(
            'ul',
            {},
            found.map((s) =>
              h('li', {}, h('a', { href: s.href, onClick: () => show(false) }, icon(s.iconName), s.label)),
            ),
          ),
    );
    show(true);
  };
  input.addEventListener('input', draw);
  input.addEventListener('focus', draw);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') show(false);
    if (event.key === 'Enter') {
      const first = matches()[0];
      if (first) go(first.href);
    }
  });
  document.addEventListener('mousedown', (event) => {
    if (!results.contains(event.target) && event.target !== input) show(false);
  });
  // "G+/": G then / focuses the search box, unless the user is typing somewhere.
  let lastG = 0;
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select');
    if (typing) return;
    if (event.key === 'g' || event.key === 'G') lastG = Date.now();
    else if (event.key === '/' && Date.now() - lastG < 1500) {
      event.preventDefault();
      input.focus();
    }
  });
}
