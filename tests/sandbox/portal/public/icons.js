// Icons, always aria-hidden (the accessible name is on the control): inline SVG in the classic kit; in the Fluent
// kit an <i data-icon-name> holding the icon font's Private Use Area character, as Fluent UI v8 renders them.
import { KIT } from './variant.js';

const PATHS = {
  add: 'M8 2v5h5v1H8v5H7V8H2V7h5V2z',
  refresh: 'M13 3v4H9l1.5-1.5A4 4 0 1 0 12 8h1a5 5 0 1 1-1.8-3.9z',
  check: 'M6 11.2 2.4 7.6l-.8.8L6 12.8l8.4-8.4-.8-.8z',
  checkCircle: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-1 10L4 8l1-1 2 2 4-4 1 1z',
  warning: 'M8 1 0 15h16zm-.6 5h1.2v4.5H7.4zm0 5.6h1.2v1.2H7.4z',
  error: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm2.8 9-.8.8L8 8.8l-2 2-.8-.8 2-2-2-2 .8-.8 2 2 2-2 .8.8-2 2z',
  info: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-.6 3h1.2v1.2H7.4zm0 2.6h1.2V12H7.4z',
  copy: 'M5 1h8v10H5zm1 1v8h6V2zM3 4h1v9h7v1H3z',
  close: 'm3.7 3 4.3 4.3L12.3 3l.7.7L8.7 8l4.3 4.3-.7.7L8 8.7 3.7 13l-.7-.7L7.3 8 3 3.7z',
  trash: 'M6 1h4v1h4v1H2V2h4zM3 4h10l-1 11H4zm2 2 .5 8h1L6 6zm4.5 0L9 14h1l.5-8z',
  chevronDown: 'm2.5 5.5.7-.7L8 9.6l4.8-4.8.7.7L8 11z',
  chevronRight: 'm5.5 2.5.7-.7L12 8l-5.8 6.2-.7-.7L10.6 8z',
  back: 'M10.5 2.5 5 8l5.5 5.5-.7.7L3.6 8l6.2-6.2z',
  key: 'M10 1a5 5 0 0 0-4.8 6.4L1 11.6V15h3.4l.6-.6V13h1.4l.6-.6V11h1.4l.9-.9A5 5 0 1 0 10 1zm1.5 2.5a1 1 0 1 1 0 2 1 1 0 0 1 0-2z',
  apps: 'M1 1h6v6H1zm8 0h6v6H9zM1 9h6v6H1zm8 0h6v6H9z',
  diamond: 'M8 0 16 8l-8 8-8-8z',
  person: 'M8 1a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7zM1.5 15a6.5 5 0 0 1 13 0z',
  plus: 'M8 1v14M1 8h14',
  star: 'm8 1 2.2 4.5 4.8.7-3.5 3.4.8 4.9L8 12.2l-4.3 2.3.8-4.9L1 6.2l4.8-.7z',
  more: 'M2 7h2v2H2zm5 0h2v2H7zm5 0h2v2h-2z',
  globe:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1c1 1 1.7 3 1.9 5.5H6.1C6.3 5 7 3 8 2zM2 8.5h3.1c.1 2 .7 4 1.6 5.2A6 6 0 0 1 2 8.5z',
  cube: 'm8 1 7 3.5v7L8 15l-7-3.5v-7zm0 1.1L2.6 4.8 8 7.5l5.4-2.7z',
  search:
    'M10.5 1a4.5 4.5 0 0 0-3.5 7.3L1.1 14.2l.7.7L7.7 9A4.5 4.5 0 1 0 10.5 1zm0 1a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7z',
  feedback: 'M2 2h12v9H6l-4 3z',
};

/** Fluent UI (Fabric MDL2) icon names and their glyphs in the icon font. */
const FLUENT_GLYPHS = {
  add: ['Add', '\uE710'],
  refresh: ['Refresh', '\uE72C'],
  check: ['CheckMark', '\uE73E'],
  checkCircle: ['CompletedSolid', '\uEC61'],
  warning: ['Warning', '\uE7BA'],
  error: ['ErrorBadge', '\uEA39'],
  info: ['Info', '\uE946'],
  copy: ['Copy', '\uE8C8'],
  close: ['Cancel', '\uE711'],
  trash: ['Delete', '\uE74D'],
  chevronDown: ['ChevronDown', '\uE70D'],
  chevronRight: ['ChevronRight', '\uE76C'],
  back: ['Back', '\uE72B'],
  key: ['Permissions', '\uE8D7'],
  apps: ['AllApps', '\uE71D'],
  diamond: ['AADLogo', '\uED68'],
  person: ['Contact', '\uE77B'],
  plus: ['Add', '\uE710'],
  star: ['FavoriteStar', '\uE734'],
  more: ['More', '\uE712'],
  globe: ['Globe', '\uE774'],
  cube: ['Product', '\uECDC'],
  search: ['Search', '\uE721'],
  feedback: ['Emoji2', '\uE76E'],
  checkbox: ['StatusCircleCheckmark', '\uF13E'],
  sort: ['SortDown', '\uEE69'],
};

/** An aria-hidden element holding the named icon. */
export function icon(name, className = '') {
  if (KIT === 'fluent') {
    const [iconName, glyph] = FLUENT_GLYPHS[name] ?? FLUENT_GLYPHS.cube;
    const i = document.createElement('i');
    i.className = `ms-Icon root-${iconName.length} ${className}`.trim();
    i.setAttribute('data-icon-name', iconName);
    i.setAttribute('aria-hidden', 'true');
    i.textContent = glyph;
    return i;
  }
  const span = document.createElement('span');
  span.className = `icon ${className}`.trim();
  span.setAttribute('aria-hidden', 'true');
  span.innerHTML = `<svg viewBox="0 0 16 16" focusable="false"><path d="${PATHS[name] ?? PATHS.cube}"/></svg>`;
  return span;
}
