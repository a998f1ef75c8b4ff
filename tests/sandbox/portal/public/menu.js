// The left-hand menu of a menu blade (Entra ID, an app registration): sections of links to hash routes.
import { h } from './dom.js';
import { icon } from './icons.js';

/** sections: [{ heading?, items: [{ key, label, href, iconName }] }] */
export function resourceMenu(label, sections, activeKey) {
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
              h(
                'a',
                {
                  href: item.href,
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
