// Finding elements as a person sees them: by role and accessible name, by label text, by visible text.
// Never by a site's ids or class names: the real portal and console change those freely.
import { accessibleName, roleOf } from './accessible-name';
import { shownValue, visibleText } from './visible-text';

/** A name exactly (any case), a pattern, or a test such as a concept's wordings (lib/wording/match.ts). */
export type NameMatcher = string | RegExp | ((name: string) => boolean);

export function matchesName(name: string, matcher: NameMatcher): boolean {
  if (typeof matcher === 'string') return name.toLowerCase() === matcher.toLowerCase();
  return typeof matcher === 'function' ? matcher(name) : matcher.test(name);
}

const ROLE_SELECTORS: Record<string, string> = {
  button: 'button, [role="button"], input[type="button"], input[type="submit"]',
  link: 'a[href], [role="link"]',
  textbox:
    'input:not([type]), input[type="text"], input[type="email"], input[type="url"], input[type="password"], textarea, [role="textbox"]',
  searchbox: 'input[type="search"], [role="searchbox"], input[type="text"], input:not([type])',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  radio: 'input[type="radio"], [role="radio"]',
  combobox: 'select, [role="combobox"], [role="listbox"]',
  tab: '[role="tab"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  dialog: 'dialog, [role="dialog"], [role="alertdialog"]',
  row: 'tr, [role="row"]',
  menuitem: '[role="menuitem"]',
  navigation: 'nav, [role="navigation"]',
  option: 'option, [role="option"]',
};

/** Rendered and not hidden from people (where the browser can tell). */
export function isVisible(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"]')) return false;
  const check = (el as HTMLElement).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true } as CheckVisibilityOptions);
  return true;
}

function hasRoleAndName(el: HTMLElement, role: string, name?: NameMatcher): boolean {
  // searchbox also accepts plain text inputs (many sites use them for search).
  const actual = roleOf(el);
  if (
    actual !== role &&
    !(role === 'searchbox' && actual === 'textbox') &&
    !(role === 'combobox' && actual === 'listbox')
  )
    return false;
  if (!isVisible(el)) return false;
  return name === undefined || matchesName(accessibleName(el), name);
}

const selectorOf = (role: string) => ROLE_SELECTORS[role] ?? `[role="${role}"]`;

export function findAllByRole(root: ParentNode, role: string, name?: NameMatcher): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(selectorOf(role))).filter((el) =>
    hasRoleAndName(el, role, name),
  );
}

/** The first match in document order; stops looking there. */
export function findByRole(root: ParentNode, role: string, name?: NameMatcher): HTMLElement | undefined {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>(selectorOf(role)))) {
    if (hasRoleAndName(el, role, name)) return el;
  }
  return undefined;
}

/** A form control by its label's visible text (label[for], wrapping label, aria-labelledby, aria-label). */
export function findFieldByLabel(root: ParentNode, label: NameMatcher): HTMLElement | undefined {
  const controls = root.querySelectorAll<HTMLElement>(
    'input:not([type="hidden"]), select, textarea, [role="textbox"], [role="combobox"]',
  );
  return Array.from(controls).find((el) => isVisible(el) && matchesName(accessibleName(el), label));
}

/** The innermost visible elements whose own text is exactly the label, e.g. an essentials label. */
export function findTextElements(root: ParentNode, text: NameMatcher): HTMLElement[] {
  const all = Array.from(root.querySelectorAll<HTMLElement>('body *, :scope *'));
  return all.filter((el) => {
    if (el.children.length > 3 || !isVisible(el)) return false;
    const own = visibleText(el);
    if (!own || own.length > 120 || !matchesName(own, text)) return false;
    // Innermost: no child carries the same text.
    return !Array.from(el.children).some((c) => matchesName(visibleText(c), text));
  });
}

/**
 * The value shown next to a label, as in the portal's Essentials: the first text after the label that
 * satisfies `accept`, looking at the label's following siblings, then its parent's, up to three levels.
 */
export function findValueNextToLabel(
  root: ParentNode,
  label: NameMatcher,
  accept: (text: string) => boolean,
): { value: string; element: HTMLElement } | undefined {
  for (const labelEl of findTextElements(root, label)) {
    let level: HTMLElement | null = labelEl;
    for (let depth = 0; level && depth < 3; depth++, level = level.parentElement) {
      for (let sib = level.nextElementSibling; sib; sib = sib.nextElementSibling) {
        const found = firstAcceptedText(sib as HTMLElement, accept);
        if (found) return found;
      }
    }
  }
  return undefined;
}

function firstAcceptedText(
  el: HTMLElement,
  accept: (text: string) => boolean,
): { value: string; element: HTMLElement } | undefined {
  const candidates = [el, ...Array.from(el.querySelectorAll<HTMLElement>('*'))];
  for (const c of candidates) {
    const text = shownValue(c);
    if (text && accept(text) && isVisible(c)) return { value: text, element: c };
  }
  return undefined;
}
