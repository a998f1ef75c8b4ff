// Finding by structure, for a portal language the wording tables do not know (issue 14): only where the
// target is certain without words. A primary button is what a person sees as one: the one button of its
// pane filled with a strong colour (Fluent fills primary buttons with the theme's blue in light and dark
// themes; other buttons are bare, outlined, grey or, when chosen, a pale tint).
import { findAllByRole } from './find';

function opaqueBackground(el: Element): string | undefined {
  const color = getComputedStyle(el).backgroundColor;
  const alpha = /rgba\([^)]*,\s*([\d.]+)\)/.exec(color)?.[1];
  if (!color || color === 'transparent' || (alpha !== undefined && Number(alpha) < 0.5)) return undefined;
  return color;
}

/** The nearest painted background behind the element. */
function backgroundBehind(el: Element): string | undefined {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const color = opaqueBackground(node);
    if (color) return color;
  }
  return 'rgb(255, 255, 255)';
}

/** How colourful an rgb() colour is, 0 (grey) to 1 (pure colour). */
function saturation(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  const max = Math.max(r, g, b);
  return max === 0 ? 0 : (max - Math.min(r, g, b)) / max;
}

const STRONG_COLOUR = 0.5;

const isFilled = (button: Element) => {
  const own = opaqueBackground(button);
  return !!own && own !== backgroundBehind(button) && saturation(own) >= STRONG_COLOUR;
};

const isEnabled = (button: Element) =>
  !(button as HTMLButtonElement).disabled && button.getAttribute('aria-disabled') !== 'true';

/** The page's own chrome: its header, navigation and search, where a blade's form never is. */
const CHROME =
  'nav, search, [role="banner"], [role="navigation"], [role="search"], [role="searchbox"], input[type="search"]';
/** A header is the page's banner unless it sits inside a region of its own (HTML-AAM). */
const SECTIONING = 'article, aside, main, nav, section, [role="main"], [role="region"], [role="dialog"]';

function inChrome(el: Element): boolean {
  if (el.closest(CHROME)) return true;
  const header = el.closest('header');
  return !!header && !header.parentElement?.closest(SECTIONING);
}

/** The controls of a form: none of the page's chrome, and only the open pane's while a pane is open. */
function formControls(root: ParentNode, role: 'button' | 'textbox'): HTMLElement[] {
  const controls = findAllByRole(root, role).filter((el) => !inChrome(el));
  const inPane = controls.filter((el) => el.closest('[role="dialog"], dialog'));
  return inPane.length > 0 ? inPane : controls;
}

/** The form's only filled (primary) button while it can be pressed; nothing when there is none or more than one. */
export function onlyPrimaryButton(root: ParentNode): HTMLElement | undefined {
  const filled = formControls(root, 'button').filter(isFilled);
  return filled.length === 1 && filled[0] && isEnabled(filled[0]) ? filled[0] : undefined;
}

/** The first visible text box of the form in document order: its first field. */
export function firstTextbox(root: ParentNode): HTMLElement | undefined {
  return formControls(root, 'textbox')[0];
}
