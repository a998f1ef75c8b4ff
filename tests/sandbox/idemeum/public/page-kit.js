// Building blocks shared by the pages: page header, cards, tables, icons.
import { h } from './dom.js';

export function pageHeader({ title, breadcrumbs = [], lede, actions = [] }) {
  const crumbs = breadcrumbs.length
    ? h(
        'nav',
        { class: 'breadcrumbs', 'aria-label': 'Breadcrumb' },
        h(
          'ol',
          {},
          breadcrumbs.map(([text, href]) => h('li', {}, h('a', { href }, text))),
          h('li', { 'aria-current': 'page' }, title),
        ),
      )
    : null;
  return h(
    'div',
    { class: 'page-head' },
    h('div', {}, crumbs, h('h1', { tabindex: '-1' }, title), lede ? h('p', { class: 'lede' }, lede) : null),
    actions.length ? h('div', { class: 'page-actions' }, actions) : null,
  );
}

export function card(title, ...children) {
  return h('section', { class: 'card' }, title ? h('h2', { class: 'card-title' }, title) : null, children);
}

export function table(caption, columns, rows) {
  return h(
    'table',
    { class: 'table' },
    h('caption', { class: 'visually-hidden' }, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        columns.map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((row) =>
        h(
          'tr',
          {},
          row.map((cell) => h('td', {}, cell)),
        ),
      ),
    ),
  );
}

export function badge(text, tone = 'neutral') {
  return h('span', { class: `badge ${tone}` }, text);
}

// Line icons: [tag, attributes] shapes drawn with the current text colour.
const ICONS = {
  dashboard: [
    ['rect', { x: 3, y: 3, width: 8, height: 10, rx: 1.5 }],
    ['rect', { x: 13, y: 3, width: 8, height: 6, rx: 1.5 }],
    ['rect', { x: 3, y: 15, width: 8, height: 6, rx: 1.5 }],
    ['rect', { x: 13, y: 11, width: 8, height: 10, rx: 1.5 }],
  ],
  users: [
    ['circle', { cx: 9, cy: 8, r: 3.5 }],
    ['path', { d: 'M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6' }],
    ['circle', { cx: 17, cy: 9, r: 2.5 }],
    ['path', { d: 'M17 14c2.6 0 4.5 1.8 4.5 5' }],
  ],
  apps: [
    ['rect', { x: 3, y: 3, width: 7, height: 7, rx: 1.5 }],
    ['rect', { x: 14, y: 3, width: 7, height: 7, rx: 1.5 }],
    ['rect', { x: 3, y: 14, width: 7, height: 7, rx: 1.5 }],
    ['rect', { x: 14, y: 14, width: 7, height: 7, rx: 1.5 }],
  ],
  customers: [['path', { d: 'M4 21V5l8-3v19M12 8l8 3v10M2 21h20M7 8h2M7 12h2M7 16h2M15 14h2M15 17h2' }]],
  settings: [
    ['circle', { cx: 12, cy: 12, r: 3 }],
    ['path', { d: 'M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9 7 7M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1' }],
  ],
};

const SVG = 'http://www.w3.org/2000/svg';

export function icon(name) {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [key, value] of Object.entries({ viewBox: '0 0 24 24', 'aria-hidden': 'true', class: 'icon' })) {
    svg.setAttribute(key, value);
  }
  for (const [tag, attributes] of ICONS[name]) {
    const shape = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attributes)) shape.setAttribute(key, String(value));
    svg.append(shape);
  }
  return svg;
}
