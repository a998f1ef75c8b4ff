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

/** The root's only filled (primary) button while it can be pressed; nothing when there is none or more than one. */
export function onlyPrimaryButton(root: ParentNode): HTMLElement | undefined {
  const filled = findAllByRole(root, 'button').filter(isFilled);
  return filled.length === 1 && filled[0] && isEnabled(filled[0]) ? filled[0] : undefined;
}

/** The first visible text box in document order: a form's first field. */
export function firstTextbox(root: ParentNode): HTMLElement | undefined {
  return findAllByRole(root, 'textbox')[0];
}
