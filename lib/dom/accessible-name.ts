// A small, practical accessible-name computation: what a screen reader would announce for the controls
// the guide looks for. Enough for buttons, links, tabs, inputs and cells; not the full W3C algorithm.
import { squash, textInside, visibleText } from './visible-text';

function byIds(el: Element, attribute: string): string {
  const ids = el.getAttribute(attribute);
  if (!ids) return '';
  const doc = el.ownerDocument;
  return squash(
    ids
      .split(/\s+/)
      .map((id) => doc.getElementById(id))
      .map((target) => (target ? textInside(target) : ''))
      .join(' '),
  );
}

function labelsOf(el: Element): string {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement))
    return '';
  const fromFor = el.id ? Array.from(el.ownerDocument.querySelectorAll(`label[for="${CSS.escape(el.id)}"]`)) : [];
  const wrapping = el.closest('label');
  return squash([...fromFor, ...(wrapping ? [wrapping] : [])].map(visibleText).join(' '));
}

export function accessibleName(el: Element): string {
  return (
    byIds(el, 'aria-labelledby') ||
    squash(el.getAttribute('aria-label')) ||
    labelsOf(el) ||
    (isNamedFromContent(el) ? textInside(el) : '') ||
    squash(el.getAttribute('title')) ||
    squash(el.getAttribute('placeholder')) ||
    (el instanceof HTMLInputElement && ['button', 'submit'].includes(el.type) ? squash(el.value) : '')
  );
}

// status and alert are not named from content in ARIA; here their text is what a person reads, so the
// guide can match "User source saved" and the like.
const NAME_FROM_CONTENT = new Set([
  'status',
  'alert',
  'button',
  'link',
  'tab',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'heading',
  'cell',
  'gridcell',
  'rowheader',
  'columnheader',
  'treeitem',
  'checkbox',
  'radio',
  'switch',
]);

function isNamedFromContent(el: Element): boolean {
  return NAME_FROM_CONTENT.has(roleOf(el) ?? '');
}

const INPUT_ROLES: Record<string, string> = {
  button: 'button',
  submit: 'button',
  reset: 'button',
  checkbox: 'checkbox',
  radio: 'radio',
  search: 'searchbox',
  text: 'textbox',
  email: 'textbox',
  url: 'textbox',
  tel: 'textbox',
  password: 'textbox',
  number: 'spinbutton',
};

/** The explicit role, or the implicit one of the element's tag. */
export function roleOf(el: Element): string | undefined {
  const explicit = el.getAttribute('role')?.split(/\s+/)[0];
  if (explicit) return explicit;
  const tag = el.tagName.toLowerCase();
  switch (tag) {
    case 'button':
      return 'button';
    case 'a':
      return el.hasAttribute('href') ? 'link' : undefined;
    case 'input':
      return INPUT_ROLES[(el as HTMLInputElement).type] ?? 'textbox';
    case 'textarea':
      return 'textbox';
    case 'select':
      return 'combobox';
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return 'heading';
    case 'dialog':
      return 'dialog';
    case 'table':
      return 'table';
    case 'tr':
      return 'row';
    case 'td':
      return 'cell';
    case 'th':
      return el.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader';
    case 'nav':
      return 'navigation';
    default:
      return undefined;
  }
}
