// Tiny DOM builders for the replica's pages (plain browser JavaScript, no framework).
let lastId = 0;

/** A document-unique id for aria-labelledby / aria-describedby / label[for]. */
export function uid(prefix = 'el') {
  lastId += 1;
  return `${prefix}-${lastId}`;
}

const PROPERTIES = new Set(['value', 'checked', 'disabled', 'selected', 'hidden', 'indeterminate']);

function setAttributes(el, attrs) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.setAttribute('class', value);
    else if (key.startsWith('on') && typeof value === 'function')
      el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (PROPERTIES.has(key)) el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** h('button', { class: 'x', onClick }, 'Label', childNode) */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) setAttributes(el, attrs);
  return append(el, children);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The random 200–700 ms the portal takes to draw a blade after navigation. */
export const bladeDelay = () => sleep(200 + Math.random() * 500);

export function readBootData() {
  return JSON.parse(document.getElementById('boot-data').textContent);
}
