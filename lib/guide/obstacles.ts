// What on the page the tooltip must leave visible and clickable, read the way a person sees it: roles of
// open popups, interactive controls on screen, the target and the form row right below it.
import type { Box, Obstacles } from './avoid';

/** Open popups: a dropdown's option list, a menu, a callout or date picker (dialogs), a dialog or pane. */
const POPUPS = '[role="listbox"], [role="menu"], [role="dialog"], [role="alertdialog"], dialog[open]';
const CONTROLS = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[contenteditable="true"]',
  ...['button', 'link', 'tab', 'menuitem', 'option', 'treeitem', 'checkbox', 'radio', 'combobox', 'switch'].map(
    (role) => `[role="${role}"]`,
  ),
].join(', ');
/** How much room below the target counts as its next form row when no control is found there. */
const ROW_BELOW_PX = 48;

const boxOf = (r: DOMRect): Box => ({ x: r.left, y: r.top, width: r.width, height: r.height });

function onScreen(r: DOMRect, width: number, height: number): boolean {
  return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < height && r.left < width;
}

function visibleBoxes(doc: Document, selector: string, own: Element, width: number, height: number) {
  const found: { el: Element; box: Box }[] = [];
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    if (own.contains(el) || el.closest('[hidden], [aria-hidden="true"]')) continue;
    const r = el.getBoundingClientRect();
    if (onScreen(r, width, height)) found.push({ el, box: boxOf(r) });
  }
  return found;
}

const OBSTACLES = `${POPUPS}, ${CONTROLS}`;
const holdsObstacle = (el: Element) => el.matches(OBSTACLES) || el.querySelector(OBSTACLES) !== null;
const holdsPopup = (el: Element) => el.matches(POPUPS) || el.querySelector(POPUPS) !== null;

/** What the guide watches on a page: nodes, text, and the attributes that show, hide, open or change a control. */
export const PAGE_CHANGES: MutationObserverInit = {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: [
    'aria-hidden',
    'hidden',
    'open',
    'aria-expanded',
    'aria-checked',
    'aria-pressed',
    'disabled',
    'class',
    'style',
  ],
  characterData: true,
};

/** What came or went: a popup (the tooltip must move now), or only controls. */
export type ObstacleChange = 'popups' | 'controls' | undefined;

function changeIn(nodes: NodeList): ObstacleChange {
  let change: ObstacleChange;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node?.nodeType !== Node.ELEMENT_NODE) continue;
    if (holdsPopup(node as Element)) return 'popups';
    if (!change && holdsObstacle(node as Element)) change = 'controls';
  }
  return change;
}

/**
 * Whether these page changes may have opened or closed a popup, or drawn or dropped a control: judged from
 * the changed nodes and their subtrees alone, never by reading layout, so a busy page that rewrites text or
 * adds rows of plain text costs next to nothing. An attribute that hides, shows or opens (hidden,
 * aria-hidden, open…) counts on such an element or one that holds some; class and style only on a popup or
 * one that holds a popup, since hover and focus restyle controls and their rows all the time. (The overlay's
 * host holds none: its content is in a shadow root.)
 */
export function obstaclesChanged(records: readonly MutationRecord[]): ObstacleChange {
  let change: ObstacleChange;
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (!record) continue;
    let found: ObstacleChange;
    if (record.type === 'attributes') {
      const el = record.target as Element;
      const restyled = record.attributeName === 'class' || record.attributeName === 'style';
      if (holdsPopup(el)) found = 'popups';
      else if (!restyled && holdsObstacle(el)) found = 'controls';
    } else if (record.type === 'childList') {
      const added = changeIn(record.addedNodes);
      found = added === 'popups' ? added : (changeIn(record.removedNodes) ?? added);
    }
    if (found === 'popups') return found;
    change ??= found;
  }
  return change;
}

/**
 * Open popups, the target's own option list or menu included; a dialog or pane that holds the target is
 * where the admin works, so only its controls count. Their boxes also tell when one opened or closed.
 */
export function openPopups(doc: Document, target: Element | undefined, own: Element): Box[] {
  const { clientWidth: width, clientHeight: height } = doc.documentElement;
  const holdsTarget = (el: Element) =>
    !!target && el.contains(target) && /dialog/.test(el.getAttribute('role') ?? el.localName);
  return visibleBoxes(doc, POPUPS, own, width, height)
    .filter(({ el }) => !holdsTarget(el))
    .map(({ box }) => box);
}

/** The row right below the target: the next control under it in its column, or a band of room. */
function rowBelow(target: Box, controls: Box[]): Box {
  const bottom = target.y + target.height;
  const below = controls
    .filter((c) => c.y >= bottom - 1 && c.x < target.x + target.width && target.x < c.x + c.width)
    .sort((a, b) => a.y - b.y)[0];
  const rowBottom = below && below.y - bottom < ROW_BELOW_PX * 2 ? below.y + below.height : bottom + ROW_BELOW_PX;
  return { x: target.x, y: bottom, width: Math.max(target.width, below?.width ?? 0), height: rowBottom - bottom };
}

export function readObstacles(doc: Document, target: Element | undefined, own: Element, pad: number): Obstacles {
  const { clientWidth: width, clientHeight: height } = doc.documentElement;
  const controls = visibleBoxes(doc, CONTROLS, own, width, height)
    .filter(({ el }) => !target || (!target.contains(el) && !el.contains(target)))
    .map(({ box }) => box);
  const hard = openPopups(doc, target, own);
  if (target) {
    const r = target.getBoundingClientRect();
    const box = { x: r.left - pad, y: r.top - pad, width: r.width + pad * 2, height: r.height + pad * 2 };
    hard.push(box, rowBelow(box, controls));
  }
  return { hard, soft: controls, viewport: { width, height } };
}
