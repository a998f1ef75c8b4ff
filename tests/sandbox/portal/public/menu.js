// The left-hand menu of a menu blade (Entra ID, an app registration): sections of items leading to hash routes.
import { h } from './dom.js';
import { icon } from './icons.js';
import { navigate, routeLink } from './nav.js';

/**
 * sections: [{ heading?, items: [{ key, label, href, iconName }] }]
 * style: 'links' (classic: a nav of links), 'tree' (tree items) or 'tabs' (a vertical tab list); the last two
 * are how Fluent-built blades draw their menus, pressing an item navigates.
 */
export function resourceMenu(label, sections, activeKey, style = 'links') {
  if (style === 'tree') return treeMenu(label, sections, activeKey);
  if (style === 'tabs') return tabMenu(label, sections, activeKey);
  return h(
    'nav',
    { class: 'resource-menu', 'aria-label': label },
    sections.map((section) =>
      h(
        'div',
        { class: 'menu-section' },
        section.heading && h('div', { class: 'menu-heading' }, section.heading),
        h(
          'ul',
          {},
          section.items.map((item) =>
            h(
              'li',
              {},
              routeLink(
                item.href,
                {
                  class: item.key === activeKey ? 'menu-link active' : 'menu-link',
                  'aria-current': item.key === activeKey ? 'page' : undefined,
                },
                icon(item.iconName ?? 'cube'),
                item.label,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function pressable(el, href) {
  el.addEventListener('click', () => navigate(href));
  el.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      navigate(href);
    }
  });
  return el;
}

function treeMenu(label, sections, activeKey) {
  const item = (entry, level) =>
    pressable(
      h(
        'div',
        {
          role: 'treeitem',
          class: entry.key === activeKey ? 'menu-link active' : 'menu-link',
          'aria-level': level,
          'aria-selected': String(entry.key === activeKey),
          tabindex: entry.key === activeKey ? '0' : '-1',
        },
        icon(entry.iconName ?? 'cube'),
        h('span', { class: 'ms-TreeItem-label' }, entry.label),
      ),
      entry.href,
    );
  return h(
    'nav',
    { class: 'resource-menu' },
    h(
      'div',
      { role: 'tree', 'aria-label': label },
      sections.map((section) =>
        section.heading
          ? h(
              'div',
              { role: 'treeitem', 'aria-expanded': 'true', 'aria-level': 1, class: 'menu-section' },
              h('div', { class: 'menu-heading' }, icon('chevronDown'), section.heading),
              h(
                'div',
                { role: 'group' },
                section.items.map((entry) => item(entry, 2)),
              ),
            )
          : section.items.map((entry) => item(entry, 1)),
      ),
    ),
  );
}

function tabMenu(label, sections, activeKey) {
  return h(
    'nav',
    { class: 'resource-menu' },
    h(
      'div',
      { role: 'tablist', 'aria-orientation': 'vertical', 'aria-label': label },
      sections.map((section) => [
        section.heading && h('div', { class: 'menu-heading', role: 'presentation' }, section.heading),
        section.items.map((entry) =>
          pressable(
            h(
              'button',
              {
                type: 'button',
                role: 'tab',
                class: entry.key === activeKey ? 'menu-link active' : 'menu-link',
                'aria-selected': String(entry.key === activeKey),
                tabindex: entry.key === activeKey ? '0' : '-1',
              },
              icon(entry.iconName ?? 'cube'),
              h('span', {}, entry.label),
            ),
            entry.href,
          ),
        ),
      ]),
    ),
  );
}

/** Label/value pairs drawn like the portal's essentials: sibling divs, no <label> association. */
export function essentials(items) {
  return h(
    'div',
    { class: 'essentials-grid' },
    items.map((item) =>
      h(
        'div',
        { class: 'essentials-item' },
        h('div', { class: 'essentials-label' }, item.label),
        h('div', { class: 'essentials-value' }, ...(Array.isArray(item.value) ? item.value : [item.value])),
      ),
    ),
  );
}
